package id.fleksi.planning;

/**
 * The head decided an employee's request to change their approved plan. Published in the decision's transaction.
 *
 * @param approved  whether the plan now has the days asked for
 * @param note      the head's note (may be null when approved)
 * @param decidedBy the head's name as people know it
 */
public record PlanAmendmentDecided(long requestId, long planId, long employeeId, String isoWeek, boolean approved,
                                   String note, String decidedBy) {
}
