package id.fleksi.backup;

import id.fleksi.shared.InstitutionTime;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a backup file: every table of the application's schema, read in one snapshot (a read-only
 * transaction in repeatable read, so the tables agree with each other while plans keep being submitted), with
 * PostgreSQL's {@code COPY} into a zip file, and the values of the sequences. The file is written under a
 * temporary name, forced to disk and then renamed, so a backup file is either whole or absent. Afterwards the
 * oldest backup files beyond {@link BackupProperties#keep()} are deleted.
 * <p>
 * Sessions, job locks and the migration history are not backed up: sessions and locks are of the moment, and
 * the restore recreates the schema (and its history) by migrating to the backup's schema version.
 */
@Component
public class DatabaseBackup {

    /** Besides the migrations' histories. */
    static final Set<String> NOT_BACKED_UP = Set.of("spring_session", "spring_session_attributes", "shedlock");
    static final String PREFIX = "fleksi-";
    static final String SUFFIX = ".zip";
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(InstitutionTime.ZONE);
    private static final Logger log = LoggerFactory.getLogger(DatabaseBackup.class);

    private final DataSource dataSource;
    private final BackupProperties properties;
    private final Clock clock;

    DatabaseBackup(DataSource dataSource, BackupProperties properties, Clock clock) {
        this.dataSource = dataSource;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Backs the database up into the backup folder.
     *
     * @param label added to the file's name after its time ({@code before-V29}), or null
     * @return the file written
     */
    public Path backUp(String label) {
        Instant started = clock.instant();
        String name = PREFIX + FILE_TIME.format(started) + (label == null ? "" : "-" + label) + SUFFIX;
        Path directory = properties.directory().toAbsolutePath().normalize();
        Path file = directory.resolve(name);
        Path partial = directory.resolve(name + ".partial");
        try {
            Files.createDirectories(directory);
            BackupManifest manifest;
            try (Connection connection = dataSource.getConnection()) {
                manifest = write(connection, partial, started);
            }
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            log.info("Backed up the database (schema version {}, {} tables, {} rows) to {}: {} MB in {} s",
                    manifest.schemaVersion(), manifest.tables().size(), manifest.rows(), file,
                    Files.size(file) / 1_000_000, Duration.between(started, clock.instant()).toSeconds());
        } catch (IOException | SQLException | RuntimeException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the partial file is never mistaken for a backup: it does not end in .zip
            }
            throw new BackupFailed("The database could not be backed up to " + file + ": " + e.getMessage(), e);
        }
        removeOldest(directory);
        return file;
    }

    /** The backup files in the folder, newest first. */
    public List<Path> files() {
        Path directory = properties.directory().toAbsolutePath().normalize();
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> listed = Files.list(directory)) {
            return listed.filter(DatabaseBackup::isBackup)
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isBackup(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(PREFIX) && name.endsWith(SUFFIX) && Files.isRegularFile(file);
    }

    private void removeOldest(Path directory) {
        List<Path> files = files();
        for (Path old : files.subList(Math.min(properties.keep(), files.size()), files.size())) {
            try {
                Files.delete(old);
                log.info("Deleted the old backup {} (keeping the newest {})", old, properties.keep());
            } catch (IOException e) {
                log.warn("Could not delete the old backup {}: {}", old, e.getMessage());
            }
        }
    }

    private static BackupManifest write(Connection connection, Path file, Instant created)
            throws SQLException, IOException {
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        ownerOnly(file);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            String version = Catalog.schemaVersion(connection);
            List<BackupManifest.Table> tables = new ArrayList<>();
            for (String table : Catalog.tables(connection)) {
                if (!backedUp(table)) {
                    continue;
                }
                List<String> columns = Catalog.columns(connection, table);
                zip.putNextEntry(new ZipEntry("data/" + table));
                long rows = connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyOut("copy " + quoted(table) + " (" + quoted(columns) + ") to stdout", unclosable(zip));
                zip.closeEntry();
                tables.add(new BackupManifest.Table(table, columns, rows));
            }
            BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, created, version,
                    Catalog.moduleVersions(connection), tables, Catalog.sequences(connection));
            zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
            manifest.write(unclosable(zip));
            zip.closeEntry();
            return manifest;
        } finally {
            connection.rollback();
        }
    }

    /**
     * A backup holds personal data and password hashes: on a file system with POSIX permissions only the
     * application's own user may read it (rw-------), created so before anything is written into it.
     */
    private static void ownerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
    }

    /** Sessions, job locks and the migrations' histories are not backed up. */
    static boolean backedUp(String table) {
        return !NOT_BACKED_UP.contains(table) && !Catalog.isHistory(table);
    }

    static String quoted(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalStateException("unexpected name in the schema: " + name);
        }
        return '"' + name + '"';
    }

    static String quoted(List<String> names) {
        return String.join(", ", names.stream().map(DatabaseBackup::quoted).toList());
    }

    private static OutputStream unclosable(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }
}
