package id.fleksi.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The weekly plans of {@code rules/plan-cases.txt}, each judged and compared; then judged again shuffled. */
class PlanCasesTest {

    private static final Map<String, TaskCriteria> TASKS = Map.of(
            "ANALIS", new TaskCriteria(true, true, true, true, true, false, false, false, true),
            "LAPANGAN", new TaskCriteria(true, true, true, false, true, true, false, false, false),
            "IGD", new TaskCriteria(false, false, false, false, false, false, true, true, false));

    private static final List<String> WEEKDAYS = List.of("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su");

    static Stream<Arguments> cases() {
        return CaseTables.arguments("/rules/plan-cases.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachPlanIsJudgedAsTheRegulationSays(String name, String facts, String days, String expected,
                                              String figures) {
        Map<String, String> given = settings(facts);
        WeekPlan plan = plan(given, days);
        PlanVerdict verdict = judge(given, plan, employee(given), policy(given), holidays(given, plan));

        assertThat(describe(verdict, plan.monday())).isEqualTo(new TreeSet<>(List.of(expected.split("\\s+"))));
        assertThat(PlanDays.hhmm(verdict.requiredMinutes()) + " " + PlanDays.hhmm(verdict.plannedMinutes()) + " "
                + verdict.lokasiDays()).as("required planned lokasi").isEqualTo(figures);
        verdict.violations().forEach(violation -> {
            assertThat(violation.article().article()).startsWith("Pasal ");
            assertThat(violation.message().indonesian()).isNotBlank();
            assertThat(violation.message().english()).isNotBlank();
        });
        assertThat(verdict.valid()).isEqualTo(verdict.violations().stream().noneMatch(Violation::blocks));
    }

    @Test
    void aDayAwayOffThePpksFixedWeekdaysNamesThoseWeekdays() {
        Map<String, String> given = settings("fixed=Fr,We");
        WeekPlan plan = plan(given, "week Th:RUMAH");
        PlanVerdict verdict = judge(given, plan, employee(given), policy(given), holidays(given, plan));

        assertThat(verdict.violations()).singleElement().satisfies(warning -> {
            assertThat(warning.rule()).isEqualTo(RuleCode.LOKASI_MAKS_HARI);
            assertThat(warning.message().indonesian()).contains("pada hari Rabu dan Jumat", "26 November 2026");
            assertThat(warning.message().english()).contains("on Wednesday and Friday");
        });
    }

    @Test
    void verdictsDoNotDependOnTheOrderOfTheDays() throws IOException {
        Random random = new Random(20251123L);
        for (Arguments arguments : cases().toList()) {
            Object[] cells = arguments.get();
            Map<String, String> given = settings((String) cells[1]);
            WeekPlan plan = plan(given, (String) cells[2]);
            EmployeeFacts employee = employee(given);
            Determination policy = policy(given);
            Set<LocalDate> holidays = holidays(given, plan);
            PlanVerdict first = judge(given, plan, employee, policy, holidays);
            List<List<PlanDay>> orders = new ArrayList<>();
            List<PlanDay> reversed = new ArrayList<>(plan.days());
            Collections.reverse(reversed);
            orders.add(reversed);
            for (int i = 0; i < 20; i++) {
                List<PlanDay> shuffled = new ArrayList<>(plan.days());
                Collections.shuffle(shuffled, random);
                orders.add(shuffled);
            }
            for (List<PlanDay> order : orders) {
                PlanVerdict again = judge(given, new WeekPlan(plan.isoWeek(), plan.flexType(), order), employee,
                        policy, holidays);
                assertThat(again).as((String) cells[0]).isEqualTo(first);
            }
        }
    }

    /**
     * The week alone, or with the unit's side when the case gives the unit's staff: "staff=10", the other approved
     * plans' location days "away=Tu:3,We:1", leave and duty travel "absent=Tu:2", and "at=approval" where the
     * unit's caps block (otherwise they warn, as at submission).
     */
    private static PlanVerdict judge(Map<String, String> given, WeekPlan plan, EmployeeFacts employee,
                                     Determination policy, Set<LocalDate> holidays) {
        if (given.get("staff").isEmpty()) {
            return WeekJudgement.judge(employee, policy, holidays, plan);
        }
        Map<LocalDate, UnitPresence.DayCount> others = new HashMap<>();
        for (String away : list(given.get("away"))) {
            String[] parts = away.split(":");
            others.merge(plan.monday().plusDays(WEEKDAYS.indexOf(parts[0])),
                    new UnitPresence.DayCount(Integer.parseInt(parts[1]), 0), UnitPresence.DayCount::plus);
        }
        for (String absent : list(given.get("absent"))) {
            String[] parts = absent.split(":");
            others.merge(plan.monday().plusDays(WEEKDAYS.indexOf(parts[0])),
                    new UnitPresence.DayCount(0, Integer.parseInt(parts[1])), UnitPresence.DayCount::plus);
        }
        UnitPresence.UnitWeek unit = new UnitPresence.UnitWeek("DISKOMINFO", Integer.parseInt(given.get("staff")),
                others);
        return WeekJudgement.judge(employee, policy, holidays, plan, unit,
                given.get("at").equals("approval") ? Severity.ERROR : Severity.WARNING);
    }

    private static Map<String, String> settings(String facts) {
        Map<String, String> given = new LinkedHashMap<>(Map.ofEntries(
                Map.entry("week", "2026-W48"), Map.entry("flex", "NONE"), Map.entry("holidays", ""),
                Map.entry("tasks", "ANALIS"), Map.entry("unit", "DISKOMINFO/SETDA"), Map.entry("domicile", "yes"),
                Map.entry("lokasi", "on"), Map.entry("sif", "on"), Map.entry("dinamis", "on"),
                Map.entry("locations", "RUMAH,KANTOR_LAIN,LOKASI_LAIN"), Map.entry("sifUnits", "RSUD-IGD"),
                Map.entry("max", "2"), Map.entry("fixed", ""), Map.entry("late", "0"),
                Map.entry("window", "06:00-19:00"), Map.entry("core", ""), Map.entry("minDay", ""),
                Map.entry("policy", "in force"), Map.entry("special", ""), Map.entry("staff", ""),
                Map.entry("away", ""), Map.entry("absent", ""), Map.entry("at", "submission"),
                Map.entry("cap", "40"), Map.entry("presence", "50")));
        if (!facts.equals("-")) {
            for (String setting : facts.split("\\s+")) {
                String[] pair = setting.split("=", 2);
                given.put(pair[0], pair[1]);
            }
        }
        return given;
    }

    /** The days cell, as {@link ReconciliationCases#planDays(LocalDate, String)} reads it. */
    private static WeekPlan plan(Map<String, String> given, String cell) {
        String week = given.get("week");
        LocalDate monday = new WeekPlan(week, WeekPlan.FlexType.NONE, List.of()).monday();
        return new WeekPlan(week, WeekPlan.FlexType.valueOf(given.get("flex")),
                ReconciliationCases.planDays(monday, cell));
    }

    private static Set<LocalDate> holidays(Map<String, String> given, WeekPlan plan) {
        return list(given.get("holidays")).stream().map(d -> plan.monday().plusDays(WEEKDAYS.indexOf(d)))
                .collect(Collectors.toSet());
    }

    private static EmployeeFacts employee(Map<String, String> given) {
        List<EmployeeFacts.SpecialCircumstance> special = new ArrayList<>();
        if (!given.get("special").isEmpty()) {
            String[] parts = given.get("special").split("/");
            special.add(new EmployeeFacts.SpecialCircumstance("Mendampingi anggota keluarga yang dirawat",
                    LocalDate.parse(parts[0]), LocalDate.parse(parts[1])));
        }
        List<EmployeeFacts.Task> tasks = list(given.get("tasks")).stream()
                .map(code -> new EmployeeFacts.Task(code, "Tugas " + code, TASKS.get(code))).toList();
        return new EmployeeFacts("198808122010042002", "Kartika Nugroho", List.of(given.get("unit").split("/")),
                LocalDate.of(2020, 1, 1), given.get("domicile").equals("yes") ? "Jl. Melati No. 13" : null,
                List.of(), special, new HashMap<>(Map.of(2025, Predikat.BAIK)), true, Map.of(), tasks);
    }

    private static Determination policy(Map<String, String> given) {
        if (given.get("policy").equals("none")) {
            return null;
        }
        Set<DayOfWeek> fixed = list(given.get("fixed")).stream()
                .map(d -> DayOfWeek.of(WEEKDAYS.indexOf(d) + 1)).collect(Collectors.toSet());
        String[] window = given.get("window").split("-");
        String[] core = given.get("core").isEmpty() ? null : given.get("core").split("-");
        return new Determination(LocalDate.of(2026, 1, 5), "800.1/12/2026", given.get("lokasi").equals("on"),
                list(given.get("locations")).stream().map(LocationKind::valueOf).collect(Collectors.toSet()),
                Integer.parseInt(given.get("max")), Integer.parseInt(given.get("cap")), fixed, given.get("sif").equals("on"),
                Set.copyOf(list(given.get("sifUnits"))), given.get("dinamis").equals("on"),
                new Determination.DinamisHours(LocalTime.parse(window[0]), LocalTime.parse(window[1]),
                        core == null ? null : LocalTime.parse(core[0]), core == null ? null : LocalTime.parse(core[1]),
                        given.get("minDay").isEmpty() ? null : Integer.valueOf(given.get("minDay"))),
                Integer.parseInt(given.get("late")), 6, Predikat.BAIK, Integer.parseInt(given.get("presence")),
                List.of());
    }

    private static List<String> list(String value) {
        return value.isEmpty() ? List.of() : List.of(value.split(","));
    }

    /**
     * A verdict as the table writes it: "ok" when valid, then the codes (CODE@Dd for a day, ~ for a warning)
     * and the exceptions (+CODE/13(2)b), sorted.
     */
    private static Set<String> describe(PlanVerdict verdict, LocalDate monday) {
        Set<String> tokens = new TreeSet<>();
        if (verdict.valid()) {
            tokens.add("ok");
        }
        verdict.violations().forEach(v -> tokens.add((v.blocks() ? "" : "~") + v.rule().name()
                + (v.date() == null ? "" : "@" + WEEKDAYS.get((int) (v.date().toEpochDay() - monday.toEpochDay())))));
        verdict.exceptionsApplied().forEach(e -> tokens.add("+" + e.rule().name() + "/"
                + e.article().article().replace("Pasal ", "").replace(" ayat ", "").replace(" huruf ", "")));
        return tokens;
    }
}
