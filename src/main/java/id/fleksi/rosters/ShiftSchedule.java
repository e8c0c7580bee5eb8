package id.fleksi.rosters;

import id.fleksi.audit.AuditTrail;
import id.fleksi.eligibility.EligibilityService;
import id.fleksi.organisation.Organisation;
import id.fleksi.policy.Holiday;
import id.fleksi.policy.Holidays;
import id.fleksi.rosters.RosterUnits.RosterUnit;
import id.fleksi.rosters.ShiftRotations.Member;
import id.fleksi.rosters.ShiftRotations.Rotation;
import id.fleksi.rules.Eligibility;
import id.fleksi.rules.FlexibilityType;
import id.fleksi.rules.ShiftWeek;
import id.fleksi.rules.Violation;
import id.fleksi.rules.WorkWeek;
import id.fleksi.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.threeten.extra.YearWeek;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A unit's month of shifts: generated as drafts from the rotation, shown as a grid with its gaps and each
 * employee's weekly hours (Pasal 19 ayat (2)), and published by the unit head (Pasal 19 ayat (3)).
 */
@Service
@Transactional
class ShiftSchedule {

    static final String SUBJECT = "SHIFT_ROSTER";

    private final JdbcClient jdbc;
    private final Organisation organisation;
    private final RosterUnits units;
    private final ShiftTemplates templates;
    private final ShiftRotations rotations;
    private final EligibilityService eligibility;
    private final Holidays holidays;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ShiftSchedule(JdbcClient jdbc, RosterUnits units, ShiftTemplates templates, ShiftRotations rotations,
                  EligibilityService eligibility, Holidays holidays, Organisation organisation, AuditTrail audit,
                  Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.organisation = organisation;
        this.jdbc = jdbc;
        this.units = units;
        this.templates = templates;
        this.rotations = rotations;
        this.eligibility = eligibility;
        this.holidays = holidays;
        this.audit = audit;
        this.clock = clock;
    }

    /** The draft shifts of the month that generating again would replace. */
    @Transactional(readOnly = true)
    int drafts(RosterUnit unit, YearMonth month) {
        return jdbc.sql("""
                        select count(*) from shift_assignment
                        where unit_id = :unit and day between :from and :to and status = 'DRAFT'""")
                .param("unit", unit.id()).param("from", month.atDay(1)).param("to", month.atEndOfMonth())
                .query(Integer.class).single();
    }

    /**
     * Replaces the month's drafts with shifts from the rotation for every employee in it who may use sif
     * (Pasal 24 ayat (1), 25), leaving published shifts as they are.
     *
     * @throws RosterRefused when the unit is not designated for sif in the month (UNIT_SIF, Pasal 19 ayat (4)),
     *                       or there is no rotation or nobody in it
     */
    Generated generate(Actor actor, RosterUnit unit, YearMonth month) {
        lock(unit);
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        designated(unit, from, to);
        Rotation rotation = rotations.of(unit).orElseThrow(() -> RosterRefused.of(null, "roster.rotation.error.none"));
        List<Member> members = rotations.members(unit).stream().filter(m -> m.offset() != null).toList();
        if (members.isEmpty()) {
            throw RosterRefused.of(null, "roster.schedule.error.noMembers");
        }
        Map<String, ShiftTemplate> byCode = new HashMap<>();
        templates.of(unit.id()).forEach(t -> byCode.put(t.code(), t));

        int replaced = jdbc.sql("""
                        delete from shift_assignment
                        where unit_id = :unit and day between :from and :to and status = 'DRAFT'""")
                .param("unit", unit.id()).param("from", from).param("to", to).update();
        Timestamp now = Timestamp.from(clock.instant());
        List<Skipped> skipped = new ArrayList<>();
        int created = 0;
        for (Member member : members) {
            Eligibility.TypeVerdict sif = sif(actor, member.nip(), from);
            if (!sif.eligible()) {
                skipped.add(new Skipped(member.nip(), member.name(), sif.violations()));
                continue;
            }
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                ShiftTemplate template = byCode.get(rotation.cellOn(member.offset(), day));
                if (template == null) {
                    continue;
                }
                created += draft(actor, unit, member.employeeId(), day, template, now);
            }
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("month", month.toString());
        after.put("drafts", created);
        after.put("draftsReplaced", replaced);
        after.put("skipped", skipped.stream().map(s -> s.nip() + " " + s.violations().stream()
                .map(v -> v.rule().name()).collect(Collectors.joining(","))).toList());
        audit.record(actor, "SHIFTS_GENERATED", SUBJECT, key(unit, month), null, after);
        return new Generated(created, replaced, skipped);
    }

