package id.fleksi.rules;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * One day of an employee's weekly plan. Times and break are {@code null} when left out: the standard day of
 * Pasal 3 ayat (2)-(5) then applies (07.30-16.00, Friday 16.30; break 60 minutes, Friday 90).
 *
 * @param officeUnitCode the other office of the institution, for {@link DayKind#KANTOR_LAIN} (Pasal 12 ayat (2))
 */
public record PlanDay(LocalDate date, DayKind kind, LocalTime start, LocalTime end, Integer breakMinutes,
                      String officeUnitCode, String note) {

    public PlanDay {
        if (date == null || kind == null) {
            throw new IllegalArgumentException("A plan day needs a date and a kind");
        }
    }

    /** Where, or whether, the day is worked. */
    public enum DayKind {
        /** The placement office. */
        KANTOR,
        /** Pasal 12 ayat (1) huruf a: another office of the same institution. */
        KANTOR_LAIN,
        /** Pasal 12 ayat (1) huruf b: the registered domicile. */
        RUMAH,
        /** Pasal 12 ayat (1) huruf c: another location the organisation needs. */
        LOKASI_LAIN,
        /** Official duty travel: a standard day worked, neither flexibility nor leave. */
        DINAS_LUAR,
        /** Approved leave: not worked, not required. */
        CUTI,
        /** A shift (Pasal 19). */
        SIF;

        /**
         * The kinds of location flexibility (Pasal 11 huruf a, Pasal 12 ayat (1)): those at one of its locations,
         * KANTOR_LAIN, RUMAH and LOKASI_LAIN.
         */
        public static final Set<DayKind> LOKASI = kinds(DayKind::isLokasi);

        /** The kinds of a day out of the office without flexibility: leave and duty travel, CUTI and DINAS_LUAR. */
        public static final Set<DayKind> ABSENT = kinds(DayKind::isAbsent);

        /** A day of location flexibility (Pasal 11 huruf a, Pasal 12 ayat (1)): at one of its locations. */
        public boolean isLokasi() {
            return location() != null;
        }

        /**
         * A day out of the office without flexibility: leave, or official duty travel (a standard day worked
         * elsewhere). The plan sets no hours for it; the unit counts it absent, not away on flexibility.
         */
        public boolean isAbsent() {
            return this == CUTI || this == DINAS_LUAR;
        }

        /** The names of the kinds, as stored, for a query's array parameter ({@code kind = any(:kinds)}). */
        @SafeVarargs
        public static String[] names(Set<DayKind>... kinds) {
            return Arrays.stream(kinds).flatMap(Set::stream).map(DayKind::name).toArray(String[]::new);
        }

        private static Set<DayKind> kinds(Predicate<DayKind> which) {
            return Collections.unmodifiableSet(Arrays.stream(values()).filter(which)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayKind.class))));
        }

        /** The location of Pasal 12 ayat (1) the day uses, or {@code null}. */
        public LocationKind location() {
            return switch (this) {
                case KANTOR_LAIN -> LocationKind.KANTOR_LAIN;
                case RUMAH -> LocationKind.RUMAH;
                case LOKASI_LAIN -> LocationKind.LOKASI_LAIN;
                default -> null;
            };
        }
    }
}
