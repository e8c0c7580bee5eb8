package id.fleksi.planning;

import java.time.LocalDate;

/**
 * A head (or the PPK) approved or rejected an employee's plan of a week. Published in the decision's transaction.
 *
 * @param note      the reason of a rejection, or the note given with an approval; {@code null} when none
 * @param decidedBy the decider's name as people know it
 */
public record PlanDecided(long planId, long employeeId, String nip, String isoWeek, LocalDate monday,
                          boolean approved, String note, String decidedBy) {
}
