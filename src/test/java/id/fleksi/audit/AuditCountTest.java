package id.fleksi.audit;

import id.fleksi.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audit trail grows by every submission and decision; its pages stop counting past 1,000 events and say so,
 * and a narrower filter is counted exactly.
 */
class AuditCountTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    @Test
    void aLongTrailStopsCountingAndSaysSo() {
        rolledBack(() -> {
            jdbc.sql("""
                    insert into audit_event (actor, action, subject_type, subject_key, after_state)
                    select 'uji-hitung', case when g <= 10 then 'UJI_SEPULUH' else 'UJI_LAINNYA' end, 'UJI',
                           'uji/' || g, '{}'::jsonb
                    from generate_series(1, 1010) g""").update();

            mvc.perform(get("/api/audit").param("actor", "uji-hitung").with(httpBasic("ppk", "demo12345")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items", hasSize(25)))
                    .andExpect(jsonPath("$.total").value(1000))
                    .andExpect(jsonPath("$.totalCapped").value(true));
            mvc.perform(get("/api/audit").param("actor", "uji-hitung").param("action", "UJI_SEPULUH")
                            .with(httpBasic("ppk", "demo12345")))
                    .andExpect(jsonPath("$.total").value(10))
                    .andExpect(jsonPath("$.totalCapped").doesNotExist());
            // a page beyond the cap counts up to that page and past it
            mvc.perform(get("/api/audit").param("actor", "uji-hitung").param("page", "40")
                            .with(httpBasic("ppk", "demo12345")))
                    .andExpect(jsonPath("$.items", hasSize(10)))
                    .andExpect(jsonPath("$.total").value(1010))
                    .andExpect(jsonPath("$.totalCapped").doesNotExist());
            mvc.perform(get("/audit").param("actor", "uji-hitung").header("Accept-Language", "id")
                            .with(user(users.loadUserByUsername("ppk"))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("1\u201325 dari lebih dari 1.000")))
                    .andExpect(content().string(not(containsString("dari 1.010"))));
        });
    }
}
