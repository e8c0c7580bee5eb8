package id.fleksi.evaluation;

import id.fleksi.evaluation.EvaluationFigures.Achievements;
import id.fleksi.attendance.Discrepancies;
import id.fleksi.evaluation.EvaluationFigures.AttendanceDiscrepancies;
import id.fleksi.evaluation.EvaluationFigures.AttendanceDiscrepancies.Findings;
import id.fleksi.evaluation.EvaluationFigures.CoverageBreach;
import id.fleksi.evaluation.EvaluationFigures.DayLocationDays;
import id.fleksi.evaluation.EvaluationFigures.Discipline;
import id.fleksi.evaluation.EvaluationFigures.EmployeeLocationDays;
import id.fleksi.evaluation.EvaluationFigures.IndicatorValue;
import id.fleksi.evaluation.EvaluationFigures.OutputReview;
import id.fleksi.evaluation.EvaluationFigures.PlanCounts;
import id.fleksi.evaluation.EvaluationFigures.PredicateCount;
import id.fleksi.evaluation.EvaluationFigures.RuleCount;
import id.fleksi.evaluation.EvaluationFigures.TypeUsage;
import id.fleksi.evaluation.EvaluationFigures.UnitEvaluationSummary;
import id.fleksi.evaluation.EvaluationFigures.UnitFigures;
import id.fleksi.evaluation.EvaluationFigures.UnitName;
import id.fleksi.policy.Holiday;
import id.fleksi.policy.Holidays;
import id.fleksi.policy.Policies;
import id.fleksi.policy.UnitMinimums;
import id.fleksi.rules.Determination;
import id.fleksi.rules.FlexibilityType;
import id.fleksi.rules.PlanDay;
import id.fleksi.rules.Predikat;
import id.fleksi.rules.RuleCode;
import id.fleksi.rules.UnitPresence;
import id.fleksi.rules.WorkWeek;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Computes an evaluation's figures from the data of its period: weekly plans and their days, the verdicts they were
 * submitted with, employees, disciplinary records, performance predicates, service indicators, the holiday calendar
 * and the determination in force on each day.
 *
 * <p>A plan belongs to the period when its week overlaps it; a day counts when it lies within the period. Only
 * approved plans count as flexible work done; every stored plan counts for the verdicts' findings.
 */
@Component
class FigureCalculator {

    /** Lokasi days: location flexibility (Pasal 11 huruf a), as opposed to leave and duty travel. */
    private static final String[] LOKASI = PlanDay.DayKind.names(PlanDay.DayKind.LOKASI);


    /** Rows of the location days per employee at most: a ministry's would fill the page and the report. */
    static final int MAX_EMPLOYEE_ROWS = 1_000;
    /** Unit-days below the minimum presence listed at most; every unit's count is in its row of the units. */
    static final int MAX_BREACH_ROWS = 1_000;

    private final JdbcClient jdbc;
    private final Holidays holidays;
    private final Policies policies;
    private final JsonMapper json;
    private final EvaluationStore store;
    private final UnitMinimums minimums;

    FigureCalculator(JdbcClient jdbc, Holidays holidays, Policies policies, JsonMapper json, EvaluationStore store,
                     UnitMinimums minimums) {
        this.jdbc = jdbc;
        this.store = store;
        this.holidays = holidays;
        this.policies = policies;
        this.json = json;
        this.minimums = minimums;
    }

