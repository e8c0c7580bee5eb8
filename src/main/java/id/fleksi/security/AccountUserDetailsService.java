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
        Optional<Placement> placement = Optional.ofNullable(account.getEmployeeId())
                .flatMap(organisation::placement);
        List<String> headed = placement.map(Placement::unitsHeaded).orElse(List.of());
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(account.getRoles());
        if (!headed.isEmpty()) {
            roles.add(Role.PIMPINAN_UNIT);
        }
        return new FleksiUser(account.getId(), account.getUsername(), account.getDisplayName(),
                account.getEmployeeId(), placement.map(Placement::unitName).orElse(null), roles, headed,
                account.isMustChangePassword(), account.isLockedAt(clock.instant()), account.isEnabled(),
                account.getPasswordHash());
    }
}
