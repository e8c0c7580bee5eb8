package id.fleksi.backup;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static id.fleksi.backup.DatabaseBackup.quoted;

/**
 * Restores a backup file into an empty database: migrates the schema to the backup's version, copies every
 * table's rows in one transaction (with the database's triggers and foreign-key checks set aside while the
 * rows, which already agreed with each other, come in), sets the sequences, checks every table's count against
 * the backup's, and leaves the database for Flyway to migrate on to the application's version. Nothing is
 * restored into a database that holds a migrated schema: a failed restore leaves the schema and no data, and
 * is started again on an empty database.
 * <p>
 * Setting the triggers aside ({@code session_replication_role}) takes a superuser, or a role granted
 * {@code SET} on that parameter, as the embedded PostgreSQL's and the docker-compose database's users are.
 */
final class DatabaseRestore {

    private static final Logger log = LoggerFactory.getLogger(DatabaseRestore.class);

    private DatabaseRestore() {
    }

    /**
     * @param flyway the application's Flyway, on the database to restore into
     * @param file   a backup file written by {@link DatabaseBackup}
     * @return the backup's manifest
     */
    static BackupManifest restore(Flyway flyway, Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            BackupManifest manifest = manifest(zip);
            try (Connection connection = flyway.getConfiguration().getDataSource().getConnection()) {
                if (Catalog.hasTable(connection, "flyway_schema_history")) {
                    throw new BackupFailed("The database to restore " + file + " into is not empty. Restore only "
                            + "into an empty database: a new data folder for the embedded PostgreSQL "
                            + "(fleksi.embedded-database.data-dir), or a newly created database.");
                }
            }
            log.info("Restoring {} (taken {}, schema version {}, {} rows): migrating the schema to version {}",
                    file, manifest.created(), manifest.schemaVersion(), manifest.rows(), manifest.schemaVersion());
            Flyway.configure().configuration(flyway.getConfiguration())
                    .target(MigrationVersion.fromVersion(manifest.schemaVersion()))
                    .load().migrate();
            try (Connection connection = flyway.getConfiguration().getDataSource().getConnection()) {
                copyIn(connection, zip, manifest);
            }
            log.info("Restored {}: {} tables, {} rows", file, manifest.tables().size(), manifest.rows());
            return manifest;
        } catch (IOException | SQLException e) {
            throw new BackupFailed("The backup " + file + " could not be restored: " + e.getMessage(), e);
        }
    }

    private static BackupManifest manifest(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(BackupManifest.ENTRY);
        if (entry == null) {
            throw new IOException("it is not a Fleksi backup (no " + BackupManifest.ENTRY + ")");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return BackupManifest.read(in);
        }
    }

    private static void copyIn(Connection connection, ZipFile zip, BackupManifest manifest)
            throws SQLException, IOException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("set local session_replication_role = replica");
            List<String> tables = manifest.tables().stream().map(BackupManifest.Table::name).toList();
            // rows the migrations themselves insert give way to the backup's
            statement.execute("truncate " + quoted(tables));
            // as pg_restore does: indexes that back no constraint are built once after the rows, not row by row
            List<String> indexes = Catalog.looseIndexes(connection, tables);
            for (String index : indexes) {
                statement.execute("drop index " + quoted(Catalog.indexName(index)));
            }
            for (BackupManifest.Table table : manifest.tables()) {
                ZipEntry entry = zip.getEntry(table.entry());
                if (entry == null) {
                    throw new IOException("the backup lacks the rows of " + table.name());
                }
                long copied;
                try (InputStream rows = zip.getInputStream(entry)) {
                    copied = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                            "copy " + quoted(table.name()) + " (" + quoted(table.columns()) + ") from stdin", rows);
                }
                if (copied != table.rows()) {
                    throw new IOException(table.name() + ": " + copied + " rows read, the backup lists "
                            + table.rows());
                }
            }
            for (String index : indexes) {
                statement.execute(index);
            }
            try (PreparedStatement setval = connection.prepareStatement("select setval(?::regclass, ?, ?)")) {
                for (BackupManifest.Sequence sequence : manifest.sequences()) {
                    setval.setString(1, quoted(sequence.name()));
                    setval.setLong(2, sequence.value());
                    setval.setBoolean(3, sequence.called());
                    setval.execute();
                }
            }
            connection.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("analyze");
        }
    }
}
