package id.fleksi.attendance;

import id.fleksi.rules.RuleCode;
import id.fleksi.shared.InstitutionTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * The discrepancies between plan and actual of a period, for the institution or a unit with its sub-units, counted in
 * SQL by {@code attendance_reconciliation} (the same judgement as {@link id.fleksi.rules.Reconciliation}, for every
 * employee at once): per unit, and for the employees with the most findings.
 */
@Service
public class Discrepancies {

    /** The rules whose findings are counted, in the order of the report's columns. */
    public static final List<RuleCode> RULES = List.of(RuleCode.REALISASI_HADIR, RuleCode.REALISASI_LOKASI,
            RuleCode.REALISASI_JAM_HARIAN, RuleCode.REALISASI_JAM_MINGGUAN, RuleCode.REALISASI_HASIL);

    private final JdbcClient jdbc;
    private final ReconciliationQuery query;
    private final Clock clock;

    Discrepancies(JdbcClient jdbc, ReconciliationQuery query, Clock clock) {
        this.jdbc = jdbc;
        this.query = query;
        this.clock = clock;
    }

    /**
     * The findings of a group of employees: days absent ({@code REALISASI_HADIR}), days away where the plan did not
     * say so ({@code REALISASI_LOKASI}), days off the hours or without check-in or check-out
     * ({@code REALISASI_JAM_HARIAN}), weeks short of their hours ({@code REALISASI_JAM_MINGGUAN}, with the minutes
     * missing) and flexible days without an output ({@code REALISASI_HASIL}); and the days judged.
     */
    public record Counts(long employees, long judgedDays, long absent, long elsewhere, long offHours, long incomplete,
                         long weeksShort, long minutesShort, long noOutput) {

        /** The number of findings of a rule. */
        public long of(RuleCode rule) {
            return switch (rule) {
                case REALISASI_HADIR -> absent;
                case REALISASI_LOKASI -> elsewhere;
                case REALISASI_JAM_HARIAN -> offHours + incomplete;
                case REALISASI_JAM_MINGGUAN -> weeksShort;
                case REALISASI_HASIL -> noOutput;
                default -> 0;
            };
        }

        public long total() {
            return RULES.stream().mapToLong(this::of).sum();
        }
    }

    public record UnitRow(String code, String name, Counts counts) {
    }

    public record EmployeeRow(String nip, String name, String unitCode, Counts counts) {
    }

    /**
     * The report of a period: the days judged end with yesterday; a week's hours are judged when its Friday is in
     * the period and has passed.
     *
     * @param employeesWithFindings how many employees have any finding; {@code employees} lists the first of them,
     *                              most findings first
     */
    public record Report(LocalDate from, LocalDate to, LocalDate judgedUntil, String unitCode, Counts totals,
                         List<UnitRow> units, List<EmployeeRow> employees, long employeesWithFindings) {
    }

