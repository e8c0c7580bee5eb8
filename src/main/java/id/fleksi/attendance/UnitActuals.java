package id.fleksi.attendance;

import id.fleksi.shared.InstitutionTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What happened in a unit (with its sub-units) on each day of a week, beside its plans on the unit's calendar:
 * attendance recorded at the office and away, and the reconciliation's findings of the days passed. Counted in SQL
 * ({@code attendance_reconciliation}); for a unit of more than {@value #MAX_STAFF} employees the discrepancy report
 * gives the figures instead.
 */
@Service
public class UnitActuals {

    /** The largest staff whose week is counted for a page. */
    public static final int MAX_STAFF = 1_000;

    private final JdbcClient jdbc;
    private final ReconciliationQuery query;
    private final Clock clock;

    UnitActuals(JdbcClient jdbc, ReconciliationQuery query, Clock clock) {
        this.jdbc = jdbc;
        this.query = query;
        this.clock = clock;
    }

    /**
     * A day of the unit: employees with attendance at an office of their placement, away (home, another office or
     * location), and the days' findings: without attendance, at a place not approved, off the planned hours or
     * without check-in or check-out, flexible days away without an output.
     *
     * @param judged whether the day has passed (its findings are counted only then)
     */
    public record Day(LocalDate date, boolean judged, int atOffice, int away, int absent, int elsewhere,
                      int offHours, int noOutput) {
    }

    /**
     * The unit's week by day, or empty when the unit (with its sub-units) has more than {@value #MAX_STAFF} active
     * employees or there is no such unit. Who may read the unit is the caller's to decide.
     */
    @Transactional(readOnly = true)
    public Optional<Map<LocalDate, Day>> week(String unitCode, LocalDate monday) {
        Long[] units = query.unitsBelow(unitCode);
        if (units.length == 0 || jdbc.sql("""
                        select count(*) from employee_directory where active and unit_id = any(cast(:units as bigint[]))""")
                .param("units", units).query(Long.class).single() > MAX_STAFF) {
            return Optional.empty();
        }
        LocalDate judged = InstitutionTime.today(clock).minusDays(1);
        List<Day> days = query.bind(jdbc.sql("""
                                with r as (%s)
                                select day,
                                       count(*) filter (where actual = 'KANTOR') as at_office,
                                       count(*) filter (where actual in ('KANTOR_LAIN', 'RUMAH', 'LOKASI_LAIN')) as away,
                                       count(*) filter (where absent) as absent,
                                       count(*) filter (where elsewhere) as elsewhere,
                                       count(*) filter (where off_hours or incomplete) as off_hours,
                                       count(*) filter (where no_output) as no_output
                                from r group by day order by day""".formatted(ReconciliationQuery.CALL)),
                        monday, monday.plusDays(6), judged, units)
                .query((rs, n) -> {
                    LocalDate day = rs.getDate("day").toLocalDate();
                    return new Day(day, !day.isAfter(judged), rs.getInt("at_office"), rs.getInt("away"),
                            rs.getInt("absent"), rs.getInt("elsewhere"), rs.getInt("off_hours"),
                            rs.getInt("no_output"));
                }).list();
        Map<LocalDate, Day> byDay = new LinkedHashMap<>();
        days.forEach(day -> byDay.put(day.date(), day));
        return Optional.of(byDay);
    }
}
