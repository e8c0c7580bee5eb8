package id.fleksi.planning;

import id.fleksi.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A week of the demo employee Kartika Nugroho (DISKOMINFO), judged through the API and stored nowhere. */
class PlanValidationApiTest extends IntegrationTest {

    private static final String KARTIKA = "198808122010042002";

    @Autowired
    MockMvc mvc;

    @Test
    void aWeekWithTwoHomeDaysIsValid() throws Exception {
        validate("pegawai", week("KANTOR", "RUMAH", "KANTOR", "RUMAH", "KANTOR"), "id")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.requiredMinutes").value(2250))
                .andExpect(jsonPath("$.plannedMinutes").value(2250))
                .andExpect(jsonPath("$.lokasiDays").value(2))
                .andExpect(jsonPath("$.violations[?(@.severity == 'ERROR')]", empty()));
    }

    @Test
    void aThirdHomeDayBreaksTheCapOfPasal13() throws Exception {
        validate("pegawai", week("RUMAH", "RUMAH", "KANTOR", "RUMAH", "KANTOR"), "id")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.lokasiDays").value(3))
                .andExpect(jsonPath("$.violations[?(@.rule == 'LOKASI_MAKS_HARI')].article").value("Pasal 13 ayat (1)"));
        validate("kepala", week("RUMAH", "RUMAH", "KANTOR", "RUMAH", "KANTOR"), "en")
                .andExpect(jsonPath("$.violations[?(@.rule == 'LOKASI_MAKS_HARI')].message",
                        hasItem(containsString("2"))));
    }

    @Test
    void aMissingDayIsReportedWithItsDate() throws Exception {
        String fourDays = """
                {"nip":"%s","week":"2026-W48","flexType":"NONE","days":[
                 {"date":"2026-11-23","kind":"KANTOR"},{"date":"2026-11-24","kind":"KANTOR"},
                 {"date":"2026-11-25","kind":"KANTOR"},{"date":"2026-11-26","kind":"KANTOR"}]}""".formatted(KARTIKA);
        validate("pegawai", fourDays, "id")
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.violations[?(@.rule == 'HARI_KERJA')].date").value("2026-11-27"))
                .andExpect(jsonPath("$.violations[*].rule", hasItem("JAM_KERJA_MINGGUAN")));
    }

    @Test
    void invalidInputAndOthersPlansAreRefused() throws Exception {
        validate("pegawai", """
                {"nip":"%s","week":"2026-48","days":[{"date":"2026-11-23","kind":"KANTOR"}]}""".formatted(KARTIKA), "id")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("week"));
        validate("pegawai", week("KANTOR", "KANTOR", "KANTOR", "KANTOR", "KANTOR")
                .replace(KARTIKA, "197510042010012002"), "id")
                .andExpect(status().isNotFound());
        validate("kepegawaian", week("KANTOR", "KANTOR", "KANTOR", "KANTOR", "KANTOR")
                .replace(KARTIKA, "199901012020011999"), "id")
                .andExpect(status().isNotFound());
    }

    private org.springframework.test.web.servlet.ResultActions validate(String account, String body, String language)
            throws Exception {
        return mvc.perform(post("/api/plans/validate").with(httpBasic(account, "demo12345"))
                .header("Accept-Language", language).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    /** Monday to Friday of 2026-W48, one kind a day, standard hours. */
    private static String week(String... kinds) {
        StringBuilder days = new StringBuilder();
        for (int i = 0; i < kinds.length; i++) {
            days.append(i == 0 ? "" : ",").append("{\"date\":\"2026-11-").append(23 + i).append("\",\"kind\":\"")
                    .append(kinds[i]).append("\"}");
        }
        return "{\"nip\":\"" + KARTIKA + "\",\"week\":\"2026-W48\",\"flexType\":\"NONE\",\"days\":[" + days + "]}";
    }
}