    /**
     * The report of the institution ({@code unitCode} null) or of a unit and its sub-units; empty when there is no
     * such unit. Who may read it is the caller's to decide.
     *
     * @param employeeLimit how many employees with findings to list at most
     */
    @Transactional(readOnly = true)
    public Optional<Report> of(LocalDate from, LocalDate to, String unitCode, int employeeLimit) {
        Long[] units = unitCode == null ? null : query.unitsBelow(unitCode);
        if (units != null && units.length == 0) {
            return Optional.empty();
        }
        LocalDate monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sunday = to.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        LocalDate judgedUntil = InstitutionTime.today(clock).minusDays(1);
        List<UnitRow> unitRows = new ArrayList<>();
        List<EmployeeRow> employeeRows = new ArrayList<>();
        long[] withFindings = {0};
        JdbcClient.StatementSpec statement = jdbc.sql("""
                        with r as (%s),
                        per_day as (
                            select employee_id, unit_id,
                                   count(*) filter (where day between :from and :to and day <= :judged
                                                      and expected is not null and expected <> 'CUTI') as judged_days,
                                   count(*) filter (where day between :from and :to and absent) as absent,
                                   count(*) filter (where day between :from and :to and elsewhere) as elsewhere,
                                   count(*) filter (where day between :from and :to and off_hours) as off_hours,
                                   count(*) filter (where day between :from and :to and incomplete) as incomplete,
                                   count(*) filter (where day between :from and :to and no_output) as no_output
                            from r group by employee_id, unit_id),
                        per_week as (
                            select employee_id, sum(required) as required, sum(worked) as worked
                            from r group by employee_id, day - (extract(isodow from day)::int - 1)
                            having min(day) + 4 between :from and :to and min(day) + 4 <= :judged),
                        short as (
                            select employee_id, count(*) as weeks, sum(required - worked) as minutes
                            from per_week where worked < required group by employee_id),
                        c as (
                            select d.*, coalesce(s.weeks, 0) as weeks_short, coalesce(s.minutes, 0) as minutes_short,
                                   d.absent + d.elsewhere + d.off_hours + d.incomplete + d.no_output
                                       + coalesce(s.weeks, 0) as findings
                            from per_day d left join short s using (employee_id)),
                        listed as (
                            select * from c where findings > 0 order by findings desc, employee_id limit :limit)
                        select 'U' as row_kind, u.code, u.name, null as nip, null as person, count(*) as employees,
                               sum(c.judged_days) as judged_days, sum(c.absent) as absent,
                               sum(c.elsewhere) as elsewhere, sum(c.off_hours) as off_hours,
                               sum(c.incomplete) as incomplete, sum(c.weeks_short) as weeks_short,
                               sum(c.minutes_short) as minutes_short, sum(c.no_output) as no_output
                        from c join unit_directory u on u.id = c.unit_id group by u.code, u.name
                        union all
                        select 'E', u.code, u.name, e.nip, e.name, 1, l.judged_days, l.absent, l.elsewhere,
                               l.off_hours, l.incomplete, l.weeks_short, l.minutes_short, l.no_output
                        from listed l join employee_directory e on e.id = l.employee_id
                        join unit_directory u on u.id = l.unit_id
                        union all
                        select 'N', null, null, null, null, count(*) filter (where findings > 0), 0, 0, 0, 0, 0, 0,
                               0, 0
                        from c
                        order by 1, 2, 4""".formatted(ReconciliationQuery.CALL));
        query.bind(statement, monday, sunday, judgedUntil, units)
                .param("from", from).param("to", to).param("limit", employeeLimit)
                .query((rs, n) -> {
                    switch (rs.getString("row_kind")) {
                        case "U" -> unitRows.add(new UnitRow(rs.getString("code"), rs.getString("name"), counts(rs)));
                        case "E" -> employeeRows.add(new EmployeeRow(rs.getString("nip"), rs.getString("person"),
                                rs.getString("code"), counts(rs)));
                        default -> withFindings[0] = rs.getLong("employees");
                    }
                    return n;
                }).list();
        employeeRows.sort((a, b) -> Long.compare(b.counts().total(), a.counts().total()));
        Counts totals = new Counts(sum(unitRows, Counts::employees), sum(unitRows, Counts::judgedDays),
                sum(unitRows, Counts::absent), sum(unitRows, Counts::elsewhere), sum(unitRows, Counts::offHours),
                sum(unitRows, Counts::incomplete), sum(unitRows, Counts::weeksShort),
                sum(unitRows, Counts::minutesShort), sum(unitRows, Counts::noOutput));
        return Optional.of(new Report(from, to, judgedUntil, unitCode, totals, unitRows, employeeRows,
                withFindings[0]));
    }

    private static long sum(List<UnitRow> rows, ToLongFunction<Counts> figure) {
        return rows.stream().mapToLong(row -> figure.applyAsLong(row.counts())).sum();
    }

    private static Counts counts(ResultSet rs) throws SQLException {
        return new Counts(rs.getLong("employees"), rs.getLong("judged_days"), rs.getLong("absent"),
                rs.getLong("elsewhere"), rs.getLong("off_hours"), rs.getLong("incomplete"), rs.getLong("weeks_short"),
                rs.getLong("minutes_short"), rs.getLong("no_output"));
    }
}
