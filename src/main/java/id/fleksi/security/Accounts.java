package id.fleksi.security;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.time.Instant;
import java.util.Optional;

interface Accounts extends Repository<Account, Long> {

    Optional<Account> findByUsername(String username);

    Account save(Account account);

    Optional<Account> findByEmployeeId(Long employeeId);

    boolean existsByRolesContains(Role role);

    /**
     * Counts a failed sign-in in a row. No account is locked for failures (anyone could lock anyone out): the
     * sign-in throttle slows the attempts instead.
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query(value = "update account set failed_logins = failed_logins + 1 where username = :username",
            nativeQuery = true)
    int recordFailure(String username);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    /**
     * Clears failures and notes the sign-in. API calls authenticate on every request, so the row is only
     * written when there is something to clear or the last sign-in noted is older than {@code staleBefore}.
     */
    @Query("""
            update Account a set a.failedLogins = 0, a.lockedUntil = null, a.lastLoginAt = :at
            where a.username = :username and (a.failedLogins > 0 or a.lockedUntil is not null
                  or a.lastLoginAt is null or a.lastLoginAt < :staleBefore)""")
    void recordSuccess(String username, Instant at, Instant staleBefore);
}
