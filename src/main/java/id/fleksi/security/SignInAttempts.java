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
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Counts failed sign-ins and locks an account after too many in a row, for the pages and the API alike
 * (both authenticate through the same provider). Every sign-in, failure and lock is logged; the password
 * never is.
 */
@Component
class SignInAttempts {

    private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);

    /** How old the noted last sign-in may get before a new sign-in writes it again. */
    private static final Duration LAST_LOGIN_PRECISION = Duration.ofMinutes(1);

    private final Accounts accounts;
    private final SecuritySettings settings;
    private final Clock clock;

    SignInAttempts(Accounts accounts, SecuritySettings settings, Clock clock) {
        this.accounts = accounts;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = normalised(event.getAuthentication().getName());
        Instant lockUntil = clock.instant().truncatedTo(ChronoUnit.MILLIS).plus(settings.lockDuration());
        accounts.recordFailure(username, settings.maxFailedLogins(), lockUntil);
        boolean lockedNow = accounts.findByUsername(username)
                .map(Account::getLockedUntil).filter(lockUntil::equals).isPresent();
        log.atWarn().addKeyValue("event", "login.failed").addKeyValue("username", username)
                .log("Sign-in failed for {}", username);
        if (lockedNow) {
            log.atWarn().addKeyValue("event", "account.locked").addKeyValue("username", username)
                    .addKeyValue("lockedUntil", lockUntil)
                    .log("Account {} locked until {} after {} failed sign-ins", username, lockUntil,
                            settings.maxFailedLogins());
        }
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
