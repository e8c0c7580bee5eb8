package id.fleksi.evaluation;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Data of the evaluation tests, each made for one test in the shared database: a unit under SETDA with its staff
 * and a head placed in SETDA (accounts named by the NIP, password demo12345), and weekly plans written straight
 * into the tables with the verdict they were submitted with. Periods are in 2028, where no other test plans.
 */
final class EvaluationTestData {

    private static final AtomicInteger SERIAL = new AtomicInteger(1);

    private EvaluationTestData() {
    }

    record TestUnit(String code, List<String> staff, String head) {
    }

    /** A violation as a stored verdict keeps it. */
    record StoredViolation(String rule, String article, LocalDate date) {

        String json() {
            return """
                    {"rule":"%s","severity":"WARNING","article":"%s","date":%s,"id":"Temuan uji","en":"Test finding"}"""
                    .formatted(rule, article, date == null ? "null" : "\"" + date + "\"");
        }
    }

    static TestUnit unit(JdbcClient jdbc, String prefix, int staff) {
        int n = SERIAL.getAndIncrement();
        String code = ("EV" + prefix + "-" + n).toUpperCase();
        jdbc.sql("""
                        insert into unit (code, name, parent_id, time_zone)
                        values (:code, :name, (select id from unit where code = 'SETDA'), 'Asia/Jakarta')""")
                .param("code", code).param("name", "Unit evaluasi " + code).update();
        List<String> nips = new ArrayList<>();
        for (int i = 0; i < staff; i++) {
            nips.add(employee(jdbc, code, n, i, "Pegawai " + code + " " + (i + 1)));
        }
        String head = employee(jdbc, "SETDA", n, 900, "Kepala " + code);
        jdbc.sql("""
                        insert into unit_head (unit_id, employee_id, started_on)
                        values ((select id from unit where code = :code), (select id from employee where nip = :nip),
                                date '2024-01-02')""")
                .param("code", code).param("nip", head).update();
        return new TestUnit(code, nips, head);
    }

    /** A stored plan of the employee's week starting on {@code monday}, its five working days of these kinds. */
    static long plan(JdbcClient jdbc, String nip, String unitCode, LocalDate monday, String flexType, String status,
                     List<String> kinds, StoredViolation... violations) {
        Instant at = Instant.parse("2027-12-30T02:00:00Z");
        List<String> found = new ArrayList<>();
        for (StoredViolation violation : violations) {
            found.add(violation.json());
        }
        String verdict = """
                {"valid":true,"requiredMinutes":2250,"plannedMinutes":2250,"lokasiDays":0,"violations":[%s],\
                "exceptionsApplied":[]}""".formatted(String.join(",", found));
        String week = "%d-W%02d".formatted(monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        boolean decided = !"SUBMITTED".equals(status);
        long id = jdbc.sql("""
                        insert into weekly_plan (employee_id, unit_id, iso_week, week_start, flex_type, status, verdict,
                                                 warnings, submitted_at, submitted_by, decided_at, decided_by,
                                                 decision_note)
                        values ((select id from employee where nip = :nip), (select id from unit where code = :unit),
                                :week, :monday, :flex, :status, cast(:verdict as jsonb), :warnings, :at, :nip,
                                :decidedAt, :decidedBy, :note)
                        returning id""")
                .param("nip", nip).param("unit", unitCode).param("week", week).param("monday", monday)
                .param("flex", flexType).param("status", status).param("verdict", verdict)
                .param("warnings", violations.length).param("at", Timestamp.from(at))
                .param("decidedAt", decided ? Timestamp.from(at.plusSeconds(3600)) : null)
                .param("decidedBy", decided ? "kepala-uji" : null)
                .param("note", "REJECTED".equals(status) ? "Ditolak untuk uji" : null)
                .query(Long.class).single();
        for (int i = 0; i < kinds.size(); i++) {
            jdbc.sql("insert into plan_day (plan_id, day, kind) values (:plan, :day, :kind)")
                    .param("plan", id).param("day", monday.plusDays(i)).param("kind", kinds.get(i)).update();
        }
        return id;
    }

    static void approve(JdbcClient jdbc, long planId) {
        jdbc.sql("""
                        update weekly_plan set status = 'APPROVED', decided_at = now(), decided_by = 'kepala-uji'
                        where id = :id""").param("id", planId).update();
    }

    static void discipline(JdbcClient jdbc, String nip, LocalDate from, LocalDate to, String status) {
        jdbc.sql("""
                        insert into discipline_record (employee_id, starts_on, ends_on, status, recorded_by)
                        values ((select id from employee where nip = :nip), :from, :to, :status, 'kepegawaian')""")
                .param("nip", nip).param("from", from).param("to", to).param("status", status).update();
    }

    /** A work output of the employee on the day, in the status (SUBMITTED, ACCEPTED or RETURNED). */
    static void output(JdbcClient jdbc, String nip, LocalDate day, String status) {
        jdbc.sql("""
                        insert into work_output (employee_id, day, description, status, created_at, created_by,
                                                 reviewed_at, reviewed_by, review_note)
                        values ((select id from employee where nip = :nip), :day, 'Laporan harian', :status, now(),
                                :nip, case when :status <> 'SUBMITTED' then now() end,
                                case when :status <> 'SUBMITTED' then 'atasan' end,
                                case when :status = 'RETURNED' then 'Lengkapi lampiran' end)""")
                .param("nip", nip).param("day", day).param("status", status).update();
    }

    /** The employee's SKP achievement of an appraisal period, as the import stores it. */
    static void achievement(JdbcClient jdbc, String nip, LocalDate from, LocalDate to, String score) {
        jdbc.sql("""
                        insert into performance_achievement (employee_id, period_from, period_to, score, source,
                                                             recorded_by)
                        values ((select id from employee where nip = :nip), :from, :to, cast(:score as numeric),
                                'uji', 'kepegawaian')""")
                .param("nip", nip).param("from", from).param("to", to).param("score", score).update();
    }

    static void predicate(JdbcClient jdbc, String nip, int year, String predikat) {
        jdbc.sql("""
                        insert into performance_predicate (employee_id, year, predikat, recorded_by)
                        values ((select id from employee where nip = :nip), :year, :predikat, 'kepegawaian')""")
                .param("nip", nip).param("year", year).param("predikat", predikat).update();
    }

    private static String employee(JdbcClient jdbc, String unitCode, int unit, int index, String name) {
        // born 1970 + the unit's serial, appointed April 2017: apart from the NIPs of the other tests
        LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(unit % 360);
        String nip = "%04d%02d%02d201704%d%03d".formatted(birth.getYear() + unit / 360, birth.getMonthValue(),
                birth.getDayOfMonth(), 1 + index % 2, index + 1);
        jdbc.sql("""
                        insert into employee (nip, name, employee_type, unit_id, position, position_since, domicile)
                        values (:nip, :name, 'PNS', (select id from unit where code = :unit), 'Analis Kebijakan',
                                date '2020-01-01', 'Jl. Uji No. 2')""")
                .param("nip", nip).param("name", name).param("unit", unitCode).update();
        long account = jdbc.sql("""
                        insert into account (username, display_name, password_hash, employee_id)
                        values (:nip, :name, (select password_hash from account where username = 'pegawai'),
                                (select id from employee where nip = :nip))
                        returning id""")
                .param("nip", nip).param("name", name).query(Long.class).single();
        jdbc.sql("insert into account_role (account_id, role) values (:id, 'PEGAWAI')").param("id", account).update();
        return nip;
    }
}
