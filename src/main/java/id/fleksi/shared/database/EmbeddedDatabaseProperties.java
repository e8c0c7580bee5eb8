package id.fleksi.shared.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * The embedded PostgreSQL that runs when no datasource is configured.
 *
 * @param dataDir where the database keeps its files; kept across restarts
 * @param clean   start from an empty database and delete it on shutdown (tests)
 * @param port    the port to listen on, 0 for any free port
 */
@ConfigurationProperties("fleksi.embedded-database")
public record EmbeddedDatabaseProperties(
        @DefaultValue("data/postgres") Path dataDir,
        @DefaultValue("false") boolean clean,
        @DefaultValue("0") int port) {
}
