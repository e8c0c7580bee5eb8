package id.fleksi.notifications;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Units, employees, accounts and weekly plans for the notification tests, written straight into the shared
 * database with codes, NIPs and usernames of their own. Accounts sign in with the demo password.
 */
final class ReminderFixtures {

    static final String PASSWORD = "demo12345";
    private static final AtomicLong NEXT = new AtomicLong(950_000_000_000_000_000L);

    private final JdbcClient jdbc;

    ReminderFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long unit(String code, Long parentId) {
        return jdbc.sql("""
                        insert into unit (code, name, parent_id, time_zone)
                        values (:code, :name, :parent, 'Asia/Jakarta') returning id""")
                .param("code", code).param("name", "Unit uji " + code).param("parent", parentId)
                .query(Long.class).single();
    }

    long employee(String name, long unitId) {
        return jdbc.sql("""
                        insert into employee (nip, name, employee_type, unit_id, position, position_since)
                        values (:nip, :name, 'PNS', :unit, 'Analis', date '2015-01-01') returning id""")
                .param("nip", Long.toString(NEXT.incrementAndGet())).param("name", name).param("unit", unitId)
                .query(Long.class).single();
    }

    /** An account in the role PEGAWAI for the employee (or none), with the demo password; its id. */
    long account(String username, Long employeeId, String email) {
        long id = jdbc.sql("""
                        insert into account (username, display_name, password_hash, employee_id)
                        values (:username, coalesce((select name from employee where id = :employee), :username),
                                (select password_hash from account where username = 'pegawai'), :employee)
                        returning id""")
                .param("username", username).param("employee", employeeId, java.sql.Types.BIGINT)
                .query(Long.class).single();
        if (email != null) {
            jdbc.sql("insert into mail_address (account_id, email) values (:id, :email)")
                    .param("id", id).param("email", email).update();
        }
        jdbc.sql("insert into account_role (account_id, role) values (:id, 'PEGAWAI')").param("id", id).update();
        return id;
    }

    void head(long unitId, long employeeId) {
        jdbc.sql("insert into unit_head (unit_id, employee_id, started_on) values (:unit, :employee, date '2020-01-01')")
                .param("unit", unitId).param("employee", employeeId).update();
    }

    /** A weekly plan of the employee in their unit, SUBMITTED or decided. */
    void plan(long employeeId, long unitId, LocalDate monday, String status) {
        boolean decided = !status.equals("SUBMITTED");
        jdbc.sql("""
                        insert into weekly_plan (employee_id, unit_id, iso_week, week_start, flex_type, status, verdict,
                                                 submitted_at, submitted_by, decided_at, decided_by, decision_note)
                        values (:employee, :unit, :week, :monday, 'NONE', :status, '{}'::jsonb, now(), 'uji',
                                :decidedAt, :decidedBy, :note)""")
                .param("employee", employeeId).param("unit", unitId).param("week", Reminders.isoWeek(monday))
                .param("monday", monday).param("status", status)
                .param("decidedAt", decided ? java.time.OffsetDateTime.now() : null, java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .param("decidedBy", decided ? "uji" : null, java.sql.Types.VARCHAR)
                .param("note", status.equals("REJECTED") ? "Uji" : null, java.sql.Types.VARCHAR)
                .update();
    }
}
