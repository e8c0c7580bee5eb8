package id.fleksi.policy;

import id.fleksi.IntegrationTest;
import id.fleksi.shared.Actor;
import id.fleksi.shared.ProposalStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The changes of the determination that evaluations propose: the PPK prepares the change from one (the version saved
 * from it applies it) or dismisses it with a reason, through the API and the pages; nobody else decides them.
 * Versions saved here start in 2045, after every other test's.
 */
class PolicyProposalTest extends IntegrationTest {

    private static final String PASSWORD = "demo12345";
    /** Evaluation ids no evaluation has: the proposals are opened here as an evaluation would open them. */
    private static final AtomicLong EVALUATION = new AtomicLong(8_000_000_000L);

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    PolicyProposals proposals;
    @Autowired
    Policies policies;

    @Test
    void thePpkAppliesOneThroughTheApiAndDismissesAnotherWhichNoHeadOrHrMay() throws Exception {
        PolicyProposal applied = open("Turunkan kuota lokasi lain menjadi 30 persen.");
        PolicyProposal dismissed = open("Hapus hari tetap lokasi lain.");

        mvc.perform(get("/api/policy/proposals?status=OPEN&size=100").with(httpBasic("kepala", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hapus hari tetap lokasi lain.")));
        for (String other : new String[]{"kepala", "kepegawaian", "pegawai"}) {
            dismiss(other, dismissed.id(), "{\"reason\":\"Bukan saya.\"}").andExpect(status().isForbidden());
        }
        dismiss("ppk", dismissed.id(), "{\"reason\":\"  \"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        dismiss("ppk", dismissed.id(), "{\"reason\":\"Hari tetap masih diperlukan.\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DISMISSED"))
                .andExpect(jsonPath("$.decidedBy").value("ppk"))
                .andExpect(jsonPath("$.dismissalReason").value("Hari tetap masih diperlukan."));
        dismiss("ppk", dismissed.id(), "{\"reason\":\"Lagi.\"}").andExpect(status().isConflict());

        var body = PolicyBodies.allowed("2045-01-02", "Keputusan dari usulan evaluasi");
        body.put("lokasiPercentCap", 30);
        mvc.perform(put("/api/policy?proposalId=" + applied.id()).with(httpBasic("ppk", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
                .andExpect(status().isCreated());
        PolicyProposal after = proposals.find(applied.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(ProposalStatus.APPLIED);
        assertThat(after.appliedEffectiveFrom()).isEqualTo(LocalDate.of(2045, 1, 2));
        assertThat(after.decidedBy()).isEqualTo("ppk");
        // a decided proposal applies no second version: the version is refused with it
        var again = PolicyBodies.allowed("2045-01-09", "Keputusan kedua dari usulan");
        mvc.perform(put("/api/policy?proposalId=" + applied.id()).with(httpBasic("ppk", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(again)))
                .andExpect(status().isConflict());
        assertThat(policies.versionOn(LocalDate.of(2045, 1, 9)).map(PolicyVersion::decreeNumber))
                .contains("Keputusan dari usulan evaluasi");
        assertThat(jdbc.sql("""
                        select action from audit_event where subject_type = 'POLICY_PROPOSAL'
                        and subject_key in (:keys) order by id""")
                .param("keys", java.util.List.of(applied.id() + "/" + applied.evaluationTitle(),
                        dismissed.id() + "/" + dismissed.evaluationTitle()))
                .query(String.class).list())
                .containsExactly("POLICY_PROPOSAL_OPENED", "POLICY_PROPOSAL_OPENED", "POLICY_PROPOSAL_DISMISSED",
                        "POLICY_PROPOSAL_APPLIED");
    }

    @Test
    void thePpkPreparesTheChangeFromTheProposalOnThePagesAndDismissesAnotherWithAReason() throws Exception {
        PolicyProposal applied = open("Naikkan kehadiran minimal di kantor menjadi 60 persen.");
        PolicyProposal dismissed = open("Tambahkan kriteria domisili.");

        mvc.perform(get("/kebijakan?page=0").with(as("ppk")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"policy-proposals\""),
                        containsString("/kebijakan/ubah?usulan=" + applied.id()),
                        containsString("/kebijakan/usulan/" + dismissed.id() + "/tolak"))));
        // a head reads the proposals but is offered neither decision
        mvc.perform(get("/kebijakan?page=0").with(as("kepala")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/kebijakan/usulan/" + dismissed.id() + "/tolak"))));
        mvc.perform(get("/kebijakan/usulan/" + dismissed.id() + "/tolak").with(as("kepala")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/kebijakan/usulan/" + dismissed.id() + "/tolak").with(as("kepala")).with(csrf())
                        .param("reason", "Bukan saya."))
                .andExpect(status().isForbidden());

        mvc.perform(get("/kebijakan/ubah?usulan=" + applied.id()).with(as("ppk")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"proposal-shown\""),
                        containsString("Naikkan kehadiran minimal di kantor menjadi 60 persen."),
                        containsString("name=\"usulan\" value=\"" + applied.id() + "\""))));
        mvc.perform(post("/kebijakan").with(as("ppk")).with(csrf())
                        .param("usulan", String.valueOf(applied.id()))
                        .param("effectiveFrom", "2045-02-06")
                        .param("decreeNumber", "Keputusan halaman dari usulan")
                        .param("lokasiEnabled", "true").param("_lokasiEnabled", "on")
                        .param("allowedLocations", "RUMAH").param("_allowedLocations", "on")
                        .param("maxLokasiDaysPerWeek", "2")
                        .param("lokasiPercentCap", "40")
                        .param("newEmployeeMonths", "6")
                        .param("minOfficePresencePercent", "60")
                        .param("lateStartMaxMinutes", "0")
                        .param("codeOfConduct", "Kode perilaku dari usulan"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/kebijakan"))
                .andExpect(flash().attribute("successKey", "policy.proposal.applied"));
        PolicyProposal after = proposals.find(applied.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(ProposalStatus.APPLIED);
        assertThat(after.appliedEffectiveFrom()).isEqualTo(LocalDate.of(2045, 2, 6));
        assertThat(policies.versionOn(LocalDate.of(2045, 2, 6)).orElseThrow().minOfficePresencePercent())
                .isEqualTo(60);
        // the proposal applied is no longer offered
        mvc.perform(get("/kebijakan/ubah?usulan=" + applied.id()).with(as("ppk")))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("errorFlashKey", "policy.proposal.problem.decided"));

        mvc.perform(get("/kebijakan/usulan/" + dismissed.id() + "/tolak").with(as("ppk")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tambahkan kriteria domisili.")));
        mvc.perform(post("/kebijakan/usulan/" + dismissed.id() + "/tolak").with(as("ppk")).with(csrf())
                        .param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tulis alasan menolak usulan ini.")));
        mvc.perform(post("/kebijakan/usulan/" + dismissed.id() + "/tolak").with(as("ppk")).with(csrf())
                        .param("reason", "Belum ada surat koordinasi."))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("successKey", "policy.proposal.dismissed"));
        assertThat(proposals.find(dismissed.id()).orElseThrow().dismissalReason())
                .isEqualTo("Belum ada surat koordinasi.");
    }

    @Test
    void anEvaluationOpensOneProposalAtMost() {
        PolicyProposal first = open("Satu usulan.");
        PolicyProposal second = proposals.open(actor("kepala"), first.evaluationId(), first.evaluationTitle(),
                "Usulan kedua.");
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.text()).isEqualTo("Satu usulan.");
    }

    private PolicyProposal open(String text) {
        long evaluation = EVALUATION.incrementAndGet();
        return proposals.open(actor("kepala"), evaluation, "UJI " + evaluation, text);
    }

    private org.springframework.test.web.servlet.ResultActions dismiss(String account, long id, String body)
            throws Exception {
        return mvc.perform(post("/api/policy/proposals/" + id + "/dismiss").with(httpBasic(account, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private Actor actor(String username) {
        return (Actor) users.loadUserByUsername(username);
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
