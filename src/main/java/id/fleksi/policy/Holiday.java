package id.fleksi.policy;

import java.time.LocalDate;

/**
 * A working day on the calendar that nobody works: a national holiday or cuti bersama. A week with one
 * requires 7 hours 30 minutes only for each remaining working day (Pasal 2, Pasal 3 ayat (1)).
 *
 * @param basis the decision the day rests on (dasar penetapan), e.g. the joint decree of the year; may be null
 */
public record Holiday(LocalDate date, String name, HolidayKind kind, String basis) {

    /** A holiday without a named basis. */
    public Holiday(LocalDate date, String name, HolidayKind kind) {
        this(date, name, kind, null);
    }
}
