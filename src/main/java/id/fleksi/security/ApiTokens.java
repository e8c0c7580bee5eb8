package id.fleksi.security;

import id.fleksi.audit.AuditTrail;
import id.fleksi.organisation.Placement;
import id.fleksi.shared.InstitutionTime;
import id.fleksi.shared.SecretTokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tokens of the JSON API. An account that has signed in with its password makes a token and sends it on later
 * calls instead of the password, so that a call costs a lookup of a hash rather than a bcrypt check. Only the
 * SHA-256 hash is kept; a token expires, its owner revokes it, and each call is judged with the account as it is
 * at that moment (a deactivated account, a lost or gained headship take effect at once).
 */
@Service
public class ApiTokens {

    /** Days a token lasts when none are asked for, and the most that may be asked. */
    static final int DEFAULT_DAYS = 90;
    static final int MAX_DAYS = 365;
    /** Tokens an account may hold at once (not revoked, not expired). */
    static final int MAX_ACTIVE = 20;
    static final int MAX_NAME = 100;
    /** The last use is noted at most this often, so that calls do not each write. */
    private static final Duration USE_NOTED_EVERY = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final AccountUserDetailsService accounts;
    private final AuditTrail audit;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, AccountUserDetailsService accounts, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** A token as its owner sees it later: never the secret. */
    public record TokenView(long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt) {

        public boolean expiredAt(Instant now) {
            return !expiresAt.isAfter(now);
        }
    }

    /** A token just made: the secret is in here once and nowhere else. */
    public record CreatedToken(long id, String name, String token, Instant expiresAt) {
    }

    /** Checks a request for a token; empty when it may be made. */
    Optional<FieldRefusal> check(String name, Integer expiresInDays, long accountId) {
        if (name != null && name.strip().length() > MAX_NAME) {
            return Optional.of(new FieldRefusal("name", "token.problem.nameTooLong"));
        }
        if (expiresInDays != null && (expiresInDays < 1 || expiresInDays > MAX_DAYS)) {
            return Optional.of(new FieldRefusal("expiresInDays", "token.problem.days"));
        }
        if (active(accountId) >= MAX_ACTIVE) {
            return Optional.of(new FieldRefusal("name", "token.problem.tooMany"));
        }
        return Optional.empty();
    }

    /** Revokes every token the account still holds (its password was reset); how many. */
    int revokeAll(long accountId) {
        return jdbc.sql("update api_token set revoked_at = :now where account_id = :account and revoked_at is null")
                .param("now", Timestamp.from(clock.instant())).param("account", accountId).update();
    }

