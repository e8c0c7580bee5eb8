package id.fleksi.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The dated eligibility cases of {@code rules/eligibility-cases.txt}, each judged and compared. */
class EligibilityCasesTest {

    private static final Map<String, TaskCriteria> TASKS = Map.of(
            "ANALIS", new TaskCriteria(true, true, true, true, true, false, false, false, true),
            "LOKET", new TaskCriteria(false, false, true, false, false, false, false, false, false),
            "LAPANGAN", new TaskCriteria(true, true, true, false, true, true, false, false, false),
            "IGD", new TaskCriteria(false, false, false, false, false, false, true, true, false),
            "JARINGAN", new TaskCriteria(false, false, true, true, false, false, true, false, false));

    static Stream<Arguments> cases() {
        return CaseTables.arguments("/rules/eligibility-cases.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachCaseIsJudgedAsTheRegulationSays(String name, String facts, String lokasi, String sif, String dinamis) {
        Map<String, String> given = settings(facts);
        LocalDate day = LocalDate.parse(given.get("date"));
        Eligibility.Verdict verdict = Eligibility.of(employee(given), policy(given), day);

        assertThat(describe(verdict.of(FlexibilityType.LOKASI))).as("lokasi").isEqualTo(expected(lokasi));
        assertThat(describe(verdict.of(FlexibilityType.SIF))).as("sif").isEqualTo(expected(sif));
        assertThat(describe(verdict.of(FlexibilityType.DINAMIS))).as("dinamis").isEqualTo(expected(dinamis));
        verdict.byType().values().forEach(type -> type.violations().forEach(violation -> {
            assertThat(violation.article()).as("article of " + violation.rule())
                    .isIn(violation.rule().article(), LegalRef.pasal("Pasal 8 ayat (2)"),
                            LegalRef.pasal("Pasal 12 ayat (4)"), LegalRef.pasal("Pasal 19 ayat (4)"),
                            LegalRef.pasal("Pasal 20 ayat (2)"));
            assertThat(violation.message().indonesian()).isNotBlank();
            assertThat(violation.message().english()).isNotBlank();
        }));
    }

    private static Map<String, String> settings(String facts) {
        Map<String, String> given = new LinkedHashMap<>(Map.ofEntries(
                Map.entry("date", "2026-11-23"), Map.entry("since", "2020-01-01"), Map.entry("months", "6"),
                Map.entry("pred", "2025:BAIK"), Map.entry("min", "BAIK"), Map.entry("tasks", "ANALIS"),
                Map.entry("unit", "DISKOMINFO/SETDA"), Map.entry("domicile", "yes"), Map.entry("infra", "yes"),
                Map.entry("lokasi", "on"), Map.entry("sif", "on"), Map.entry("dinamis", "on"),
                Map.entry("locations", "RUMAH,KANTOR_LAIN,LOKASI_LAIN"), Map.entry("sifUnits", "RSUD-IGD"),
                Map.entry("policy", "in force"), Map.entry("disc", ""), Map.entry("special", ""),
                Map.entry("criteria", ""), Map.entry("met", "")));
        if (!facts.equals("-")) {
            for (String setting : facts.split("\\s+")) {
                String[] pair = setting.split("=", 2);
                given.put(pair[0], pair[1]);
            }
        }
        return given;
    }

    private static EmployeeFacts employee(Map<String, String> given) {
        List<EmployeeFacts.DisciplineCase> discipline = new ArrayList<>();
        if (!given.get("disc").isEmpty()) {
            String[] parts = given.get("disc").split("/");
            discipline.add(new EmployeeFacts.DisciplineCase(LocalDate.parse(parts[0]),
                    parts[1].equals("-") ? null : LocalDate.parse(parts[1]),
                    EmployeeFacts.DisciplineCase.Status.valueOf(parts[2])));
        }
        List<EmployeeFacts.SpecialCircumstance> special = new ArrayList<>();
        if (!given.get("special").isEmpty()) {
            String[] parts = given.get("special").split("/");
            special.add(new EmployeeFacts.SpecialCircumstance("Mendampingi anggota keluarga yang dirawat",
                    LocalDate.parse(parts[0]), LocalDate.parse(parts[1])));
        }
        Map<Integer, Predikat> predicates = new HashMap<>();
        list(given.get("pred")).forEach(p -> predicates.put(Integer.valueOf(p.split(":")[0]),
                Predikat.valueOf(p.split(":")[1])));
        Map<String, Boolean> met = new HashMap<>();
        list(given.get("met")).forEach(m -> met.put(m.split(":")[0], m.split(":")[1].equals("yes")));
        List<EmployeeFacts.Task> tasks = list(given.get("tasks")).stream()
                .map(code -> new EmployeeFacts.Task(code, "Tugas " + code, TASKS.get(code))).toList();
        Boolean infra = switch (given.get("infra")) {
            case "yes" -> true;
            case "no" -> false;
            default -> null;
        };
        return new EmployeeFacts("198808122010042002", "Kartika Nugroho", List.of(given.get("unit").split("/")),
                LocalDate.parse(given.get("since")), given.get("domicile").equals("yes") ? "Jl. Melati No. 13" : null,
                discipline, special, predicates, infra, met, tasks);
    }

    private static Determination policy(Map<String, String> given) {
        if (given.get("policy").equals("none")) {
            return null;
        }
        List<Determination.AdditionalCriterion> criteria = list(given.get("criteria")).stream()
                .map(code -> new Determination.AdditionalCriterion(code, "Kriteria " + code, "B/123/M.PANRB/2026"))
                .toList();
        return new Determination(LocalDate.of(2026, 1, 5), "800.1/12/2026", given.get("lokasi").equals("on"),
                list(given.get("locations")).stream().map(LocationKind::valueOf).collect(Collectors.toSet()), 2, 40,
                Set.<DayOfWeek>of(), given.get("sif").equals("on"), Set.copyOf(list(given.get("sifUnits"))),
                given.get("dinamis").equals("on"), new Determination.DinamisHours(LocalTime.of(6, 0),
                LocalTime.of(19, 0), null, null, null), 60, Integer.parseInt(given.get("months")),
                given.get("min").equals("-") ? null : Predikat.valueOf(given.get("min")), 50, criteria);
    }

    private static List<String> list(String value) {
        return value.isEmpty() ? List.of() : List.of(value.split(","));
    }

    /** A kind's verdict as the table writes it: "ok" when eligible, then the codes and exceptions, sorted. */
    private static Set<String> describe(Eligibility.TypeVerdict verdict) {
        Set<String> tokens = new TreeSet<>();
        if (verdict.eligible()) {
            tokens.add("ok");
        }
        verdict.violations().forEach(v -> tokens.add(v.blocks() ? v.rule().name() : "~" + v.rule().name()));
        verdict.exceptionsApplied().forEach(e -> tokens.add("+" + e.rule().name() + "/" + shortArticle(e.article())));
        return tokens;
    }

    private static Set<String> expected(String cell) {
        return new TreeSet<>(List.of(cell.split("\\s+")));
    }

    /** "Pasal 13 ayat (2) huruf a" as the table writes it: "13(2)a". */
    private static String shortArticle(LegalRef article) {
        return article.article().replace("Pasal ", "").replace(" ayat ", "").replace(" huruf ", "");
    }
}
