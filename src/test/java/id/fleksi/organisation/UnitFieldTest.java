package id.fleksi.organisation;

import id.fleksi.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The unit filter of the employee list, the eligibility list and the inbox: a list of the person's units when there
 * are few; above {@value Organisation#UNIT_CHOICES_MAX} units a field where the unit is typed by code or name, with
 * suggestions of the person's units only, and a clear message when the text names none of them.
 */
class UnitFieldTest extends IntegrationTest {

    /** Each page with the name of its unit parameter. */
    private static final String[][] PAGES = {{"/pegawai", "unitCode"}, {"/kelayakan", "unit"}, {"/persetujuan", "unit"}};

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    @Test
    void aFewUnitsAreListedToChooseFrom() throws Exception {
        // the head of DISKOMINFO chooses among their few units (the PPK's list depends on how many units the
        // tests have made by then)
        for (String[] page : PAGES) {
            mvc.perform(get(page[0]).with(as("kepala"))).andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("<option value=\"DISKOMINFO\""),
                            not(containsString("data-unit-suggestions")))));
        }
    }

    @Test
    void manyUnitsAreTypedWithSuggestionsOfThePersonsUnits() throws Exception {
        jdbc.sql("""
                insert into unit (code, name, parent_id, time_zone)
                select 'BANYAK-' || lpad(g::text, 3, '0'), 'Seksi Banyak ' || g, (select id from unit where code = 'SETDA'),
                       'Asia/Jakarta'
                from generate_series(1, :n) g""").param("n", Organisation.UNIT_CHOICES_MAX).update();
        try {
            for (String[] page : PAGES) {
                // by code in any case, by its whole name: the unit is found and kept in the field
                for (String typed : new String[]{"diskominfo", "dinas komunikasi dan informatika "}) {
                    mvc.perform(get(page[0]).param(page[1], typed).param("lang", "id").with(as("ppk"))).andExpect(status().isOk())
                            .andExpect(content().string(allOf(containsString("data-unit-suggestions=\"/unit/saran\""),
                                    containsString("value=\"DISKOMINFO\""), not(containsString("<option value=\"BANYAK-")),
                                    not(containsString("is-invalid")))));
                }
                mvc.perform(get(page[0]).param(page[1], "Dinas Tidak Ada").param("lang", "id").with(as("ppk"))).andExpect(status().isOk())
                        .andExpect(content().string(allOf(containsString("is-invalid"),
                                containsString("Tidak ada unit &quot;Dinas Tidak Ada&quot; yang dapat Anda pilih"))));
            }
            mvc.perform(get("/pegawai").param("unitCode", "BANYAK-999").param("lang", "en").with(as("ppk")))
                    .andExpect(content().string(containsString("There is no unit &quot;BANYAK-999&quot; you can choose")));
            // a head of a few units still chooses from the list of their units
            mvc.perform(get("/persetujuan").with(as("kepala"))).andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("<option value=\"DISKOMINFO\""),
                            not(containsString("BANYAK-")), not(containsString("data-unit-suggestions")))));
        } finally {
            jdbc.sql("delete from unit where code like 'BANYAK-%'").update();
        }
    }

    @Test
    void suggestionsAreThePersonsUnitsByCodeOrName() throws Exception {
        mvc.perform(get("/unit/saran").param("q", "komunikasi").with(as("ppk"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value("DISKOMINFO"))
                .andExpect(jsonPath("$[0].name").value("Dinas Komunikasi dan Informatika"));
        mvc.perform(get("/unit/saran").param("q", "bapp").with(as("ppk")))
                .andExpect(jsonPath("$[0].code").value("BAPPEDA"));
        mvc.perform(get("/unit/saran").param("q", "bapp").with(as("kepala")))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/unit/saran").param("q", "%").with(as("ppk")))
                .andExpect(jsonPath("$.length()").value(0));
        String many = mvc.perform(get("/unit/saran").param("q", "a").with(as("ppk"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(many.split("\"code\"").length - 1).isLessThanOrEqualTo(20);
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
