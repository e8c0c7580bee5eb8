package id.fleksi.organisation;

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
 * A search that matches more employees than {@code Paged.COUNT_CAP} stops counting there and says so; fewer
 * matches, or a page further down, are counted exactly. The 1,010 employees live in a transaction that is rolled
 * back, so no other test sees them.
 */
class EmployeeSearchCountTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    @Test
    void aSearchMatchingThousandsStopsCountingAndSaysSo() {
        rolledBack(() -> {
            jdbc.sql("""
                    insert into employee (nip, name, employee_type, unit_id, position, position_since)
                    select '200101012025' || lpad(g::text, 6, '0'), 'Zulfikar Cacahan ' || g, 'PNS',
                           (select id from unit where code = 'SETDA'), 'Analis', date '2020-01-01'
                    from generate_series(1, 1010) g""").update();

            mvc.perform(get("/api/employees?q=zulfikar cacahan").with(httpBasic("ppk", "demo12345")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items", hasSize(25)))
                    .andExpect(jsonPath("$.total").value(1000))
                    .andExpect(jsonPath("$.totalCapped").value(true));
            // a narrower search is counted exactly: 100 and 1000-1009
            mvc.perform(get("/api/employees?q=zulfikar cacahan 100").with(httpBasic("ppk", "demo12345")))
                    .andExpect(jsonPath("$.total").value(11))
                    .andExpect(jsonPath("$.totalCapped").doesNotExist());
            // a page beyond the cap counts up to that page and past it
            mvc.perform(get("/api/employees?q=zulfikar cacahan&page=40").with(httpBasic("ppk", "demo12345")))
                    .andExpect(jsonPath("$.items", hasSize(10)))
                    .andExpect(jsonPath("$.total").value(1010))
                    .andExpect(jsonPath("$.totalCapped").doesNotExist());
            // by NIP prefix, digits only
            mvc.perform(get("/api/employees?q=2001010120250010").with(httpBasic("ppk", "demo12345")))
                    .andExpect(jsonPath("$.total").value(11));
            // the page says "more than 1,000" and still offers the next page
            mvc.perform(get("/pegawai?q=zulfikar").header("Accept-Language", "id")
                            .with(user(users.loadUserByUsername("ppk"))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("1\u201325 dari lebih dari 1.000")))
                    .andExpect(content().string(not(containsString("dari 1.010"))))
                    .andExpect(content().string(containsString("page=1")));
            mvc.perform(get("/pegawai?q=zulfikar").header("Accept-Language", "en")
                            .with(user(users.loadUserByUsername("ppk"))))
                    .andExpect(content().string(containsString("1\u201325 of more than 1,000")));
        });
    }
}
