package id.fleksi.rosters;

import id.fleksi.rules.ShiftWeek;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A shift a unit works, e.g. Pagi 07.00–14.00; an end before the start is on the next day (a night shift).
 *
 * @param minStaff the fewest employees the unit needs on it each day; fewer is a gap
 */
public record ShiftTemplate(long id, String code, String name, LocalTime start, LocalTime end, int breakMinutes,
                            int minStaff, long version) {

    /** Minutes of work, the break excluded (Pasal 3 ayat (1)). */
    public int effectiveMinutes() {
        return new ShiftWeek.Shift(LocalDate.EPOCH, start, end, breakMinutes).effectiveMinutes();
    }

    public boolean endsNextDay() {
        return end.isBefore(start);
    }
}
