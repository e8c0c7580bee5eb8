package id.fleksi.organisation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An acting head (Plt/Plh) of a unit for a period. {@code endedOn} is set when it was ended early: from that
 * day on it is no longer in force.
 */
public record ActingHead(long id, String unitCode, EmployeeRef employee, ActingHeadKind kind, LocalDate startsOn,
                         LocalDate endsOn, String letter, String createdBy, Instant createdAt, LocalDate endedOn,
                         String endedBy) {

    /** The last day it is (or was) in force; before {@link #startsOn()} when it was ended before it began. */
    public LocalDate lastDay() {
        return endedOn == null || endedOn.isAfter(endsOn) ? endsOn : endedOn.minusDays(1);
    }

    public Status statusOn(LocalDate today) {
        if (lastDay().isBefore(today) || lastDay().isBefore(startsOn)) {
            return Status.PAST;
        }
        return startsOn.isAfter(today) ? Status.FUTURE : Status.CURRENT;
    }

    /** Whether it may still be ended: it is in force or has yet to begin. */
    public boolean endableOn(LocalDate today) {
        return statusOn(today) != Status.PAST;
    }

    public enum Status {
        CURRENT, FUTURE, PAST
    }
}
