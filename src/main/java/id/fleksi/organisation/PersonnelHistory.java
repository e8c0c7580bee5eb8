package id.fleksi.organisation;

import id.fleksi.organisation.PersonnelFacts.DisciplineStatus;
import id.fleksi.rules.Predikat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An employee's personnel records in full, as HR keeps them and the PPK, unit heads and the employee read
 * them: who recorded what and when, with what the pages and the API show.
 *
 * @param infrastructure the employee's own declaration, or {@code null} when they have made none
 * @param achievements   the SKP achievements of the employee's periods of appraisal, newest first, for HR and the
 *                       PPK; {@code null} for other readers
 */
public record PersonnelHistory(Subject employee, List<DisciplineEntry> discipline,
                               List<CircumstanceEntry> specialCircumstances, List<PredicateEntry> performance,
                               InfrastructureEntry infrastructure, List<CriterionEntry> additionalCriteria,
                               List<AchievementEntry> achievements) {

    public PersonnelHistory {
        achievements = achievements == null ? null : List.copyOf(achievements);
        discipline = List.copyOf(discipline);
        specialCircumstances = List.copyOf(specialCircumstances);
        performance = List.copyOf(performance);
        additionalCriteria = List.copyOf(additionalCriteria);
    }

    /** Whose records these are. */
    public record Subject(String nip, String name, UnitRef unit, String position, boolean active) {
    }

    /** A disciplinary record (Pasal 25 ayat (1) huruf a); {@code to} is {@code null} while open-ended. */
    public record DisciplineEntry(long id, LocalDate from, LocalDate to, DisciplineStatus status, String note,
                                  String recordedBy, Instant recordedAt, long version) {

        public boolean inForceOn(LocalDate day) {
            return new PersonnelFacts.Discipline(from, to, status).covers(day);
        }
    }

    /**
     * A special circumstance (Pasal 10, 13 ayat (2) huruf b); {@code requestId} and {@code requestNumber} name the
     * employee's request it was approved from, {@code null} for one HR recorded directly.
     */
    public record CircumstanceEntry(long id, String reason, LocalDate from, LocalDate to, String approvedBy,
                                    String recordedBy, Instant recordedAt, Long requestId, String requestNumber) {

        public boolean inForceOn(LocalDate day) {
            return new PersonnelFacts.SpecialCircumstance(reason, from, to, approvedBy).covers(day);
        }
    }

    /** The performance predicate of a year (Pasal 8 ayat (2)–(3)). */
    public record PredicateEntry(int year, Predikat predikat, String recordedBy, Instant recordedAt) {
    }

    /**
     * The SKP achievement (nilai capaian SKP) of a period of appraisal as the appraisal system exported it, with the
     * period's predicate when it gave one (Pasal 35 ayat (3) huruf b).
     */
    public record AchievementEntry(LocalDate from, LocalDate to, BigDecimal score, Predikat predikat, String source,
                                   String recordedBy, Instant recordedAt) {
    }

    /**
     * The employee's declaration of their work infrastructure (Pasal 15–16), with the items they have ready
     * (Pasal 15 ayat (2)).
     */
    public record InfrastructureEntry(boolean ready, String note, Instant declaredAt,
                                      List<id.fleksi.rules.InfrastructureItem> items) {
    }

    /** Whether the employee meets an additional criterion of the PPK (Pasal 26), as HR recorded it. */
    public record CriterionEntry(String code, boolean met, String note, String recordedBy, Instant recordedAt) {
    }
}
