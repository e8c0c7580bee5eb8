package id.fleksi.shared.database;

import id.fleksi.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connection pool holds enough for every request thread to take two connections at once (its own and the new
 * transaction of a listener after its commit, {@code shared.events.AfterCommit}) and for the scheduled jobs
 * besides; with fewer, concurrent requests each hold one and wait for a second until they fail.
 */
class ConnectionBudgetTest extends IntegrationTest {

    /** Reminders, backups, the event registry's republication, the session cleanup, a spare. */
    private static final int BACKGROUND = 6;

    @Autowired
    Environment environment;

    @Test
    void everyRequestThreadCanHoldTwoConnectionsBesideTheBackgroundJobs() {
        int threads = environment.getRequiredProperty("server.tomcat.threads.max", Integer.class);
        int pool = environment.getRequiredProperty("spring.datasource.hikari.maximum-pool-size", Integer.class);
        assertThat(pool).as("connections for %d request threads", threads).isGreaterThanOrEqualTo(2 * threads + BACKGROUND);
    }
}
