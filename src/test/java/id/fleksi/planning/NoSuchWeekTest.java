package id.fleksi.planning;

import id.fleksi.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Weeks that no calendar has (week 0, weeks 54 to 99, a 53rd week in a year of 52) are refused as a wrong week on
 * every endpoint and page that takes one, never answered with a server error.
 */
class NoSuchWeekTest extends IntegrationTest {

    private static final String KARTIKA = "198808122010042002";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @ParameterizedTest
    @ValueSource(strings = {"2026-W00", "2026-W54", "2026-W99", "2027-W53"})
    void theApiRefusesTheWeekNamingTheField(String week) throws Exception {
        String plan = """
                {"nip":"%s","week":"%s","flexType":"NONE","days":[{"date":"2026-11-23","kind":"KANTOR"}]}"""
                .formatted(KARTIKA, week);
        for (String path : new String[]{"/api/plans/validate", "/api/plans"}) {
            mvc.perform(post(path).with(httpBasic("pegawai", "demo12345")).header("Accept-Language", "id")
                            .contentType(MediaType.APPLICATION_JSON).content(plan))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("week"));
        }
        mvc.perform(get("/api/plans").param("week", week).with(httpBasic("ppk", "demo12345")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/units/DISKOMINFO/coverage").param("week", week).with(httpBasic("kepala", "demo12345")))
                .andExpect(status().isBadRequest());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-W00", "2026-W54", "2026-W99", "2027-W53"})
    void thePagesAnswerWithoutAServerError(String week) throws Exception {
        String[][] pages = {{"pegawai", "/saya/rencana"}, {"kepala", "/persetujuan"},
                {"kepala", "/unit/DISKOMINFO/kalender"}, {"ppk", "/dasbor"}};
        for (String[] page : pages) {
            MvcResult result = mvc.perform(get(page[1]).param("minggu", week).with(user(users.loadUserByUsername(page[0]))))
                    .andReturn();
            assertThat(result.getResponse().getStatus()).as(page[1] + "?minggu=" + week).isLessThan(500);
        }
    }
}
