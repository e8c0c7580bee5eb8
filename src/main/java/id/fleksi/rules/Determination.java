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
        List<AdditionalCriterion> additionalCriteria) {

    public Determination {
        allowedLocations = allowedLocations == null ? Set.of() : Set.copyOf(allowedLocations);
        fixedLokasiWeekdays = fixedLokasiWeekdays == null ? Set.of() : Set.copyOf(fixedLokasiWeekdays);
        sifUnitCodes = sifUnitCodes == null ? Set.of() : Set.copyOf(sifUnitCodes);
        additionalCriteria = additionalCriteria == null ? List.of() : List.copyOf(additionalCriteria);
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
