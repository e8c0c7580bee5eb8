package id.fleksi.policy;

import id.fleksi.IntegrationTest;
import id.fleksi.security.AccountSetup;
import id.fleksi.security.NewAccount;
import id.fleksi.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An employee reads the institution's code of conduct and acknowledges it, from the home page's link. */
class CodeOfConductPageTest extends IntegrationTest {

    private static final String USERNAME = "uji-kode-perilaku";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountSetup accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEmployeeReadsTheCodeOfConductAndAcknowledgesIt() throws Exception {
        accounts.createAll(List.of(new NewAccount(USERNAME, "Uji Kode Perilaku", null, Set.of(Role.PEGAWAI),
                "rahasia-789", false)));

        mvc.perform(get("/beranda/pegawai").with(user(users.loadUserByUsername(USERNAME))))
                .andExpect(content().string(allOf(containsString("href=\"/saya/kode-perilaku\""),
                        containsString("Sebelum mengajukan rencana kerja pertama"))));
        mvc.perform(get("/saya/kode-perilaku").with(user(users.loadUserByUsername(USERNAME))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("menjaga kerahasiaan data dan dokumen dinas"),
                        containsString("Saya telah membaca dan menyetujui"), not(containsString("??")))));

        mvc.perform(post("/saya/kode-perilaku").with(user(users.loadUserByUsername(USERNAME))).with(csrf()))
                .andExpect(redirectedUrl("/saya/kode-perilaku"))
                .andExpect(flash().attribute("successKey", "policy.conduct.acknowledged"));

        mvc.perform(get("/saya/kode-perilaku").with(user(users.loadUserByUsername(USERNAME))))
                .andExpect(content().string(allOf(containsString("Anda sudah menyetujui kode perilaku ini"),
                        not(containsString("Saya telah membaca dan menyetujui")))));
        mvc.perform(get("/beranda/pegawai").with(user(users.loadUserByUsername(USERNAME))))
                .andExpect(content().string(not(containsString("Sebelum mengajukan rencana kerja pertama"))));
        assertThat(jdbc.sql("""
                        select count(*) from audit_event
                        where action = 'CODE_OF_CONDUCT_ACKNOWLEDGED' and actor = :actor""")
                .param("actor", USERNAME).query(Long.class).single()).isEqualTo(1);
    }
}
