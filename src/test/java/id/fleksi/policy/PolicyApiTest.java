package id.fleksi.policy;

import id.fleksi.IntegrationTest;
import id.fleksi.rules.Determination;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The PPK's determination through the API: the regulation's bounds with their articles, the dates a
 * version may take, and which version is in force on a day. Versions created here start in 2030 or later,
 * so the demo version in force today stays in force for every other test.
 */
class PolicyApiTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    Policies policies;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCapAboveTwoLocationDaysIsRefusedNamingPasal13() throws Exception {
        Map<String, Object> body = PolicyBodies.allowed("2040-01-02", "Uji batas hari");
        body.put("maxLokasiDaysPerWeek", 3);
        save(body, "id")
                .andExpect(status().isBadRequest())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, startsWith("application/problem+json")))
                .andExpect(jsonPath("$.detail").value(containsString("Pasal 13 ayat (1)")))
                .andExpect(jsonPath("$.errors[0].field").value("maxLokasiDaysPerWeek"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Pasal 13 ayat (1)")))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("tidak boleh menaikkannya")));
        assertThat(policies.versionOn(LocalDate.of(2040, 1, 2)).map(PolicyVersion::decreeNumber))
                .isNotEqualTo(java.util.Optional.of("Uji batas hari"));
    }

    @Test
    void aPercentageAboveAHundredIsRefusedNamingPasal14() throws Exception {
        Map<String, Object> body = PolicyBodies.allowed("2040-01-09", "Uji persentase");
        body.put("lokasiPercentCap", 101);
        save(body, "id")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Pasal 14")))
                .andExpect(jsonPath("$.errors[0].field").value("lokasiPercentCap"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Pasal 14")));
    }

    @Test
    void aDinamisWindowThatCannotHoldTheWeeklyHoursIsRefusedNamingPasal3() throws Exception {
        Map<String, Object> body = PolicyBodies.allowed("2040-01-16", "Uji jam dinamis");
        body.put("dinamisEnabled", true);
        body.put("dinamis", PolicyBodies.dinamis("08:00", "15:00", null, null, null));
        save(body, "id")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Pasal 3 ayat (1)")))
                .andExpect(jsonPath("$.errors[0].field").value("dinamis.latestEnd"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Pasal 3 ayat (1)")))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("08.00\u201315.00")));
    }

    @Test
    void anAdditionalCriterionWithoutACoordinationLetterIsRefusedNamingPasal26() throws Exception {
        Map<String, Object> body = PolicyBodies.allowed("2040-01-23", "Uji kriteria tambahan");
        body.put("additionalCriteria", List.of(PolicyBodies.criterion("DAERAH-TERPENCIL",
                "Bertugas di daerah terpencil", "")));
        save(body, "id")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Pasal 26")))
                .andExpect(jsonPath("$.errors[0].field").value("additionalCriteria[0].coordinationLetter"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Pasal 26")));
    }

    @Test
    void theRefusalSpeaksEnglishWhenAskedTo() throws Exception {
        Map<String, Object> body = PolicyBodies.allowed("2040-01-30", "Bounds in English");
        body.put("maxLokasiDaysPerWeek", 3);
        body.put("lokasiPercentCap", 101);
        body.put("dinamisEnabled", true);
        body.put("dinamis", PolicyBodies.dinamis("08:00", "15:00", null, null, null));
        body.put("additionalCriteria", List.of(PolicyBodies.criterion("REMOTE", "Works in a remote area", null)));
        save(body, "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.detail").value(containsString("goes beyond what PermenPANRB")))
                .andExpect(jsonPath("$.detail").value(containsString("Pasal 13 ayat (1)")))
                .andExpect(jsonPath("$.detail").value(containsString("Pasal 14")))
                .andExpect(jsonPath("$.detail").value(containsString("Pasal 3 ayat (1)")))
                .andExpect(jsonPath("$.detail").value(containsString("Pasal 26")))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem(
                        "Pasal 13 ayat (1): Location-flexible days a week must be 0 to 2; the PPK may lower this cap, never raise it.")))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem(
                        "Pasal 14: The share of employees working flexibly by location must be 0 to 100 percent.")))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem(containsString(
                        "Pasal 3 ayat (1): The dinamis window 08.00\u201315.00 cannot hold 37 hours 30 minutes"))))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem(containsString(
                        "Pasal 26: An additional criterion follows coordination with the Minister"))));
    }

    @Test
    void aVersionCannotStartBeforeTodayBecauseJudgedPlansMustNotChange() throws Exception {
        save(PolicyBodies.allowed("2020-01-06", "Uji tanggal lampau"), "id")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("effectiveFrom"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("sudah dinilai")));
        save(PolicyBodies.allowed("2020-01-06", "Past date"), "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Plans already judged")));
    }

    @Test
    void unknownSifUnitsAndAMissingCodeOfConductAreRefused() throws Exception {
        Map<String, Object> body = PolicyBodies.allowed("2040-02-06", "Uji unit sif");
        body.put("sifUnitCodes", List.of("RSUD-IGD", "TIDAK-ADA"));
        body.put("codeOfConduct", " ");
        save(body, "id")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("sifUnitCodes")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("codeOfConduct")))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem(
                        "Pasal 19 ayat (4): Unit berikut tidak dikenal: TIDAK-ADA. Pilih unit yang ada di instansi.")));
    }

    @Test
    void missingNumbersAreRefusedWithTheirArticles() throws Exception {
        Map<String, Object> body = PolicyBodies.allowed("2040-02-13", "Uji isian kosong");
        body.remove("lokasiPercentCap");
        body.remove("newEmployeeMonths");
        save(body, "id")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].message").value(hasItem("Pasal 14: Wajib diisi.")))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem("Pasal 25 ayat (3): Wajib diisi.")));
    }

    @Test
    void aSecondVersionOnTheSameDayIsAConflictAndTheFirstStays() throws Exception {
        save(PolicyBodies.allowed("2035-01-01", "Keputusan pertama 2035"), "id").andExpect(status().isCreated());
        save(PolicyBodies.allowed("2035-01-01", "Keputusan kedua 2035"), "id")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("2035-01-01")))
                .andExpect(jsonPath("$.detail").value(containsString("pilih tanggal mulai berlaku yang lain")));
        assertThat(policies.versionOn(LocalDate.of(2035, 1, 1)).orElseThrow().decreeNumber())
                .isEqualTo("Keputusan pertama 2035");
    }

    @Test
    void theVersionInForceChangesOnTheDayTheNewOneStarts() throws Exception {
        save(PolicyBodies.allowed("2032-06-07", "Keputusan Juni A"), "id").andExpect(status().isCreated());
        Map<String, Object> later = PolicyBodies.allowed("2032-06-14", "Keputusan Juni B");
        later.put("maxLokasiDaysPerWeek", 1);
        save(later, "id").andExpect(status().isCreated());

        mvc.perform(get("/api/policy?date=2032-06-13").with(httpBasic("pegawai", "demo12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decreeNumber").value("Keputusan Juni A"))
                .andExpect(jsonPath("$.maxLokasiDaysPerWeek").value(2));
        mvc.perform(get("/api/policy?date=2032-06-14").with(httpBasic("pegawai", "demo12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decreeNumber").value("Keputusan Juni B"))
                .andExpect(jsonPath("$.maxLokasiDaysPerWeek").value(1));

        assertThat(policies.determinationOn(LocalDate.of(2032, 6, 13)).orElseThrow().maxLokasiDaysPerWeek())
                .isEqualTo(2);
        assertThat(policies.determinationOn(LocalDate.of(2032, 6, 14)).orElseThrow().maxLokasiDaysPerWeek())
                .isEqualTo(1);
        assertThat(policies.versionsBetween(LocalDate.of(2032, 6, 10), LocalDate.of(2032, 6, 16)))
                .extracting(Determination::decreeNumber).containsExactly("Keputusan Juni A", "Keputusan Juni B");
        assertThat(policies.versionsBetween(LocalDate.of(2032, 6, 8), LocalDate.of(2032, 6, 13)))
                .extracting(Determination::decreeNumber).containsExactly("Keputusan Juni A");
        assertThat(policies.versionsBetween(LocalDate.of(2032, 6, 14), LocalDate.of(2032, 6, 14)))
                .extracting(Determination::decreeNumber).containsExactly("Keputusan Juni B");
    }

    @Test
    void aSavedVersionIsReadableListedAndAudited() throws Exception {
        String location = save(PolicyBodies.allowed("2036-03-03", "Keputusan tercatat 2036"), "id")
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, startsWith("/api/policy/versions/")))
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.createdBy").value("ppk"))
                .andExpect(jsonPath("$.createdAt").isNotEmpty())
                .andReturn().getResponse().getHeader(HttpHeaders.LOCATION);

        mvc.perform(get(location).with(httpBasic("kepala", "demo12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decreeNumber").value("Keputusan tercatat 2036"))
                .andExpect(jsonPath("$.sifUnitCodes[0]").value("RSUD-IGD"))
                .andExpect(jsonPath("$.codeOfConduct").value("Pegawai tetap dapat dihubungi selama jam kerja."));
        mvc.perform(get("/api/policy/versions").with(httpBasic("kepegawaian", "demo12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].decreeNumber").value(hasItem("Keputusan tercatat 2036")))
                .andExpect(jsonPath("$[*].effectiveFrom").value(hasItem("2036-03-03")))
                .andExpect(jsonPath("$[0].createdBy").isNotEmpty());

        String after = jdbc.sql("""
                        select after_state::text from audit_event
                        where action = 'POLICY_VERSION_CREATED' and subject_key = '2036-03-03' and actor = 'ppk'""")
                .query(String.class).single();
        assertThat(after).contains("Keputusan tercatat 2036").contains("RSUD-IGD").contains("\"lokasiPercentCap\": 40");
    }

    @Test
    void theVersionInForceTodayIsTheDefaultAndADayWithoutOneIsA404() throws Exception {
        mvc.perform(get("/api/policy").with(httpBasic("pegawai", "demo12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decreeNumber").value("Keputusan Bupati Sukamaju Nomor 800.1/12/2026"))
                .andExpect(jsonPath("$.dinamis.earliestStart").value("06:00"))
                .andExpect(jsonPath("$.createdBy").value("demo"));
        mvc.perform(get("/api/policy?date=2024-01-01").with(httpBasic("pegawai", "demo12345")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("2024-01-01")));
        mvc.perform(get("/api/policy/versions/999999").with(httpBasic("pegawai", "demo12345")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(not(containsString("999.999"))));
    }

    private ResultActions save(Map<String, Object> body, String language) throws Exception {
        return mvc.perform(put("/api/policy").with(httpBasic("ppk", "demo12345"))
                .header(HttpHeaders.ACCEPT_LANGUAGE, language)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)));
    }
}
