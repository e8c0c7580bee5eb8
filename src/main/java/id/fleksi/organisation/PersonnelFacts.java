package id.fleksi.organisation;

import id.fleksi.rules.Predikat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the personnel records say about one employee, as the eligibility rules read them: disciplinary
 * sanctions (Pasal 25 ayat (1) huruf a), special circumstances (Pasal 10, 13 ayat (2) huruf b), performance
 * predicates (Pasal 8 ayat (2)–(3)), the employee's own infrastructure declaration (Pasal 15–16) and the
 * additional criteria of the PPK recorded by HR (Pasal 26).
 *
 * @param discipline           disciplinary records, oldest first
 * @param specialCircumstances special circumstances, oldest first
 * @param predicates           the predicate of each year that has one
 * @param infrastructure       the employee's declaration, or {@code null} when they have made none
 * @param additionalCriteria   code of an additional criterion → whether HR recorded it as met
 */
public record PersonnelFacts(List<Discipline> discipline, List<SpecialCircumstance> specialCircumstances,
                             SortedMap<Integer, Predikat> predicates, Infrastructure infrastructure,
                             SortedMap<String, Boolean> additionalCriteria) {

    public PersonnelFacts {
        discipline = List.copyOf(discipline);
        specialCircumstances = List.copyOf(specialCircumstances);
        predicates = Collections.unmodifiableSortedMap(new TreeMap<>(predicates));
        additionalCriteria = Collections.unmodifiableSortedMap(new TreeMap<>(additionalCriteria));
    }

    /** No records at all (also what an unknown employee has). */
    public static PersonnelFacts none() {
        return new PersonnelFacts(List.of(), List.of(), new TreeMap<>(), null, new TreeMap<>());
    }

    /** The disciplinary records that cover the day: the employee is serving or in process of a sanction. */
    public List<Discipline> disciplineOn(LocalDate day) {
        return discipline.stream().filter(record -> record.covers(day)).toList();
    }

    /** The special circumstance that covers the day, if any (the latest to start when several do). */
    public Optional<SpecialCircumstance> specialCircumstanceOn(LocalDate day) {
        return specialCircumstances.stream().filter(c -> c.covers(day)).reduce((first, second) -> second);
    }

    public Optional<Predikat> predikatOf(int year) {
        return Optional.ofNullable(predicates.get(year));
    }

    /** Whether the employee has declared their work infrastructure ready (Pasal 16). */
    public boolean infrastructureReady() {
        return infrastructure != null && infrastructure.ready();
    }

    /** Whether HR recorded the additional criterion as met; empty when nothing is recorded for it. */
    public Optional<Boolean> additionalCriterion(String code) {
        return Optional.ofNullable(additionalCriteria.get(code));
    }

    /** The state of a disciplinary sanction (Pasal 25 ayat (1) huruf a). */
    public enum DisciplineStatus {
        /** dalam proses hukuman disiplin */
        IN_PROCESS,
        /** sedang menjalani hukuman disiplin */
        SERVING
    }

    /** A disciplinary record; {@code to} is {@code null} while its end is not known. */
    public record Discipline(LocalDate from, LocalDate to, DisciplineStatus status) {

        public boolean covers(LocalDate day) {
            return !day.isBefore(from) && (to == null || !day.isAfter(to));
        }
    }

    /** A special circumstance of the employee, approved by {@code approvedBy}. */
    public record SpecialCircumstance(String reason, LocalDate from, LocalDate to, String approvedBy) {

        public boolean covers(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    /** The employee's own declaration of their work infrastructure. */
    public record Infrastructure(boolean ready, String note, Instant declaredAt) {
    }
}
