package id.fleksi.attendance;

import id.fleksi.policy.Holidays;
import id.fleksi.policy.Policies;
import id.fleksi.rules.Determination;
import id.fleksi.rules.WorkWeek;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * The call of {@code attendance_reconciliation} for whole weeks, with what the database does not keep itself: the
 * holidays of the weeks, the late-start allowances of the determinations in force, and the regulation's standard
 * day (Pasal 3). A query names it {@code r}: {@code with r as (<call>) select ... from r}.
 */
@Component
class ReconciliationQuery {

    static final String CALL = """
            select * from attendance_reconciliation(:monday, :sunday, :judged, cast(:units as bigint[]),
                cast(:holidays as date[]), cast(:policyFrom as date[]), cast(:allowance as int[]),
                cast(:dayStart as time), cast(:dayEnd as time), cast(:fridayEnd as time), :dayBreak, :fridayBreak,
                :dayMinutes)""";

    private final JdbcClient jdbc;
    private final Policies policies;
    private final Holidays holidays;

    ReconciliationQuery(JdbcClient jdbc, Policies policies, Holidays holidays) {
        this.jdbc = jdbc;
        this.policies = policies;
        this.holidays = holidays;
    }

    /** The ids of the unit with this code and all its sub-units, for the call's {@code units}; empty when none. */
    Long[] unitsBelow(String unitCode) {
        return jdbc.sql("""
                        select b.unit_id from unit_directory u cross join unit_below(u.id) b where u.code = :code""")
                .param("code", unitCode).query(Long.class).list().toArray(Long[]::new);
    }

    /**
     * The statement's parameters of {@link #CALL} for the days from {@code monday} to {@code sunday}, judged up to
     * {@code judged}, over the employees of {@code units} ({@code null}: all).
     */
    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, LocalDate monday, LocalDate sunday,
                                  LocalDate judged, Long[] units) {
        List<Determination> versions = policies.versionsBetween(monday, sunday);
        LocalDate friday = WorkWeek.lastWorkingDay(monday);
        return statement.param("monday", monday).param("sunday", sunday).param("judged", judged)
                .param("units", units)
                .param("holidays", holidays.between(monday, sunday).stream()
                        .map(holiday -> holiday.date().toString()).toArray(String[]::new))
                .param("policyFrom", versions.stream().map(v -> v.effectiveFrom().toString()).toArray(String[]::new))
                .param("allowance", versions.stream().map(Determination::lateStartMaxMinutes).toArray(Integer[]::new))
                .param("dayStart", WorkWeek.standardStart(monday).toString())
                .param("dayEnd", WorkWeek.standardEnd(monday).toString())
                .param("fridayEnd", WorkWeek.standardEnd(friday).toString())
                .param("dayBreak", WorkWeek.standardBreakMinutes(monday))
                .param("fridayBreak", WorkWeek.standardBreakMinutes(friday))
                .param("dayMinutes", WorkWeek.minutesPerWorkingDay(monday));
    }
}
