package id.fleksi.policy;

import java.time.LocalDate;

/**
 * A working day on the calendar that nobody works: a national holiday or cuti bersama. A week with one
 * requires 7 hours 30 minutes only for each remaining working day (Pasal 2, Pasal 3 ayat (1)).
 */
public record Holiday(LocalDate date, String name, HolidayKind kind) {
}
