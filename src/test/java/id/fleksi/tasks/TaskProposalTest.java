package id.fleksi.tasks;

import id.fleksi.IntegrationTest;
import id.fleksi.shared.Actor;
import id.fleksi.shared.ProposalStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The changes of tasks' criteria that evaluations propose: HR prepares the change in the task's form, prefilled from
 * the proposal, and saving it applies the proposal; or HR dismisses it with a reason. Heads read their units' only.
 */
class TaskProposalTest extends IntegrationTest {

    private static final String PASSWORD = "demo12345";
    private static final AtomicLong EVALUATION = new AtomicLong(8_500_000_000L);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    TaskProposals proposals;

    @Test
    void hrStopsLocationFlexibilityThroughThePrefilledFormAndTheTaskNoLongerQualifies() throws Exception {
        String code = createTask();
        TaskProposal proposal = open(code, TaskProposal.Kind.STOP_LOCATION_FLEXIBILITY, "Loket harus di kantor.");

        mvc.perform(get("/tugas?usulan=terbuka&q=" + code).with(as("kepegawaian")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"task-proposals-count\""),
                        containsString("/tugas/" + code))));
        mvc.perform(get("/tugas/" + code).with(as("kepegawaian")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Loket harus di kantor."),
                        containsString("Hentikan fleksibel lokasi untuk tugas ini"),
                        containsString("/tugas/" + code + "/ubah?usulan=" + proposal.id()))));
        String form = mvc.perform(get("/tugas/" + code + "/ubah?usulan=" + proposal.id()).with(as("kepegawaian")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("Loket harus di kantor.").contains("name=\"usulan\" value=\"" + proposal.id() + "\"");
        assertThat(checkboxes(form, "canBeDoneOutsideOffice")).isNotEmpty().allMatch(tag -> !tag.contains("checked"));
        assertThat(checkboxes(form, "doableWithIct")).isNotEmpty().allMatch(tag -> tag.contains("checked"));

        // HR confirms what the form holds: every criterion as it was, but the first of Pasal 23
        mvc.perform(post("/tugas/" + code).with(as("kepegawaian")).with(csrf())
                        .param("usulan", String.valueOf(proposal.id()))
                        .param("name", "Tugas uji " + code).param("unitCode", TaskFixtures.UNIT)
                        .param("type", "Analitis").param("environment", "Ruang kerja")
                        .param("social", "Koordinasi daring").param("mentalEmotional", "Stabil")
                        .param("cognitive", "Analitis")
                        .param("_canBeDoneOutsideOffice", "on").param("noSpecialRoomOrEquipment", "true")
                        .param("doableWithIct", "true").param("minimalFaceToFace", "true")
                        .param("noContinuousSupervision", "true").param("mustBeOutsideOffice", "true")
                        .param("notBoundToInstitutionHours", "true").param("version", "0"))
                .andExpect(redirectedUrl("/tugas/" + code))
                .andExpect(flash().attribute("successKey", "task.proposal.applied"));
        assertThat(jdbc.sql("select can_be_done_outside_office from task where code = :code").param("code", code)
                .query(Boolean.class).single()).isFalse();
        mvc.perform(get("/api/tasks/" + code).with(httpBasic("ppk", PASSWORD)))
                .andExpect(jsonPath("$.qualifies.lokasi").value(false));
        TaskProposal after = proposals.find(proposal.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(ProposalStatus.APPLIED);
        assertThat(after.decidedBy()).isEqualTo("kepegawaian");
        assertThat(audit(code)).containsExactly("TASK_PROPOSAL_OPENED", "TASK_PROPOSAL_APPLIED");
        // applied, it is offered no more
        mvc.perform(get("/tugas/" + code).with(as("kepegawaian")))
                .andExpect(content().string(not(containsString("data-testid=\"task-proposals\""))));
        mvc.perform(get("/tugas/" + code + "/ubah?usulan=" + proposal.id()).with(as("kepegawaian")))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("errorFlashKey", "task.proposal.problem.decided"));
    }

    @Test
    void hrDismissesWithAReasonOnThePageAndThroughTheApiWhichNoHeadOrPpkMay() throws Exception {
        String code = createTask();
        TaskProposal onPage = open(code, TaskProposal.Kind.REVIEW_CRITERIA, "Tinjau tatap muka.");
        TaskProposal overApi = open(code, TaskProposal.Kind.REVIEW_CRITERIA, "Tinjau pengawasan.");

        for (String other : new String[]{"kepala", "ppk", "pegawai"}) {
            dismiss(other, overApi.id(), "{\"reason\":\"Bukan saya.\"}").andExpect(status().isForbidden());
        }
        mvc.perform(get("/tugas/" + code + "/usulan/" + onPage.id() + "/tolak").with(as("ppk")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/tugas/" + code + "/usulan/" + onPage.id() + "/tolak").with(as("kepegawaian"))
                        .with(csrf()).param("reason", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tulis alasan menolak usulan ini.")));
        mvc.perform(post("/tugas/" + code + "/usulan/" + onPage.id() + "/tolak").with(as("kepegawaian"))
                        .with(csrf()).param("reason", "Kriteria sudah ditinjau bulan lalu."))
                .andExpect(redirectedUrl("/tugas/" + code))
                .andExpect(flash().attribute("successKey", "task.proposal.dismissed"));
        dismiss("kepegawaian", overApi.id(), "{\"reason\":\"Sudah sesuai.\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DISMISSED"))
                .andExpect(jsonPath("$.taskCode").value(code));
        dismiss("kepegawaian", overApi.id(), "{\"reason\":\"Lagi.\"}").andExpect(status().isConflict());
        assertThat(proposals.find(onPage.id()).orElseThrow().dismissalReason())
                .isEqualTo("Kriteria sudah ditinjau bulan lalu.");
        assertThat(audit(code)).containsExactly("TASK_PROPOSAL_OPENED", "TASK_PROPOSAL_OPENED",
                "TASK_PROPOSAL_DISMISSED", "TASK_PROPOSAL_DISMISSED");
    }

    @Test
    void theListShowsTheProposalsOfTheTasksTheCallerReads() throws Exception {
        String code = createTask();
        TaskProposal proposal = open(code, TaskProposal.Kind.REVIEW_CRITERIA, "Tinjau lingkup " + code + ".");
        mvc.perform(get("/api/tasks/proposals?status=OPEN&size=100").with(httpBasic("ppk", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tinjau lingkup " + code + ".")));
        // the test unit is no unit of kepala's
        mvc.perform(get("/api/tasks/proposals?size=100").with(httpBasic("kepala", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Tinjau lingkup " + code + "."))));
        mvc.perform(get("/api/tasks/proposals?status=TERBUKA").with(httpBasic("ppk", PASSWORD)))
                .andExpect(status().isBadRequest());
        // a second opening by the same evaluation keeps the first
        List<TaskProposal> again = proposals.open(actor("kepala"), proposal.evaluationId(),
                proposal.evaluationTitle(), List.of(code), TaskProposal.Kind.STOP_LOCATION_FLEXIBILITY, "Lagi.");
        assertThat(again).extracting(TaskProposal::id, TaskProposal::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(proposal.id(), TaskProposal.Kind.REVIEW_CRITERIA));
    }

    private String createTask() throws Exception {
        TaskFixtures.ensureUnit(jdbc);
        String code = TaskFixtures.code();
        mvc.perform(post("/api/tasks").with(httpBasic("kepegawaian", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(TaskFixtures.taskJson(code)))
                .andExpect(status().isCreated());
        return code;
    }

    private TaskProposal open(String code, TaskProposal.Kind kind, String text) {
        long evaluation = EVALUATION.incrementAndGet();
        return proposals.open(actor("kepala"), evaluation, "UJI " + evaluation, List.of(code), kind, text).get(0);
    }

    private ResultActions dismiss(String account, long id, String body) throws Exception {
        return mvc.perform(post("/api/tasks/proposals/" + id + "/dismiss").with(httpBasic(account, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private List<String> audit(String code) {
        return jdbc.sql("""
                        select action from audit_event where subject_type = 'TASK_PROPOSAL' and subject_key like :key
                        order by id""")
                .param("key", code + "/%").query(String.class).list();
    }

    private static List<String> checkboxes(String html, String name) {
        Matcher tags = Pattern.compile("<input[^>]*name=\"" + name + "\"[^>]*>").matcher(html);
        List<String> found = new java.util.ArrayList<>();
        while (tags.find()) {
            found.add(tags.group());
        }
        return found;
    }

    private Actor actor(String username) {
        return (Actor) users.loadUserByUsername(username);
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
