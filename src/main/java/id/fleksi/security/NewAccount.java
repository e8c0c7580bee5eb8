package id.fleksi.security;

import java.util.Set;

/**
 * An account to create.
 *
 * @param employeeNip the NIP of the employee the account belongs to, or {@code null}
 * @param roles       stored roles; the unit-head role is never given, it follows from heading a unit
 */
public record NewAccount(String username, String displayName, String employeeNip, Set<Role> roles,
                         String password, boolean mustChangePassword) {
}
