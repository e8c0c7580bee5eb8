package id.fleksi.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * The PPK's determination (penetapan) of flexible work as the rules read it: one dated version.
 *
 * @param lokasiEnabled            Pasal 12 ayat (4): location flexibility is determined by the PPK
 * @param allowedLocations         Pasal 12 ayat (1): where it may be used
 * @param maxLokasiDaysPerWeek     Pasal 13 ayat (1): the PPK may lower the 2 days, never raise them
 * @param lokasiPercentCap         Pasal 14: the share of employees who may use location flexibility
 * @param fixedLokasiWeekdays      the weekdays on which location flexibility is taken, where the PPK fixes them
 * @param sifEnabled               Pasal 19 ayat (4)
 * @param sifUnitCodes             Pasal 19 ayat (4): the units designated for sif
 * @param dinamisEnabled           Pasal 20 ayat (2)
 * @param dinamis                  Pasal 20 ayat (2): the hour arrangement of dinamis, or {@code null}
 * @param lateStartMaxMinutes      Pasal 3 ayat (6): how late a day may start, made up the same day (0: none)
 * @param newEmployeeMonths        Pasal 25 ayat (2)-(3): how long an employee counts as new in a position
 * @param minPredikat              Pasal 8 ayat (2)-(3): the lowest performance predicate, or {@code null}
 * @param minOfficePresencePercent Pasal 27: the share of a unit that stays in the office each working day
 * @param additionalCriteria       Pasal 26
 * @param trialEndsOn              the last day of a trial (uji coba) version, after which the version in force
 *                                 before it applies again; {@code null} for a version that is no trial
 */
public record Determination(
        LocalDate effectiveFrom,
        String decreeNumber,
        boolean lokasiEnabled,
        Set<LocationKind> allowedLocations,
        int maxLokasiDaysPerWeek,
        int lokasiPercentCap,
        Set<DayOfWeek> fixedLokasiWeekdays,
        boolean sifEnabled,
        Set<String> sifUnitCodes,
        boolean dinamisEnabled,
        DinamisHours dinamis,
        int lateStartMaxMinutes,
        int newEmployeeMonths,
        Predikat minPredikat,
        int minOfficePresencePercent,
        List<AdditionalCriterion> additionalCriteria,
        LocalDate trialEndsOn) {

    /** A version that is no trial. */
    public Determination(LocalDate effectiveFrom, String decreeNumber, boolean lokasiEnabled,
                         Set<LocationKind> allowedLocations, int maxLokasiDaysPerWeek, int lokasiPercentCap,
                         Set<DayOfWeek> fixedLokasiWeekdays, boolean sifEnabled, Set<String> sifUnitCodes,
                         boolean dinamisEnabled, DinamisHours dinamis, int lateStartMaxMinutes, int newEmployeeMonths,
                         Predikat minPredikat, int minOfficePresencePercent,
                         List<AdditionalCriterion> additionalCriteria) {
        this(effectiveFrom, decreeNumber, lokasiEnabled, allowedLocations, maxLokasiDaysPerWeek, lokasiPercentCap,
                fixedLokasiWeekdays, sifEnabled, sifUnitCodes, dinamisEnabled, dinamis, lateStartMaxMinutes,
                newEmployeeMonths, minPredikat, minOfficePresencePercent, additionalCriteria, null);
    }

    public Determination {
        allowedLocations = allowedLocations == null ? Set.of() : Set.copyOf(allowedLocations);
        fixedLokasiWeekdays = fixedLokasiWeekdays == null ? Set.of() : Set.copyOf(fixedLokasiWeekdays);
        sifUnitCodes = sifUnitCodes == null ? Set.of() : Set.copyOf(sifUnitCodes);
        additionalCriteria = additionalCriteria == null ? List.of() : List.copyOf(additionalCriteria);
    }

    /** Whether this version is a trial (uji coba) with an end date. */
    public boolean trial() {
        return trialEndsOn != null;
    }

    /** The same version read as in force from another day: a version that applies again after a trial ends. */
    public Determination from(LocalDate day) {
        return new Determination(day, decreeNumber, lokasiEnabled, allowedLocations, maxLokasiDaysPerWeek,
                lokasiPercentCap, fixedLokasiWeekdays, sifEnabled, sifUnitCodes, dinamisEnabled, dinamis,
                lateStartMaxMinutes, newEmployeeMonths, minPredikat, minOfficePresencePercent, additionalCriteria,
                trialEndsOn);
    }

    /**
     * The hours of dinamis work the PPK arranges (Pasal 20 ayat (2)): the earliest start and latest end of a
     * day, optional core hours everyone works, and an optional least number of minutes a day.
     */
    public record DinamisHours(LocalTime earliestStart, LocalTime latestEnd, LocalTime coreStart,
                               LocalTime coreEnd, Integer minMinutesPerDay) {
    }

    /** Pasal 26: a criterion the PPK adds after coordinating with the Minister, by letter. */
    public record AdditionalCriterion(String code, String description, String coordinationLetter) {
    }
}
