package id.fleksi.planning;

/**
 * An employee submitted their plan of a week (a new plan, or one that replaces a plan not yet approved). Published
 * in the submission's transaction.
 */
public record PlanSubmitted(long planId, long employeeId, String nip, String isoWeek) {
}
