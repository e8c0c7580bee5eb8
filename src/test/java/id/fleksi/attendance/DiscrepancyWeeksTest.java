package id.fleksi.attendance;

import id.fleksi.IntegrationTest;
import id.fleksi.policy.CalendarChanged;
import id.fleksi.rules.RuleCode;
import id.fleksi.shared.Actor;
import id.fleksi.shared.InstitutionTime;
import id.fleksi.shared.web.ApiProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The weeks of discrepancies stored for the institution: a unit made for each test, one employee whose week
 * 2026-W45 differs from the approved plan in every way the rules know and one who worked a standard week without a
 * plan, as did the unit's head. What is stored is what the report judges on demand; records arriving mark the
 * week stale.
 */
class DiscrepancyWeeksTest extends IntegrationTest {

    private static final LocalDate MONDAY = RealisationTestData.MONDAY;

    @Autowired
    DiscrepancyWeeks weeks;
    @Autowired
    Discrepancies discrepancies;
    @Autowired
    Attendance attendance;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;

    private String unit;
    private String nipA;
    private String nipB;

    @BeforeEach
    void aUnitWithAWeekOfPlanAndActual() {
        RealisationTestData.HeadedUnit headed = RealisationTestData.headedUnit(jdbc);
        unit = headed.code();
        nipA = RealisationTestData.employee(jdbc, unit);
        nipB = RealisationTestData.employee(jdbc, unit);
        RealisationTestData.approvedPlan(jdbc, nipA, unit, List.of("KANTOR", "RUMAH", "KANTOR", "KANTOR", "KANTOR"));
        RealisationTestData.attended(jdbc, nipA, 0, "07:30", "16:00", "KANTOR");
        RealisationTestData.attended(jdbc, nipA, 1, "07:30", "16:00", "RUMAH");
        RealisationTestData.attended(jdbc, nipA, 2, "07:30", "16:00", "RUMAH");
        RealisationTestData.attended(jdbc, nipA, 3, "07:45", "16:00", "KANTOR");
        for (int day = 0; day < 5; day++) {
            RealisationTestData.attended(jdbc, nipB, day, "07:30", day == 4 ? "16:30" : "16:00", "KANTOR");
            RealisationTestData.attended(jdbc, headed.head(), day, "07:30", day == 4 ? "16:30" : "16:00", "KANTOR");
        }
    }

    @Test
    void theRecomputedWeekStoresWhatTheReportFindsOnDemand() {
        weeks.recomputeWeek(MONDAY);

        Discrepancies.Counts onDemand = discrepancies.of(MONDAY, MONDAY.plusDays(6), unit, 100).orElseThrow().totals();
        Map<String, Long> stored = storedByRule();
        for (RuleCode rule : Discrepancies.RULES) {
            assertThat(stored.getOrDefault(rule.name(), 0L)).as(rule.name()).isEqualTo(onDemand.of(rule));
        }
        // the plan's employee has a finding of every rule; the other, who worked a standard week, none
        assertThat(onDemand.total()).isEqualTo(5);
        assertThat(stored).hasSize(5);
        assertThat(storedMinutesShort()).isEqualTo(onDemand.minutesShort()).isEqualTo(465);
        assertThat(jdbc.sql("""
                        select distinct e.nip from discrepancy_finding f join employee e on e.id = f.employee_id
                        where f.week_start = :monday and e.unit_id = (select id from unit where code = :unit)""")
                .param("monday", MONDAY).param("unit", unit).query(String.class).list()).containsExactly(nipA);
        assertThat(week()).containsEntry("stale", false).containsEntry("judged_until",
                java.sql.Date.valueOf(MONDAY.plusDays(6)));
    }

    @Test
    void recomputingTheSameWeekAgainChangesNothing() {
        weeks.recomputeWeek(MONDAY);
        List<String> before = rowsOfTheUnit();
        long wholeWeek = countOfTheWeek();

        weeks.recomputeWeek(MONDAY);

        assertThat(rowsOfTheUnit()).isEqualTo(before).hasSize(5);
        assertThat(countOfTheWeek()).isEqualTo(wholeWeek);
    }

    @Test
    void recordsArrivingMarkTheWeekStaleAndTheSameRecordsAgainDoNot() {
        weeks.recomputeWeek(MONDAY);
        assertThat(week()).containsEntry("stale", false);
        Actor hr = (Actor) users.loadUserByUsername("kepegawaian");
        AttendanceBatch batch = new AttendanceBatch("uji-minggu", List.of(
                new AttendanceBatch.Entry(nipA, MONDAY.plusDays(4).toString(), "07:30", "16:30", "KANTOR", null)));

        attendance.receive(hr, batch);
        assertThat(week()).containsEntry("stale", true);
        assertThat(weeks.status().waiting()).isPositive();

        weeks.recomputeWeek(MONDAY);
        assertThat(week()).containsEntry("stale", false);
        // the record ends the absence of Friday
        assertThat(storedByRule()).doesNotContainKey(RuleCode.REALISASI_HADIR.name());

        attendance.receive(hr, batch);
        assertThat(week()).as("a batch that changes nothing").containsEntry("stale", false);
    }

