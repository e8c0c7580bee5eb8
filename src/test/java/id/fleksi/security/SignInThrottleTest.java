package id.fleksi.security;

import id.fleksi.IntegrationTest;
import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The limits of the production configuration, on buckets of their own and a clock the test moves: the wait grows
 * as failures go on, one address is limited whatever accounts it tries, and what is kept of a bucket is gone once
 * it is full again.
 */
class SignInThrottleTest extends IntegrationTest {

    private static final SecuritySettings.SignInLimits PRODUCTION =
            new SecuritySettings.SignInLimits("5/5m, 20/1d", "60/10m, 300/1d", "100/1h, 500/1d", "600/1m");

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    private final AtomicLong now = new AtomicLong(Duration.ofDays(20_000).toNanos());
    private SignInThrottle throttle;

    @BeforeEach
    void ownBuckets() {
        jdbc.sql("drop table if exists sign_in_bucket_test").update();
        jdbc.sql("create table sign_in_bucket_test (like sign_in_bucket including all)").update();
        throttle = new SignInThrottle(dataSource, "sign_in_bucket_test", PRODUCTION, new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return now.get();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        });
    }

    @Test
    void theWaitGrowsAsTheFailuresGoOn() {
        for (int failure = 1; failure <= 5; failure++) {
            assertThat(fail("10.2.0.1", "198003132015011001").allowed()).isTrue();
        }
        SignInThrottle.Attempt sixth = fail("10.2.0.1", "198003132015011001");
        assertThat(sixth.allowed()).isFalse();
        assertThat(sixth.refusedBy()).isEqualTo(SignInThrottle.Scope.ACCOUNT_AT_ADDRESS);
        assertThat(sixth.retryAfterSeconds()).isBetween(55L, 60L);

        // one attempt a minute comes back, up to twenty a day
        for (int failure = 6; failure <= 20; failure++) {
            advance(Duration.ofMinutes(1));
            assertThat(fail("10.2.0.1", " 198003132015011001 ").allowed()).as("failure " + failure)
                    .isTrue();
        }
        advance(Duration.ofMinutes(1));
        SignInThrottle.Attempt afterTwenty = fail("10.2.0.1", "198003132015011001");
        assertThat(afterTwenty.allowed()).isFalse();
        assertThat(afterTwenty.retryAfterSeconds()).isGreaterThan(Duration.ofMinutes(30).toSeconds());

        // another address is not held back
        assertThat(fail("10.2.0.2", "198003132015011001").allowed()).isTrue();
    }

    @Test
    void oneAddressIsLimitedWhateverAccountsItTries() {
        for (int account = 1; account <= 60; account++) {
            assertThat(fail("10.2.0.3", "pegawai-" + account).allowed()).isTrue();
        }
        SignInThrottle.Attempt next = fail("10.2.0.3", "pegawai-61");
        assertThat(next.refusedBy()).isEqualTo(SignInThrottle.Scope.ADDRESS);
        assertThat(next.retryAfterSeconds()).isBetween(1L, 10L);
        // a refused attempt takes nothing from its account
        assertThat(fail("10.2.0.4", "pegawai-61").allowed()).isTrue();
    }

    @Test
    void aSuccessGivesItsAttemptBackAndClearsTheFailuresAtItsAddress() {
        for (int failure = 1; failure <= 4; failure++) {
            fail("10.2.0.5", "kepala");
        }
        throttle.succeeded(throttle.attempt("10.2.0.5", "kepala"));
        for (int failure = 1; failure <= 5; failure++) {
            assertThat(fail("10.2.0.5", "kepala").allowed()).as("failure " + failure).isTrue();
        }
        assertThat(fail("10.2.0.5", "kepala").allowed()).isFalse();
    }

    @Test
    void aBucketIsForgottenOnceItIsFullAgainAndKeepsNeitherAddressNorName() {
        // asking alone keeps a row of each bucket asked, full
        fail("10.2.0.6", "pegawai");
        assertThat(jdbc.sql("select count(*) from sign_in_bucket_test").query(Long.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from sign_in_bucket_test where id like '%10.2%' or id like '%pegawai%'")
                .query(Long.class).single()).isZero();
        advance(Duration.ofDays(2));
        fail("10.2.0.7", "lain");
        for (int i = 0; i < 256; i++) {
            fail("10.2.0.8", "lain-" + (i % 3));
        }
        assertThat(jdbc.sql("select count(*) from sign_in_bucket_test where expires_at < :now")
                .param("now", Duration.ofNanos(now.get()).toMillis()).query(Long.class).single()).isZero();
    }

    @Test
    void limitsAreReadAsCountsPerPeriod() {
        assertThat(SignInThrottle.configuration("x", "5/5m, 20/1d").getBandwidths()).hasSize(2);
        assertThatThrownBy(() -> SignInThrottle.configuration("per-address", "60 per 10m"))
                .hasMessageContaining("fleksi.security.sign-in-limits.per-address");
    }

    /** An attempt that, when let through, fails. */
    private SignInThrottle.Attempt fail(String address, String username) {
        SignInThrottle.Attempt attempt = throttle.attempt(address, username);
        if (attempt.allowed()) {
            throttle.failed(attempt);
        }
        return attempt;
    }

    @Test
    void askingTakesNothingSoSuccessfulSignInsMayComeAtOnce() {
        for (int call = 1; call <= 20; call++) {
            SignInThrottle.Attempt attempt = throttle.attempt("10.2.0.9", "kepala");
            assertThat(attempt.allowed()).as("call " + call).isTrue();
        }
    }

    @Test
    void failuresLetThroughTogetherAllPayAndTheWaitCoversTheDebt() {
        List<SignInThrottle.Attempt> together = new ArrayList<>();
        for (int guess = 1; guess <= 8; guess++) {
            together.add(throttle.attempt("10.2.0.10", "ppk"));
        }
        together.forEach(attempt -> throttle.failed(attempt));
        SignInThrottle.Attempt next = throttle.attempt("10.2.0.10", "ppk");
        assertThat(next.refusedBy()).isEqualTo(SignInThrottle.Scope.ACCOUNT_AT_ADDRESS);
        // eight failures against five: the bucket is three in debt, a fourth token is a minute further
        assertThat(next.retryAfterSeconds()).isBetween(Duration.ofMinutes(4).toSeconds() - 5,
                Duration.ofMinutes(4).toSeconds());
    }

    private void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }
}
