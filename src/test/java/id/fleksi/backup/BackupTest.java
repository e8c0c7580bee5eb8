package id.fleksi.backup;

import com.zaxxer.hikari.HikariDataSource;
import id.fleksi.IntegrationTest;
import id.fleksi.shared.database.ModuleMigrations;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A backup of the demo institution restored into a fresh database holds every row of every table and every
 * sequence's value; a restore refuses a database that is not empty and a damaged file, leaving no data; the
 * newest backups are kept; and a database about to be migrated to a newer schema is backed up first.
 */
class BackupTest extends IntegrationTest {

    private static final Instant NIGHT = Instant.parse("2026-12-04T18:30:00Z");

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    private final List<String> databases = new ArrayList<>();

    @AfterEach
    void dropDatabases() {
        for (String database : databases) {
            jdbc.sql("drop database if exists " + database + " with (force)").update();
        }
    }

    @Autowired
    FlywayMigrationStrategy migration;

    @Test
    void theApplicationMigratesItsSchemaThroughTheBackups() {
        assertThat(migration).isInstanceOf(SchemaMigration.class);
    }

    @Test
    void aRestoredBackupHoldsEveryRowAndSequence() throws IOException {
        Path file = backups(14, NIGHT).backUp(null);
        assertThat(file.getFileName()).hasToString("fleksi-20261205-013000.zip");
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        Map<String, String> tables = fingerprints(jdbc);
        assertThat(tables).containsKeys("employee", "weekly_plan", "plan_day", "unit", "account", "audit_event")
                .doesNotContainKeys("spring_session", "flyway_schema_history", "flyway_schema_history_shared",
                        "shedlock");

        DataSource restored = emptyDatabase();
        BackupManifest manifest = restore(restored, file);

        JdbcClient restoredJdbc = JdbcClient.create(restored);
        assertThat(fingerprints(restoredJdbc)).isEqualTo(tables);
        assertThat(sequences(restoredJdbc)).isNotEmpty().isEqualTo(sequences(jdbc));
        // the indexes set aside during the load are all back, as they were
        assertThat(indexes(restoredJdbc)).hasSizeGreaterThan(50).isEqualTo(indexes(jdbc));
        assertThat(schemaVersion(restoredJdbc)).isEqualTo(schemaVersion(jdbc)).isEqualTo(manifest.schemaVersion());
        // and each module's own history as far as the backup's
        assertThat(manifest.moduleVersions()).containsEntry("shared", "1");
        assertThat(restoredJdbc.sql("select max(version) from flyway_schema_history_shared where success")
                .query(String.class).single()).isEqualTo("1");
        assertThat(manifest.rows()).isEqualTo(restoredJdbc.sql("select count(*) from employee")
                .query(Long.class).single() + otherRows(restoredJdbc));
        // the next plan gets an identifier beyond every restored one
        assertThat(restoredJdbc.sql("select nextval(pg_get_serial_sequence('weekly_plan', 'id'))")
                .query(Long.class).single())
                .isGreaterThan(jdbc.sql("select max(id) from weekly_plan").query(Long.class).single());

        assertThatThrownBy(() -> restore(restored, file)).isInstanceOf(BackupFailed.class)
                .hasMessageContaining("not empty");
        assertThat(fingerprints(restoredJdbc)).isEqualTo(tables);
    }

