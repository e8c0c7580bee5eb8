package id.fleksi.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A person replaces their own password, proving the current one; a new password too common to keep anyone out is
 * refused, and the change signs the account out of every other session.
 */
@Service
class PasswordChange {

    private static final Logger log = LoggerFactory.getLogger(PasswordChange.class);

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final SecuritySettings settings;
    private final CommonPasswords commonPasswords;
    private final AccountSessions sessions;

    PasswordChange(Accounts accounts, PasswordEncoder encoder, SecuritySettings settings,
                   CommonPasswords commonPasswords, AccountSessions sessions) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.settings = settings;
        this.commonPasswords = commonPasswords;
        this.sessions = sessions;
    }

    /**
     * The problem with the request as a message key, or empty when the password was changed and every other session
     * of the account ended ({@code currentSession}, the session making the change, if any, is kept).
     */
    @Transactional
    Optional<FieldRefusal> change(FleksiUser user, String currentPassword, String newPassword, String currentSession) {
        Account account = accounts.findByUsername(user.getUsername()).orElseThrow();
        if (currentPassword == null || !encoder.matches(currentPassword, account.getPasswordHash())) {
            return Optional.of(new FieldRefusal("currentPassword", "password.error.current"));
        }
        if (newPassword == null || newPassword.length() < settings.minPasswordLength()) {
            return Optional.of(new FieldRefusal("newPassword", "password.error.short"));
        }
        // bcrypt reads 72 bytes and refuses more
        if (newPassword.getBytes(StandardCharsets.UTF_8).length > 72) {
            return Optional.of(new FieldRefusal("newPassword", "password.error.long"));
        }
        if (encoder.matches(newPassword, account.getPasswordHash())) {
            return Optional.of(new FieldRefusal("newPassword", "password.error.same"));
        }
        if (newPassword.equalsIgnoreCase(account.getUsername())) {
            return Optional.of(new FieldRefusal("newPassword", "password.error.username"));
        }
        if (commonPasswords.guessable(newPassword)) {
            return Optional.of(new FieldRefusal("newPassword", "password.error.common"));
        }
        account.changePassword(encoder.encode(newPassword));
        int ended = sessions.end(account.getUsername(), currentSession);
        log.atInfo().addKeyValue("event", "password.changed").addKeyValue("username", account.getUsername())
                .addKeyValue("sessionsEnded", ended)
                .log("Password changed by {}; {} other session(s) ended", account.getUsername(), ended);
        return Optional.empty();
    }

    int minLength() {
        return settings.minPasswordLength();
    }
}
