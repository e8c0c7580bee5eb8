package id.fleksi.security;

import id.fleksi.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;


import static org.assertj.core.api.Assertions.assertThat;

/** A configured installation gets its first PPK from configuration, once, with a password to change. */
@Transactional
class InitialPpkAccountTest extends IntegrationTest {

    @Autowired
    AccountSetup setup;

    @Autowired
    AccountUserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordResets resets;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void theConfiguredPpkIsCreatedWhenNoPpkExistsAndMustChangeThePassword() throws Exception {
        jdbc.sql("delete from account_role where role = 'PPK'").update();

        initialPpk("pimpinan-instansi", "awal-rahasia-1").run(null);

        FleksiUser ppk = users.loadUserByUsername("pimpinan-instansi");
        assertThat(ppk.roles()).containsExactly(Role.PPK);
        assertThat(ppk.mustChangePassword()).isTrue();
    }

    @Test
    void noSecondPpkIsCreatedOnceOneExists() throws Exception {
        initialPpk("ppk-kedua", "awal-rahasia-2").run(null);

        assertThat(jdbc.sql("select count(*) from account where username = 'ppk-kedua'").query(Long.class).single())
                .isZero();
    }

    @Test
    void theOperatorResetsAForgottenPpkPasswordAtStartAndNothingElse() throws Exception {
        String before = hash("ppk");
        initialPpk("ppk", "pulih-rahasia-9", false).run(null);
        assertThat(hash("ppk")).as("without reset nothing changes").isEqualTo(before);

        initialPpk("ppk", "pulih-rahasia-9", true).run(null);
        assertThat(encoder.matches("pulih-rahasia-9", hash("ppk"))).isTrue();
        assertThat(jdbc.sql("select must_change_password from account where username = 'ppk'")
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'PASSWORD_RESET' and actor = 'operator'"
                + " and subject_key = 'ppk'").query(Long.class).single()).isEqualTo(1);

        // an account of that name without the PPK's role is left alone
        String employee = hash("pegawai");
        initialPpk("pegawai", "pulih-rahasia-9", true).run(null);
        assertThat(hash("pegawai")).isEqualTo(employee);
    }

    private String hash(String username) {
        return jdbc.sql("select password_hash from account where username = :u").param("u", username)
                .query(String.class).single();
    }

    private InitialPpkAccount initialPpk(String username, String password) {
        return initialPpk(username, password, false);
    }

    private InitialPpkAccount initialPpk(String username, String password, boolean reset) {
        return new InitialPpkAccount(setup, new SecuritySettings(null, 8,
                new SecuritySettings.InitialPpk(username, password, "Kepala Instansi", reset)), resets);
    }
}
