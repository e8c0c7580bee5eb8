package id.fleksi.security;

import id.fleksi.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Basic credentials a browser repeats cannot be used by another site's page to change anything through the API:
 * a write marked as cross-site or from another origin is refused; API clients and reads are served as before.
 */
class CrossSiteApiWritesTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aWriteFromAnotherSitesPageIsRefused() throws Exception {
        boolean acknowledged = acknowledged();
        forget();
        mvc.perform(post("/api/me/code-of-conduct").with(httpBasic("kepegawaian", "demo12345"))
                        .header("Origin", "https://penyerang.example"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("situs lain")));
        mvc.perform(post("/api/me/code-of-conduct").with(httpBasic("kepegawaian", "demo12345"))
                        .header("Sec-Fetch-Site", "cross-site"))
                .andExpect(status().isForbidden());
        assertThat(acknowledged()).isFalse();

        // the application's own origin, an API client without these headers, and reads pass
        mvc.perform(get("/api/me").with(httpBasic("kepegawaian", "demo12345"))
                        .header("Origin", "https://penyerang.example").header("Sec-Fetch-Site", "cross-site"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/me/code-of-conduct").with(httpBasic("kepegawaian", "demo12345"))
                        .header("Origin", "http://localhost").header("Sec-Fetch-Site", "same-origin"))
                .andExpect(status().isNoContent());
        assertThat(acknowledged()).isTrue();
        if (!acknowledged) {
            forget();
        }
    }

    private boolean acknowledged() {
        return jdbc.sql("""
                select exists(select 1 from code_of_conduct_acknowledgement c join account a on a.id = c.account_id
                              where a.username = 'kepegawaian')""").query(Boolean.class).single();
    }

    private void forget() {
        jdbc.sql("""
                delete from code_of_conduct_acknowledgement
                where account_id = (select id from account where username = 'kepegawaian')""").update();
    }
}