    /** Every unit, by id, for subtrees and names. */
    Map<Long, UnitRow> units() {
        Map<Long, UnitRow> units = new LinkedHashMap<>();
        jdbc.sql("select id, code, name, parent_id from unit_directory order by code")
                .query((rs, n) -> new UnitRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                        (Long) rs.getObject(4, Long.class)))
                .list().forEach(unit -> units.put(unit.id(), unit));
        return units;
    }

    /** The unit with its sub-units, at any depth. */
    static Set<Long> subtree(Map<Long, UnitRow> units, long root) {
        Map<Long, List<Long>> children = new HashMap<>();
        units.values().forEach(u -> {
            if (u.parentId() != null) {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u.id());
            }
        });
        Set<Long> found = new HashSet<>();
        List<Long> next = new ArrayList<>(List.of(root));
        while (!next.isEmpty()) {
            Long id = next.remove(next.size() - 1);
            if (found.add(id)) {
                next.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return found;
    }

    /**
     * The figures of a unit with its sub-units ({@code unitId}) or of the institution ({@code null}), counted by
     * PostgreSQL: the period's plans, their away days and who worked flexibly are set aside once in temporary
     * tables of the transaction, and every figure is an aggregate over them, so that memory does not grow with the
     * institution (a ministry's half year is millions of plan days).
     */
    @Transactional
    EvaluationFigures compute(Long unitId, LocalDate from, LocalDate to) {
        Map<Long, UnitRow> units = units();
        Set<Long> scope = unitId == null ? units.keySet() : subtree(units, unitId);
        Map<String, Object> period = Map.of("units", scope.isEmpty() ? List.of(-1L) : scope, "from", from,
                "to", to, "weeksFrom", from.minusDays(6), "institution", unitId == null);
        setAside(unitId == null, scope, from, to);

        int all = count("select count(*) from ev_person");
        int participants = count("select count(*) from ev_person where participant");
        Map<String, Integer> byType = new HashMap<>();
        jdbc.sql("select type, count(distinct employee_id) from ev_user group by type")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2))).list()
                .forEach(entry -> byType.put(entry.getKey(), entry.getValue()));
        List<TypeUsage> usage = Arrays.stream(FlexibilityType.values())
                .map(t -> new TypeUsage(t, byType.getOrDefault(t.name(), 0),
                        EvaluationFigures.percent(byType.getOrDefault(t.name(), 0), all)))
                .toList();
        PlanCounts planCounts = jdbc.sql("""
                        select coalesce(sum(plans) filter (where status = 'APPROVED'), 0),
                               coalesce(sum(plans) filter (where status = 'REJECTED'), 0),
                               coalesce(sum(plans) filter (where status = 'SUBMITTED'), 0) from ev_plan""")
                .query((rs, n) -> PlanCounts.of(rs.getInt(1), rs.getInt(2), rs.getInt(3))).single();

        Map<Long, Integer> staff = staffByUnit();
        List<CoverageBreach> breaches = breaches(units, staff, period);
        return new EvaluationFigures(all, participants, usage, planCounts, locationDaysByEmployee(),
                count("select count(distinct employee_id) from ev_away"), locationDaysByDay(period),
                violations(period), breaches.stream().limit(MAX_BREACH_ROWS).toList(), breaches.size(), discipline(from, to),
                to.getYear(), predicates(to.getYear()),
                perUnit(units, scope, staff, breaches), indicators(period),
                unitId == null ? unitEvaluations(from, to) : List.of(),
                unitId == null ? unitsWithoutEvaluation(units, from, to) : List.of(), outputs(from, to),
                achievements(from, to), attendanceDiscrepancies(from, to, participants, all - participants));
    }

    /**
     * The participants' work outputs dated in the period (Pasal 35 ayat (3) huruf b), read through the outputs
     * module's published view: accepted, returned and waiting for review.
     */
    private OutputReview outputs(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select count(*) filter (where o.status = 'ACCEPTED'),
                               count(*) filter (where o.status = 'RETURNED'),
                               count(*) filter (where o.status = 'SUBMITTED')
                        from output_directory o join ev_person p on p.id = o.employee_id and p.participant
                        where o.day between :from and :to""")
                .param("from", from).param("to", to)
                .query((rs, n) -> OutputReview.of(rs.getInt(1), rs.getInt(2), rs.getInt(3))).single();
    }

    /**
     * The SKP achievements of the participants and of the others for appraisal periods overlapping the evaluation's
     * (Pasal 35 ayat (3) huruf b), read through organisation's published view: how many have one, and the average of
     * each one's average score over their periods.
     */
    private Achievements achievements(LocalDate from, LocalDate to) {
        Map<Boolean, Achievements.Group> groups = new HashMap<>();
        jdbc.sql("""
                        select p.participant, count(*), count(a.employee_id), round(avg(a.score), 2)
                        from ev_person p left join (
                            select employee_id, avg(score) as score from personnel_achievement
                            where period_from <= :to and period_to >= :from group by employee_id
                        ) a on a.employee_id = p.id
                        group by p.participant""")
                .param("from", from).param("to", to)
                .query((ResultSet rs) -> {
                    groups.put(rs.getBoolean(1), new Achievements.Group(rs.getInt(2), rs.getInt(3),
                            rs.getBigDecimal(4)));
                });
        Achievements.Group none = new Achievements.Group(0, 0, null);
        return new Achievements(groups.getOrDefault(true, none), groups.getOrDefault(false, none));
    }

    /**
     * The findings of plan against attendance of the weeks whose Thursday lies in the period (Pasal 35 ayat (3) huruf
     * c), from the weeks the attendance module stores ({@code attendance_discrepancy_finding},
     * {@code attendance_discrepancy_week}): per rule and group of {@code ev_person}, and per group for all rules
     * together; with the weeks not stored, stored before their end or changed since, and the latest storing.
     */
    private AttendanceDiscrepancies attendanceDiscrepancies(LocalDate from, LocalDate to, int participants,
                                                            int nonParticipants) {
        LocalDate firstWeek = from.plusDays(3).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate lastWeek = to.minusDays(3).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Map<String, int[]> counted = new HashMap<>();
        jdbc.sql("""
                        select f.rule, p.participant, sum(f.findings), count(distinct f.employee_id)
                        from attendance_discrepancy_finding f join ev_person p on p.id = f.employee_id
                        where f.week_start between :first and :last
                        group by grouping sets ((f.rule, p.participant), (p.participant))""")
                .param("first", firstWeek).param("last", lastWeek)
                .query((ResultSet rs) -> {
                    int[] row = counted.computeIfAbsent(String.valueOf(rs.getString(1)), k -> new int[4]);
                    int at = rs.getBoolean(2) ? 0 : 2;
                    row[at] = rs.getInt(3);
                    row[at + 1] = rs.getInt(4);
                });
        List<AttendanceDiscrepancies.RuleFindings> rules = Discrepancies.RULES.stream().map(rule -> {
            int[] row = counted.getOrDefault(rule.name(), new int[4]);
            return new AttendanceDiscrepancies.RuleFindings(rule.name(), rule.article().article(),
                    Findings.of(participants, row[1], row[0]), Findings.of(nonParticipants, row[3], row[2]));
        }).toList();
        int[] all = counted.getOrDefault("null", new int[4]);
        List<LocalDate> notCounted = new ArrayList<>();
        Timestamp[] latest = {null};
        jdbc.sql("""
                        select g.week::date, w.computed_at is not null and not w.stale
                                             and w.judged_until >= w.week_end, w.computed_at
                        from generate_series(cast(:first as date), cast(:last as date), interval '1 week') g (week)
                            left join attendance_discrepancy_week w on w.week_start = g.week::date
                        order by 1""")
                .param("first", firstWeek).param("last", lastWeek)
                .query((ResultSet rs) -> {
                    if (!rs.getBoolean(2)) {
                        notCounted.add(rs.getObject(1, LocalDate.class));
                    }
                    Timestamp at = rs.getTimestamp(3);
                    if (at != null && (latest[0] == null || at.after(latest[0]))) {
                        latest[0] = at;
                    }
                });
        int weeks = lastWeek.isBefore(firstWeek) ? 0 : (int) ChronoUnit.WEEKS.between(firstWeek, lastWeek) + 1;
        return new AttendanceDiscrepancies(firstWeek, lastWeek, weeks, notCounted,
                latest[0] == null ? null : latest[0].toInstant(), rules,
                Findings.of(participants, all[1], all[0]), Findings.of(nonParticipants, all[3], all[2]));
    }

    /**
     * The period's plans of the units counted per unit and status ({@code ev_plan}: a plan belongs when its week
     * overlaps the period), each
     * employee's approved days of location flexibility within the period per unit ({@code ev_away}), who worked
     * flexibly in which unit ({@code ev_user}) and everyone counted ({@code ev_person}: the active employees placed
     * in the units and anyone who worked flexibly under them), dropped when the transaction ends. The weeks wholly
     * inside the period are read from planning's counts per approved plan ({@code plan_away_week}); only the days of
     * the weeks at its two ends are read one by one.
     */
    private void setAside(boolean institution, Set<Long> scope, LocalDate from, LocalDate to) {
        Long[] units = scope.isEmpty() ? new Long[]{-1L} : scope.toArray(Long[]::new);
        jdbc.sql("drop table if exists ev_plan, ev_away, ev_user, ev_person").update();
        // a ministry's employees grouped in memory rather than in batches on disk, for this transaction alone
        jdbc.sql("set local work_mem = '64MB'").update();
        jdbc.sql("""
                        create temporary table ev_plan on commit drop as
                        select p.unit_id, p.status, count(*) as plans from plan_directory p
                        where (:institution or p.unit_id = any(:units))
                          and p.week_start <= :to and p.week_start >= :weeksFrom
                        group by p.unit_id, p.status""")
                .param("institution", institution).param("units", units).param("to", to)
                .param("weeksFrom", from.minusDays(6)).update();
        jdbc.sql("""
                        create temporary table ev_away on commit drop as
                        select employee_id, unit_id, sum(kantor_lain)::int as kantor_lain, sum(rumah)::int as rumah,
                               sum(lokasi_lain)::int as lokasi_lain
                        from (
                            select w.employee_id, w.unit_id, w.kantor_lain, w.rumah, w.lokasi_lain
                            from plan_away_week w
                            where w.week_start >= :from and w.week_start + 6 <= :to
                              and (:institution or w.unit_id = any(:units))
                            union all
                            select p.employee_id, p.unit_id, (d.kind = 'KANTOR_LAIN')::int, (d.kind = 'RUMAH')::int,
                                   (d.kind = 'LOKASI_LAIN')::int
                            from plan_day_directory d join plan_directory p on p.id = d.plan_id
                            where d.day between :from and :to and (d.day < :firstFull or d.day > :lastFull)
                              and d.kind = any(:lokasi) and p.status = 'APPROVED'
                              and (p.week_start < :from or p.week_start + 6 > :to)
                              and (:institution or p.unit_id = any(:units))) days
                        group by employee_id, unit_id
                        having sum(kantor_lain + rumah + lokasi_lain) > 0""")
                .param("institution", institution).param("units", units).param("from", from).param("to", to)
                .param("firstFull", from.plusDays(6)).param("lastFull", to.minusDays(6)).param("lokasi", LOKASI)
                .update();
        jdbc.sql("""
                        create temporary table ev_user on commit drop as
                        select employee_id, unit_id, 'LOKASI'::text as type from ev_away
                        union
                        select distinct employee_id, unit_id, flex_type from plan_directory
                        where status = 'APPROVED' and flex_type in ('DINAMIS', 'SIF')
                          and (:institution or unit_id = any(:units))
                          and week_start <= :to and week_start >= :weeksFrom""")
                .param("institution", institution).param("units", units).param("to", to)
                .param("weeksFrom", from.minusDays(6)).update();
        jdbc.sql("""
                        create temporary table ev_person on commit drop as
                        select id, bool_or(participant) as participant from (
                            select e.id, false as participant from employee_directory e
                            where e.active and (:institution or e.unit_id = any(:units))
                            union all
                            select employee_id, true from ev_user) people
                        group by id""")
                .param("institution", institution).param("units", units).update();
        jdbc.sql("analyze ev_plan, ev_away, ev_user, ev_person").update();
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    /**
     * Location days per employee, by name; at most {@value #MAX_EMPLOYEE_ROWS} employees, those with the most days,
     * when more used them (the figures say how many did).
     */
    private List<EmployeeLocationDays> locationDaysByEmployee() {
        return jdbc.sql("""
                        select * from (
                            select e.nip, e.name, coalesce(u.code, '') as unit_code,
                                   sum(a.kantor_lain) as kantor_lain, sum(a.rumah) as rumah,
                                   sum(a.lokasi_lain) as lokasi_lain,
                                   sum(a.kantor_lain + a.rumah + a.lokasi_lain) as total
                            from ev_away a join employee_directory e on e.id = a.employee_id
                                left join unit_directory u on u.id = e.unit_id
                            group by e.id, e.nip, e.name, u.code
                            order by total desc, e.name, e.nip limit :limit) most
                        order by name, nip""")
                .param("limit", MAX_EMPLOYEE_ROWS)
                .query((rs, n) -> new EmployeeLocationDays(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7)))
                .list();
    }

    /**
     * Location days per day of the period: Monday to Friday from planning's presence figures per unit and day, and
     * the few Saturdays and Sundays of approved plans from their days.
     */
    private List<DayLocationDays> locationDaysByDay(Map<String, Object> period) {
        List<LocalDate> weekend = ((LocalDate) period.get("from"))
                .datesUntil(((LocalDate) period.get("to")).plusDays(1))
                .filter(day -> !WorkWeek.isWorkingDay(day)).toList();
        return jdbc.sql("""
                        select day, sum(kantor_lain), sum(rumah), sum(lokasi_lain), sum(total) from (
                            select day, kantor_lain, rumah, lokasi_lain, kantor_lain + rumah + lokasi_lain as total
                            from presence_day
                            where day between :from and :to and (:institution or unit_id in (:units))
                            union all
                            select d.day, (d.kind = 'KANTOR_LAIN')::int, (d.kind = 'RUMAH')::int,
                                   (d.kind = 'LOKASI_LAIN')::int, 1
                            from plan_day_directory d join plan_directory p on p.id = d.plan_id
                            where d.day in (:weekend) and d.kind = any(:lokasi) and p.status = 'APPROVED'
                              and (:institution or p.unit_id in (:units))) days
                        group by day having sum(total) > 0 order by day""")
                .params(period).param("lokasi", LOKASI)
                .param("weekend", weekend.isEmpty() ? List.of(LocalDate.EPOCH) : weekend)
                .query((rs, n) -> new DayLocationDays(rs.getObject(1, LocalDate.class), rs.getInt(2), rs.getInt(3),
                        rs.getInt(4), rs.getInt(5)))
                .list();
    }

    /**
     * The rules the verdicts of the period's plans found, most frequent first, each with its catalogue article, from
     * planning's findings per plan and rule.
     */
    private List<RuleCount> violations(Map<String, Object> period) {
        return jdbc.sql("""
                        select rule, min(article), sum(occurrences), count(*) from plan_finding
                        where week_start <= :to and week_start >= :weeksFrom
                          and (:institution or unit_id in (:units))
                        group by rule order by sum(occurrences) desc, rule""")
                .params(period)
                .query((rs, n) -> new RuleCount(rs.getString(1), article(rs.getString(1), rs.getString(2)),
                        rs.getInt(3), rs.getInt(4)))
                .list();
    }

    private static String article(String rule, String stored) {
        return Arrays.stream(RuleCode.values()).filter(code -> code.name().equals(rule)).findFirst()
                .map(code -> code.article().article()).orElse(stored);
    }

    /**
     * Pasal 27: working days on which a unit's share of employees in the office fell below the PPK's minimum, each
     * unit on its own, with the determination in force that day and the unit's minimum under it (scoped to the unit
     * or a unit above it, else the institution's; one query per version with scoped minima). Employees without an
     * approved plan count as in the office; leave and duty travel count as away from it (as on the unit's coverage
     * page). The days are
     * planning's presence figures per unit and day, the same the dashboards and the coverage page read; an approved
     * day stays counted after its employee leaves.
     */
    private List<CoverageBreach> breaches(Map<Long, UnitRow> units, Map<Long, Integer> staff,
                                          Map<String, Object> period) {
        LocalDate from = (LocalDate) period.get("from");
        LocalDate to = (LocalDate) period.get("to");
        Set<LocalDate> offDays = holidays.between(from, to).stream().map(Holiday::date).collect(Collectors.toSet());
        List<Determination> versions = policies.versionsBetween(from, to);
        Map<Determination, Map<Long, Integer>> scoped = new IdentityHashMap<>();
        versions.forEach(version -> scoped.put(version, minimums.scoped(version)));
        List<CoverageBreach> found = new ArrayList<>();
        jdbc.sql("""
                        select unit_id, day, away, absent from presence_day
                        where day between :from and :to and (:institution or unit_id in (:units))
                          and away + absent > 0""")
                .params(period)
                .query((ResultSet rs) -> {
                    long unitId = rs.getLong(1);
                    LocalDate day = rs.getObject(2, LocalDate.class);
                    int unitStaff = staff.getOrDefault(unitId, 0);
                    if (unitStaff == 0 || offDays.contains(day)) {
                        return;
                    }
                    Determination policy = inForce(versions, day);
                    UnitPresence.DayPresence presence = new UnitPresence.DayPresence(day, unitStaff, rs.getInt(3),
                            rs.getInt(4));
                    if (policy == null) {
                        return;
                    }
                    int minimum = scoped.get(policy).getOrDefault(unitId, policy.minOfficePresencePercent());
                    if (UnitPresence.belowMinimum(minimum, presence)) {
                        UnitRow unit = units.get(unitId);
                        found.add(new CoverageBreach(day, unit.code(), unit.name(), unitStaff, presence.present(),
                                presence.presentPercent(), minimum));
                    }
                });
        found.sort(Comparator.comparing(CoverageBreach::date).thenComparing(CoverageBreach::unitCode));
        return found;
    }

    /** The active employees placed in each unit evaluated. */
    private Map<Long, Integer> staffByUnit() {
        Map<Long, Integer> staff = new HashMap<>();
        jdbc.sql("""
                        select e.unit_id, count(*) from ev_person p join employee_directory e on e.id = p.id
                        where e.active group by e.unit_id""")
                .query((ResultSet rs) -> {
                    staff.put(rs.getLong(1), rs.getInt(2));
                });
        return staff;
    }

    private static Determination inForce(List<Determination> versions, LocalDate day) {
        Determination found = null;
        for (Determination version : versions) {
            if (!version.effectiveFrom().isAfter(day)) {
                found = version;
            }
        }
        return found;
    }

    /** Disciplinary records open at some time in the period (Pasal 25 ayat (1) huruf a). */
    private Discipline discipline(LocalDate from, LocalDate to) {
        Map<Boolean, int[]> groups = new HashMap<>();
        jdbc.sql("""
                        select p.participant, count(*), count(c.employee_id), coalesce(sum(c.cases), 0)
                        from ev_person p left join (
                            select employee_id, count(*) as cases from personnel_discipline
                            where starts_on <= :to and (ends_on is null or ends_on >= :from) group by employee_id
                        ) c on c.employee_id = p.id
                        group by p.participant""")
                .param("from", from).param("to", to)
                .query((ResultSet rs) -> {
                    groups.put(rs.getBoolean(1), new int[]{rs.getInt(2), rs.getInt(3), rs.getInt(4)});
                });
        int[] inside = groups.getOrDefault(true, new int[3]);
        int[] outside = groups.getOrDefault(false, new int[3]);
        return new Discipline(Discipline.Group.of(inside[0], inside[1], inside[2]),
                Discipline.Group.of(outside[0], outside[1], outside[2]),
                Discipline.Group.of(inside[0] + outside[0], inside[1] + outside[1], inside[2] + outside[2]));
    }

    /** Each employee's latest predicate of a year up to {@code year}; a row per predicate and one for none. */
    private List<PredicateCount> predicates(int year) {
        Map<String, int[]> counts = new HashMap<>();
        jdbc.sql("""
                        select latest.predikat, p.participant, count(*)
                        from ev_person p left join lateral (
                            select predikat from personnel_predicate pp
                            where pp.employee_id = p.id and pp.year <= :year order by pp.year desc limit 1
                        ) latest on true
                        group by latest.predikat, p.participant""")
                .param("year", year)
                .query((ResultSet rs) -> {
                    int[] row = counts.computeIfAbsent(String.valueOf(rs.getString(1)), k -> new int[2]);
                    row[rs.getBoolean(2) ? 0 : 1] += rs.getInt(3);
                });
        List<PredicateCount> rows = new ArrayList<>();
        List<Predikat> values = new ArrayList<>(Arrays.asList(Predikat.values()));
        values.add(null);
        for (Predikat predikat : values) {
            int[] row = counts.getOrDefault(predikat == null ? "null" : predikat.name(), new int[2]);
            rows.add(new PredicateCount(predikat, row[0], row[1]));
        }
        return rows;
    }

    /** Each unit on its own: those with staff or plans in the period. */
    private List<UnitFigures> perUnit(Map<Long, UnitRow> units, Set<Long> scope, Map<Long, Integer> staff,
                                      List<CoverageBreach> breaches) {
        Map<Long, int[]> figures = new HashMap<>();
        jdbc.sql("""
                        select unit_id, count(distinct employee_id),
                               count(distinct employee_id) filter (where type = 'LOKASI'),
                               count(distinct employee_id) filter (where type = 'DINAMIS'),
                               count(distinct employee_id) filter (where type = 'SIF')
                        from ev_user group by unit_id""")
                .query((ResultSet rs) -> {
                    int[] row = figures.computeIfAbsent(rs.getLong(1), k -> new int[7]);
                    row[0] = rs.getInt(2);
                    row[1] = rs.getInt(3);
                    row[2] = rs.getInt(4);
                    row[3] = rs.getInt(5);
                });
        jdbc.sql("""
                        select unit_id, coalesce(sum(plans) filter (where status = 'APPROVED'), 0),
                               coalesce(sum(plans) filter (where status = 'REJECTED'), 0),
                               coalesce(sum(plans) filter (where status = 'SUBMITTED'), 0)
                        from ev_plan group by unit_id""")
                .query((ResultSet rs) -> {
                    int[] row = figures.computeIfAbsent(rs.getLong(1), k -> new int[7]);
                    row[4] = rs.getInt(2);
                    row[5] = rs.getInt(3);
                    row[6] = rs.getInt(4);
                });
        Map<String, Long> breachesByUnit = breaches.stream()
                .collect(Collectors.groupingBy(CoverageBreach::unitCode, Collectors.counting()));
        List<UnitFigures> rows = new ArrayList<>();
        for (UnitRow unit : units.values()) {
            int unitStaff = staff.getOrDefault(unit.id(), 0);
            int[] row = figures.getOrDefault(unit.id(), new int[7]);
            boolean hasPlans = row[4] + row[5] + row[6] > 0;
            if (!scope.contains(unit.id()) || (unitStaff == 0 && !hasPlans)) {
                continue;
            }
            rows.add(new UnitFigures(unit.code(), unit.name(), unitStaff, row[0], row[1], row[2], row[3], row[4],
                    row[5], row[6], breachesByUnit.getOrDefault(unit.code(), 0L).intValue()));
        }
        return rows;
    }

    /**
     * The service indicators whose period overlaps the evaluation's, each with its target and baseline, whether the
     * target is met (at or above it, or at or below it for an indicator that is better lower), and the same unit's indicator of the same name in the latest period that ended before it.
     */
    private List<IndicatorValue> indicators(Map<String, Object> period) {
        return jdbc.sql("""
                        select u.code, u.name, si.name, si.value, si.measure, si.period_from, si.period_to,
                               si.target, si.baseline,
                               case when si.target is null then null
                                    when si.lower_is_better then si.value <= si.target
                                    else si.value >= si.target end,
                               prev.value, prev.period_from, prev.period_to, si.lower_is_better
                        from service_indicator si join unit_directory u on u.id = si.unit_id
                            left join lateral (
                                select p.value, p.period_from, p.period_to from service_indicator p
                                where p.unit_id = si.unit_id and p.name = si.name and p.period_to < si.period_from
                                order by p.period_to desc, p.period_from desc limit 1) prev on true
                        where si.unit_id in (:units) and si.period_from <= :to and si.period_to >= :from
                        order by u.code, si.name, si.period_from""")
                .params(period)
                .query((rs, n) -> new IndicatorValue(rs.getString(1), rs.getString(2), rs.getString(3),
                        plain(rs.getObject(4, BigDecimal.class)), rs.getString(5), rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class), plainOrNull(rs.getObject(8, BigDecimal.class)),
                        plainOrNull(rs.getObject(9, BigDecimal.class)), (Boolean) rs.getObject(10),
                        plainOrNull(rs.getObject(11, BigDecimal.class)), rs.getObject(12, LocalDate.class),
                        rs.getObject(13, LocalDate.class), rs.getBoolean(14)))
                .list();
    }

    private static BigDecimal plainOrNull(BigDecimal value) {
        return value == null ? null : plain(value);
    }

    /** 82.50 as 82.5, 80.00 as 80. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The units' finalized evaluations within the period, read from the figures they were finalized with. */
    private List<UnitEvaluationSummary> unitEvaluations(LocalDate from, LocalDate to) {
        return finalizedWithin(from, to).stream().map(stored -> {
            EvaluationFigures frozen = read(stored.figuresJson());
            return new UnitEvaluationSummary(stored.id(), stored.unitCode(), stored.unitName(), stored.periodFrom(),
                    stored.periodTo(), stored.recommendation(), stored.recommendationTasks(), stored.finalizedOn(),
                    stored.signer() == null ? null : stored.signer().name(), frozen.employees(),
                    frozen.participants(), frozen.plans().approved(), frozen.plans().rejected(),
                    frozen.breachDays());
        }).toList();
    }

    /** Units that no finalized unit evaluation within the period covers (an evaluation covers the sub-units). */
    private List<UnitName> unitsWithoutEvaluation(Map<Long, UnitRow> units, LocalDate from, LocalDate to) {
        Set<Long> covered = new HashSet<>();
        finalizedWithin(from, to).forEach(stored -> covered.addAll(subtree(units, stored.unitId())));
        return units.values().stream().filter(u -> !covered.contains(u.id()))
                .map(u -> new UnitName(u.code(), u.name())).toList();
    }

    private List<EvaluationStore.Stored> finalizedWithin(LocalDate from, LocalDate to) {
        return store.finalizedUnitEvaluationsWithin(from, to);
    }

    String write(EvaluationFigures figures) {
        return json.writeValueAsString(figures);
    }

    EvaluationFigures read(String stored) {
        return json.readValue(stored, EvaluationFigures.class);
    }

    record UnitRow(long id, String code, String name, Long parentId) {
    }

}
