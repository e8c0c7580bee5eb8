package id.fleksi.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Counts failed sign-ins in a row, for the pages and the API alike (both authenticate through the same
 * provider); {@link SignInThrottle} slows them. Every sign-in and failure is logged; the password never is.
 */
@Component
class SignInAttempts {

    private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);

    /** How old the noted last sign-in may get before a new sign-in writes it again. */
    private static final Duration LAST_LOGIN_PRECISION = Duration.ofMinutes(1);

    private final Accounts accounts;
    private final Clock clock;

    SignInAttempts(Accounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = normalised(event.getAuthentication().getName());
        accounts.recordFailure(username);
        log.atWarn().addKeyValue("event", "login.failed").addKeyValue("username", username)
                .log("Sign-in failed for {}", username);
    }

    @EventListener
    public void refusedWhileLocked(AuthenticationFailureLockedEvent event) {
        String username = normalised(event.getAuthentication().getName());
        log.atWarn().addKeyValue("event", "login.locked").addKeyValue("username", username)
                .log("Sign-in refused for {}: the account is locked", username);
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        String username = normalised(event.getAuthentication().getName());
        Instant now = clock.instant();
        accounts.recordSuccess(username, now, now.minus(LAST_LOGIN_PRECISION));
        log.atInfo().addKeyValue("event", "login.succeeded").addKeyValue("username", username)
                .log("Signed in: {}", username);
    }

    private static String normalised(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
