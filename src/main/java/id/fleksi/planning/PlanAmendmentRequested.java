package id.fleksi.planning;

/**
 * An employee asked to change their approved plan of a week; the head of the plan's unit decides. Published in the
 * request's transaction.
 *
 * @param unitId the plan's unit, whose head (or acting head) is told
 * @param reason the employee's reason, as the head reads it
 */
public record PlanAmendmentRequested(long requestId, long planId, long employeeId, String employeeName, long unitId,
                                     String isoWeek, String reason) {
}
