package id.fleksi.planning;

/** Where a weekly plan stands: submitted and waiting for the unit head, approved, or rejected with a reason. */
public enum PlanStatus {
    SUBMITTED, APPROVED, REJECTED
}