    /**
     * Publishes the month's drafts: from now on the employees see them and other modules read them.
     *
     * @throws RosterRefused when there is no draft, or the unit is no longer designated for sif
     */
    int publish(Actor actor, RosterUnit unit, YearMonth month) {
        lock(unit);
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        List<Violation> notDesignated = units.designation(unit, from, to);
        if (!notDesignated.isEmpty()) {
            throw RosterRefused.byRules(notDesignated);
        }
        Grid grid = grid(unit, month);
        List<Long> employees = jdbc.sql("""
                        update shift_assignment set status = 'PUBLISHED', published_at = :at, published_by = :by
                        where unit_id = :unit and day between :from and :to and status = 'DRAFT'
                        returning employee_id""")
                .param("at", Timestamp.from(clock.instant())).param("by", actor.username())
                .param("unit", unit.id()).param("from", from).param("to", to)
                .query(Long.class).list();
        int published = employees.size();
        if (published == 0) {
            throw RosterRefused.of(null, "roster.schedule.error.nothingToPublish");
        }
        events.publishEvent(new ShiftsPublished(unit.code(), unit.name(), month,
                employees.stream().distinct().sorted().toList(), actor.displayName()));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("month", month.toString());
        after.put("shiftsPublished", published);
        after.put("gaps", grid.gaps().size());
        after.put("weeksShort", grid.shortWeeks().size());
        audit.record(actor, "SHIFTS_PUBLISHED", SUBJECT, key(unit, month), null, after);
        return published;
    }

