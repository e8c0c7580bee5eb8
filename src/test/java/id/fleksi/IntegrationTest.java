package id.fleksi;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.nio.file.Path;

/**
 * The base of every test that needs the application: one Spring context and one real PostgreSQL for the
 * whole test run. Where a Docker engine answers, Testcontainers' PostgreSQL 17; otherwise the embedded
 * PostgreSQL the application itself starts, in a fresh data directory. Both carry the demo institution.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
public abstract class IntegrationTest {

    private static PostgreSQLContainer container;

    @Autowired
    private TransactionTemplate testTransactions;

    /**
     * Runs the work in one transaction that is rolled back at its end, requests through MockMvc included (they run
     * on the test's thread and join it): many rows made for one test leave nothing behind.
     */
    protected void rolledBack(Work work) {
        testTransactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            try {
                work.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Work of a test that may throw. */
    @FunctionalInterface
    protected interface Work {
        void run() throws Exception;
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("fleksi.demo.enabled", () -> "true");
        if (dockerAnswers()) {
            synchronized (IntegrationTest.class) {
                if (container == null) {
                    container = new PostgreSQLContainer("postgres:17-alpine");
                    container.start();
                }
            }
            registry.add("spring.datasource.url", container::getJdbcUrl);
            registry.add("spring.datasource.username", container::getUsername);
            registry.add("spring.datasource.password", container::getPassword);
        } else {
            Path dataDir = Path.of(System.getProperty("java.io.tmpdir"),
                    "fleksi-test-" + ProcessHandle.current().pid());
            registry.add("fleksi.embedded-database.data-dir", dataDir::toString);
            registry.add("fleksi.embedded-database.clean", () -> "true");
        }
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError noDocker) {
            return false;
        }
    }
}
