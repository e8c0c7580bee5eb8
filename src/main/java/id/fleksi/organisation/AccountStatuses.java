package id.fleksi.organisation;

import java.time.Instant;
import java.util.Optional;

/**
 * What the employee pages show of an employee's sign-in account. The module that keeps accounts implements
 * it (it depends on the organisation, never the other way round); without one, the pages show no status.
 */
public interface AccountStatuses {

    Optional<AccountStatus> of(long employeeId);

    /** An account as HR sees it: no password, no hash. */
    record AccountStatus(String username, boolean enabled, boolean mustChangePassword, boolean locked,
                         Instant lastSignIn) {
    }
}
