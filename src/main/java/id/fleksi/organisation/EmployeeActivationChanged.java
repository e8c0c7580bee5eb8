package id.fleksi.organisation;

/**
 * An employee was deactivated or activated again, published inside the transaction that changes them:
 * whoever keeps sign-in accounts disables or enables theirs, and on deactivation ends their sessions.
 */
public record EmployeeActivationChanged(long employeeId, String nip, boolean active) {
}
