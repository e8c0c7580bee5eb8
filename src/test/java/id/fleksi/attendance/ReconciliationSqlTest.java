package id.fleksi.attendance;

import id.fleksi.IntegrationTest;
import id.fleksi.rules.PlanDay;
import id.fleksi.rules.Reconciliation;
import id.fleksi.rules.ReconciliationCases;
import id.fleksi.rules.WorkWeek;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The judgement in SQL ({@code attendance_reconciliation}, which the discrepancy report counts with) against every
 * case of the rules' table ({@code rules/reconciliation-cases.txt}): each week is written into the tables for a new
 * employee and judged by the database, which must find what the table expects, as the rules in Java do.
 */
class ReconciliationSqlTest extends IntegrationTest {

    private static final LocalDate MONDAY = ReconciliationCases.MONDAY;

    @Autowired
    JdbcClient jdbc;

    static List<ReconciliationCases.Case> cases() {
        return ReconciliationCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theDatabaseJudgesEachWeekAsTheRulesDo(ReconciliationCases.Case given) {
        Reconciliation.Week week = given.week();
        String nip = RealisationTestData.employee(jdbc, RealisationTestData.unit(jdbc));
        long employee = jdbc.sql("select id from employee where nip = :nip").param("nip", nip).query(Long.class)
                .single();
        write(employee, week);

        Set<String> found = new TreeSet<>();
        int[] sums = new int[2];
        jdbc.sql("""
                        select day, required, worked, absent, elsewhere, off_hours, incomplete, no_output
                        from attendance_reconciliation(:monday, :sunday, :asOf, null, cast(:holidays as date[]),
                             array[date '2000-01-01'], array[cast(:late as int)], time '07:30', time '16:00',
                             time '16:30', 60, 90, 450)
                        where employee_id = :employee""")
                .param("monday", MONDAY).param("sunday", MONDAY.plusDays(6)).param("asOf", week.asOf())
                .param("holidays", week.holidays().stream().map(LocalDate::toString).toArray(String[]::new))
                .param("late", week.lateStartMaxMinutes()).param("employee", employee)
                .query((rs, n) -> {
                    String day = ReconciliationCases.WEEKDAYS.get(
                            (int) (rs.getDate("day").toLocalDate().toEpochDay() - MONDAY.toEpochDay()));
                    sums[0] += rs.getInt("required");
                    sums[1] += rs.getInt("worked");
                    Map.of("absent", "REALISASI_HADIR", "elsewhere", "REALISASI_LOKASI",
                                    "off_hours", "REALISASI_JAM_HARIAN", "incomplete", "~REALISASI_JAM_HARIAN",
                                    "no_output", "~REALISASI_HASIL")
                            .forEach((column, code) -> {
                                try {
                                    if (rs.getBoolean(column)) {
                                        found.add(code + "@" + day);
                                    }
                                } catch (java.sql.SQLException unreadable) {
                                    throw new IllegalStateException(unreadable);
                                }
                            });
                    return n;
                }).list();
        if (!WorkWeek.lastWorkingDay(MONDAY).isAfter(week.asOf()) && sums[1] < sums[0]) {
            found.add("REALISASI_JAM_MINGGUAN@Fr");
        }
        if (found.isEmpty()) {
            found.add("ok");
        }

        assertThat(found).isEqualTo(given.expected());
        assertThat(ReconciliationCases.hhmm(sums[0]) + " " + ReconciliationCases.hhmm(sums[1]))
                .as("required worked").isEqualTo(given.figures());
    }

    /** The case's approved plan, attendance and outputs, in the tables of their modules. */
    private void write(long employee, Reconciliation.Week week) {
        if (week.plan() != null) {
            long plan = jdbc.sql("""
                            insert into weekly_plan (employee_id, unit_id, iso_week, week_start, flex_type, status, verdict,
                                                     warnings, submitted_at, submitted_by, decided_at, decided_by)
                            select e.id, e.unit_id, :week, :monday, :flex, 'APPROVED',
                                   cast('{"valid":true,"violations":[],"exceptionsApplied":[]}' as jsonb), 0, now(),
                                   e.nip, now(), 'kepala'
                            from employee e where e.id = :employee
                            returning id""")
                    .param("week", week.plan().isoWeek()).param("monday", MONDAY)
                    .param("flex", week.plan().flexType().name()).param("employee", employee)
                    .query(Long.class).single();
            for (PlanDay day : week.plan().days()) {
                jdbc.sql("""
                                insert into plan_day (plan_id, day, kind, start_time, end_time, break_minutes)
                                values (:plan, :day, :kind, :start, :end, :pause)""")
                        .param("plan", plan).param("day", day.date()).param("kind", day.kind().name())
                        .param("start", day.start()).param("end", day.end()).param("pause", day.breakMinutes())
                        .update();
            }
        }
        for (Reconciliation.Attended attended : week.attended().values()) {
            jdbc.sql("""
                            insert into attendance_record (employee_id, day, source, check_in, check_out, place,
                                                           office_unit_id, received_at, received_by)
                            values (:employee, :day, 'uji-sql', :in, :out, :place,
                                    case when :other then (select id from unit where code = 'BAPPEDA') end, now(),
                                    'kepegawaian')""")
                    .param("employee", employee).param("day", attended.date()).param("in", attended.checkIn())
                    .param("out", attended.checkOut()).param("place", attended.place().name())
                    .param("other", attended.otherOffice()).update();
        }
        week.outputs().forEach((day, count) -> {
            for (int i = 0; i < count; i++) {
                RealisationTestData.output(jdbc, employee, day);
            }
        });
    }
}
