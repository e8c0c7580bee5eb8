package id.fleksi.policy;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A version of the determination in a list: when it takes effect, its decree, who set it and when, and the last
 * day of a trial (uji coba), or {@code null} when it is no trial.
 */
public record PolicyVersionSummary(long id, LocalDate effectiveFrom, String decreeNumber, String createdBy,
                                   Instant createdAt, LocalDate trialEndsOn) {
}