    @Test
    void aPlanDecidedAfterTheWeekWasComputedMarksItStale() {
        weeks.recomputeWeek(MONDAY);
        weeks.markDecidedPlans();
        assertThat(week()).containsEntry("stale", false);

        jdbc.sql("update weekly_plan set decided_at = now() + interval '1 minute' where employee_id = "
                + "(select id from employee where nip = :nip)").param("nip", nipA).update();
        weeks.markDecidedPlans();

        assertThat(week()).containsEntry("stale", true);
    }

    @Test
    void aHolidayAddedInAComputedWeekMarksItStale() {
        weeks.recomputeWeek(MONDAY);
        weeks.calendarChanged(new CalendarChanged(CalendarChanged.Cause.HOLIDAY, MONDAY.plusDays(14),
                List.of(MONDAY.plusDays(14))));
        assertThat(week()).containsEntry("stale", false);

        weeks.calendarChanged(new CalendarChanged(CalendarChanged.Cause.HOLIDAY, MONDAY.plusDays(2),
                List.of(MONDAY.plusDays(2))));

        assertThat(week()).containsEntry("stale", true);
    }

    @Test
    void theNightlyRunRecomputesTheStaleWeeksAndTheLastFive() {
        weeks.recomputeWeek(MONDAY);
        RealisationTestData.attended(jdbc, nipB, 5, "08:00", "12:00", "KANTOR");
        assertThat(week()).containsEntry("stale", true);

        List<LocalDate> done = weeks.recomputeDue().orElseThrow();

        assertThat(week()).containsEntry("stale", false);
        LocalDate yesterday = InstitutionTime.today(clock).minusDays(1);
        LocalDate lastMonday = DiscrepancyWeeks.monday(yesterday);
        assertThat(done).contains(MONDAY, lastMonday, lastMonday.minusWeeks(4));
        assertThat(jdbc.sql("select judged_until from discrepancy_week where week_start = :monday")
                .param("monday", lastMonday).query(LocalDate.class).single()).isEqualTo(yesterday);
    }

    @Test
    void aRequestRecomputesTheWeeksOfAPeriodAndIsAudited() throws Exception {
        mvc.perform(post("/api/attendance/discrepancy-weeks/recompute").param("from", "2026-11-04")
                        .param("to", "2026-11-10").with(httpBasic("ppk", "demo12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2026-11-02"))
                .andExpect(jsonPath("$.to").value("2026-11-09"))
                .andExpect(jsonPath("$.weeks").value(2));

        assertThat(storedByRule()).hasSize(5);
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where action = 'DISCREPANCY_WEEKS_RECOMPUTED'
                        and subject_key = '2026-11-02/2026-11-09' and actor = 'ppk'""")
                .query(Long.class).single()).isPositive();
        Actor hr = (Actor) users.loadUserByUsername("kepegawaian");
        assertThatThrownBy(() -> weeks.recompute(hr, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 31)))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.fieldErrors())
                        .containsEntry("to", "attendance.discrepancyWeeks.error.tooLong"));
        assertThatThrownBy(() -> weeks.recompute(hr, LocalDate.of(2099, 1, 1), LocalDate.of(2099, 1, 31)))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.fieldErrors())
                        .containsEntry("from", "attendance.discrepancyWeeks.error.future"));
        mvc.perform(post("/api/attendance/discrepancy-weeks/recompute").param("from", "2026-11-10")
                        .param("to", "2026-11-04").with(httpBasic("kepegawaian", "demo12345")))
                .andExpect(status().isBadRequest());
    }

    private Map<String, Long> storedByRule() {
        return jdbc.sql("""
                        select f.rule, sum(f.findings) from discrepancy_finding f join employee e on e.id = f.employee_id
                        where f.week_start = :monday and e.unit_id = (select id from unit where code = :unit)
                        group by f.rule""")
                .param("monday", MONDAY).param("unit", unit)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private long storedMinutesShort() {
        return jdbc.sql("""
                        select coalesce(sum(f.minutes), 0) from discrepancy_finding f
                        join employee e on e.id = f.employee_id
                        where f.week_start = :monday and e.unit_id = (select id from unit where code = :unit)""")
                .param("monday", MONDAY).param("unit", unit).query(Long.class).single();
    }

    private List<String> rowsOfTheUnit() {
        return jdbc.sql("""
                        select concat_ws('|', e.nip, f.unit_id, f.rule, f.findings, f.minutes)
                        from discrepancy_finding f join employee e on e.id = f.employee_id
                        where f.week_start = :monday and e.unit_id = (select id from unit where code = :unit)
                        order by 1""")
                .param("monday", MONDAY).param("unit", unit).query(String.class).list();
    }

    private long countOfTheWeek() {
        return jdbc.sql("select count(*) from discrepancy_finding where week_start = :monday")
                .param("monday", MONDAY).query(Long.class).single();
    }

    private Map<String, Object> week() {
        return jdbc.sql("select stale, judged_until from discrepancy_week where week_start = :monday")
                .param("monday", MONDAY).query().singleRow();
    }
}
