package id.fleksi.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the rules know of an employee: the facts HR keeps and the employee declares.
 *
 * @param unitPath                the codes of the employee's unit and of its parents, the unit first
 * @param positionSince           TMT jabatan (Pasal 25 ayat (2))
 * @param domicile                the domicile registered in personnel data (Pasal 12 ayat (3)), or {@code null}
 * @param infrastructureReady     the employee's declaration (Pasal 16), {@code null} when none was made
 * @param predicates              the performance predicate by year (Pasal 8 ayat (2)-(3))
 * @param additionalCriteriaMet   what HR recorded for the PPK's additional criteria, by code (Pasal 26)
 * @param position                the position (jabatan) as the employee record names it, or {@code null}
 * @param groups                  the ids of the PPK's named groups the employee belongs to
 * @param infrastructureItems     the items of work infrastructure the employee declared ready (Pasal 15 ayat (2), 16)
 */
public record EmployeeFacts(
        String nip,
        String name,
        List<String> unitPath,
        LocalDate positionSince,
        String domicile,
        List<DisciplineCase> discipline,
        List<SpecialCircumstance> specialCircumstances,
        Map<Integer, Predikat> predicates,
        Boolean infrastructureReady,
        Map<String, Boolean> additionalCriteriaMet,
        List<Task> tasks,
        String position,
        Set<String> groups,
        Set<InfrastructureItem> infrastructureItems) {

    /**
     * An employee whose position, groups and declared infrastructure items are not known: no scope by position or
     * group covers them.
     */
    public EmployeeFacts(String nip, String name, List<String> unitPath, LocalDate positionSince, String domicile,
                         List<DisciplineCase> discipline, List<SpecialCircumstance> specialCircumstances,
                         Map<Integer, Predikat> predicates, Boolean infrastructureReady,
                         Map<String, Boolean> additionalCriteriaMet, List<Task> tasks) {
        this(nip, name, unitPath, positionSince, domicile, discipline, specialCircumstances, predicates,
                infrastructureReady, additionalCriteriaMet, tasks, null, Set.of(), Set.of());
    }

    public EmployeeFacts {
        unitPath = List.copyOf(unitPath);
        discipline = discipline == null ? List.of() : List.copyOf(discipline);
        specialCircumstances = specialCircumstances == null ? List.of() : List.copyOf(specialCircumstances);
        predicates = predicates == null ? Map.of() : Map.copyOf(predicates);
        additionalCriteriaMet = additionalCriteriaMet == null ? Map.of() : Map.copyOf(additionalCriteriaMet);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        groups = groups == null ? Set.of() : Set.copyOf(groups);
        infrastructureItems = infrastructureItems == null ? Set.of() : Set.copyOf(infrastructureItems);
    }

    /** The same facts with the path of the unit, the unit first, then those above it. */
    public EmployeeFacts withUnitPath(List<String> path) {
        return new EmployeeFacts(nip, name, path, positionSince, domicile, discipline, specialCircumstances,
                predicates, infrastructureReady, additionalCriteriaMet, tasks, position, groups, infrastructureItems);
    }

    public String unitCode() {
        return unitPath.get(0);
    }

    /** The disciplinary case that covers the day, if any (Pasal 25 ayat (1) huruf a). */
    public Optional<DisciplineCase> disciplineOn(LocalDate day) {
        return discipline.stream().filter(c -> c.covers(day)).findFirst();
    }

    /** The special circumstance that covers the day, if any (Pasal 10). */
    public Optional<SpecialCircumstance> specialCircumstanceOn(LocalDate day) {
        return specialCircumstances.stream().filter(c -> c.covers(day)).findFirst();
    }

    /** The latest predicate recorded for a year up to the day's year. */
    public Optional<Map.Entry<Integer, Predikat>> latestPredicate(LocalDate day) {
        return predicates.entrySet().stream()
                .filter(e -> e.getKey() <= day.getYear())
                .max(Map.Entry.comparingByKey());
    }

    /** A disciplinary sanction being served or in process, from a day until a day (open: no end yet). */
    public record DisciplineCase(LocalDate from, LocalDate to, Status status) {

        public enum Status { IN_PROCESS, SERVING }

        public boolean covers(LocalDate day) {
            return !day.isBefore(from) && (to == null || !day.isAfter(to));
        }
    }

    /**
     * A special circumstance of the employee (Pasal 10), approved for a period; {@code requestNumber} names the
     * employee's request it was approved on ({@code KK-2026-000042}), or is null for one HR recorded directly.
     */
    public record SpecialCircumstance(String reason, LocalDate from, LocalDate to, String requestNumber) {

        public SpecialCircumstance(String reason, LocalDate from, LocalDate to) {
            this(reason, from, to, null);
        }

        /** " (permohonan KK-2026-000042)" in Indonesian, or nothing without a request. */
        String requestId() {
            return requestNumber == null ? "" : " (permohonan " + requestNumber + ")";
        }

        /** " (request KK-2026-000042)" in English, or nothing without a request. */
        String requestEn() {
            return requestNumber == null ? "" : " (request " + requestNumber + ")";
        }

        public boolean covers(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    /**
     * A task the employee holds, with its criteria and the work infrastructure it needs (Pasal 15 ayat (2)).
     */
    public record Task(String code, String name, TaskCriteria criteria, Set<InfrastructureItem> infrastructureNeeds) {

        /** A task that names no infrastructure it needs. */
        public Task(String code, String name, TaskCriteria criteria) {
            this(code, name, criteria, Set.of());
        }

        public Task {
            infrastructureNeeds = infrastructureNeeds == null ? Set.of() : Set.copyOf(infrastructureNeeds);
        }
    }
}
