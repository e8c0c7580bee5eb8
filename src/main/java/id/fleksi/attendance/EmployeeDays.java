package id.fleksi.attendance;

import id.fleksi.organisation.Organisation;
import id.fleksi.policy.Holiday;
import id.fleksi.policy.Holidays;
import id.fleksi.policy.Policies;
import id.fleksi.rules.Determination;
import id.fleksi.rules.PlanDay;
import id.fleksi.rules.Reconciliation;
import id.fleksi.rules.Violation;
import id.fleksi.rules.WeekPlan;
import id.fleksi.shared.Actor;
import id.fleksi.shared.InstitutionTime;
import org.threeten.extra.YearWeek;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Time;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * An employee's days side by side: the approved plan's day, the attendance of every source, the outputs, and what
 * the rules find when they reconcile them ({@link Reconciliation}). A day is judged once it has passed; a week as
 * a whole once its Friday has passed.
 *
 * <p>The plans are read through planning's published views ({@code plan_directory}, {@code plan_day_directory}),
 * the placement through organisation's ({@code employee_directory}, {@code unit_above}).
 */
@Service
public class EmployeeDays {

    /** The longest period one answer covers: about a quarter. */
    public static final int MAX_DAYS = 93;

    private final JdbcClient jdbc;
    private final Organisation organisation;
    private final Policies policies;
    private final Holidays holidays;
    private final Clock clock;

