package id.fleksi.policy;

import java.time.LocalDate;

/**
 * The essentials of the determination (penetapan) in force on a day, as other modules show it and act on it:
 * the reminders read {@code planDeadline}.
 */
public record PolicyInForce(long id, LocalDate effectiveFrom, String decreeNumber, int maxLokasiDaysPerWeek,
                            int lokasiPercentCap, String codeOfConduct, PlanDeadline planDeadline) {
}