    /**
     * Sets one employee's shift of one day by hand, as a draft: a template's shift, or none ({@code OFF}). A
     * published shift is left as it is; an employee who may not use sif that day (Pasal 24 ayat (1), 25) gets no
     * shift.
     *
     * @throws RosterRefused naming why
     */
    void setCell(Actor actor, RosterUnit unit, String nip, LocalDate day, String code) {
        lock(unit);
        designated(unit, day, day);
        Member member = member(unit, nip);
        Cell before = cellOf(member.employeeId(), day);
        if (before != null && !before.draft()) {
            throw RosterRefused.of("code", "roster.cell.error.published");
        }
        jdbc.sql("delete from shift_assignment where employee_id = :employee and day = :day and status = 'DRAFT'")
                .param("employee", member.employeeId()).param("day", day).update();
        if (!RotationCycle.OFF.equals(code)) {
            ShiftTemplate template = templates.of(unit.id()).stream().filter(t -> t.code().equals(code)).findFirst()
                    .orElseThrow(() -> RosterRefused.of("code", "roster.cell.error.template"));
            requireSif(actor, member.nip(), day);
            draft(actor, unit, member.employeeId(), day, template, Timestamp.from(clock.instant()));
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("nip", nip);
        after.put("day", day.toString());
        after.put("code", code);
        audit.record(actor, "SHIFT_CELL_SET", SUBJECT, key(unit, YearMonth.from(day)),
                before == null ? null : Map.of("nip", nip, "day", day.toString(), "code", before.code()), after);
    }

    /**
     * Swaps two employees' shifts of one day (either may be a day off), both as drafts; a published shift of
     * either leaves both as they are.
     *
     * @throws RosterRefused naming why
     */
    void swap(Actor actor, RosterUnit unit, String nip, String otherNip, LocalDate day) {
        lock(unit);
        designated(unit, day, day);
        Member one = member(unit, nip);
        Member other = member(unit, otherNip);
        if (one.employeeId() == other.employeeId()) {
            throw RosterRefused.of("dengan", "roster.cell.error.sameEmployee");
        }
        Cell first = cellOf(one.employeeId(), day);
        Cell second = cellOf(other.employeeId(), day);
        if ((first != null && !first.draft()) || (second != null && !second.draft())) {
            throw RosterRefused.of("dengan", "roster.cell.error.published");
        }
        Map<String, ShiftTemplate> byCode = new HashMap<>();
        templates.of(unit.id()).forEach(t -> byCode.put(t.code(), t));
        for (Member moving : List.of(one, other)) {
            Cell taken = moving == one ? second : first;
            if (taken != null) {
                requireSif(actor, moving.nip(), day);
            }
        }
        jdbc.sql("""
                        delete from shift_assignment
                        where employee_id in (:one, :other) and day = :day and status = 'DRAFT'""")
                .param("one", one.employeeId()).param("other", other.employeeId()).param("day", day).update();
        Timestamp now = Timestamp.from(clock.instant());
        if (second != null) {
            draft(actor, unit, one.employeeId(), day, byCode.getOrDefault(second.code(), copy(second)), now);
        }
        if (first != null) {
            draft(actor, unit, other.employeeId(), day, byCode.getOrDefault(first.code(), copy(first)), now);
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put(nip, second == null ? RotationCycle.OFF : second.code());
        after.put(otherNip, first == null ? RotationCycle.OFF : first.code());
        after.put("day", day.toString());
        audit.record(actor, "SHIFT_CELLS_SWAPPED", SUBJECT, key(unit, YearMonth.from(day)), null, after);
    }

    /** One employee's shift of one day in the unit, or null when they have none. */
    @Transactional(readOnly = true)
    Cell cell(RosterUnit unit, String nip, LocalDate day) {
        return cellOf(member(unit, nip).employeeId(), day);
    }

    private Cell cellOf(long employeeId, LocalDate day) {
        return jdbc.sql("""
                        select day, template_code, template_name, start_time, end_time, status
                        from shift_assignment where employee_id = :employee and day = :day""")
                .param("employee", employeeId).param("day", day)
                .query((rs, n) -> new Cell(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalTime.class), rs.getObject(5, LocalTime.class), rs.getString(6)))
                .optional().orElse(null);
    }

    private Member member(RosterUnit unit, String nip) {
        return rotations.members(unit).stream().filter(m -> m.nip().equals(nip)).findFirst()
                .orElseThrow(RosterNotFound::employee);
    }

    /** Refuses days the unit is not designated for sif (UNIT_SIF, Pasal 19 ayat (4)). */
    private void designated(RosterUnit unit, LocalDate from, LocalDate to) {
        List<Violation> notDesignated = units.designation(unit, from, to);
        if (!notDesignated.isEmpty()) {
            throw RosterRefused.byRules(notDesignated);
        }
    }

    /** Whether the employee may work in shifts that day (Pasal 24 ayat (1), 25), with the rules that say no. */
    private Eligibility.TypeVerdict sif(Actor actor, String nip, LocalDate day) {
        return eligibility.judge(actor, nip, day).orElseThrow().verdict().of(FlexibilityType.SIF);
    }

    private void requireSif(Actor actor, String nip, LocalDate day) {
        Eligibility.TypeVerdict sif = sif(actor, nip, day);
        if (!sif.eligible()) {
            throw RosterRefused.byRules(sif.violations());
        }
    }

    private static ShiftTemplate copy(Cell cell) {
        return new ShiftTemplate(0, cell.code(), cell.name(), cell.start(), cell.end(), 0, 0, 0);
    }

    /** A draft shift of the template, unless the employee has a shift that day already: 1 if written, else 0. */
    private int draft(Actor actor, RosterUnit unit, long employeeId, LocalDate day, ShiftTemplate template,
                      Timestamp at) {
        return jdbc.sql("""
                        insert into shift_assignment (unit_id, employee_id, day, template_code, template_name,
                                                      start_time, end_time, break_minutes, status, generated_at,
                                                      generated_by)
                        values (:unit, :employee, :day, :code, :name, :start, :end, :break, 'DRAFT', :at, :by)
                        on conflict (employee_id, day) do nothing""")
                .param("unit", unit.id()).param("employee", employeeId).param("day", day)
                .param("code", template.code()).param("name", template.name()).param("start", template.start())
                .param("end", template.end()).param("break", template.breakMinutes())
                .param("at", at).param("by", actor.username()).update();
    }

    /** The month as a grid of employees by days, with its gaps and each employee's weekly hours. */
    @Transactional(readOnly = true)
    Grid grid(RosterUnit unit, YearMonth month) {
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        LocalDate firstMonday = from.with(DayOfWeek.MONDAY);
        LocalDate lastSunday = to.with(DayOfWeek.SUNDAY);
        List<ShiftTemplate> unitTemplates = templates.of(unit.id());
        Map<LocalDate, String> holidayNames = new HashMap<>();
        holidays.between(firstMonday, lastSunday).forEach(h -> holidayNames.put(h.date(), h.name()));
        Set<LocalDate> holidayDays = holidayNames.keySet();

        List<Stored> stored = jdbc.sql("""
                        select a.employee_id, a.unit_id, a.day, a.template_code, a.template_name, a.start_time,
                               a.end_time, a.break_minutes, a.status
                        from shift_assignment a
                        where a.day between :from and :to
                          and (a.unit_id = :unit or a.employee_id in (
                                select id from employee_directory where unit_id = :unit and active))""")
                .param("from", firstMonday).param("to", lastSunday).param("unit", unit.id())
                .query((rs, n) -> new Stored(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4), rs.getString(5), rs.getObject(6, LocalTime.class),
                        rs.getObject(7, LocalTime.class), rs.getInt(8), rs.getString(9)))
                .list();
        Set<Long> rostered = new HashSet<>();
        stored.stream().filter(s -> s.unitId() == unit.id() && !s.day().isBefore(from) && !s.day().isAfter(to))
                .forEach(s -> rostered.add(s.employeeId()));
        rotations.members(unit).stream().filter(m -> m.offset() != null).forEach(m -> rostered.add(m.employeeId()));
        // days outside the month count only where that month has shifts of the unit: otherwise the week is open
        Set<LocalDate> unitDays = new HashSet<>();
        stored.stream().filter(s -> s.unitId() == unit.id()).forEach(s -> unitDays.add(s.day()));

        List<LocalDate> days = from.datesUntil(to.plusDays(1)).toList();
        Map<Long, Map<LocalDate, Stored>> byEmployee = new HashMap<>();
        stored.forEach(s -> byEmployee.computeIfAbsent(s.employeeId(), e -> new HashMap<>()).put(s.day(), s));

        List<Row> rows = new ArrayList<>();
        List<ShortWeek> shortWeeks = new ArrayList<>();
        for (Person person : people(rostered)) {
            Map<LocalDate, Stored> own = byEmployee.getOrDefault(person.id(), Map.of());
            List<Cell> cells = days.stream().map(day -> Optional.ofNullable(own.get(day))
                    .filter(s -> s.unitId() == unit.id())
                    .map(s -> new Cell(day, s.code(), s.name(), s.start(), s.end(), s.status()))
                    .orElse(new Cell(day, null, null, null, null, null))).toList();
            List<ShiftWeek.Shift> shifts = own.values().stream()
                    .map(s -> new ShiftWeek.Shift(s.day(), s.start(), s.end(), s.breakMinutes())).toList();
            List<WeekView> weeks = new ArrayList<>();
            for (LocalDate monday = firstMonday; !monday.isAfter(to); monday = monday.plusWeeks(1)) {
                ShiftWeek.Week week = ShiftWeek.week(monday, shifts, holidayDays);
                boolean complete = monday.datesUntil(monday.plusDays(7))
                        .allMatch(day -> !day.isBefore(from) && !day.isAfter(to) || unitDays.contains(day));
                WeekView view = new WeekView(monday, isoWeek(monday), week.requiredMinutes(),
                        week.effectiveMinutes(), complete, week.violation());
                weeks.add(view);
                if (complete && !week.met()) {
                    shortWeeks.add(new ShortWeek(person.nip(), person.name(), view));
                }
            }
            rows.add(new Row(person.nip(), person.name(), cells, weeks));
        }

        Map<String, Map<LocalDate, Integer>> counts = new TreeMap<>();
        stored.stream().filter(s -> s.unitId() == unit.id())
                .forEach(s -> counts.computeIfAbsent(s.code(), c -> new HashMap<>()).merge(s.day(), 1, Integer::sum));
        List<Gap> gaps = new ArrayList<>();
        List<TemplateDays> perTemplate = new ArrayList<>();
        Set<LocalDate> gapDays = new HashSet<>();
        for (ShiftTemplate template : unitTemplates) {
            Map<LocalDate, Integer> ofTemplate = counts.getOrDefault(template.code(), Map.of());
            List<Count> dayCounts = new ArrayList<>();
            for (LocalDate day : days) {
                int assigned = ofTemplate.getOrDefault(day, 0);
                boolean short_ = assigned < template.minStaff();
                dayCounts.add(new Count(day, assigned, short_));
                if (short_) {
                    gaps.add(new Gap(day, template.code(), template.name(), assigned, template.minStaff()));
                    gapDays.add(day);
                }
            }
            perTemplate.add(new TemplateDays(template, dayCounts));
        }
        gaps.sort(java.util.Comparator.comparing(Gap::day).thenComparing(Gap::templateCode));
        List<DayColumn> columns = days.stream().map(day -> new DayColumn(day,
                !WorkWeek.isWorkingDay(day),
                holidayNames.get(day), gapDays.contains(day))).toList();
        int draftCount = (int) stored.stream().filter(s -> s.unitId() == unit.id() && inMonth(s.day(), from, to)
                && s.status().equals("DRAFT")).count();
        int publishedCount = (int) stored.stream().filter(s -> s.unitId() == unit.id() && inMonth(s.day(), from, to)
                && s.status().equals("PUBLISHED")).count();
        return new Grid(month, columns, rows, perTemplate, gaps, shortWeeks, draftCount, publishedCount);
    }

