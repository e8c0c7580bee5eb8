package id.fleksi.evaluation;

import id.fleksi.evaluation.EvaluationFigures.CoverageBreach;
import id.fleksi.evaluation.EvaluationFigures.DayLocationDays;
import id.fleksi.evaluation.EvaluationFigures.Discipline;
import id.fleksi.evaluation.EvaluationFigures.EmployeeLocationDays;
import id.fleksi.evaluation.EvaluationFigures.IndicatorValue;
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
import id.fleksi.rules.Determination;
import id.fleksi.rules.FlexibilityType;
import id.fleksi.rules.PlanDay.DayKind;
import id.fleksi.rules.Predikat;
import id.fleksi.rules.RuleCode;
import id.fleksi.rules.UnitPresence;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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

    private static final int CHUNK = 10_000;

    private static final List<String> AWAY_KINDS = List.of("KANTOR_LAIN", "RUMAH", "LOKASI_LAIN", "CUTI",
            "DINAS_LUAR");

    private final JdbcClient jdbc;
    private final Holidays holidays;
    private final Policies policies;
    private final JsonMapper json;
    private final EvaluationStore store;

    FigureCalculator(JdbcClient jdbc, Holidays holidays, Policies policies, JsonMapper json, EvaluationStore store) {
        this.jdbc = jdbc;
        this.store = store;
        this.holidays = holidays;
        this.policies = policies;
        this.json = json;
    }

    /** Every unit, by id, for subtrees and names. */
    Map<Long, UnitRow> units() {
        Map<Long, UnitRow> units = new LinkedHashMap<>();
        jdbc.sql("select id, code, name, parent_id from unit order by code")
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

    /** The figures of a unit with its sub-units ({@code unitId}) or of the institution ({@code null}). */
    EvaluationFigures compute(Long unitId, LocalDate from, LocalDate to) {
        Map<Long, UnitRow> units = units();
        Set<Long> scope = unitId == null ? units.keySet() : subtree(units, unitId);
        Map<String, Object> period = Map.of("units", scope.isEmpty() ? List.of(-1L) : scope, "from", from,
                "to", to, "weeksFrom", from.minusDays(6));

        Map<Long, Person> placed = new LinkedHashMap<>();
        jdbc.sql("select e.id, e.nip, e.name, e.unit_id from employee e where e.active and e.unit_id in (:units)")
                .params(period)
                .query((rs, n) -> new Person(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .list().forEach(p -> placed.put(p.id(), p));

        List<PlanRow> plans = jdbc.sql("""
                        select p.id, p.employee_id, p.unit_id, p.flex_type, p.status from weekly_plan p
                        where p.unit_id in (:units) and p.week_start <= :to and p.week_start >= :weeksFrom""")
                .params(period)
                .query((rs, n) -> new PlanRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5)))
                .list();
        List<AwayRow> away = jdbc.sql("""
                        select p.employee_id, p.unit_id, d.day, d.kind, e.active
                        from weekly_plan p join plan_day d on d.plan_id = p.id join employee e on e.id = p.employee_id
                        where p.unit_id in (:units) and p.status = 'APPROVED' and d.day between :from and :to
                          and d.kind in (:kinds)""")
                .params(period).param("kinds", AWAY_KINDS)
                .query((rs, n) -> new AwayRow(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                        DayKind.valueOf(rs.getString(4)), rs.getBoolean(5)))
                .list();

        // Who used which type of flexible work: location days of approved plans, dinamis and sif approved plans
        Map<FlexibilityType, Set<Long>> users = new EnumMap<>(FlexibilityType.class);
        Arrays.stream(FlexibilityType.values()).forEach(t -> users.put(t, new HashSet<>()));
        away.stream().filter(a -> a.kind().isLokasi()).forEach(a -> users.get(FlexibilityType.LOKASI).add(a.employeeId()));
        plans.stream().filter(PlanRow::approved).forEach(p -> {
            if ("DINAMIS".equals(p.flexType())) {
                users.get(FlexibilityType.DINAMIS).add(p.employeeId());
            } else if ("SIF".equals(p.flexType())) {
                users.get(FlexibilityType.SIF).add(p.employeeId());
            }
        });
        Set<Long> participants = new HashSet<>();
        users.values().forEach(participants::addAll);
        Set<Long> all = new HashSet<>(placed.keySet());
        all.addAll(participants);
        Map<Long, Person> people = people(all, placed);

        List<TypeUsage> usage = Arrays.stream(FlexibilityType.values())
                .map(t -> new TypeUsage(t, users.get(t).size(), EvaluationFigures.percent(users.get(t).size(),
                        all.size())))
                .toList();
        PlanCounts planCounts = PlanCounts.of(count(plans, "APPROVED"), count(plans, "REJECTED"),
                count(plans, "SUBMITTED"));

        List<CoverageBreach> breaches = breaches(units, placed.values(), away, from, to);
        return new EvaluationFigures(all.size(), participants.size(), usage, planCounts,
                locationDaysByEmployee(away, people, units), locationDaysByDay(away), violations(period), breaches,
                discipline(from, to, participants, all), to.getYear(), predicates(to.getYear(), participants, all),
                perUnit(units, scope, placed.values(), plans, away, breaches), indicators(period),
                unitId == null ? unitEvaluations(from, to) : List.of(),
                unitId == null ? unitsWithoutEvaluation(units, from, to) : List.of());
    }

    private Map<Long, Person> people(Set<Long> ids, Map<Long, Person> placed) {
        Map<Long, Person> people = new HashMap<>(placed);
        Set<Long> missing = ids.stream().filter(id -> !placed.containsKey(id)).collect(Collectors.toSet());
        for (List<Long> chunk : chunks(missing)) {
            jdbc.sql("select id, nip, name, unit_id from employee where id in (:ids)").param("ids", chunk)
                    .query((rs, n) -> new Person(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                    .list().forEach(p -> people.put(p.id(), p));
        }
        return people;
    }

    /** Ids in lists of at most {@value #CHUNK}: a statement holds at most 65,535 parameters in PostgreSQL. */
    private static List<List<Long>> chunks(Set<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }

    private static int count(List<PlanRow> plans, String status) {
        return (int) plans.stream().filter(p -> p.status().equals(status)).count();
    }

    private static List<EmployeeLocationDays> locationDaysByEmployee(List<AwayRow> away, Map<Long, Person> people,
                                                                     Map<Long, UnitRow> units) {
        Map<Long, Map<DayKind, Integer>> byEmployee = new HashMap<>();
        away.stream().filter(a -> a.kind().isLokasi()).forEach(a -> byEmployee
                .computeIfAbsent(a.employeeId(), k -> new EnumMap<>(DayKind.class)).merge(a.kind(), 1, Integer::sum));
        return byEmployee.entrySet().stream().map(entry -> {
                    Person person = people.get(entry.getKey());
                    Map<DayKind, Integer> days = entry.getValue();
                    UnitRow unit = units.get(person.unitId());
                    return new EmployeeLocationDays(person.nip(), person.name(), unit == null ? "" : unit.code(),
                            days.getOrDefault(DayKind.KANTOR_LAIN, 0), days.getOrDefault(DayKind.RUMAH, 0),
                            days.getOrDefault(DayKind.LOKASI_LAIN, 0),
                            days.values().stream().mapToInt(Integer::intValue).sum());
                })
                .sorted(Comparator.comparing(EmployeeLocationDays::name).thenComparing(EmployeeLocationDays::nip))
                .toList();
    }

    private static List<DayLocationDays> locationDaysByDay(List<AwayRow> away) {
        Map<LocalDate, Map<DayKind, Integer>> byDay = new TreeMap<>();
        away.stream().filter(a -> a.kind().isLokasi()).forEach(a -> byDay
                .computeIfAbsent(a.day(), k -> new EnumMap<>(DayKind.class)).merge(a.kind(), 1, Integer::sum));
        return byDay.entrySet().stream().map(entry -> {
            Map<DayKind, Integer> days = entry.getValue();
            return new DayLocationDays(entry.getKey(), days.getOrDefault(DayKind.KANTOR_LAIN, 0),
                    days.getOrDefault(DayKind.RUMAH, 0), days.getOrDefault(DayKind.LOKASI_LAIN, 0),
                    days.values().stream().mapToInt(Integer::intValue).sum());
        }).toList();
    }

    /** The rules the verdicts of the period's plans found, most frequent first, each with its catalogue article. */
    private List<RuleCount> violations(Map<String, Object> period) {
        return jdbc.sql("""
                        select v->>'rule' as rule, min(v->>'article') as article, count(*) as occurrences,
                               count(distinct p.id) as plans
                        from weekly_plan p
                        cross join lateral jsonb_array_elements(coalesce(p.verdict->'violations', '[]'::jsonb)) v
                        where p.unit_id in (:units) and p.week_start <= :to and p.week_start >= :weeksFrom
                        group by v->>'rule' order by count(*) desc, v->>'rule'""")
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
     * unit on its own, with the determination in force that day. Employees without an approved plan count as in
     * the office; leave and duty travel count as away from it (as on the unit's coverage page).
     */
    private List<CoverageBreach> breaches(Map<Long, UnitRow> units, Collection<Person> placed, List<AwayRow> away,
                                          LocalDate from, LocalDate to) {
        Map<Long, Long> staff = placed.stream().collect(Collectors.groupingBy(Person::unitId, Collectors.counting()));
        Map<Long, Map<LocalDate, UnitPresence.DayCount>> counts = new TreeMap<>();
        away.stream().filter(AwayRow::active).forEach(a -> counts.computeIfAbsent(a.unitId(), k -> new TreeMap<>())
                .merge(a.day(), UnitPresence.count(a.kind()), UnitPresence.DayCount::plus));
        Set<LocalDate> offDays = holidays.between(from, to).stream().map(Holiday::date).collect(Collectors.toSet());
        List<Determination> versions = policies.versionsBetween(from, to);
        List<CoverageBreach> found = new ArrayList<>();
        counts.forEach((unitId, days) -> days.forEach((day, count) -> {
            int unitStaff = staff.getOrDefault(unitId, 0L).intValue();
            if (unitStaff == 0 || day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                    || offDays.contains(day)) {
                return;
            }
            Determination policy = inForce(versions, day);
            UnitPresence.DayPresence presence = new UnitPresence.DayPresence(day, unitStaff, count.lokasi(),
                    count.absent());
            if (UnitPresence.belowMinimum(policy, presence)) {
                UnitRow unit = units.get(unitId);
                found.add(new CoverageBreach(day, unit.code(), unit.name(), unitStaff, presence.present(),
                        presence.presentPercent(), policy.minOfficePresencePercent()));
            }
        }));
        found.sort(Comparator.comparing(CoverageBreach::date).thenComparing(CoverageBreach::unitCode));
        return found;
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
    private Discipline discipline(LocalDate from, LocalDate to, Set<Long> participants, Set<Long> all) {
        Map<Long, Integer> cases = new HashMap<>();
        jdbc.sql("""
                        select employee_id, count(*) from discipline_record
                        where starts_on <= :to and (ends_on is null or ends_on >= :from) group by employee_id""")
                .param("from", from).param("to", to)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2))).list()
                .forEach(entry -> cases.put(entry.getKey(), entry.getValue()));
        Set<Long> others = new HashSet<>(all);
        others.removeAll(participants);
        return new Discipline(group(participants, cases), group(others, cases), group(all, cases));
    }

    private static Discipline.Group group(Set<Long> employees, Map<Long, Integer> cases) {
        int with = (int) employees.stream().filter(cases::containsKey).count();
        int total = employees.stream().mapToInt(id -> cases.getOrDefault(id, 0)).sum();
        return Discipline.Group.of(employees.size(), with, total);
    }

    /** Each employee's latest predicate of a year up to {@code year}; a row per predicate and one for none. */
    private List<PredicateCount> predicates(int year, Set<Long> participants, Set<Long> all) {
        Map<Long, Predikat> latest = new HashMap<>();
        for (List<Long> chunk : chunks(all)) {
            jdbc.sql("""
                            select distinct on (employee_id) employee_id, predikat from performance_predicate
                            where year <= :year and employee_id in (:ids) order by employee_id, year desc""")
                    .param("year", year).param("ids", chunk)
                    .query((rs, n) -> Map.entry(rs.getLong(1), Predikat.valueOf(rs.getString(2)))).list()
                    .forEach(entry -> latest.put(entry.getKey(), entry.getValue()));
        }
        List<PredicateCount> rows = new ArrayList<>();
        List<Predikat> values = new ArrayList<>(Arrays.asList(Predikat.values()));
        values.add(null);
        for (Predikat predikat : values) {
            int inside = (int) participants.stream().filter(id -> latest.get(id) == predikat).count();
            int outside = (int) all.stream().filter(id -> !participants.contains(id) && latest.get(id) == predikat)
                    .count();
            rows.add(new PredicateCount(predikat, inside, outside));
        }
        return rows;
    }

    /** Each unit on its own: those with staff or plans in the period. */
    private static List<UnitFigures> perUnit(Map<Long, UnitRow> units, Set<Long> scope, Collection<Person> placed,
                                             List<PlanRow> plans, List<AwayRow> away, List<CoverageBreach> breaches) {
        List<UnitFigures> rows = new ArrayList<>();
        for (UnitRow unit : units.values()) {
            if (!scope.contains(unit.id())) {
                continue;
            }
            int staff = (int) placed.stream().filter(p -> p.unitId() == unit.id()).count();
            List<PlanRow> own = plans.stream().filter(p -> p.unitId() == unit.id()).toList();
            if (staff == 0 && own.isEmpty()) {
                continue;
            }
            Set<Long> lokasi = away.stream().filter(a -> a.unitId() == unit.id() && a.kind().isLokasi())
                    .map(AwayRow::employeeId).collect(Collectors.toSet());
            Set<Long> dinamis = own.stream().filter(p -> p.approved() && "DINAMIS".equals(p.flexType()))
                    .map(PlanRow::employeeId).collect(Collectors.toSet());
            Set<Long> sif = own.stream().filter(p -> p.approved() && "SIF".equals(p.flexType()))
                    .map(PlanRow::employeeId).collect(Collectors.toSet());
            Set<Long> participants = new HashSet<>(lokasi);
            participants.addAll(dinamis);
            participants.addAll(sif);
            rows.add(new UnitFigures(unit.code(), unit.name(), staff, participants.size(), lokasi.size(),
                    dinamis.size(), sif.size(), count(own, "APPROVED"), count(own, "REJECTED"),
                    count(own, "SUBMITTED"),
                    (int) breaches.stream().filter(b -> b.unitCode().equals(unit.code())).count()));
        }
        return rows;
    }

    private List<IndicatorValue> indicators(Map<String, Object> period) {
        return jdbc.sql("""
                        select u.code, u.name, si.name, si.value, si.measure, si.period_from, si.period_to
                        from service_indicator si join unit u on u.id = si.unit_id
                        where si.unit_id in (:units) and si.period_from <= :to and si.period_to >= :from
                        order by u.code, si.name, si.period_from""")
                .params(period)
                .query((rs, n) -> new IndicatorValue(rs.getString(1), rs.getString(2), rs.getString(3),
                        plain(rs.getObject(4, BigDecimal.class)), rs.getString(5), rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class)))
                .list();
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
                    frozen.coverageBreaches().size());
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

    private record Person(long id, String nip, String name, long unitId) {
    }

    private record PlanRow(long id, long employeeId, long unitId, String flexType, String status) {

        boolean approved() {
            return "APPROVED".equals(status);
        }
    }

    private record AwayRow(long employeeId, long unitId, LocalDate day, DayKind kind, boolean active) {
    }
}
