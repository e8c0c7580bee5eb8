package id.fleksi.security;

import id.fleksi.audit.AuditTrail;
import id.fleksi.organisation.EmployeeProfile;
import id.fleksi.organisation.Organisation;
import id.fleksi.shared.SecretTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HR gives an employee who forgot their password a one-time initial password: generated here, shown to HR once,
 * kept only as a hash, to be changed at the employee's next sign-in; the account's sessions end, its API tokens
 * are revoked and the reset is audited. An account holding the PPK's role is not reset this way, nor HR's own.
 */
@Service
class PasswordResets {

    private static final Logger log = LoggerFactory.getLogger(PasswordResets.class);

    private final Accounts accounts;
    private final Organisation organisation;
    private final PasswordEncoder encoder;
    private final ApiTokens tokens;
    private final AuditTrail audit;
    private final AccountSessions sessions;
    private final JdbcClient jdbc;

    PasswordResets(Accounts accounts, Organisation organisation, PasswordEncoder encoder, ApiTokens tokens,
                   AuditTrail audit, AccountSessions sessions, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.organisation = organisation;
        this.encoder = encoder;
        this.tokens = tokens;
        this.audit = audit;
        this.sessions = sessions;
    }

    /** Whose password HR would reset, and whether it may be: empty when the NIP names no employee. */
    @Transactional(readOnly = true)
    public Optional<Target> target(FleksiUser hr, String nip) {
        return organisation.employeeIdByNip(nip).flatMap(employeeId -> organisation.profile(employeeId)
                .map(profile -> target(hr, employeeId, profile)));
    }

    /**
     * Gives the employee's account a new initial password and returns it, to be shown once.
     *
     * @throws IllegalStateException when the target may not be reset (see {@link Target#refusal()})
     */
    @Transactional
    public String reset(FleksiUser hr, Target target) {
        if (target.refusal() != null) {
            throw new IllegalStateException(target.refusal());
        }
        Account account = accounts.findByEmployeeId(target.employeeId()).orElseThrow();
        String password = SecretTokens.initialPassword();
        giveInitial(account, password);
        int revoked = tokens.revokeAll(account.getId());
        int ended = sessions.end(account.getUsername(), null);
        audit.record(hr, "PASSWORD_RESET", "ACCOUNT", account.getUsername(), null,
                Map.of("mustChangePassword", true, "apiTokensRevoked", revoked, "sessionsEnded", ended));
        log.atInfo().addKeyValue("event", "password.reset").addKeyValue("username", account.getUsername())
                .addKeyValue("by", hr.getUsername())
                .log("Password of {} reset by {}; {} session(s) ended, {} token(s) revoked", account.getUsername(),
                        hr.getUsername(), ended, revoked);
        return password;
    }

    /**
     * The operator's reset of a PPK account at start ({@code fleksi.security.initial-ppk.reset}): the given
     * password becomes a new initial one, every session and token of the account ends; audited as the operator.
     * An account of that name without the PPK's role is left alone.
     */
    @Transactional
    public void resetPpk(String username, String password) {
        Optional<Account> found = accounts.findByUsername(username.toLowerCase(Locale.ROOT))
                .filter(account -> account.getRoles().contains(Role.PPK));
        if (found.isEmpty()) {
            log.warn("fleksi.security.initial-ppk.reset names '{}', which is no PPK account: nothing was reset",
                    username);
            return;
        }
        Account account = found.get();
        giveInitial(account, password);
        int revoked = tokens.revokeAll(account.getId());
        int ended = sessions.end(account.getUsername(), null);
        audit.record("operator", "PASSWORD_RESET", "ACCOUNT", account.getUsername(), null,
                Map.of("mustChangePassword", true, "apiTokensRevoked", revoked, "sessionsEnded", ended));
        log.atWarn().addKeyValue("event", "password.reset").addKeyValue("username", account.getUsername())
                .addKeyValue("by", "operator")
                .log("Password of the PPK account {} reset at start; remove FLEKSI_SECURITY_INITIAL_PPK_RESET now",
                        account.getUsername());
    }

    private Target target(FleksiUser hr, long employeeId, EmployeeProfile profile) {
        Optional<Account> account = accounts.findByEmployeeId(employeeId);
        String refusal = account.isEmpty() ? "password.reset.refused.noAccount"
                : !account.get().isEnabled() ? "password.reset.refused.disabled"
                : account.get().getRoles().contains(Role.PPK) ? "password.reset.refused.ppk"
                : account.get().getUsername().equals(hr.getUsername()) ? "password.reset.refused.own"
                : null;
        return new Target(employeeId, profile.nip(), profile.name(),
                account.map(Account::getUsername).orElse(null), refusal);
    }

    /** A one-time initial password: to be changed at the next sign-in; earlier failures forgotten. */
    private void giveInitial(Account account, String password) {
        jdbc.sql("""
                        update account set password_hash = :hash, must_change_password = true, failed_logins = 0,
                               locked_until = null, version = version + 1
                        where id = :id""")
                .param("hash", encoder.encode(password)).param("id", account.getId()).update();
    }

    /**
     * An employee whose password HR may reset; {@code refusal} is the message key saying why not (no account, a
     * disabled one, the PPK's, HR's own), {@code null} when it may.
     */
    public record Target(long employeeId, String nip, String name, String username, String refusal) {
    }
}
