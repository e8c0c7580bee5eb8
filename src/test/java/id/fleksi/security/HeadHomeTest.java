package id.fleksi.security;

import id.fleksi.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A head's home lists the units they oversee with their active employees, at most twenty of them: a head of
 * hundreds of units is sent to the paged list of units for the rest.
 */
class HeadHomeTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void removeTheSubUnits() {
        jdbc.sql("delete from unit where code like 'DISKOMINFO-SUB-%'").update();
    }

    @Test
    void aHeadOfFewUnitsSeesThemAll() throws Exception {
        mvc.perform(get("/beranda/pimpinan").with(user(users.loadUserByUsername("kepala"))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("DISKOMINFO"),
                        not(containsString("data-testid=\"home-units-more\"")))));
    }

    @Test
    void aHeadOfManyUnitsSeesTwentyAndTheWayToTheRest() throws Exception {
        jdbc.sql("""
                insert into unit (code, name, parent_id, time_zone)
                select 'DISKOMINFO-SUB-' || lpad(g::text, 2, '0'), 'Seksi ' || g,
                       (select id from unit where code = 'DISKOMINFO'), 'Asia/Jakarta'
                from generate_series(1, 25) g""").update();

        mvc.perform(get("/beranda/pimpinan").param("lang", "id").with(user(users.loadUserByUsername("kepala"))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("DISKOMINFO-SUB-19"),
                        not(containsString("DISKOMINFO-SUB-20")),
                        containsString("Ditampilkan 20 dari 26 unit; 6 unit lainnya ada di daftar unit."),
                        containsString("href=\"/unit\""))));
    }
}