    @Test
    void aDamagedBackupRestoresNothing() throws IOException {
        Path file = backups(14, NIGHT).backUp(null);
        Path damaged = folder.resolve("damaged.zip");
        try (ZipFile in = new ZipFile(file.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(damaged))) {
            for (ZipEntry entry : in.stream().toList()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream data = in.getInputStream(entry)) {
                    if (entry.getName().equals("data/weekly_plan")) {
                        copyAllButLastLine(data, out);
                    } else {
                        data.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        DataSource restored = emptyDatabase();

        assertThatThrownBy(() -> restore(restored, damaged)).isInstanceOf(BackupFailed.class)
                .hasMessageContaining("weekly_plan");
        JdbcClient restoredJdbc = JdbcClient.create(restored);
        assertThat(restoredJdbc.sql("select count(*) from employee").query(Long.class).single()).isZero();
        assertThat(restoredJdbc.sql("select count(*) from weekly_plan").query(Long.class).single()).isZero();
    }

    @Test
    void theNewestBackupsAreKept() {
        backups(2, NIGHT).backUp(null);
        backups(2, NIGHT.plusSeconds(86_400)).backUp(null);
        Path newest = backups(2, NIGHT.plusSeconds(2 * 86_400)).backUp(null);
        assertThat(backups(2, NIGHT).files()).extracting(p -> p.getFileName().toString())
                .containsExactly("fleksi-20261207-013000.zip", "fleksi-20261206-013000.zip");
        assertThat(newest).exists();
        assertThat(folder.resolve("fleksi-20261205-013000.zip")).doesNotExist();
    }

    @Test
    void anUpgradeIsBackedUpFirst() {
        DataSource database = emptyDatabase();
        Flyway flyway = flyway(database);
        Flyway root = ModuleMigrations.of(flyway, List.of()).folders().get(0).flyway();
        Flyway.configure().configuration(root.getConfiguration()).target("27").load().migrate();
        AtomicReference<String> label = new AtomicReference<>();

        new SchemaMigration(properties(14, null), label::getAndSet).migrate(flyway);

        assertThat(label.get()).isEqualTo("before-V" + root.info().current().getVersion());
        assertThat(ModuleMigrations.of(flyway).pending()).isEmpty();

        // a new database has nothing to back up; nor has one already at the application's version
        label.set(null);
        new SchemaMigration(properties(14, null), label::getAndSet).migrate(flyway(emptyDatabase()));
        new SchemaMigration(properties(14, null), label::getAndSet).migrate(flyway);
        assertThat(label.get()).isNull();

        // a database whose root is current, before a module's first migration: backed up, named by the module
        Flyway another = flyway(emptyDatabase());
        ModuleMigrations.of(another, List.of()).migrate();
        new SchemaMigration(properties(14, null), label::getAndSet).migrate(another);
        assertThat(label.get()).isEqualTo("before-" + firstModule(another) + "-V1");
        assertThat(ModuleMigrations.of(another).pending()).isEmpty();
    }

    /**
     * A database installed before the modules kept their own migrations (its history holds the root's versions 1 to
     * 38, recorded when the migrations lay directly in db/migration) and holding the demo institution upgrades in
     * place: the root's history is kept as it was (nothing re-run, every checksum still valid), each module's
     * history starts from a baseline at version 0 and runs the module's migrations, and no row is lost.
     */
    @Test
    void anInstalledDatabaseWithDataUpgradesToTheModulesMigrations() throws IOException {
        DataSource installed = emptyDatabase();
        Flyway flyway = flyway(installed);
        Flyway root = ModuleMigrations.of(flyway, List.of()).folders().get(0).flyway();
        Flyway.configure().configuration(root.getConfiguration()).target("38").load().migrate();
        new ResourceDatabasePopulator(demoScripts()).execute(installed);
        JdbcClient installedJdbc = JdbcClient.create(installed);
        List<String> history = installedJdbc.sql(
                "select version || ' ' || script || ' ' || checksum from flyway_schema_history order by installed_rank")
                .query(String.class).list();
        // the rows as they were, over the columns they had: a module's migration may add columns, never lose data
        Map<String, List<String>> installedColumns = tableColumns(installedJdbc);
        Map<String, String> data = fingerprints(installedJdbc, installedColumns);
        // the waiting counts are kept in slots that a module's migration may choose afresh: what they count per unit
        // must stay, not the slot each count lies in
        data.remove(WAITING_SLOTS);
        List<String> waiting = waitingPerUnit(installedJdbc);
        assertThat(waiting).isNotEmpty();
        assertThat(history).hasSize(34);
        assertThat(data.get("employee")).doesNotStartWith("0 ");
        AtomicReference<String> label = new AtomicReference<>();

        new SchemaMigration(properties(14, null), label::getAndSet).migrate(flyway);

        assertThat(label.get()).isEqualTo("before-" + firstModule(flyway) + "-V1");
        assertThat(installedJdbc.sql(
                "select version || ' ' || script || ' ' || checksum from flyway_schema_history order by installed_rank")
                .query(String.class).list()).isEqualTo(history);
        assertThat(installedJdbc.sql(
                "select coalesce(version, '-') || ' ' || type from flyway_schema_history_shared order by installed_rank")
                .query(String.class).list()).containsExactly("0 BASELINE", "1 SQL");
        // a module's history: the baseline, then each of its migrations in order
        List<String> organisation = new java.util.ArrayList<>(List.of("0 BASELINE"));
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(
                java.nio.file.Path.of("db/migration/organisation"))) {
            files.map(file -> file.getFileName().toString()).filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .map(name -> Integer.parseInt(name.substring(1, name.indexOf("__")))).sorted()
                    .forEach(version -> organisation.add(version + " SQL"));
        }
        assertThat(organisation).hasSizeGreaterThan(2);
        assertThat(installedJdbc.sql(
                "select coalesce(version, '-') || ' ' || type from flyway_schema_history_organisation order by installed_rank")
                .query(String.class).list()).isEqualTo(organisation);
        Map<String, String> upgraded = fingerprints(installedJdbc, installedColumns);
        upgraded.remove(WAITING_SLOTS);
        assertThat(upgraded).containsAllEntriesOf(data);
        assertThat(waitingPerUnit(installedJdbc)).isEqualTo(waiting);
        assertThat(fingerprints(installedJdbc)).containsEntry("event_publication", "0 ");
        ModuleMigrations migrations = ModuleMigrations.of(flyway);
        assertThat(migrations.pending()).isEmpty();
        migrations.folders().forEach(folder -> folder.flyway().validate());

        // the same schema as a database created by this version
        DataSource fresh = emptyDatabase();
        new SchemaMigration(properties(14, null), label::getAndSet).migrate(flyway(fresh));
        JdbcClient created = JdbcClient.create(fresh);
        assertThat(indexes(created)).isEqualTo(indexes(installedJdbc));
        assertThat(columns(created)).isEqualTo(columns(installedJdbc));
    }

    /** The table of each unit's count of waiting plans, kept in slots. */
    private static final String WAITING_SLOTS = "unit_waiting";

    private static List<String> waitingPerUnit(JdbcClient jdbc) {
        return jdbc.sql("select unit_id || ' ' || sum(submitted) from " + WAITING_SLOTS
                        + " group by unit_id having sum(submitted) <> 0 order by unit_id")
                .query(String.class).list();
    }

    private DatabaseBackup backups(int keep, Instant now) {
        return new DatabaseBackup(dataSource, properties(keep, null), Clock.fixed(now, ZoneOffset.UTC));
    }

    private BackupProperties properties(int keep, Path restore) {
        return new BackupProperties(true, folder, "0 30 1 * * *", keep, restore);
    }

    /** Restores as the application does when it starts with {@code fleksi.backup.restore}. */
    private BackupManifest restore(DataSource database, Path file) {
        new SchemaMigration(properties(14, file), label -> {
            throw new AssertionError("a restore takes no backup");
        }).migrate(flyway(database));
        try (ZipFile zip = new ZipFile(file.toFile());
             InputStream manifest = zip.getInputStream(zip.getEntry(BackupManifest.ENTRY))) {
            return BackupManifest.read(manifest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first module, in the order of the migrations, that has a folder of its own. */
    private String firstModule(Flyway flyway) {
        return ModuleMigrations.of(flyway).folders().get(1).module();
    }

    private static Flyway flyway(DataSource database) {
        return Flyway.configure().dataSource(database).locations("classpath:db/migration").load();
    }

    /** A new, empty database on the tests' PostgreSQL. */
    private DataSource emptyDatabase() {
        String name = "fleksi_restore_" + databases.size() + "_" + ProcessHandle.current().pid();
        jdbc.sql("create database " + name).update();
        databases.add(name);
        HikariDataSource pool = (HikariDataSource) dataSource;
        String url = pool.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
        return new SimpleDriverDataSource(new org.postgresql.Driver(), url, pool.getUsername(), pool.getPassword());
    }

    /** Per table of the backup: its number of rows and a digest of all of them, in order of their text. */
    private static Map<String, String> fingerprints(JdbcClient jdbc) {
        Map<String, String> fingerprints = new LinkedHashMap<>();
        for (String table : jdbc.sql("""
                select tablename from pg_tables where schemaname = current_schema() order by tablename""")
                .query(String.class).list()) {
            if (!DatabaseBackup.backedUp(table)) {
                continue;
            }
            fingerprints.put(table, jdbc.sql("select count(*) || ' ' || coalesce(md5(string_agg(t::text, "
                            + "E'\\n' order by t::text)), '') from \"" + table + "\" t")
                    .query(String.class).single());
        }
        return fingerprints;
    }

    /** Each table's columns, in their order. */
    private static Map<String, List<String>> tableColumns(JdbcClient jdbc) {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        jdbc.sql("""
                        select c.table_name, c.column_name from information_schema.columns c
                        join information_schema.tables t on t.table_schema = c.table_schema
                                                        and t.table_name = c.table_name
                        where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                        order by c.table_name, c.ordinal_position""")
                .query((rs, n) -> columns.computeIfAbsent(rs.getString(1), t -> new java.util.ArrayList<>())
                        .add(rs.getString(2))).list();
        return columns;
    }

    /** The fingerprints of the tables of {@code columns}, over those columns only. */
    private static Map<String, String> fingerprints(JdbcClient jdbc, Map<String, List<String>> columns) {
        Map<String, String> fingerprints = new LinkedHashMap<>();
        columns.forEach((table, names) -> {
            if (DatabaseBackup.backedUp(table) && names.size() > 0) {
                String row = "row(" + String.join(", ", names.stream().map(name -> "t.\"" + name + "\"").toList())
                        + ")::text";
                fingerprints.put(table, jdbc.sql("select count(*) || ' ' || coalesce(md5(string_agg(" + row
                                + ", E'\\n' order by " + row + ")), '') from \"" + table + "\" t")
                        .query(String.class).single());
            }
        });
        return fingerprints;
    }

    private static Map<String, Object> sequences(JdbcClient jdbc) {
        Map<String, Object> values = new LinkedHashMap<>();
        jdbc.sql("select sequencename, last_value from pg_sequences where schemaname = current_schema() "
                        + "order by sequencename")
                .query((rs, n) -> values.put(rs.getString(1), rs.getObject(2))).list();
        return values;
    }

    private static List<String> indexes(JdbcClient jdbc) {
        // by name, table and uniqueness: a definition re-created may print its casts differently
        return jdbc.sql("""
                        select tablename || '.' || indexname || case when indexdef like 'CREATE UNIQUE%' then ' unique'
                               else '' end
                        from pg_indexes where schemaname = current_schema() order by indexname""")
                .query(String.class).list();
    }

    private static List<String> columns(JdbcClient jdbc) {
        return jdbc.sql("""
                        select table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable
                        from information_schema.columns where table_schema = current_schema()
                        order by table_name, column_name""")
                .query(String.class).list();
    }

    /** The demo institution's scripts, in the order the demo loads them. */
    private static Resource[] demoScripts() {
        try {
            Resource[] scripts = new PathMatchingResourcePatternResolver().getResources("classpath*:demo/*.sql");
            Arrays.sort(scripts, Comparator.comparing(Resource::getFilename));
            return scripts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String schemaVersion(JdbcClient jdbc) {
        return jdbc.sql("select max(version::int)::text from flyway_schema_history where success")
                .query(String.class).single();
    }

    private static long otherRows(JdbcClient jdbc) {
        long rows = 0;
        for (String table : jdbc.sql("select tablename from pg_tables where schemaname = current_schema() "
                + "and tablename <> 'employee'").query(String.class).list()) {
            if (DatabaseBackup.backedUp(table)) {
                rows += jdbc.sql("select count(*) from \"" + table + "\"").query(Long.class).single();
            }
        }
        return rows;
    }

    private static void copyAllButLastLine(InputStream in, OutputStream out) throws IOException {
        byte[] all = in.readAllBytes();
        int end = all.length - 1;
        while (end > 0 && all[end - 1] != '\n') {
            end--;
        }
        out.write(all, 0, Math.max(end, 0));
    }
}
