package id.fleksi.rules;

import java.time.LocalDate;
import java.time.LocalTime;

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

        /** A day of location flexibility (Pasal 11 huruf a, Pasal 12 ayat (1)). */
        public boolean isLokasi() {
            return this == KANTOR_LAIN || this == RUMAH || this == LOKASI_LAIN;
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
