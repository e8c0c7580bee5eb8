package id.fleksi.planning;

import id.fleksi.rules.WorkWeek;

import java.time.LocalDate;

/**
 * A week of the signed-in employee: its Monday and ISO week, and their plan of it if there is one.
 *
 * @param status the plan's status, {@code null} when no plan was submitted
 * @param planId the plan, {@code null} when none
 */
public record OwnWeek(LocalDate monday, String isoWeek, PlanStatus status, Long planId) {

    public LocalDate friday() {
        return WorkWeek.lastWorkingDay(monday);
    }
}
