package id.fleksi.policy;

import java.time.LocalDate;

/**
 * A trial (uji coba) version of the determination in force whose last day comes within
 * {@link Policies#TRIAL_REMINDER_DAYS} days: the PPK is reminded to decide what follows it.
 *
 * @param version        the trial version in force
 * @param endsOn         its last day
 * @param daysLeft       the days from today to its last day (0 on the last day itself)
 * @param followingDecree the decree of the version that applies the day after, or {@code null} when none does
 */
public record TrialEnding(long version, String decreeNumber, LocalDate endsOn, long daysLeft,
                          String followingDecree) {
}
