package id.fleksi.security;

import id.fleksi.shared.web.PathRules;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The modules' path rules name the roles as security grants them. */
class PathRulesRolesTest {

    @Test
    void theRoleNamesOfThePathRulesAreTheRoles() {
        assertThat(new String[] {PathRules.PPK, PathRules.HR, PathRules.HEAD, PathRules.EMPLOYEE})
                .containsExactlyInAnyOrder(java.util.Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new));
    }
}
