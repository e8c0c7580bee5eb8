package id.fleksi.policy;

import id.fleksi.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The plan deadline of the determination: the weekday and time by which employees submit next week's plan,
 * through the API, the form, the version page and the comparison. Versions here start in 2037.
 */
class PlanDeadlineTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    Policies policies;

    @Autowired
    UserDetailsService users;

    @Test
    void theDeadlineRoundTripsThroughTheApiAndIsFridayAtFourWhenLeftOff() throws Exception {
        Map<String, Object> body = PolicyBodies.allowed("2037-01-05", "Keputusan batas rencana Kamis");
        body.put("planDeadline", Map.of("weekday", "THURSDAY", "time", "15:30"));
        save(body)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.planDeadline.weekday").value("THURSDAY"))
                .andExpect(jsonPath("$.planDeadline.time").value("15:30"));
        mvc.perform(get("/api/policy?date=2037-01-06").with(httpBasic("pegawai", "demo12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decreeNumber").value("Keputusan batas rencana Kamis"))
                .andExpect(jsonPath("$.planDeadline.weekday").value("THURSDAY"))
                .andExpect(jsonPath("$.planDeadline.time").value("15:30"));
        assertThat(policies.inForceOn(LocalDate.of(2037, 1, 6)).orElseThrow().planDeadline())
                .isEqualTo(new PlanDeadline(DayOfWeek.THURSDAY, LocalTime.of(15, 30)));

        save(PolicyBodies.allowed("2037-01-12", "Keputusan tanpa batas rencana"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.planDeadline.weekday").value("FRIDAY"))
                .andExpect(jsonPath("$.planDeadline.time").value("16:00"));
        mvc.perform(get("/api/policy").with(httpBasic("pegawai", "demo12345")))
                .andExpect(jsonPath("$.planDeadline.weekday").value("FRIDAY"))
                .andExpect(jsonPath("$.planDeadline.time").value("16:00"));
    }

    @Test
    void aDeadlineWithoutItsTimeIsRefused() throws Exception {
        Map<String, Object> body = PolicyBodies.allowed("2037-01-19", "Keputusan batas rencana setengah");
        body.put("planDeadline", Map.of("weekday", "MONDAY"));
        save(body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("planDeadline.time"))
                .andExpect(jsonPath("$.errors[0].message").value("Wajib diisi."));
        assertThat(policies.versionOn(LocalDate.of(2037, 1, 19)).orElseThrow().decreeNumber())
                .isNotEqualTo("Keputusan batas rencana setengah");
    }

    @Test
    void thePpkSetsTheDeadlineInTheFormAndTheVersionPagesShowIt() throws Exception {
        mvc.perform(get("/kebijakan/ubah").with(as("ppk")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Batas pengajuan rencana kerja mingguan"),
                        containsString("bukan ketentuan pasal PermenPANRB"),
                        matchesPattern("(?s).*<option value=\"FRIDAY\" selected=\"selected\">Jumat</option>.*"),
                        containsString("value=\"16:00\""), not(containsString("??")))));

        long before = policies.versionOn(LocalDate.of(2037, 2, 1)).orElseThrow().id();
        mvc.perform(post("/kebijakan").with(as("ppk")).with(csrf())
                        .param("effectiveFrom", "2037-02-02")
                        .param("decreeNumber", "Keputusan batas rencana Rabu")
                        .param("lokasiEnabled", "true").param("_lokasiEnabled", "on")
                        .param("allowedLocations", "RUMAH").param("_allowedLocations", "on")
                        .param("maxLokasiDaysPerWeek", "2")
                        .param("lokasiPercentCap", "40")
                        .param("lateStartMaxMinutes", "0")
                        .param("planDeadline.weekday", "WEDNESDAY")
                        .param("planDeadline.time", "12:00")
                        .param("newEmployeeMonths", "6")
                        .param("minOfficePresencePercent", "50")
                        .param("codeOfConduct", "Kode perilaku uji batas rencana"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/kebijakan"));
        PolicyVersion saved = policies.versionOn(LocalDate.of(2037, 2, 2)).orElseThrow();
        assertThat(saved.planDeadline()).isEqualTo(new PlanDeadline(DayOfWeek.WEDNESDAY, LocalTime.NOON));

        mvc.perform(get("/kebijakan/versi/" + saved.id()).with(as("kepala")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-field=\"planDeadline\""),
                        containsString("Rabu pukul 12.00 WIB, untuk rencana minggu berikutnya"))));
        mvc.perform(get("/kebijakan/versi/" + saved.id() + "?lang=en").with(as("kepala")))
                .andExpect(content().string(containsString("Wednesday at 12.00 WIB, for the following week\u2019s plan")));
        mvc.perform(get("/kebijakan/banding?a=" + before + "&b=" + saved.id()).with(as("kepala")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("data-field=\"planDeadline\" data-changed=\"true\""),
                        containsString("Jumat pukul 16.00 WIB"), containsString("Rabu pukul 12.00 WIB"))));
    }

    private ResultActions save(Map<String, Object> body) throws Exception {
        return mvc.perform(put("/api/policy").with(httpBasic("ppk", "demo12345"))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "id")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)));
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
