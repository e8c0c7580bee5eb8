package id.fleksi.policy;

import id.fleksi.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The determination in the browser: reading it, comparing versions, and the PPK's form. */
class PolicyPagesTest extends IntegrationTest {

    private static final String DEMO_DECREE = "Keputusan Bupati Sukamaju Nomor 800.1/12/2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JsonMapper json;

    @Autowired
    Policies policies;

    @Test
    void hrAndUnitHeadsReadTheVersionInForceWithTheArticleOfEachField() throws Exception {
        mvc.perform(get("/kebijakan").with(as("kepegawaian")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(DEMO_DECREE),
                        containsString("Paling banyak 2 hari kerja dalam 1 minggu (Pasal 13 ayat (1))"),
                        containsString("(Pasal 14)"), containsString("(Pasal 27)"), containsString("RSUD-IGD"),
                        not(containsString("/kebijakan/ubah")), not(containsString("??")))));
        mvc.perform(get("/kebijakan?lang=en").with(as("kepala")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("At most 2 working days in 1 week (Pasal 13 ayat (1))"),
                        not(containsString("??")))));
        mvc.perform(get("/kebijakan").with(as("ppk")))
                .andExpect(content().string(containsString("/kebijakan/ubah")));
    }

    @Test
    void aVersionPageShowsAnyVersionAndAnUnknownOneIsNotFound() throws Exception {
        long demo = policies.versionOn(LocalDate.now()).orElseThrow().id();
        mvc.perform(get("/kebijakan/versi/" + demo).with(as("kepala")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(DEMO_DECREE), not(containsString("??")))));
        mvc.perform(get("/kebijakan/versi/999999").with(as("kepala"))).andExpect(status().isNotFound());
    }

    @Test
    void theComparePageMarksTheFieldsThatChanged() throws Exception {
        long first = create(PolicyBodies.allowed("2033-03-07", "Keputusan banding A"));
        Map<String, Object> second = PolicyBodies.allowed("2033-03-14", "Keputusan banding B");
        second.put("lokasiPercentCap", 30);
        long next = create(second);

        mvc.perform(get("/kebijakan/banding?a=" + first + "&b=" + next).with(as("kepala")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("data-field=\"lokasiPercentCap\" data-changed=\"true\""),
                        containsString("data-field=\"decreeNumber\" data-changed=\"true\""),
                        containsString("data-field=\"maxLokasiDaysPerWeek\" data-changed=\"false\""),
                        containsString("data-field=\"codeOfConduct\" data-changed=\"false\""),
                        containsString("40%"), containsString("30%"), containsString("Berubah"),
                        containsString("3 isian berbeda"), not(containsString("??")))));
    }

    @Test
    void theFormStartsFromTheVersionInForceAndExplainsEachFieldWithItsArticle() throws Exception {
        mvc.perform(get("/kebijakan/ubah").with(as("ppk")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(DEMO_DECREE),
                        containsString("Paling banyak 2 hari kerja dalam 1 minggu (Pasal 13 ayat (1)); PPK boleh menurunkan"),
                        matchesPattern("(?s).*value=\"RSUD-IGD\"[^>]*checked=\"checked\".*"),
                        containsString("name=\"additionalCriteria[2].coordinationLetter\""),
                        containsString("Pasal 26"), containsString("Pasal 20 ayat (2)"),
                        containsString("Pasal 25 ayat (3)"), not(containsString("??")))));
    }

    @Test
    void theFormKeepsWhatThePpkTypedWhenAFieldBreaksTheRegulation() throws Exception {
        mvc.perform(post("/kebijakan").with(as("ppk")).with(csrf())
                        .param("effectiveFrom", "2033-05-02")
                        .param("decreeNumber", "Keputusan uji formulir salah")
                        .param("lokasiEnabled", "true").param("_lokasiEnabled", "on")
                        .param("allowedLocations", "RUMAH").param("_allowedLocations", "on")
                        .param("maxLokasiDaysPerWeek", "3")
                        .param("lokasiPercentCap", "35")
                        .param("fixedLokasiWeekdays", "WEDNESDAY").param("_fixedLokasiWeekdays", "on")
                        .param("newEmployeeMonths", "7")
                        .param("minOfficePresencePercent", "55")
                        .param("lateStartMaxMinutes", "45")
                        .param("additionalCriteria[0].code", "KT-UJI")
                        .param("additionalCriteria[0].description", "Kriteria tanpa surat")
                        .param("additionalCriteria[0].coordinationLetter", "")
                        .param("codeOfConduct", "Teks kode perilaku yang diketik PPK"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("value=\"Keputusan uji formulir salah\""),
                        containsString("value=\"3\""), containsString("value=\"35\""), containsString("value=\"45\""),
                        containsString("value=\"KT-UJI\""), containsString("value=\"Kriteria tanpa surat\""),
                        matchesPattern("(?s).*value=\"WEDNESDAY\"[^>]*checked=\"checked\".*"),
                        containsString("Teks kode perilaku yang diketik PPK"),
                        containsString("Pasal 13 ayat (1): Hari fleksibel lokasi per minggu harus 0 sampai 2 hari"),
                        containsString("Pasal 26: Kriteria tambahan ditetapkan setelah berkoordinasi dengan Menteri"),
                        containsString("is-invalid"), not(containsString("??")))));
        assertThat(policies.versions()).noneMatch(v -> v.effectiveFrom().equals(LocalDate.of(2033, 5, 2)));
    }

    /** A browser lets only digits into a number field; a request that sends other text is still told why. */
    @Test
    void aNumberThatIsNoNumberIsToldNextToTheField() throws Exception {
        mvc.perform(post("/kebijakan").with(as("ppk")).with(csrf())
                        .param("effectiveFrom", "2033-05-09")
                        .param("decreeNumber", "Keputusan uji format")
                        .param("maxLokasiDaysPerWeek", "dua")
                        .param("codeOfConduct", "Kode"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Isian ini tidak sesuai formatnya"),
                        containsString("value=\"Keputusan uji format\""), containsString("Pasal 14: Wajib diisi."))));
    }

    @Test
    void thePpkSavesANewVersionFromTheFormAndIsToldSo() throws Exception {
        mvc.perform(post("/kebijakan").with(as("ppk")).with(csrf())
                        .param("effectiveFrom", "2034-01-02")
                        .param("decreeNumber", "Keputusan dari formulir 2034")
                        .param("createdBy", "orang-lain")
                        .param("lokasiEnabled", "true").param("_lokasiEnabled", "on")
                        .param("allowedLocations", "RUMAH").param("_allowedLocations", "on")
                        .param("maxLokasiDaysPerWeek", "1")
                        .param("lokasiPercentCap", "30")
                        .param("fixedLokasiWeekdays", "WEDNESDAY").param("_fixedLokasiWeekdays", "on")
                        .param("sifEnabled", "true").param("_sifEnabled", "on")
                        .param("sifUnitCodes", "RSUD-IGD").param("_sifUnitCodes", "on")
                        .param("dinamisEnabled", "true").param("_dinamisEnabled", "on")
                        .param("dinamis.earliestStart", "06:00").param("dinamis.latestEnd", "19:00")
                        .param("dinamis.coreStart", "").param("dinamis.coreEnd", "")
                        .param("dinamis.minMinutesPerDay", "")
                        .param("lateStartMaxMinutes", "60")
                        .param("newEmployeeMonths", "6")
                        .param("minPredikat", "BAIK")
                        .param("minOfficePresencePercent", "50")
                        .param("additionalCriteria[0].code", "KT-1")
                        .param("additionalCriteria[0].description", "Domisili dalam kabupaten")
                        .param("additionalCriteria[0].coordinationLetter", "Surat koordinasi uji 7/2034")
                        .param("additionalCriteria[1].code", "").param("additionalCriteria[1].description", "")
                        .param("additionalCriteria[1].coordinationLetter", "")
                        .param("codeOfConduct", "Kode perilaku dari formulir"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/kebijakan"))
                .andExpect(flash().attribute("successKey", "policy.saved"));

        PolicyVersion saved = policies.versionOn(LocalDate.of(2034, 1, 2)).orElseThrow();
        assertThat(saved.decreeNumber()).isEqualTo("Keputusan dari formulir 2034");
        assertThat(saved.createdBy()).isEqualTo("ppk");
        assertThat(saved.fixedLokasiWeekdays()).containsExactly(DayOfWeek.WEDNESDAY);
        assertThat(saved.lateStartMaxMinutes()).isEqualTo(60);
        assertThat(saved.dinamis().earliestStart()).isEqualTo(LocalTime.of(6, 0));
        assertThat(saved.additionalCriteria()).extracting(PolicyVersion.Criterion::code).containsExactly("KT-1");
        assertThat(saved.codeOfConduct()).isEqualTo("Kode perilaku dari formulir");
    }

    private long create(Map<String, Object> body) throws Exception {
        String location = mvc.perform(put("/api/policy").with(httpBasic("ppk", "demo12345"))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getHeader(HttpHeaders.LOCATION);
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
