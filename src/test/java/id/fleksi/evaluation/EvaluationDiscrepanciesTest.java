package id.fleksi.evaluation;

import id.fleksi.IntegrationTest;
import id.fleksi.attendance.DiscrepancyWeeks;
import id.fleksi.attendance.RealisationTestData;
import id.fleksi.evaluation.EvaluationTestData.TestUnit;
import id.fleksi.shared.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Aspect c of an evaluation counts the discrepancies between plan and attendance from the weeks the attendance module
 * stores: a unit made for the test over 7-20 September 2026 (W37, stored; W38, not), one employee who worked from
 * home on Monday of W37 (a participant) and one without a plan.
 */
class EvaluationDiscrepanciesTest extends IntegrationTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    UserDetailsService users;
    @Autowired
    DiscrepancyWeeks weeks;
    @Autowired
    FigureCalculator calculator;

    @Test
    void aspectCCountsTheStoredFindingsPerRuleForParticipantsAndOthersAndNamesTheWeeksNotCounted()
            throws Exception {
        TestUnit unit = EvaluationTestData.unit(jdbc, "SLS", 2);
        String participant = unit.staff().get(0);
        String other = unit.staff().get(1);
        // the participant: home on Monday without an output, absent on Tuesday, in the office the other days
        EvaluationTestData.plan(jdbc, participant, unit.code(), MONDAY, "NONE", "APPROVED",
                List.of("RUMAH", "KANTOR", "KANTOR", "KANTOR", "KANTOR"));
        RealisationTestData.attended(jdbc, participant, MONDAY, "07:30", "16:00", "RUMAH");
        for (int day : new int[]{2, 3, 4}) {
            RealisationTestData.attended(jdbc, participant, MONDAY.plusDays(day), "07:30",
                    day == 4 ? "16:30" : "16:00", "KANTOR");
        }
        // the other: no plan, in the office on Monday, Wednesday and Friday only
        for (int day : new int[]{0, 2, 4}) {
            RealisationTestData.attended(jdbc, other, MONDAY.plusDays(day), "07:30",
                    day == 4 ? "16:30" : "16:00", "KANTOR");
        }
        weeks.recompute((Actor) users.loadUserByUsername("kepegawaian"), MONDAY, MONDAY.plusDays(6));
        // the week after is not counted: another test of the run may have stored it, so its data changed since
        jdbc.sql("update discrepancy_week set stale = true where week_start = :monday")
                .param("monday", MONDAY.plusWeeks(1)).update();

        long id = json.readTree(mvc.perform(post("/api/evaluations").with(httpBasic(unit.head(), "demo12345"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"periodFrom":"2026-09-07","periodTo":"2026-09-20","unitCode":"%s"}"""
                                .formatted(unit.code())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        JsonNode figures = json.readTree(mvc.perform(get("/api/evaluations/" + id)
                        .with(httpBasic(unit.head(), "demo12345"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        JsonNode d = figures.get("figures").get("attendanceDiscrepancies");

        assertThat(d.get("firstWeek").asString()).isEqualTo("2026-09-07");
        assertThat(d.get("lastWeek").asString()).isEqualTo("2026-09-14");
        assertThat(d.get("weeks").asInt()).isEqualTo(2);
        assertThat(d.get("notCounted").toString()).isEqualTo("[\"2026-09-14\"]");
        assertThat(d.get("countedUpTo").isNull()).isFalse();
        // rule, article: findings and employees of participants, then of the others
        List<String> rows = new ArrayList<>();
        d.get("rules").forEach(r -> rows.add(String.join(" ", r.get("rule").asString(),
                r.get("participants").get("findings").asString(), r.get("participants").get("withFindings").asString(),
                r.get("nonParticipants").get("findings").asString(),
                r.get("nonParticipants").get("withFindings").asString())));
        assertThat(rows).containsExactly("REALISASI_HADIR 1 1 2 1", "REALISASI_LOKASI 0 0 0 0",
                "REALISASI_JAM_HARIAN 0 0 0 0", "REALISASI_JAM_MINGGUAN 1 1 1 1", "REALISASI_HASIL 1 1 0 0");
        assertThat(d.get("rules").get(0).get("article").asString()).isEqualTo("Pasal 2; 3 ayat (1)");
        assertThat(List.of(d.get("participants").toString(), d.get("nonParticipants").toString())).containsExactly(
                "{\"employees\":1,\"withFindings\":1,\"findings\":3,\"percent\":100}",
                "{\"employees\":1,\"withFindings\":1,\"findings\":3,\"percent\":100}");
        // the API names the figure under aspect c
        assertThat(figures.get("aspects").get(2).get("figures").toString()).contains("attendanceDiscrepancies");

        var head = user(users.loadUserByUsername(unit.head()));
        String page = mvc.perform(get("/evaluasi/" + id).param("lang", "en").with(head)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("data-testid=\"figures-discrepancies\"")).isGreaterThan(
                page.indexOf("data-testid=\"aspect-c\""));
        assertThat(page).contains("2026-09-14").contains("1 of 1 (100%)");
        byte[] csv = mvc.perform(get("/api/evaluations/" + id + "/export").param("format", "csv")
                        .header("Accept-Language", "en").with(httpBasic("kepegawaian", "demo12345")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("REALISASI_HADIR,Present on working days,"
                + "Pasal 2; 3 ayat (1),1,1,2,1");

        // figures stored before the discrepancies were counted still load, and say so
        jdbc.sql("update evaluation set figures = figures::jsonb - 'attendanceDiscrepancies' where id = :id")
                .param("id", id).update();
        assertThat(calculator.read(jdbc.sql("select figures::text from evaluation where id = :id")
                .param("id", id).query(String.class).single()).attendanceDiscrepancies()).isNull();
        mvc.perform(get("/evaluasi/" + id).with(head)).andExpect(status().isOk())
                .andExpect(content().string(containsString("figures-discrepancies-none")));
    }
}
