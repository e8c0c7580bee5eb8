package id.fleksi.policy;

import java.time.LocalDate;
import java.util.List;

/**
 * What every weekly plan from {@code from} on is judged by changed, announced in the same transaction: the PPK
 * saved a determination in force from {@code from} ({@link Cause#DETERMINATION}), or holidays were added on
 * {@code days} ({@link Cause#HOLIDAY}), which a week's required hours and working days follow.
 *
 * @param days the holidays added (empty for a determination)
 */
public record CalendarChanged(Cause cause, LocalDate from, List<LocalDate> days) {

    public CalendarChanged {
        days = List.copyOf(days);
    }

    public enum Cause {
        DETERMINATION, HOLIDAY
    }
}