    /** Makes a token for the signed-in account after {@link #check} found nothing; audited. */
    @Transactional
    public CreatedToken create(FleksiUser owner, String name, Integer expiresInDays) {
        String label = name == null || name.isBlank() ? "API" : name.strip();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(Duration.ofDays(expiresInDays == null ? DEFAULT_DAYS : expiresInDays));
        String secret = SecretTokens.generate();
        long id = jdbc.sql("""
                        insert into api_token (account_id, name, token_sha256, created_at, expires_at)
                        values (:account, :name, :hash, :now, :expires) returning id""")
                .param("account", owner.accountId()).param("name", label).param("hash", SecretTokens.sha256(secret))
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(expiresAt))
                .query(Long.class).single();
        audit.record(owner, "API_TOKEN_CREATED", "API_TOKEN", owner.username() + "/" + id, null,
                description(label, expiresAt));
        return new CreatedToken(id, label, secret, expiresAt);
    }

    /** The account's tokens that are not revoked, newest first (at most {@link #MAX_ACTIVE} are active). */
    @Transactional(readOnly = true)
    public List<TokenView> of(long accountId) {
        return jdbc.sql("""
                        select id, name, created_at, expires_at, last_used_at from api_token
                        where account_id = :account and revoked_at is null
                        order by created_at desc, id desc limit 100""")
                .param("account", accountId)
                .query((rs, n) -> new TokenView(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4).toInstant(), Optional.ofNullable(rs.getTimestamp(5))
                        .map(Timestamp::toInstant).orElse(null)))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<TokenView> find(long accountId, long id) {
        return of(accountId).stream().filter(token -> token.id() == id).findFirst();
    }

    /** Revokes one of the owner's tokens; false when the owner has no such token (anyone else's included). */
    @Transactional
    public boolean revoke(FleksiUser owner, long id) {
        Optional<TokenView> token = find(owner.accountId(), id);
        if (token.isEmpty()) {
            return false;
        }
        jdbc.sql("update api_token set revoked_at = :now where id = :id and account_id = :account")
                .param("now", Timestamp.from(clock.instant())).param("id", id).param("account", owner.accountId())
                .update();
        audit.record(owner, "API_TOKEN_REVOKED", "API_TOKEN", owner.username() + "/" + id,
                description(token.get().name(), token.get().expiresAt()), null);
        return true;
    }

    /**
     * The account a token stands for now, read afresh with the token in one statement (no password to check): its
     * roles, its employee's unit and the units the employee heads today (organisation's published views), as a sign-in
     * reads them. Empty for a token that is malformed, unknown, revoked or expired. No transaction: one statement,
     * and a noted use at most once a minute.
     */
    public Optional<Holder> authenticate(String secret) {
        if (secret == null || !SecretTokens.FORM.matcher(secret).matches()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<Presented> token = jdbc.sql("""
                        select t.id, t.last_used_at, a.id, a.username, a.display_name, a.employee_id,
                               a.must_change_password, a.locked_until > :now, a.enabled,
                               array(select r.role from account_role r where r.account_id = a.id),
                               u.name,
                               array(select hu.code from unit_directory hu
                                     where hu.id in (select h.unit_id from unit_authority h
                                                     where h.employee_id = e.id
                                                       and :today between h.in_force_from and h.in_force_until)
                                     order by hu.code)
                        from api_token t join account a on a.id = t.account_id
                        left join employee_directory e on e.id = a.employee_id
                        left join unit_directory u on u.id = e.unit_id
                        where t.token_sha256 = :hash and t.revoked_at is null and t.expires_at > :now""")
                .param("hash", SecretTokens.sha256(secret)).param("now", Timestamp.from(now))
                .param("today", InstitutionTime.today(clock))
                .query((rs, n) -> new Presented(rs.getLong(1),
                        Optional.ofNullable(rs.getTimestamp(2)).map(Timestamp::toInstant).orElse(null),
                        accounts.user(rs.getLong(3), rs.getString(4), rs.getString(5), rs.getObject(6, Long.class),
                                roles((String[]) rs.getArray(10).getArray()), rs.getBoolean(7), rs.getBoolean(8),
                                rs.getBoolean(9), null,
                                rs.getString(11) == null ? Optional.empty() : Optional.of(new Placement(
                                        rs.getString(11), List.of((String[]) rs.getArray(12).getArray()))))))
                .optional();
        if (token.isEmpty()) {
            return Optional.empty();
        }
        if (token.get().lastUsedAt() == null || token.get().lastUsedAt().isBefore(now.minus(USE_NOTED_EVERY))) {
            jdbc.sql("update api_token set last_used_at = :now where id = :id")
                    .param("now", Timestamp.from(now)).param("id", token.get().id()).update();
        }
        return Optional.of(new Holder(token.get().id(), token.get().user()));
    }

    private static Set<Role> roles(String[] names) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(names).map(Role::valueOf).forEach(roles::add);
        return roles;
    }

    private record Presented(long id, Instant lastUsedAt, FleksiUser user) {
    }

    /** Who presented a token, and which. */
    public record Holder(long tokenId, FleksiUser user) {
    }

    private long active(long accountId) {
        return jdbc.sql("""
                        select count(*) from api_token
                        where account_id = :account and revoked_at is null and expires_at > :now""")
                .param("account", accountId).param("now", Timestamp.from(clock.instant())).query(Long.class).single();
    }

    private static Map<String, Object> description(String name, Instant expiresAt) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("expiresAt", expiresAt.toString());
        return state;
    }
}
