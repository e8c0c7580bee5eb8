package id.fleksi.policy;

import java.time.LocalDate;

/**
 * The essentials of the determination (penetapan) in force on a day, as other modules show it and act on it:
 * the reminders read {@code planDeadline}; {@code trialEndsOn} is the last day of a trial (uji coba), or
 * {@code null} when the version is no trial.
 */
public record PolicyInForce(long id, LocalDate effectiveFrom, String decreeNumber, int maxLokasiDaysPerWeek,
                            int lokasiPercentCap, String codeOfConduct, PlanDeadline planDeadline,
                            LocalDate trialEndsOn) {
}
