package id.fleksi.evaluation;

import id.fleksi.IntegrationTest;
import id.fleksi.evaluation.EvaluationTestData.TestUnit;
import id.fleksi.shared.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A finalized evaluation's recommendation opens drafts of the changes it asks for: a change of the determination
 * for the PPK, changes of the named tasks' criteria for HR; none with LANJUTKAN, and never twice.
 */
class EvaluationDraftsTest extends IntegrationTest {

    private static final String PASSWORD = "demo12345";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    UserDetailsService users;
    @Autowired
    Evaluations evaluations;

    @Test
    void continuingOpensNoDraftAndAskingForOneWithItIsRefused() throws Exception {
        TestUnit unit = EvaluationTestData.unit(jdbc, "DRL", 1);
        long id = open(unit);
        finalize(unit.head(), id, """
                {"findings":"Berjalan baik.","recommendation":"LANJUTKAN","proposeDetermination":true,
                 "proposal":"Ubah kuota."}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("proposeDetermination"));
        finalize(unit.head(), id, """
                {"findings":"Berjalan baik.","recommendation":"LANJUTKAN"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("FINAL"))
                .andExpect(jsonPath("$.drafts.length()").value(0));
        assertThat(policyProposals(id)).isZero();
        assertThat(taskProposals(id)).isEmpty();
    }

    @Test
    void stoppingInPartOpensTheDeterminationsDraftAndOneStopPerNamedTaskOnceOnly() throws Exception {
        TestUnit unit = EvaluationTestData.unit(jdbc, "DRH", 1);
        String first = task(unit, "A");
        String second = task(unit, "B");
        long id = open(unit);
        // a draft without its text is refused and nothing is finalized
        finalize(unit.head(), id, body("HENTIKAN_SEBAGIAN", List.of(first, second), true, true, " "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("proposal"));
        JsonNode answer = read(finalize(unit.head(), id, body("HENTIKAN_SEBAGIAN", List.of(first, second), true,
                true, "Hentikan kerja dari rumah untuk layanan loket."))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("FINAL")));
        List<String> drafts = new ArrayList<>();
        answer.get("drafts").forEach(d -> drafts.add(d.get("subject").asText() + " " + d.get("kind").asText() + " "
                + (d.get("taskCode").isNull() ? "-" : d.get("taskCode").asText()) + " " + d.get("status").asText()));
        assertThat(drafts).containsExactly("DETERMINATION CHANGE_DETERMINATION - OPEN",
                "TASK STOP_LOCATION_FLEXIBILITY " + first + " OPEN", "TASK STOP_LOCATION_FLEXIBILITY " + second + " OPEN");
        assertThat(policyProposals(id)).isEqualTo(1);
        assertThat(taskProposals(id)).containsExactly(first + " STOP_LOCATION_FLEXIBILITY OPEN",
                second + " STOP_LOCATION_FLEXIBILITY OPEN");
        assertThat(jdbc.sql("""
                        select count(*) from audit_event
                        where action in ('POLICY_PROPOSAL_OPENED', 'TASK_PROPOSAL_OPENED') and actor = :head
                          and (after_state ->> 'evaluationId')::bigint = :evaluation""")
                .param("head", unit.head()).param("evaluation", id)
                .query(Long.class).single()).isEqualTo(3);
        // the deciders are told in the application
        assertThat(notifications("ppk", "POLICY_PROPOSAL_OPENED", "/kebijakan")).isPositive();
        assertThat(notifications("kepegawaian", "TASK_PROPOSALS_OPENED", "/tugas?usulan=terbuka")).isPositive();

        // finalizing again is refused and opens nothing more
        finalize(unit.head(), id, body("HENTIKAN_SEBAGIAN", List.of(first, second), true, true, "Lagi."))
                .andExpect(status().isConflict());
        assertThat(policyProposals(id)).isEqualTo(1);
        assertThat(taskProposals(id)).hasSize(2);
        // the service asked again with the same drafts opens none either
        Actor head = (Actor) users.loadUserByUsername(unit.head());
        Evaluation finalized = evaluations.find(head, id).orElseThrow();
        assertThat(evaluations.draftsOf(finalized)).hasSize(3);
    }

    @Test
    void adjustingOpensACriteriaReviewOfTheNamedTasksOnlyWhenAsked() throws Exception {
        TestUnit unit = EvaluationTestData.unit(jdbc, "DRS", 1);
        String named = task(unit, "A");
        long without = open(unit, "2028-01-03", "2028-01-14");
        // asking for task drafts without naming a task is refused
        finalize(unit.head(), without, body("SESUAIKAN", List.of(), false, true, "Tinjau kriteria."))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tasks"));
        finalize(unit.head(), without, body("SESUAIKAN", List.of(named), false, false, null))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.drafts.length()").value(0));
        assertThat(taskProposals(without)).isEmpty();

        long with = open(unit, "2028-02-01", "2028-02-14");
        finalize(unit.head(), with, body("SESUAIKAN", List.of(named), false, true, "Tinjau tatap muka."))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.drafts.length()").value(1))
                .andExpect(jsonPath("$.drafts[0].kind").value("REVIEW_CRITERIA"));
        assertThat(policyProposals(with)).isZero();
        assertThat(taskProposals(with)).containsExactly(named + " REVIEW_CRITERIA OPEN");
    }

    @Test
    void theHeadAsksForDraftsOnTheFinalizePageAndTheEvaluationShowsWhatBecameOfThem() throws Exception {
        TestUnit unit = EvaluationTestData.unit(jdbc, "DRP", 1);
        String named = task(unit, "A");
        long id = open(unit);
        Actor head = (Actor) users.loadUserByUsername(unit.head());
        evaluations.saveFindings(head, id, null, new Evaluations.Findings("Layanan loket terganggu.",
                Recommendation.HENTIKAN_SEBAGIAN, List.of(named)));
        mvc.perform(get("/evaluasi/" + id + "/finalkan").with(user(users.loadUserByUsername(unit.head()))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"proposeDetermination\"")))
                .andExpect(content().string(containsString("Usulkan penghentian fleksibel lokasi untuk tugas "
                        + named)));
        // the text missing: the page is shown again with what was ticked
        mvc.perform(post("/evaluasi/" + id + "/finalkan").with(user(users.loadUserByUsername(unit.head())))
                        .with(csrf()).param("proposeDetermination", "true").param("proposal", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tulis apa yang diusulkan untuk diubah")));
        mvc.perform(post("/evaluasi/" + id + "/finalkan").with(user(users.loadUserByUsername(unit.head())))
                        .with(csrf()).param("proposeDetermination", "true").param("proposeTasks", "true")
                        .param("proposal", "Kurangi hari lokasi lain untuk loket."))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("successKey", "evaluation.finalized.drafts"));
        assertThat(policyProposals(id)).isEqualTo(1);
        assertThat(taskProposals(id)).containsExactly(named + " STOP_LOCATION_FLEXIBILITY OPEN");

        // HR dismisses the task's draft; the evaluation page, API and report show it
        long taskDraft = jdbc.sql("select id from task_proposal where evaluation_id = :id").param("id", id)
                .query(Long.class).single();
        mvc.perform(post("/api/tasks/proposals/" + taskDraft + "/dismiss").with(httpBasic("kepegawaian", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Loket sudah daring.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DISMISSED"));
        mvc.perform(get("/evaluasi/" + id).with(user(users.loadUserByUsername("ppk"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"evaluation-drafts\"")))
                .andExpect(content().string(containsString("Perubahan penetapan (PPK)")))
                .andExpect(content().string(containsString("Menunggu keputusan")))
                .andExpect(content().string(containsString("Ditolak oleh kepegawaian: Loket sudah daring.")));
        mvc.perform(get("/api/evaluations/" + id).with(httpBasic("kepegawaian", PASSWORD)))
                .andExpect(jsonPath("$.drafts[1].status").value("DISMISSED"))
                .andExpect(jsonPath("$.drafts[1].dismissalReason").value("Loket sudah daring."));
        String csv = mvc.perform(get("/api/evaluations/" + id + "/export?format=csv")
                        .with(httpBasic("kepegawaian", PASSWORD)).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Stop location flexibility for task " + named + " (HR)")
                .contains("Dismissed by kepegawaian: Loket sudah daring.");
    }

    private long open(TestUnit unit) throws Exception {
        return open(unit, "2028-01-03", "2028-01-14");
    }

    private long open(TestUnit unit, String from, String to) throws Exception {
        return read(mvc.perform(post("/api/evaluations").with(httpBasic(unit.head(), PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"periodFrom\":\"%s\",\"periodTo\":\"%s\",\"unitCode\":\"%s\"}"
                                .formatted(from, to, unit.code())))
                .andExpect(status().isCreated())).get("id").asLong();
    }

    private ResultActions finalize(String account, long id, String body) throws Exception {
        return mvc.perform(post("/api/evaluations/" + id + "/finalize").with(httpBasic(account, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String body(String recommendation, List<String> tasks, boolean determination, boolean taskDrafts,
                        String proposal) {
        return json.writeValueAsString(new java.util.LinkedHashMap<>(java.util.Map.of("findings", "Temuan uji.",
                "recommendation", recommendation, "tasks", tasks, "proposeDetermination", determination,
                "proposeTasks", taskDrafts, "proposal", proposal == null ? "" : proposal)));
    }

    private JsonNode read(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** A task of the unit that meets the criteria of location flexibility; its code. */
    private String task(TestUnit unit, String suffix) {
        String code = (unit.code() + "-T" + suffix).toUpperCase();
        jdbc.sql("""
                        insert into task (code, name, unit_id, can_be_done_outside_office, no_special_room_or_equipment,
                                          doable_with_ict, minimal_face_to_face, no_continuous_supervision)
                        values (:code, :name, (select id from unit where code = :unit), true, true, true, true, true)""")
                .param("code", code).param("name", "Tugas " + code).param("unit", unit.code()).update();
        return code;
    }

    private long policyProposals(long evaluationId) {
        return jdbc.sql("select count(*) from policy_proposal where evaluation_id = :id").param("id", evaluationId)
                .query(Long.class).single();
    }

    private List<String> taskProposals(long evaluationId) {
        return jdbc.sql("""
                        select t.code || ' ' || p.kind || ' ' || p.status from task_proposal p join task t on t.id = p.task_id
                        where p.evaluation_id = :id order by t.code""")
                .param("id", evaluationId).query(String.class).list();
    }

    private long notifications(String username, String kind, String link) {
        return jdbc.sql("""
                        select count(*) from notification n join account a on a.id = n.account_id
                        where a.username = :username and n.kind = :kind and n.link = :link""")
                .param("username", username).param("kind", kind).param("link", link).query(Long.class).single();
    }
}
