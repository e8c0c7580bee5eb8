package id.fleksi.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A person replaces their own password, proving the current one. */
@Service
class PasswordChange {

    private static final Logger log = LoggerFactory.getLogger(PasswordChange.class);

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final SecuritySettings settings;

    PasswordChange(Accounts accounts, PasswordEncoder encoder, SecuritySettings settings) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.settings = settings;
    }

    /** The problem with the request as a message key, or empty when the password was changed. */
    @Transactional
    Optional<FieldRefusal> change(FleksiUser user, String currentPassword, String newPassword) {
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
        account.changePassword(encoder.encode(newPassword));
        log.atInfo().addKeyValue("event", "password.changed").addKeyValue("username", account.getUsername())
                .log("Password changed by {}", account.getUsername());
        return Optional.empty();
    }

    int minLength() {
        return settings.minPasswordLength();
    }
}
