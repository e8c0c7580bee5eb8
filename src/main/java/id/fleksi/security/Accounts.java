package id.fleksi.security;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.time.Instant;
import java.util.Optional;

interface Accounts extends Repository<Account, Long> {

    Optional<Account> findByUsername(String username);

    Account save(Account account);

    boolean existsByRolesContains(Role role);

    /** Counts a failed sign-in and, at the limit, locks the account until the given time. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query(value = """
            update account
               set locked_until = case when failed_logins + 1 >= :limit then :lockUntil else locked_until end,
                   failed_logins = case when failed_logins + 1 >= :limit then 0 else failed_logins + 1 end
             where username = :username""", nativeQuery = true)
    int recordFailure(String username, int limit, Instant lockUntil);

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
