package id.fleksi.policy;

import id.fleksi.IntegrationTest;
import id.fleksi.rules.Determination;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A version of the determination may be a trial (uji coba) until a day: on that day it still applies, the day after
 * the version in force before it applies again, and a later version that is no trial replaces it. Versions saved
 * here start in 2041, where no other test saves one.
 */
class PolicyTrialTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    Policies policies;

    @Autowired
    UserDetailsService users;

    @Test
    void theVersionBeforeATrialAppliesAgainTheDayAfterItsEnd() throws Exception {
        long base = save(PolicyBodies.allowed("2041-01-07", "Penetapan dasar 2041"), null);
        Map<String, Object> trial = PolicyBodies.allowed("2041-02-04", "Uji coba 2041");
        trial.put("maxLokasiDaysPerWeek", 1);
        long trialId = save(trial, "2041-03-31");

        assertThat(inForce("2041-02-03")).isEqualTo("Penetapan dasar 2041");
        assertThat(inForce("2041-02-04")).isEqualTo("Uji coba 2041");
        assertThat(inForce("2041-03-31")).isEqualTo("Uji coba 2041");
        assertThat(inForce("2041-04-01")).isEqualTo("Penetapan dasar 2041");
        assertThat(policies.inForceOn(LocalDate.of(2041, 3, 31)).orElseThrow().trialEndsOn())
                .isEqualTo(LocalDate.of(2041, 3, 31));
        assertThat(policies.inForceOn(LocalDate.of(2041, 4, 1)).orElseThrow().id()).isEqualTo(base);
        assertThat(policies.version(trialId)).as("a trial's end deletes nothing").isPresent();

        mvc.perform(get("/api/policy?date=2041-03-31").with(httpBasic("pegawai", "demo12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decreeNumber").value("Uji coba 2041"))
                .andExpect(jsonPath("$.trialEndsOn").value("2041-03-31"));
        mvc.perform(get("/api/policy?date=2041-04-01").with(httpBasic("pegawai", "demo12345")))
                .andExpect(jsonPath("$.decreeNumber").value("Penetapan dasar 2041"))
                .andExpect(jsonPath("$.trialEndsOn").doesNotExist());
        mvc.perform(get("/api/policy/versions").with(httpBasic("pegawai", "demo12345")))
                .andExpect(jsonPath("$[?(@.id == " + trialId + ")].trialEndsOn").value("2041-03-31"));

        // a week that straddles the end: each day is read with the version that applies on it
        var week = policies.versionsBetween(LocalDate.of(2041, 3, 27), LocalDate.of(2041, 4, 2));
        assertThat(week).extracting(Determination::decreeNumber).containsExactly("Uji coba 2041",
                "Penetapan dasar 2041");
        assertThat(week.get(1).effectiveFrom()).isEqualTo(LocalDate.of(2041, 4, 1));
        assertThat(week.get(0).trialEndsOn()).isEqualTo(LocalDate.of(2041, 3, 31));
        assertThat(policies.versionsBetween(LocalDate.of(2041, 4, 1), LocalDate.of(2041, 4, 7)))
                .extracting(Determination::decreeNumber).containsExactly("Penetapan dasar 2041");
    }

    @Test
    void aLaterVersionThatIsNoTrialReplacesTheTrialForGood() throws Exception {
        save(PolicyBodies.allowed("2041-06-02", "Uji coba pertengahan 2041"), "2041-08-31");
        save(PolicyBodies.allowed("2041-07-07", "Penetapan tetap 2041"), null);

        assertThat(inForce("2041-07-06")).isEqualTo("Uji coba pertengahan 2041");
        assertThat(inForce("2041-07-07")).isEqualTo("Penetapan tetap 2041");
        assertThat(inForce("2041-08-31")).isEqualTo("Penetapan tetap 2041");
        assertThat(inForce("2041-09-01")).isEqualTo("Penetapan tetap 2041");
        assertThat(policies.versionsBetween(LocalDate.of(2041, 8, 25), LocalDate.of(2041, 9, 5)))
                .extracting(Determination::decreeNumber).containsExactly("Penetapan tetap 2041");
    }

    @Test
    void aTrialEndsAfterItStarts() throws Exception {
        Map<String, Object> body = PolicyBodies.allowed("2041-10-06", "Uji coba terbalik");
        body.put("trialEndsOn", "2041-10-06");
        mvc.perform(put("/api/policy").with(httpBasic("ppk", "demo12345"))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("trialEndsOn"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("sesudah tanggal mulai")));
        assertThat(policies.versionOn(LocalDate.of(2041, 10, 6)).map(PolicyVersion::decreeNumber))
                .isNotEqualTo(java.util.Optional.of("Uji coba terbalik"));
    }

    @Test
    void thePagesSayThatAVersionIsATrialAndWhatFollowsIt() throws Exception {
        save(PolicyBodies.allowed("2041-11-03", "Penetapan sebelum uji coba akhir 2041"), null);
        long trial = save(PolicyBodies.allowed("2041-11-10", "Uji coba akhir 2041"), "2041-12-19");

        mvc.perform(get("/kebijakan/versi/" + trial).with(user(users.loadUserByUsername("kepala"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Versi ini uji coba dan berlaku sampai 19 Desember 2041.")))
                .andExpect(content().string(containsString(
                        "Sesudahnya berlaku kembali penetapan Penetapan sebelum uji coba akhir 2041.")));
        mvc.perform(get("/kebijakan/versi/" + trial + "?lang=en").with(user(users.loadUserByUsername("kepala"))))
                .andExpect(content().string(containsString("This version is a trial and is in force until 19 December 2041.")))
                .andExpect(content().string(containsString("Trial, in force until 19 December 2041")));
        mvc.perform(get("/kebijakan").with(user(users.loadUserByUsername("kepegawaian"))))
                .andExpect(content().string(containsString("Uji coba sampai 19 Desember 2041")));
        mvc.perform(get("/api/reports/determination").param("format", "csv").param("date", "2041-12-01")
                        .with(httpBasic("ppk", "demo12345")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Penetapan ini uji coba yang berlaku sampai 19 Desember 2041")));
    }

    @Test
    void thePpkIsRemindedFromFourteenDaysBeforeTheEnd() throws Exception {
        save(PolicyBodies.allowed("2041-12-22", "Penetapan sebelum uji coba 2042"), null);
        save(PolicyBodies.allowed("2041-12-29", "Uji coba awal 2042"), "2042-01-30");

        assertThat(policies.trialEnding(LocalDate.of(2042, 1, 15))).isEmpty();
        TrialEnding ending = policies.trialEnding(LocalDate.of(2042, 1, 16)).orElseThrow();
        assertThat(ending.decreeNumber()).isEqualTo("Uji coba awal 2042");
        assertThat(ending.daysLeft()).isEqualTo(14);
        assertThat(ending.followingDecree()).isEqualTo("Penetapan sebelum uji coba 2042");
        assertThat(policies.trialEnding(LocalDate.of(2042, 1, 30)).orElseThrow().daysLeft()).isZero();
        assertThat(policies.trialEnding(LocalDate.of(2042, 1, 31))).as("over: nothing left to remind").isEmpty();
    }

    private long save(Map<String, Object> body, String trialEndsOn) throws Exception {
        if (trialEndsOn != null) {
            body.put("trialEndsOn", trialEndsOn);
        }
        String answer = mvc.perform(put("/api/policy").with(httpBasic("ppk", "demo12345"))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
                .andExpect(status().isCreated())
                .andExpect(trialEndsOn == null ? jsonPath("$.trialEndsOn").doesNotExist()
                        : jsonPath("$.trialEndsOn").value(trialEndsOn))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(answer).get("id").asLong();
    }

    private String inForce(String day) {
        return policies.versionOn(LocalDate.parse(day)).map(PolicyVersion::decreeNumber).orElse(null);
    }
}
