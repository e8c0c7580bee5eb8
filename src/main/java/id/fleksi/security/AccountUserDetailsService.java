package id.fleksi.security;

import id.fleksi.organisation.Organisation;
import id.fleksi.organisation.Placement;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Loads an account for signing in, with the unit-head role derived from the units the employee heads. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final Accounts accounts;
    private final Organisation organisation;
    private final Clock clock;

    AccountUserDetailsService(Accounts accounts, Organisation organisation, Clock clock) {
        this.accounts = accounts;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public FleksiUser loadUserByUsername(String username) {
        Account account = accounts.findByUsername(username.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        return user(account.getId(), account.getUsername(), account.getDisplayName(), account.getEmployeeId(),
                account.getRoles(), account.isMustChangePassword(), account.isLockedAt(clock.instant()),
                account.isEnabled(), account.getPasswordHash());
    }

    /**
     * The person an account stands for now: its own roles, and {@link Role#PIMPINAN_UNIT} while its employee heads
     * a unit. {@code password} is the hash for a sign-in with a password, {@code null} where none is checked.
     */
    FleksiUser user(long accountId, String username, String displayName, Long employeeId, Set<Role> accountRoles,
                    boolean mustChangePassword, boolean locked, boolean enabled, String password) {
        return user(accountId, username, displayName, employeeId, accountRoles, mustChangePassword, locked, enabled,
                password, Optional.ofNullable(employeeId).flatMap(organisation::placement));
    }

    /** The same, with the employee's placement already read (empty for an account without an employee). */
    FleksiUser user(long accountId, String username, String displayName, Long employeeId, Set<Role> accountRoles,
                    boolean mustChangePassword, boolean locked, boolean enabled, String password,
                    Optional<Placement> placement) {
        List<String> headed = placement.map(Placement::unitsHeaded).orElse(List.of());
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(accountRoles);
        if (!headed.isEmpty()) {
            roles.add(Role.PIMPINAN_UNIT);
        }
        return new FleksiUser(accountId, username, displayName, employeeId,
                placement.map(Placement::unitName).orElse(null), roles, headed, mustChangePassword, locked, enabled,
                password);
    }
}
