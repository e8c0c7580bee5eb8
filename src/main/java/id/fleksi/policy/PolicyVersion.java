package id.fleksi.policy;

import com.fasterxml.jackson.annotation.JsonFormat;
import id.fleksi.rules.Determination;
import id.fleksi.rules.LocationKind;
import id.fleksi.rules.Predikat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * One stored version of the PPK's determination (penetapan), in force from {@code effectiveFrom} until the
 * next version starts. Versions are never changed; a change is a new version.
 *
 * @param dinamis      the hour arrangement of dinamis work (Pasal 20 ayat (2)), or {@code null} when none is set
 * @param planDeadline when employees submit next week's plan
 * @param scopes       the settings applied to part of the institution only; what is not scoped applies to all
 * @param trialEndsOn  the last day of a trial (uji coba), after which the version in force before it applies
 *                     again; {@code null} when the version is no trial
 */
public record PolicyVersion(
        long id,
        LocalDate effectiveFrom,
        String decreeNumber,
        boolean lokasiEnabled,
        List<LocationKind> allowedLocations,
        int maxLokasiDaysPerWeek,
        int lokasiPercentCap,
        List<DayOfWeek> fixedLokasiWeekdays,
        boolean sifEnabled,
        List<String> sifUnitCodes,
        boolean dinamisEnabled,
        DinamisHours dinamis,
        int lateStartMaxMinutes,
        PlanDeadline planDeadline,
        int newEmployeeMonths,
        Predikat minPredikat,
        int minOfficePresencePercent,
        List<Criterion> additionalCriteria,
        String codeOfConduct,
        String createdBy,
        Instant createdAt,
        List<PolicyScope> scopes,
        @JsonFormat(pattern = "yyyy-MM-dd") LocalDate trialEndsOn) {

    public PolicyVersion {
        allowedLocations = List.copyOf(allowedLocations);
        fixedLokasiWeekdays = List.copyOf(fixedLokasiWeekdays);
        sifUnitCodes = List.copyOf(sifUnitCodes);
        additionalCriteria = List.copyOf(additionalCriteria);
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }

    /** The version as the rules read it. */
    public Determination toDetermination() {
        return new Determination(effectiveFrom, decreeNumber, lokasiEnabled, new LinkedHashSet<>(allowedLocations),
                maxLokasiDaysPerWeek, lokasiPercentCap, new LinkedHashSet<>(fixedLokasiWeekdays), sifEnabled,
                new LinkedHashSet<>(sifUnitCodes), dinamisEnabled,
                dinamis == null ? null : new Determination.DinamisHours(dinamis.earliestStart(),
                        dinamis.latestEnd(), dinamis.coreStart(), dinamis.coreEnd(), dinamis.minMinutesPerDay()),
                lateStartMaxMinutes, newEmployeeMonths, minPredikat, minOfficePresencePercent,
                additionalCriteria.stream().map(c -> new Determination.AdditionalCriterion(c.code(),
                        c.description(), c.coordinationLetter())).toList(), PolicyScope.toRules(scopes),
                trialEndsOn);
    }

    /** Whether the version is a trial (uji coba) with an end date. */
    public boolean trial() {
        return trialEndsOn != null;
    }

    /** Who set it and when, without its contents: a line of the list of versions. */
    public PolicyVersionSummary summary() {
        return new PolicyVersionSummary(id, effectiveFrom, decreeNumber, createdBy, createdAt, trialEndsOn);
    }

    /** Pasal 20 ayat (2): the earliest start, the latest end, the optional core hours and least minutes a day. */
    public record DinamisHours(@JsonFormat(pattern = "HH:mm") LocalTime earliestStart,
                               @JsonFormat(pattern = "HH:mm") LocalTime latestEnd,
                               @JsonFormat(pattern = "HH:mm") LocalTime coreStart,
                               @JsonFormat(pattern = "HH:mm") LocalTime coreEnd,
                               Integer minMinutesPerDay) {
    }

    /** Pasal 26: a criterion added after coordinating with the Minister, with the letter of coordination. */
    public record Criterion(String code, String description, String coordinationLetter) {
    }
}
