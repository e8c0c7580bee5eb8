package id.fleksi.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;

/**
 * Starts a real PostgreSQL inside the application when no datasource is configured, so that
 * {@code ./mvnw spring-boot:run} works on a fresh machine with nothing installed. Its files stay in
 * {@code fleksi.embedded-database.data-dir} (by default {@code ./data/postgres}) across restarts.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceConfigured.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    static final String DATABASE = "postgres";
    static final String USER = "postgres";

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        Path dataDir = properties.dataDir().toAbsolutePath().normalize();
        if (properties.clean()) {
            deleteRecursively(dataDir);
        }
        Files.createDirectories(dataDir);
        OrphanedPostmaster.stopIfRunning(dataDir);
        log.info("Starting the embedded PostgreSQL with its data in {}", dataDir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPgBinaryResolver(UnprivilegedBinaryResolver.INSTANCE)
                .setDataDirectory(dataDir.toFile())
                .setCleanDataDirectory(properties.clean())
                .setRegisterShutdownHook(false)
                .setPort(properties.port())
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("timezone", "UTC")
                .setServerConfig("max_connections", "100");
        durability(properties.clean()).forEach(builder::setServerConfig);
        EmbeddedPostgres postgres = builder.start();
        log.info("Fleksi uses the embedded PostgreSQL at {}", postgres.getJdbcUrl(USER, DATABASE));
        return postgres;
    }

    /**
     * The settings that make a commit survive a crash: the library starts PostgreSQL for throwaway test databases,
     * with {@code -F} (no fsync) and {@code synchronous_commit=off}, so that a plan answered "saved" could be lost
     * when PostgreSQL, the machine or its power fails. A database the institution keeps gets PostgreSQL's own safe
     * defaults back ({@code -c} options given after {@code -F} override it). Only a database deleted on shutdown
     * ({@code clean}, the tests) keeps the fast settings, and runs without autovacuum: a run of tests is short, and
     * autovacuum's analyze commits a transaction per table, which the tests that count the transactions a refused
     * request committed would take for its writes.
     */
    static Map<String, String> durability(boolean throwaway) {
        if (throwaway) {
            return Map.of("autovacuum", "off");
        }
        return Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on");
    }

    @Bean
    JdbcConnectionDetails embeddedConnectionDetails(EmbeddedPostgres postgres) {
        String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return USER;
            }

            @Override
            public String getPassword() {
                return "";
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }
        };
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
