package id.fleksi.security;

import id.fleksi.shared.Actor;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The signed-in person as the application knows them for the length of a session. The password hash is
 * held only while signing in and erased afterwards, so it never reaches the session store.
 */
public final class FleksiUser implements UserDetails, CredentialsContainer, Actor {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String username;
    private final String displayName;
    private final Long employeeId;
    private final String unitName;
    private final EnumSet<Role> roles;
    private final List<String> unitsHeaded;
    private final boolean mustChangePassword;
    private final boolean locked;
    private final boolean enabled;
    private String password;

    FleksiUser(long accountId, String username, String displayName, Long employeeId, String unitName,
               Set<Role> roles, List<String> unitsHeaded, boolean mustChangePassword, boolean locked,
               boolean enabled, String password) {
        this.accountId = accountId;
        this.username = username;
        this.displayName = displayName;
        this.employeeId = employeeId;
        this.unitName = unitName;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.unitsHeaded = List.copyOf(unitsHeaded);
        this.mustChangePassword = mustChangePassword;
        this.locked = locked;
        this.enabled = enabled;
        this.password = password;
    }

    FleksiUser withPasswordChanged() {
        return new FleksiUser(accountId, username, displayName, employeeId, unitName, roles, unitsHeaded, false,
                locked, enabled, null);
    }

    /**
     * The same person heading these units now: {@link Role#PIMPINAN_UNIT} follows, given or taken, while the
     * other roles stay as they were at sign-in.
     */
    FleksiUser withUnitsHeaded(List<String> headedNow) {
        EnumSet<Role> rolesNow = EnumSet.noneOf(Role.class);
        rolesNow.addAll(roles);
        rolesNow.remove(Role.PIMPINAN_UNIT);
        if (!headedNow.isEmpty()) {
            rolesNow.add(Role.PIMPINAN_UNIT);
        }
        return new FleksiUser(accountId, username, displayName, employeeId, unitName, rolesNow, headedNow,
                mustChangePassword, locked, enabled, null);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The first of the person's roles in the order PPK, KEPEGAWAIAN, PIMPINAN_UNIT, PEGAWAI. */
    public Role primaryRole() {
        return roles.stream().findFirst().orElse(Role.PEGAWAI);
    }

    @Override
    public long accountId() {
        return accountId;
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public boolean isPpk() {
        return has(Role.PPK);
    }

    @Override
    public boolean isHr() {
        return has(Role.KEPEGAWAIAN);
    }

    @Override
    public boolean isUnitHead() {
        return has(Role.PIMPINAN_UNIT);
    }

    @Override
    public boolean isEmployee() {
        return has(Role.PEGAWAI);
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public Long employeeId() {
        return employeeId;
    }

    public String unitName() {
        return unitName;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    /** Codes of the units the person heads now; not empty exactly when they hold {@link Role#PIMPINAN_UNIT}. */
    @Override
    public List<String> unitsHeaded() {
        return unitsHeaded;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(Role::authority).toList();
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        password = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FleksiUser user && user.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }

    @Override
    public String toString() {
        return "FleksiUser[" + username + ", " + roles + "]";
    }
}
