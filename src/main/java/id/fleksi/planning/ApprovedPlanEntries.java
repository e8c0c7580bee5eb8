package id.fleksi.planning;

import id.fleksi.calendar.CalendarEntry;
import id.fleksi.calendar.CalendarSource;
import id.fleksi.rules.WorkWeek;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The days of an employee's approved weekly plans: where they work and from when to when, in the zone of the
 * unit the plan was made in. A day without times has the standard hours of Pasal 3 ayat (2)–(4) (07.30–16.00,
 * Friday 16.30); a day of leave is an all-day event. Planning's own entries in the employee's private calendar
 * feed.
 */
@Component
class ApprovedPlanEntries implements CalendarSource {

    private final JdbcClient jdbc;
    private final MessageSource messages;

    ApprovedPlanEntries(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CalendarEntry> entriesFor(long employeeId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select p.id, p.iso_week, d.day, d.kind, d.start_time, d.end_time, d.office_unit_code,
                               o.name as office_name, d.note, u.time_zone
                        from weekly_plan p
                        join plan_day d on d.plan_id = p.id
                        join unit_directory u on u.id = p.unit_id
                        left join unit_directory o on o.code = d.office_unit_code
                        where p.employee_id = :employee and p.status = 'APPROVED' and d.day between :from and :to
                        order by d.day""")
                .param("employee", employeeId).param("from", from).param("to", to)
                .query((rs, n) -> entry(rs))
                .list();
    }

    private CalendarEntry entry(ResultSet rs) throws SQLException {
        LocalDate day = rs.getObject("day", LocalDate.class);
        String kind = rs.getString("kind");
        String summary = message("calendar.kind." + kind);
        String office = rs.getString("office_name") != null ? rs.getString("office_name")
                : rs.getString("office_unit_code");
        if (office != null && !"CUTI".equals(kind)) {
            summary = message("calendar.summary.at", summary, office);
        }
        String description = message("calendar.description.plan", rs.getString("iso_week"));
        String note = rs.getString("note");
        if (note != null && !note.isBlank()) {
            description = description + "\n" + note.strip();
        }
        String uid = "rencana-" + rs.getLong("id") + "-" + day + "@fleksi";
        if ("CUTI".equals(kind)) {
            return new CalendarEntry(uid, day, null, null, rs.getString("time_zone"), summary, description);
        }
        LocalTime start = rs.getObject("start_time", LocalTime.class);
        LocalTime end = rs.getObject("end_time", LocalTime.class);
        return new CalendarEntry(uid, day, start != null ? start : WorkWeek.standardStart(day),
                end != null ? end : WorkWeek.standardEnd(day), rs.getString("time_zone"), summary, description);
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, CalendarSource.LANGUAGE);
    }
}
