package id.fleksi.planning;

import id.fleksi.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The PPK checks the practices of the seeds against the demo determination (cap 2 days, Pasal 13 ayat (1)). */
class PolicyCheckPageTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void ambonsWeekOfThreeHomeDaysBreaksTheCapOfPasal13() throws Exception {
        check("KANTOR", "KANTOR", "RUMAH", "RUMAH", "RUMAH")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-rule=\"LOKASI_MAKS_HARI\" data-outcome=\"BROKEN\"")))
                .andExpect(content().string(containsString("Pasal 13 ayat (1)")))
                .andExpect(content().string(containsString("Melanggar aturan")));
    }

    @Test
    void ambonsWeekOfTwoHomeDaysAndKemenpanrbsWednesdayMeetTheRules() throws Exception {
        check("KANTOR", "KANTOR", "KANTOR", "RUMAH", "RUMAH")
                .andExpect(content().string(allOf(containsString("Sesuai aturan"),
                        containsString("data-rule=\"LOKASI_MAKS_HARI\" data-outcome=\"MET\""),
                        not(containsString("data-outcome=\"BROKEN\"")))));
        check("KANTOR", "KANTOR", "RUMAH", "KANTOR", "KANTOR")
                .andExpect(content().string(containsString("Sesuai aturan")));
    }

    @Test
    void aSpecialCircumstanceLiftsTheCapAndSaysSo() throws Exception {
        mvc.perform(get("/kebijakan/uji").param("minggu", "2026-W49")
                        .param("hari", "RUMAH", "RUMAH", "RUMAH", "KANTOR", "KANTOR")
                        .param("tugasLokasi", "true").param("domisili", "true").param("infrastruktur", "true")
                        .param("keadaanKhusus", "true").with(user(users.loadUserByUsername("ppk"))))
                .andExpect(content().string(containsString("data-rule=\"LOKASI_MAKS_HARI\" data-outcome=\"LIFTED\"")))
                .andExpect(content().string(containsString("Pasal 13 ayat (2) huruf b")));
    }

    @Test
    void withoutAPatternThePageOnlyOffersTheForm() throws Exception {
        mvc.perform(get("/kebijakan/uji").with(user(users.loadUserByUsername("ppk"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("policy-check-result"))))
                .andExpect(content().string(containsString("Kota Ambon")));
    }

    private ResultActions check(String... days) throws Exception {
        return mvc.perform(get("/kebijakan/uji").param("minggu", "2026-W49").param("hari", days)
                .param("tugasLokasi", "true").param("domisili", "true").param("infrastruktur", "true")
                .with(user(users.loadUserByUsername("ppk"))));
    }
}
