package id.fleksi.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Sign-in settings.
 *
 * @param maxFailedLogins   failed sign-ins in a row after which the account is locked
 * @param lockDuration      how long a locked account stays locked
 * @param minPasswordLength the shortest password accepted
 * @param initialPpk        the PPK account created on the first start against an empty database
 */
@ConfigurationProperties("fleksi.security")
record SecuritySettings(
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("15m") Duration lockDuration,
        @DefaultValue("8") int minPasswordLength,
        InitialPpk initialPpk) {

    /** Given on the first start of a configured installation; the password must be changed at first sign-in. */
    record InitialPpk(String username, String password, @DefaultValue("PPK") String name) {
    }
}
