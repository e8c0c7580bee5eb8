package id.fleksi.security;

import id.fleksi.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private InitialPpkAccount initialPpk(String username, String password) {
        return new InitialPpkAccount(setup, new SecuritySettings(null, 8,
                new SecuritySettings.InitialPpk(username, password, "Kepala Instansi")));
    }
}
