package id.fleksi.security;

import id.fleksi.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The navigation shows each person what their roles reach, read through {@code #roles}, and a visitor nothing. */
class RolesDialectTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void theNavigationFollowsTheRoles() throws Exception {
        page("pegawai", shows("href=\"/saya/rencana\""), hides("data-testid=\"nav-inbox\""), hides("href=\"/laporan\""),
                hides("href=\"/hari-libur\""), hides("href=\"/pegawai\""));
        page("kepala", shows("data-testid=\"nav-inbox\""), shows("href=\"/sif\""), shows("href=\"/pegawai\""),
                hides("href=\"/laporan\""), hides("href=\"/hari-libur\""));
        page("kepegawaian", shows("href=\"/laporan\""), shows("href=\"/hari-libur\""), shows("href=\"/pegawai\""),
                hides("data-testid=\"nav-inbox\""), hides("href=\"/sif\""));
        page("ppk", shows("data-testid=\"nav-inbox\""), shows("href=\"/laporan\""), shows("href=\"/hari-libur\""),
                shows("href=\"/sif\""), shows("href=\"/beranda/ppk\""));
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("navbar-nav me-auto"))));
    }

    private void page(String username, ResultMatcher... expected) throws Exception {
        mvc.perform(get("/notifikasi").with(user(users.loadUserByUsername(username))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("navbar-nav me-auto")))
                .andExpectAll(expected);
    }

    private static ResultMatcher shows(String text) {
        return content().string(containsString(text));
    }

    private static ResultMatcher hides(String text) {
        return content().string(not(containsString(text)));
    }
}
