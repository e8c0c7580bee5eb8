package id.fleksi.attendance;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.threeten.extra.YearWeek;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Data of the tests of plan against actual, each made for one test in the shared database: a new employee of a unit
 * with an account (the NIP as name, password demo12345), an approved plan written straight into the tables, and
 * attendance records. Week 2026-W45 (2 to 8 November 2026), where no other test plans.
 */
public final class RealisationTestData {

    /** Monday of week 2026-W45, a week without holidays. */
    public static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    private static final AtomicInteger SERIAL = new AtomicInteger(1);

    private RealisationTestData() {
    }

    /** A new unit under SETDA, without staff; its code. */
    public static String unit(JdbcClient jdbc) {
        String code = "REAL-" + SERIAL.getAndIncrement();
        jdbc.sql("""
                        insert into unit (code, name, parent_id, time_zone)
                        values (:code, :name, (select id from unit where code = 'SETDA'), 'Asia/Jakarta')""")
                .param("code", code).param("name", "Unit realisasi " + code).update();
        return code;
    }

    /** A unit made for a test and its head, whose account is named by the head's NIP. */
    public record HeadedUnit(String code, String head) {
    }

    /**
     * A new unit under SETDA with a head of its own (an employee of the unit, head since 2024), so that the tests
     * of plan against actual leave the demo's units as they are.
     */
    public static HeadedUnit headedUnit(JdbcClient jdbc) {
        String code = unit(jdbc);
        String head = employee(jdbc, code);
        jdbc.sql("""
                        insert into unit_head (unit_id, employee_id, started_on)
                        values ((select id from unit where code = :code), (select id from employee where nip = :nip),
                                date '2024-01-02')""")
                .param("code", code).param("nip", head).update();
        return new HeadedUnit(code, head);
    }

    /** A new employee of the unit, with an account; their NIP. */
    public static String employee(JdbcClient jdbc, String unitCode) {
        int n = SERIAL.getAndIncrement();
        String nip = "196601%02d2017041%03d".formatted(n % 28 + 1, n);
        String name = "Pegawai Realisasi " + n;
        jdbc.sql("""
                        insert into employee (nip, name, employee_type, unit_id, position, position_since, domicile)
                        values (:nip, :name, 'PNS', (select id from unit where code = :unit), 'Analis Kebijakan',
                                date '2020-01-01', 'Jl. Uji No. 3')""")
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

    /** An approved plan of week 2026-W45, its five working days of these kinds with the standard hours. */
    public static void approvedPlan(JdbcClient jdbc, String nip, String unitCode, List<String> kinds) {
        approvedPlan(jdbc, nip, unitCode, MONDAY, kinds);
    }

    /**
     * An approved plan of the week that starts on {@code monday}, its days from Monday of these kinds ({@code null}
     * leaves a day out) with the standard hours.
     */
    public static void approvedPlan(JdbcClient jdbc, String nip, String unitCode, LocalDate monday,
                                    List<String> kinds) {
        Timestamp at = Timestamp.from(Instant.parse("2026-10-30T02:00:00Z"));
        long id = jdbc.sql("""
                        insert into weekly_plan (employee_id, unit_id, iso_week, week_start, flex_type, status, verdict,
                                                 warnings, submitted_at, submitted_by, decided_at, decided_by)
                        values ((select id from employee where nip = :nip), (select id from unit where code = :unit),
                                :week, :monday, 'NONE', 'APPROVED',
                                cast('{"valid":true,"requiredMinutes":2250,"plannedMinutes":2250,"lokasiDays":1,"violations":[],"exceptionsApplied":[]}' as jsonb),
                                0, :at, :nip, :at, 'kepala')
                        returning id""")
                .param("nip", nip).param("unit", unitCode).param("week", YearWeek.from(monday).toString())
                .param("monday", monday).param("at", at)
                .query(Long.class).single();
        for (int i = 0; i < kinds.size(); i++) {
            if (kinds.get(i) != null) {
                jdbc.sql("insert into plan_day (plan_id, day, kind) values (:plan, :day, :kind)")
                        .param("plan", id).param("day", monday.plusDays(i)).param("kind", kinds.get(i)).update();
            }
        }
    }

    /** An attendance record of the day {@code offset} days after Monday, from the source "uji-realisasi". */
    public static void attended(JdbcClient jdbc, String nip, int offset, String in, String out, String where) {
        attended(jdbc, nip, MONDAY.plusDays(offset), in, out, where);
    }

    /** An attendance record of the day, from the source "uji-realisasi". */
    public static void attended(JdbcClient jdbc, String nip, LocalDate day, String in, String out, String where) {
        jdbc.sql("""
                        insert into attendance_record (employee_id, day, source, check_in, check_out, place, received_at,
                                                       received_by)
                        values ((select id from employee where nip = :nip), :day, 'uji-realisasi', :in, :out, :place,
                                now(), 'kepegawaian')""")
                .param("nip", nip).param("day", day).param("in", LocalTime.parse(in))
                .param("out", LocalTime.parse(out)).param("place", where).update();
    }

    /** An output of the employee for the day, waiting for review. */
    public static void output(JdbcClient jdbc, long employeeId, LocalDate day) {
        jdbc.sql("""
                        insert into work_output (employee_id, day, description, created_at, created_by)
                        values (:employee, :day, 'Hasil kerja uji', now(), 'uji')""")
                .param("employee", employeeId).param("day", day).update();
    }
}