    private List<Person> people(Set<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, nip, name from employee_directory where id in (:ids) order by lower(name), nip")
                .param("ids", ids)
                .query((rs, n) -> new Person(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    private void lock(RosterUnit unit) {
        // one roster change of a unit at a time: two heads generating at once cannot mix their drafts
        organisation.lockUnit(unit.id());
    }

    private static boolean inMonth(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    static String isoWeek(LocalDate monday) {
        return YearWeek.from(monday).toString();
    }

    private static String key(RosterUnit unit, YearMonth month) {
        return unit.code() + "@" + month;
    }

    private record Stored(long employeeId, long unitId, LocalDate day, String code, String name, LocalTime start,
                          LocalTime end, int breakMinutes, String status) {
    }

    private record Person(long id, String nip, String name) {
    }

    /** What generating did: drafts made, drafts replaced, and who was left out because they may not use sif. */
    public record Generated(int drafts, int replaced, List<Skipped> skipped) {
    }

    /** An employee of the rotation left out, with the rules that keep them from sif. */
    public record Skipped(String nip, String name, List<Violation> violations) {
    }

    /** The month's grid. */
    public record Grid(YearMonth month, List<DayColumn> days, List<Row> rows, List<TemplateDays> templates,
                       List<Gap> gaps, List<ShortWeek> shortWeeks, int drafts, int published) {
    }

    public record DayColumn(LocalDate date, boolean weekend, String holiday, boolean gap) {
    }

    /** One employee's month: a cell per day, and the weeks that touch the month. */
    public record Row(String nip, String name, List<Cell> cells, List<WeekView> weeks) {
    }

    /** One day of one employee: the shift, or none ({@code code == null}). */
    public record Cell(LocalDate date, String code, String name, LocalTime start, LocalTime end, String status) {

        public boolean draft() {
            return "DRAFT".equals(status);
        }
    }

    /**
     * One employee's week: the minutes required and worked; {@code complete} when every day of it is in the month
     * or in a neighbouring month that has shifts, so that it is judged.
     */
    public record WeekView(LocalDate monday, String isoWeek, int requiredMinutes, int effectiveMinutes,
                           boolean complete, Violation violation) {

        public boolean met() {
            return violation == null;
        }
    }

    /** A template's count of employees per day. */
    public record TemplateDays(ShiftTemplate template, List<Count> counts) {
    }

    public record Count(LocalDate date, int assigned, boolean gap) {
    }

    /** A day on which a shift has fewer employees than its minimum. */
    public record Gap(LocalDate day, String templateCode, String templateName, int assigned, int minimum) {
    }

    /** A complete week in which an employee's shifts fall short of the weekly hours (Pasal 19 ayat (2)). */
    public record ShortWeek(String nip, String name, WeekView week) {
    }
}
