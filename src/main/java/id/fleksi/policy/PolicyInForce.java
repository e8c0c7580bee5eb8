package id.fleksi.policy;

import java.time.LocalDate;

/** The essentials of the determination (penetapan) in force on a day, as other modules show it. */
public record PolicyInForce(long id, LocalDate effectiveFrom, String decreeNumber, int maxLokasiDaysPerWeek,
                            int lokasiPercentCap, String codeOfConduct) {
}
