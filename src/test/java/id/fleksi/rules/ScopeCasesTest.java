package id.fleksi.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scoped settings of {@code rules/scope-cases.txt}: who an additional criterion judges (Pasal 26), which dinamis
 * window applies (Pasal 20 ayat (2)) and which minimum office presence a unit keeps (Pasal 27), on both sides of each
 * scope and where scopes overlap; and that the verdict of a scoped setting names its scope in both languages.
 */
class ScopeCasesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final String GROUP_NAME = "Penempatan jauh dari homebase";

    static Stream<Arguments> cases() {
        return CaseTables.arguments("/rules/scope-cases.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachScopeAppliesToThoseInItOnly(String name, String setting, String scopes, String who, String outcome) {
        EmployeeFacts employee = employee(who);
        Determination policy = policy(setting, scopes);
        switch (setting) {
            case "KRITERIA" -> assertThat(criterion(employee, policy)).isEqualTo(outcome);
            case "DINAMIS" -> assertThat(window(employee, policy)).isEqualTo(outcome);
            case "LAYANAN" -> assertThat(presence(employee, policy)).isEqualTo(outcome);
            default -> throw new IllegalArgumentException(setting);
        }
    }

    /** KRITERIA_TAMBAHAN names the scope it was judged under, in both languages, with Pasal 26. */
    private static String criterion(EmployeeFacts employee, Determination policy) {
        List<Violation> found = EmployeeCriteria.check(employee, policy, MONDAY).stream()
                .filter(v -> v.rule() == RuleCode.KRITERIA_TAMBAHAN).toList();
        if (found.isEmpty()) {
            return "not judged";
        }
        Violation violation = found.get(0);
        assertThat(violation.article().article()).isEqualTo("Pasal 26");
        return "judged (" + scopeOf(violation) + ")";
    }

    /** The window that applies; a day before every window is refused with DINAMIS_JAM naming the same scope. */
    private static String window(EmployeeFacts employee, Determination policy) {
        Determination.Applied<Determination.DinamisHours> applied = policy.dinamisFor(employee);
        WeekPlan plan = new WeekPlan("2026-W48", WeekPlan.FlexType.DINAMIS, List.of(new PlanDay(MONDAY,
                PlanDay.DayKind.KANTOR, LocalTime.of(3, 0), LocalTime.of(12, 0), 60, null, null)));
        List<Violation> found = WeekHours.dinamis(employee, plan, policy);
        assertThat(found).extracting(Violation::rule).containsExactly(RuleCode.DINAMIS_JAM);
        assertThat(found.get(0).article().article()).isEqualTo("Pasal 20 ayat (2)");
        String scope = scopeOf(found.get(0));
        assertThat(scope).isEqualTo(applied.scope() == null ? "all" : applied.scope().describe().english());
        return hhmm(applied.value().earliestStart()) + "-" + hhmm(applied.value().latestEnd()) + " (" + scope + ")";
    }

    /** The minimum that applies; a day that brings the unit below it is refused with LAYANAN_MINIMUM naming it. */
    private static String presence(EmployeeFacts employee, Determination policy) {
        Determination.Applied<Integer> applied = policy.minOfficePresenceFor(employee.unitPath());
        int staff = 100;
        int away = 100 - applied.value();
        UnitPresence.UnitWeek unit = new UnitPresence.UnitWeek(employee.unitCode(), staff,
                Map.of(MONDAY, new UnitPresence.DayCount(away, 0)));
        WeekPlan plan = new WeekPlan("2026-W48", WeekPlan.FlexType.NONE, List.of(new PlanDay(MONDAY,
                PlanDay.DayKind.RUMAH, LocalTime.of(7, 30), LocalTime.of(16, 0), 60, null, null)));
        List<Violation> found = UnitPresence.judge(policy, employee.unitPath(), unit, plan, Severity.ERROR).stream()
                .filter(v -> v.rule() == RuleCode.LAYANAN_MINIMUM).toList();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).article().article()).isEqualTo("Pasal 27");
        return applied.value() + " (" + scopeOf(found.get(0)) + ")";
    }

    /** The scope a verdict names: the same one in Indonesian and in English, or "all" when it names none. */
    private static String scopeOf(Violation violation) {
        String en = violation.message().english();
        String id = violation.message().indonesian();
        int at = en.indexOf(" Applies to: ");
        assertThat(id.contains(" Berlaku untuk: ")).isEqualTo(at >= 0);
        return at < 0 ? "all" : en.substring(at + " Applies to: ".length(), en.length() - 1);
    }

    private static EmployeeFacts employee(String who) {
        String[] parts = Arrays.stream(who.split(";")).map(String::strip).toArray(String[]::new);
        List<String> units = List.of(parts[0].split("/"));
        String position = "-".equals(parts[1]) ? null : parts[1];
        Set<String> groups = "-".equals(parts[2]) ? Set.of() : Set.of(parts[2].split(","));
        return new EmployeeFacts("199001012015031001", "Uji", units, LocalDate.of(2020, 1, 1), "Sukamaju",
                List.of(), List.of(), Map.of(), true, Map.of(), List.of(), position, groups, Set.of());
    }

    private static Determination policy(String setting, String scopes) {
        List<Determination.ScopedCriterion> criteria = new ArrayList<>();
        List<Determination.ScopedDinamis> windows = new ArrayList<>();
        List<Determination.ScopedPresence> presence = new ArrayList<>();
        if (!"none".equals(scopes)) {
            for (String given : scopes.split("\\+")) {
                String[] kindAndRest = given.strip().split(":", 2);
                String[] targetAndValue = kindAndRest[1].split("=", 2);
                Scope.Kind kind = Scope.Kind.valueOf(kindAndRest[0]);
                Scope scope = new Scope(kind, targetAndValue[0], kind == Scope.Kind.GROUP ? GROUP_NAME : null);
                switch (setting) {
                    case "KRITERIA" -> criteria.add(new Determination.ScopedCriterion("WFHB", scope));
                    case "DINAMIS" -> windows.add(new Determination.ScopedDinamis(scope, hours(targetAndValue[1])));
                    default -> presence.add(new Determination.ScopedPresence(scope,
                            Integer.parseInt(targetAndValue[1])));
                }
            }
        }
        return new Determination(MONDAY, "800/1/2026", true, Set.of(LocationKind.RUMAH), 2, 100, Set.of(), false,
                Set.of(), true, hours("07:00-16:30"), 0, 0, null, 50,
                List.of(new Determination.AdditionalCriterion("WFHB", "Penempatan jauh dari homebase",
                        "B/100/M.SM.02/2026")),
                new Determination.Scopes(criteria, windows, presence), null);
    }

    private static Determination.DinamisHours hours(String window) {
        String[] ends = window.split("-");
        return new Determination.DinamisHours(LocalTime.parse(ends[0]), LocalTime.parse(ends[1]), null, null, null);
    }

    private static String hhmm(LocalTime time) {
        return "%02d:%02d".formatted(time.getHour(), time.getMinute());
    }
}
