package id.fleksi.policy;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

import id.fleksi.rules.WorkWeek;
import id.fleksi.shared.InstitutionTime;

/**
 * When employees submit next week's plan: a weekday and a time (WIB) of the current ISO week. Weekly plans
 * are approved by unit heads before the week starts; the deadline is the institution's own arrangement, so
 * no article of the regulation is cited for it.
 */
public record PlanDeadline(DayOfWeek weekday, @JsonFormat(pattern = "HH:mm") LocalTime time) {

    /** Friday 16.00: the end of the last working day's core hours, with the weekend left for the heads. */
    public static final PlanDeadline DEFAULT = new PlanDeadline(WorkWeek.LAST_WORKING_DAY, LocalTime.of(16, 0));

    public PlanDeadline {
        Objects.requireNonNull(weekday, "weekday");
        time = Objects.requireNonNull(time, "time").truncatedTo(ChronoUnit.MINUTES);
    }

    /**
     * The deadline for the plans of the ISO week after the one that holds {@code day}, in the institution's
     * time zone.
     */
    public ZonedDateTime inWeekOf(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return LocalDateTime.of(monday.plusDays(weekday.getValue() - 1L), time).atZone(InstitutionTime.ZONE);
    }
}
