package id.fleksi.backup;

import id.fleksi.shared.database.ModuleMigrations;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
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
     * @param migrations the application's migrations, on the database to restore into
     * @param file       a backup file written by {@link DatabaseBackup}
     * @return the backup's manifest
     */
    static BackupManifest restore(ModuleMigrations migrations, Path file) {
        DataSource database = migrations.folders().get(0).flyway().getConfiguration().getDataSource();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            BackupManifest manifest = manifest(zip);
            try (Connection connection = database.getConnection()) {
                if (Catalog.hasTable(connection, Catalog.HISTORY)) {
                    throw new BackupFailed("The database to restore " + file + " into is not empty. Restore only "
                            + "into an empty database: a new data folder for the embedded PostgreSQL "
                            + "(fleksi.embedded-database.data-dir), or a newly created database.");
                }
            }
            log.info("Restoring {} (taken {}, schema version {} {}, {} rows): migrating the schema to its version",
                    file, manifest.created(), manifest.schemaVersion(), manifest.moduleVersions(), manifest.rows());
            migrateTo(migrations, manifest);
            try (Connection connection = database.getConnection()) {
                copyIn(connection, zip, manifest);
            }
            log.info("Restored {}: {} tables, {} rows", file, manifest.tables().size(), manifest.rows());
            return manifest;
        } catch (IOException | SQLException e) {
            throw new BackupFailed("The backup " + file + " could not be restored: " + e.getMessage(), e);
        }
    }

    /**
     * Migrates the root and every module to the backup's versions; a module the backup had no history of (a
     * backup taken before the module's first migration) is left for the migration that follows the restore.
     */
    private static void migrateTo(ModuleMigrations migrations, BackupManifest manifest) {
        for (ModuleMigrations.Folder folder : migrations.folders()) {
            String version = folder.module().equals(ModuleMigrations.ROOT)
                    ? manifest.schemaVersion() : manifest.moduleVersions().get(folder.module());
            if (version != null) {
                Flyway.configure().configuration(folder.flyway().getConfiguration())
                        .target(MigrationVersion.fromVersion(version)).load().migrate();
            }
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
