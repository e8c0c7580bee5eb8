package id.fleksi.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;

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
 * @param scopes                   the settings the PPK applies to part of the institution only (Pasal 26, Pasal 20
 *                                 ayat (2), Pasal 27); what is not scoped applies to all
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
        Scopes scopes,
        LocalDate trialEndsOn) {

    /** A determination whose every setting applies to the whole institution, and no trial. */
    public Determination(LocalDate effectiveFrom, String decreeNumber, boolean lokasiEnabled,
                         Set<LocationKind> allowedLocations, int maxLokasiDaysPerWeek, int lokasiPercentCap,
                         Set<DayOfWeek> fixedLokasiWeekdays, boolean sifEnabled, Set<String> sifUnitCodes,
                         boolean dinamisEnabled, DinamisHours dinamis, int lateStartMaxMinutes, int newEmployeeMonths,
                         Predikat minPredikat, int minOfficePresencePercent,
                         List<AdditionalCriterion> additionalCriteria) {
        this(effectiveFrom, decreeNumber, lokasiEnabled, allowedLocations, maxLokasiDaysPerWeek, lokasiPercentCap,
                fixedLokasiWeekdays, sifEnabled, sifUnitCodes, dinamisEnabled, dinamis, lateStartMaxMinutes,
                newEmployeeMonths, minPredikat, minOfficePresencePercent, additionalCriteria, Scopes.NONE,
                null);
    }

    public Determination {
        allowedLocations = allowedLocations == null ? Set.of() : Set.copyOf(allowedLocations);
        fixedLokasiWeekdays = fixedLokasiWeekdays == null ? Set.of() : Set.copyOf(fixedLokasiWeekdays);
        sifUnitCodes = sifUnitCodes == null ? Set.of() : Set.copyOf(sifUnitCodes);
        additionalCriteria = additionalCriteria == null ? List.of() : List.copyOf(additionalCriteria);
        scopes = scopes == null ? Scopes.NONE : scopes;
    }

    /**
     * Whether an additional criterion (Pasal 26) applies to the employee: always when it has no scope, otherwise
     * when one of its scopes covers them. The scope that covers them is returned, or empty for an unscoped one.
     */
    public Optional<Applied<AdditionalCriterion>> criterionFor(AdditionalCriterion criterion,
                                                                EmployeeFacts employee) {
        List<Scope> of = scopes.criteria().stream().filter(s -> s.code().equals(criterion.code()))
                .map(ScopedCriterion::scope).toList();
        if (of.isEmpty()) {
            return Optional.of(new Applied<>(criterion, null));
        }
        return mostSpecific(of, scope -> scope.rank(employee)).map(scope -> new Applied<>(criterion, scope));
    }

    /**
     * The dinamis hour arrangement (Pasal 20 ayat (2)) for the employee: the most specific scoped one that covers
     * them, otherwise the institution's; {@code null} when neither is set.
     */
    public Applied<DinamisHours> dinamisFor(EmployeeFacts employee) {
        return scopes.dinamis().stream()
                .filter(s -> s.scope().covers(employee))
                .min(Comparator.comparingInt(s -> s.scope().rank(employee)))
                .map(s -> new Applied<>(s.hours(), s.scope()))
                .orElse(dinamis == null ? null : new Applied<>(dinamis, null));
    }

    /**
     * The least share of a unit in the office (Pasal 27) for the unit with this path (its code and its parents',
     * the unit first): the nearest scoped one, otherwise the institution's.
     */
    public Applied<Integer> minOfficePresenceFor(List<String> unitPath) {
        return scopes.presence().stream()
                .filter(s -> s.scope().unitRank(unitPath) != Scope.OUTSIDE)
                .min(Comparator.comparingInt(s -> s.scope().unitRank(unitPath)))
                .map(s -> new Applied<>(s.minOfficePresencePercent(), s.scope()))
                .orElse(new Applied<>(minOfficePresencePercent, null));
    }

    private static Optional<Scope> mostSpecific(List<Scope> scopes, ToIntFunction<Scope> rank) {
        return scopes.stream().filter(s -> rank.applyAsInt(s) != Scope.OUTSIDE)
                .min(Comparator.comparingInt(rank));
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
                scopes, trialEndsOn);
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

    /** A setting as it applies to someone, with the scope it came from ({@code null}: the institution's). */
    public record Applied<T>(T value, Scope scope) {

        /** The sentence a verdict appends to name the scope, empty for the institution's setting. */
        public Text appliesTo() {
            return scope == null ? Text.of("", "") : scope.appliesTo();
        }
    }

    /** The settings applied to part of the institution only. */
    public record Scopes(List<ScopedCriterion> criteria, List<ScopedDinamis> dinamis,
                         List<ScopedPresence> presence) {

        public static final Scopes NONE = new Scopes(List.of(), List.of(), List.of());

        public Scopes {
            criteria = criteria == null ? List.of() : List.copyOf(criteria);
            dinamis = dinamis == null ? List.of() : List.copyOf(dinamis);
            presence = presence == null ? List.of() : List.copyOf(presence);
        }
    }

    /** Pasal 26: the additional criterion with this code applies to those in the scope only. */
    public record ScopedCriterion(String code, Scope scope) {
    }

    /** Pasal 20 ayat (2), Pasal 3 ayat (6): the dinamis hours of those in the scope. */
    public record ScopedDinamis(Scope scope, DinamisHours hours) {
    }

    /** Pasal 27: the least share in the office of the units in the scope (units only). */
    public record ScopedPresence(Scope scope, int minOfficePresencePercent) {
    }
}