    EmployeeDays(JdbcClient jdbc, Organisation organisation, Policies policies, Holidays holidays, Clock clock) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.policies = policies;
        this.holidays = holidays;
        this.clock = clock;
    }

    /** One source's record of a day. */
    public record Record(String source, LocalTime checkIn, LocalTime checkOut, String where, String officeUnitCode) {
    }

    /** The approved plan's day and the plan it belongs to. */
    public record Planned(long planId, String week, WeekPlan.FlexType flexType, PlanDay day) {
    }

    /** One output recorded for the day. */
    public record Output(long id, String taskCode, String description, String status) {
    }

    /**
     * A day side by side.
     *
     * @param expected what the day expected ({@code null}: nothing, a weekend or a holiday); the standard office
     *                 day when no plan was approved for its week
     * @param worked   effective minutes worked, breaks excluded
     */
    public record Day(LocalDate date, Planned plan, PlanDay expected, List<Record> attendance, List<Output> outputs,
                      int worked, List<Violation> findings) {
    }

    /** A week of the period: what it required, what was worked, and whether it is judged as a whole yet. */
    public record Week(String week, LocalDate monday, int requiredMinutes, int workedMinutes, boolean complete) {
    }

    public record Period(String nip, String name, LocalDate from, LocalDate to, List<Day> days, List<Week> weeks) {
    }

    /**
     * The employee's days from {@code from} to {@code to}; empty when there is no such employee or the person may
     * not read their record (their own, their units' for a head, all for HR and the PPK).
     */
    @Transactional(readOnly = true)
    public Optional<Period> of(Actor actor, String nip, LocalDate from, LocalDate to) {
        Optional<Person> person = jdbc.sql("select id, name, unit_id from employee_directory where nip = :nip")
                .param("nip", nip)
                .query((rs, n) -> new Person(rs.getLong(1), rs.getString(2), rs.getLong(3))).optional()
                .filter(found -> organisation.mayRead(actor, found.id()));
        return person.map(found -> period(found, nip, from, to));
    }

    /** The NIP of the employee, for their own pages. */
    public Optional<String> nipOf(long employeeId) {
        return jdbc.sql("select nip from employee_directory where id = :id").param("id", employeeId)
                .query(String.class).optional();
    }

    private Period period(Person person, String nip, LocalDate from, LocalDate to) {
        LocalDate firstMonday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate lastSunday = to.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        LocalDate judgedUntil = InstitutionTime.today(clock).minusDays(1);
        Map<LocalDate, Planned> plans = plans(person.id(), firstMonday, lastSunday);
        Map<LocalDate, List<Record>> records = records(person.id(), firstMonday, lastSunday);
        Set<String> placement = placementOffices(person.unitId());
        Map<LocalDate, List<Output>> outputs = outputs(person.id(), firstMonday, lastSunday);
        Set<LocalDate> offDays = holidays.between(firstMonday, lastSunday).stream().map(Holiday::date)
                .collect(Collectors.toSet());
        List<Day> days = new ArrayList<>();
        List<Week> weeks = new ArrayList<>();
        for (LocalDate monday = firstMonday; !monday.isAfter(to); monday = monday.plusWeeks(1)) {
            WeekPlan plan = weekPlan(plans, monday);
            Map<LocalDate, Reconciliation.Attended> attended = new HashMap<>();
            Map<LocalDate, Integer> outputCounts = new HashMap<>();
            for (int i = 0; i < 7; i++) {
                LocalDate date = monday.plusDays(i);
                List<Record> recorded = records.getOrDefault(date, List.of());
                if (!recorded.isEmpty()) {
                    attended.put(date, together(date, recorded, placement));
                }
                outputCounts.put(date, outputs.getOrDefault(date, List.of()).size());
            }
            Determination policy = policies.determinationOn(monday).orElse(null);
            Reconciliation.Result result = Reconciliation.reconcile(new Reconciliation.Week(monday, plan, attended,
                    outputCounts, offDays, policy == null ? 0 : policy.lateStartMaxMinutes(), judgedUntil));
            weeks.add(new Week(YearWeek.from(monday).toString(), monday,
                    result.requiredMinutes(), result.workedMinutes(), result.complete()));
            for (Reconciliation.Day day : result.days()) {
                if (day.date().isBefore(from) || day.date().isAfter(to)) {
                    continue;
                }
                List<Violation> findings = new ArrayList<>(day.findings());
                result.weekFindings().stream().filter(f -> day.date().equals(f.date())).forEach(findings::add);
                days.add(new Day(day.date(), plans.get(day.date()), day.expected(),
                        records.getOrDefault(day.date(), List.of()), outputs.getOrDefault(day.date(), List.of()),
                        day.worked(), findings));
            }
        }
        return new Period(nip, person.name(), from, to, days, weeks);
    }

    /** The days of the employee's approved plans, by date. */
    private Map<LocalDate, Planned> plans(long employeeId, LocalDate from, LocalDate to) {
        Map<LocalDate, Planned> days = new TreeMap<>();
        jdbc.sql("""
                        select p.id, p.iso_week, p.flex_type, d.day, d.kind, d.start_time, d.end_time, d.break_minutes,
                               d.office_unit_code, d.note
                        from plan_directory p join plan_day_directory d on d.plan_id = p.id
                        where p.employee_id = :employee and p.status = 'APPROVED'
                          and p.week_start between :from and :to""")
                .param("employee", employeeId).param("from", from).param("to", to)
                .query((rs, n) -> {
                    LocalDate date = rs.getDate(4).toLocalDate();
                    PlanDay day = new PlanDay(date, PlanDay.DayKind.valueOf(rs.getString(5)), time(rs.getTime(6)),
                            time(rs.getTime(7)), (Integer) rs.getObject(8), rs.getString(9), rs.getString(10));
                    return new Planned(rs.getLong(1), rs.getString(2), WeekPlan.FlexType.valueOf(rs.getString(3)),
                            day);
                })
                .list().forEach(planned -> days.put(planned.day().date(), planned));
        return days;
    }

    /** The approved plan of the week that starts on {@code monday}, or {@code null}. */
    private static WeekPlan weekPlan(Map<LocalDate, Planned> plans, LocalDate monday) {
        List<Planned> week = plans.values().stream()
                .filter(planned -> planned.week().equals(YearWeek.from(monday).toString()))
                .toList();
        if (week.isEmpty()) {
            return null;
        }
        return new WeekPlan(week.get(0).week(), week.get(0).flexType(), week.stream().map(Planned::day).toList());
    }

    private Map<LocalDate, List<Record>> records(long employeeId, LocalDate from, LocalDate to) {
        Map<LocalDate, List<Record>> days = new TreeMap<>();
        jdbc.sql("""
                        select a.day, a.source, a.check_in, a.check_out, a.place, u.code
                        from attendance_record a left join unit_directory u on u.id = a.office_unit_id
                        where a.employee_id = :employee and a.day between :from and :to
                        order by a.day, a.check_in nulls last, a.source""")
                .param("employee", employeeId).param("from", from).param("to", to)
                .query((rs, n) -> Map.entry(rs.getDate(1).toLocalDate(), new Record(rs.getString(2),
                        time(rs.getTime(3)), time(rs.getTime(4)), rs.getString(5), rs.getString(6))))
                .list().forEach(entry -> days.computeIfAbsent(entry.getKey(), d -> new ArrayList<>())
                        .add(entry.getValue()));
        return days;
    }

    /** The employee's outputs of the days, by day, through the outputs module's published view. */
    private Map<LocalDate, List<Output>> outputs(long employeeId, LocalDate from, LocalDate to) {
        Map<LocalDate, List<Output>> days = new TreeMap<>();
        jdbc.sql("""
                        select o.day, o.id, t.code, o.description, o.status
                        from output_directory o left join task_directory t on t.id = o.task_id
                        where o.employee_id = :employee and o.day between :from and :to
                        order by o.day, o.id""")
                .param("employee", employeeId).param("from", from).param("to", to)
                .query((rs, n) -> Map.entry(rs.getDate(1).toLocalDate(), new Output(rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getString(5))))
                .list().forEach(entry -> days.computeIfAbsent(entry.getKey(), d -> new ArrayList<>())
                        .add(entry.getValue()));
        return days;
    }

    /** The codes of the employee's unit and the units above it: an office there is the placement's. */
    private Set<String> placementOffices(long unitId) {
        return Set.copyOf(jdbc.sql("""
                        select (select u.code from unit_directory u where u.id = a.unit_id)
                        from unit_above(array[cast(:unit as bigint)]) a""")
                .param("unit", unitId).query(String.class).list());
    }

    /**
     * The records of a day taken together: the earliest check-in and the latest check-out of all sources; the
     * place of the first record (the earliest check-in), duty travel when any source says so.
     */
    static Reconciliation.Attended together(LocalDate date, List<Record> records, Set<String> placement) {
        Record first = records.get(0);
        boolean travel = records.stream().anyMatch(r -> AttendancePlace.DINAS_LUAR.name().equals(r.where()));
        LocalTime in = records.stream().map(Record::checkIn).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        LocalTime out = records.stream().map(Record::checkOut).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        Reconciliation.Place place = travel ? Reconciliation.Place.DINAS_LUAR
                : Reconciliation.Place.valueOf(first.where());
        boolean otherOffice = place == Reconciliation.Place.KANTOR && first.officeUnitCode() != null
                && !placement.contains(first.officeUnitCode());
        return new Reconciliation.Attended(date, place, in, out, otherOffice);
    }

    /** The number of days from {@code from} to {@code to}, both counted. */
    static long length(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    private static LocalTime time(Time value) {
        return value == null ? null : value.toLocalTime();
    }

    private record Person(long id, String name, long unitId) {
    }
}
