package id.fleksi.security;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sign-in throttling: before a password is hashed, the attempt asks four buckets (the account at the client's
 * address, the address, the account, all sign-ins), each with the limits of {@link SecuritySettings.SignInLimits};
 * when one is empty the attempt is refused with the time until a token comes back, and the password is not
 * looked at. Only a failure takes a token from each. Nobody is locked out: an attacker at one address empties the buckets of that address, while the owner
 * elsewhere signs in as usual; and even an emptied bucket refills as time passes.
 * <p>
 * The buckets live in PostgreSQL (Bucket4j, one row per bucket taken {@code FOR UPDATE}), so the counts are exact
 * under parallel attempts and shared by every instance. The keys are SHA-256 digests of the address and the
 * username, and a bucket's row is deleted once it would be full again.
 */
@Component
class SignInThrottle {

    /** One of the four buckets an attempt draws on, in the order they are asked. */
    enum Scope {
        ACCOUNT_AT_ADDRESS, ADDRESS, ACCOUNT, OVERALL
    }

    /** What an attempt took, or, when refused, how long to wait. */
    record Attempt(List<BucketProxy> buckets, long retryAfterSeconds, Scope refusedBy) {

        boolean allowed() {
            return refusedBy == null;
        }
    }

    private static final int CLEAN_EVERY = 256;
    private static final int CLEAN_AT_MOST = 1_000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final BucketConfiguration perAccountAtAddress;
    private final BucketConfiguration perAddress;
    private final BucketConfiguration perAccount;
    private final BucketConfiguration overall;
    private final AtomicInteger attempts = new AtomicInteger();

    @Autowired
    SignInThrottle(DataSource dataSource, SecuritySettings settings) {
        this(dataSource, "sign_in_bucket", settings.signInLimits(), TimeMeter.SYSTEM_MILLISECONDS);
    }

    SignInThrottle(DataSource dataSource, String table, SecuritySettings.SignInLimits limits, TimeMeter time) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(table).idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .clientClock(time)
                .build();
        this.perAccountAtAddress = configuration("per-account-at-address", limits.perAccountAtAddress());
        this.perAddress = configuration("per-address", limits.perAddress());
        this.perAccount = configuration("per-account", limits.perAccount());
        this.overall = configuration("overall", limits.overall());
    }

    /**
     * Asks every bucket of this attempt whether it may go ahead; refused when one of them is empty (or in debt).
     * Asking takes nothing: a successful sign-in costs no token, so an API client may sign in on many calls at
     * once.
     *
     * @param address  the client's address
     * @param username what was typed as NIP or username, whether or not an account has it
     */
    Attempt attempt(String address, String username) {
        if (attempts.incrementAndGet() % CLEAN_EVERY == 0) {
            buckets.removeExpired(CLEAN_AT_MOST);
        }
        String account = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        List<BucketProxy> asked = new ArrayList<>(Scope.values().length);
        for (Scope scope : Scope.values()) {
            BucketProxy bucket = bucket(scope, address, account);
            EstimationProbe probe = bucket.estimateAbilityToConsume(1);
            if (!probe.canBeConsumed()) {
                long nanos = probe.getNanosToWaitForRefill();
                long seconds = Math.max(1, nanos / 1_000_000_000L + (nanos % 1_000_000_000L == 0 ? 0 : 1));
                return new Attempt(List.of(), seconds, scope);
            }
            asked.add(bucket);
        }
        return new Attempt(List.copyOf(asked), 0, null);
    }

    /**
     * A failed sign-in takes a token from every bucket of its attempt, atomically, even beyond empty: guesses sent
     * in parallel all pay, and a bucket in debt makes the next attempt wait until it is repaid.
     */
    void failed(Attempt attempt) {
        attempt.buckets().forEach(bucket -> bucket.consumeIgnoringRateLimits(1));
    }

    /**
     * A successful sign-in clears the failures of the account at its address (those of the address and of the
     * account from everywhere stay: an attacker cannot clear them by signing in to an account of their own).
     */
    void succeeded(Attempt attempt) {
        attempt.buckets().get(Scope.ACCOUNT_AT_ADDRESS.ordinal()).reset();
    }

    private BucketProxy bucket(Scope scope, String address, String account) {
        return switch (scope) {
            case ACCOUNT_AT_ADDRESS -> buckets.builder().build(key(scope, address + "\n" + account),
                    () -> perAccountAtAddress);
            case ADDRESS -> buckets.builder().build(key(scope, address), () -> perAddress);
            case ACCOUNT -> buckets.builder().build(key(scope, account), () -> perAccount);
            case OVERALL -> buckets.builder().build(key(scope, ""), () -> overall);
        };
    }

    private static String key(Scope scope, String value) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest((scope + ":" + value).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code "5/5m, 20/1d"}: five per five minutes and twenty a day, each refilled evenly over its period. */
    static BucketConfiguration configuration(String name, String limits) {
        var builder = BucketConfiguration.builder();
        for (String limit : limits.split(",")) {
            String[] parts = limit.strip().split("/");
            if (parts.length != 2) {
                throw new IllegalArgumentException("fleksi.security.sign-in-limits." + name
                        + ": expected limits such as \"5/5m, 20/1d\", was \"" + limits + "\"");
            }
            long count = Long.parseLong(parts[0].strip());
            Duration period = DurationStyle.detectAndParse(parts[1].strip());
            builder.addLimit(bandwidth -> bandwidth.capacity(count).refillGreedy(count, period));
        }
        return builder.build();
    }
}
