package id.fleksi.eligibility;

import id.fleksi.IntegrationTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The eligibility of the demo employees, through the API and the page, each reader within their scope. */
class EligibilityTest extends IntegrationTest {

    private static final String KARTIKA = "198808122010042002";
    private static final String INDAH = "197309231997102009";
    private static final String UTAMI_OF_BAPPEDA = "197510042010012002";
    private static final String AYU_OF_IGD = "197402061999042006";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void anEmployeeReadsTheirOwnEligibilityWithRulesAndArticles() throws Exception {
        mvc.perform(get("/api/employees/{nip}/eligibility", KARTIKA).param("date", "2026-11-23")
                        .with(httpBasic("pegawai", "demo12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nip").value(KARTIKA))
                .andExpect(jsonPath("$.date").value("2026-11-23"))
                .andExpect(jsonPath("$.lokasi.eligible").value(true))
                .andExpect(jsonPath("$.dinamis.eligible").value(true))
                .andExpect(jsonPath("$.sif.eligible").value(false))
                .andExpect(jsonPath("$.sif.violations[*].rule", hasItem("UNIT_SIF")))
                .andExpect(jsonPath("$.sif.violations[?(@.rule == 'UNIT_SIF')].article").value("Pasal 19 ayat (4)"))
                .andExpect(jsonPath("$.sif.violations[?(@.rule == 'UNIT_SIF')].severity").value("ERROR"))
                .andExpect(jsonPath("$.sif.violations[?(@.rule == 'UNIT_SIF')].message",
                        hasItem(containsString("tidak ditetapkan PPK"))));
    }

    @Test
    void aNewEmployeeIsRefusedUntilThePpksPeriodEnds() throws Exception {
        // in the position since 2026-10-01; the demo determination sets 6 months
        mvc.perform(get("/api/employees/{nip}/eligibility", INDAH).param("date", "2027-03-31")
                        .with(httpBasic("kepegawaian", "demo12345")))
                .andExpect(jsonPath("$.lokasi.violations[*].rule", hasItem("PEGAWAI_BARU")))
                .andExpect(jsonPath("$.lokasi.violations[?(@.rule == 'PEGAWAI_BARU')].article")
                        .value("Pasal 25 ayat (1) huruf b, (2), (3)"));
        mvc.perform(get("/api/employees/{nip}/eligibility", INDAH).param("date", "2027-04-01")
                        .with(httpBasic("kepegawaian", "demo12345")))
                .andExpect(jsonPath("$.lokasi.violations[*].rule", not(hasItem("PEGAWAI_BARU"))));
    }

    @Test
    void messagesFollowTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/employees/{nip}/eligibility", KARTIKA).param("date", "2026-11-23")
                        .header("Accept-Language", "en").with(httpBasic("pegawai", "demo12345")))
                .andExpect(jsonPath("$.sif.violations[?(@.rule == 'UNIT_SIF')].message",
                        hasItem(containsString("is not designated by the PPK"))));
    }

    @Test
    void emergencyUnitStaffMayWorkInShifts() throws Exception {
        mvc.perform(get("/api/employees/{nip}/eligibility", AYU_OF_IGD).param("date", "2026-11-23")
                        .with(httpBasic("ppk", "demo12345")))
                .andExpect(jsonPath("$.sif.eligible").value(true))
                .andExpect(jsonPath("$.lokasi.violations[*].rule", hasItem("KRITERIA_TUGAS_LOKASI")));
    }

    @Test
    void nobodyReadsTheEligibilityOfSomeoneOutsideTheirScope() throws Exception {
        mvc.perform(get("/api/employees/{nip}/eligibility", UTAMI_OF_BAPPEDA).with(httpBasic("pegawai", "demo12345")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/employees/{nip}/eligibility", UTAMI_OF_BAPPEDA).with(httpBasic("kepala", "demo12345")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/employees/{nip}/eligibility", KARTIKA).with(httpBasic("kepala", "demo12345")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/employees/{nip}/eligibility", "199901012020011999")
                        .with(httpBasic("kepegawaian", "demo12345")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("199901012020011999")));
    }

    @Test
    void theEmployeesPageShowsEachKindWithItsFactsAndArticles() throws Exception {
        mvc.perform(get("/saya/kelayakan").param("tanggal", "2026-11-23").with(user(users.loadUserByUsername("pegawai"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"verdict-LOKASI\"")))
                .andExpect(content().string(containsString("Kelayakan fleksibilitas kerja saya")))
                .andExpect(content().string(containsString("Unit yang ditetapkan untuk sif")))
                .andExpect(content().string(containsString("Pasal 25 ayat (1) huruf a")))
                .andExpect(content().string(containsString("Pengembangan dan pemeliharaan aplikasi layanan")))
                // the year of the latest predicate is a year, not a number with a thousands separator
                .andExpect(content().string(containsString("2025: Sangat Baik")));
        mvc.perform(get("/pegawai/{nip}/kelayakan", UTAMI_OF_BAPPEDA).with(user(users.loadUserByUsername("kepala"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/pegawai/{nip}/kelayakan", INDAH).param("tanggal", "2026-11-23")
                        .with(user(users.loadUserByUsername("kepegawaian"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bukan pegawai baru")));
    }

    @Test
    void everyViolationLeadsToItsRuleWithTheArticlesOwnWords() throws Exception {
        mvc.perform(get("/saya/kelayakan").param("tanggal", "2026-11-23").with(user(users.loadUserByUsername("pegawai"))))
                .andExpect(content().string(containsString(
                        "href=\"/aturan/UNIT_SIF?nip=198808122010042002&amp;tanggal=2026-11-23\"")));
        mvc.perform(get("/aturan/UNIT_SIF").param("nip", "198808122010042002").param("tanggal", "2026-11-23")
                        .with(user(users.loadUserByUsername("pegawai"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fakta yang digunakan untuk Kartika Nugroho pada 23 November 2026")))
                .andExpect(content().string(containsString("Unit yang ditetapkan untuk sif: RSUD-IGD")))
                .andExpect(content().string(containsString("Keputusan Bupati Sukamaju Nomor 800.1/12/2026")))
                .andExpect(content().string(containsString("DISKOMINFO")));
        mvc.perform(get("/aturan/KUOTA_LOKASI").with(user(users.loadUserByUsername("pegawai"))))
                .andExpect(content().string(containsString("paling banyak 40% dari unit")));
        mvc.perform(get("/aturan/UNIT_SIF").param("nip", UTAMI_OF_BAPPEDA)
                        .with(user(users.loadUserByUsername("pegawai"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/aturan/UNIT_SIF").with(user(users.loadUserByUsername("pegawai"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Unit organisasi tertentu yang dapat menerapkan Fleksibilitas "
                        + "Kerja sif")))
                .andExpect(content().string(containsString("PermenPANRB Nomor 4 Tahun 2025 Pasal 19 ayat (4)")))
                .andExpect(content().string(containsString("bicarakan pola kerja lain dengan pimpinan unit")));
        mvc.perform(get("/aturan").with(user(users.loadUserByUsername("pegawai"))))
                .andExpect(content().string(containsString("href=\"/aturan/EVALUASI_JATUH_TEMPO\"")));
        mvc.perform(get("/aturan/TIDAK_ADA").with(user(users.loadUserByUsername("pegawai"))))
                .andExpect(status().isNotFound());
    }
}
