package id.fleksi.rosters;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The rosters module's read side for other modules: the shifts published for an employee. Drafts are never
 * shown outside the roster pages. The caller decides who may see whose shifts.
 */
@Service
@Transactional(readOnly = true)
public class Rosters {

    private final JdbcClient jdbc;

    Rosters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The employee's published shifts starting from {@code from} to {@code to} (both included), by date. */
    public List<PublishedShift> publishedShifts(long employeeId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select a.day, u.code, a.template_code, a.template_name, a.start_time, a.end_time,
                               a.break_minutes, u.time_zone
                        from shift_assignment a join unit_directory u on u.id = a.unit_id
                        where a.employee_id = :employee and a.status = 'PUBLISHED' and a.day between :from and :to
                        order by a.day""")
                .param("employee", employeeId).param("from", from).param("to", to)
                .query((rs, n) -> new PublishedShift(rs.getObject(1, LocalDate.class), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getObject(5, LocalTime.class),
                        rs.getObject(6, LocalTime.class), rs.getInt(7), ZoneId.of(rs.getString(8))))
                .list();
    }
}
