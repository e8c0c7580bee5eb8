package id.fleksi.reports;

import id.fleksi.IntegrationTest;
import id.fleksi.shared.database.ModuleMigrations;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The raw export of a large period in a small heap: 20,000 employees with a plan for each of 26 weeks, 2.6 million
 * plan days, exported by a separate JVM started with {@code -Xmx96m}. The data lives in a database of its own on
 * the same server, so that the other tests never see it. Prints the rows and the time; asserts only that every row
 * came out.
 */
class PlanExportMemoryTest extends IntegrationTest {

    static final String DATABASE = "fleksi_export_memory";
    static final int EMPLOYEES = 20_000;
    static final int WEEKS = 26;
    static final String HEAP = "-Xmx96m";

    @Autowired
    JdbcConnectionDetails database;

    @AfterEach
    void dropTheDatabase() throws SQLException {
        try (Connection connection = connect(database.getJdbcUrl());
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + DATABASE + " with (force)");
        }
    }

    @Test
    void millionsOfPlanDaysAreExportedWithASmallHeap() throws Exception {
        String url = generate();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                PlanExportMemoryRun.class.getName(), url, database.getUsername(),
                database.getPassword() == null ? "" : database.getPassword(), "2026-01-05", "2026-07-05", "csv",
                "xlsx"));
        long start = System.nanoTime();
        Process export = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(export.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(export.waitFor(5, TimeUnit.MINUTES)).isTrue();
        System.out.printf("PlanExportMemoryTest: the export JVM (%s) ran %.1f s%n%s", HEAP,
                Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0, output.lines()
                        .filter(line -> line.startsWith("export ")).map(line -> line + "\n")
                        .reduce("", String::concat));
        assertThat(export.exitValue()).as(output).isZero();
        long rows = (long) EMPLOYEES * WEEKS * 5;
        assertThat(output).contains("export csv: " + rows + " rows", "export xlsx: " + rows + " rows");
    }

    /** A database of its own with the schema and the generated plans; answers its JDBC URL. */
    private String generate() throws SQLException, IOException {
        try (Connection connection = connect(database.getJdbcUrl());
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + DATABASE + " with (force)");
            statement.execute("create database " + DATABASE);
        }
        String url = database.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + DATABASE + "$1");
        Flyway.configure().dataSource(url, database.getUsername(), database.getPassword())
                .locations("classpath:db/migration/" + ModuleMigrations.ROOT).load().migrate();
        long start = System.nanoTime();
        try (Connection connection = connect(url); Statement statement = connection.createStatement()) {
            // a throwaway database: no write-ahead log for the plans, no foreign key checks row by row, and the
            // indexes built once after the rows are in
            statement.execute("set synchronous_commit = off");
            statement.execute("set session_replication_role = replica");
            statement.execute("alter table plan_day set unlogged");
            // the plans' stored counts refer to the plans: unlogged first
            statement.execute("alter table plan_away_week set unlogged");
            statement.execute("alter table plan_finding set unlogged");
            statement.execute("alter table plan_review set unlogged");
            statement.execute("alter table weekly_plan set unlogged");
            statement.execute("alter table plan_day drop constraint plan_day_pkey");
            statement.execute("drop index plan_day_day_idx");
            statement.execute("insert into institution (id, name, short_name) values (1, 'Instansi Uji', 'Uji')");
            statement.execute("""
                    insert into unit (code, name, time_zone)
                    select 'UNIT-' || lpad(g::text, 3, '0'), 'Unit ' || g, 'Asia/Jakarta'
                    from generate_series(1, 200) g""");
            statement.execute("""
                    insert into employee (nip, name, employee_type, unit_id, position, position_since)
                    select '19' || lpad(g::text, 16, '0'), 'Pegawai Uji ' || g, 'PNS',
                           (select min(id) from unit) + g %% 200, 'Analis', date '2020-01-01'
                    from generate_series(1, %d) g""".formatted(EMPLOYEES));
            statement.execute("""
                    insert into weekly_plan (employee_id, unit_id, iso_week, week_start, flex_type, status, verdict,
                                             submitted_at, submitted_by, decided_at, decided_by)
                    select e.id, e.unit_id, to_char(w.monday, 'IYYY-"W"IW'), w.monday, 'NONE', 'APPROVED',
                           '{}'::jsonb, w.monday - 3, e.nip, w.monday - 2, 'kepala'
                    from employee e
                        cross join (select date '2026-01-05' + 7 * k as monday
                                    from generate_series(0, %d) k) w""".formatted(WEEKS - 1));
            statement.execute("""
                    insert into plan_day (plan_id, day, kind, start_time, end_time, break_minutes)
                    select p.id, p.week_start + d, case when d in (1, 3) then 'RUMAH' else 'KANTOR' end,
                           time '07:30', case when d = 4 then time '16:30' else time '16:00' end,
                           case when d = 4 then 90 else 60 end
                    from weekly_plan p cross join generate_series(0, 4) d""");
            statement.execute("alter table plan_day add primary key (plan_id, day)");
            statement.execute("create index plan_day_day_idx on plan_day (day, kind)");
            statement.execute("analyze");
        }
        System.out.printf("PlanExportMemoryTest: %d plan days generated in %.1f s%n", (long) EMPLOYEES * WEEKS * 5,
                (System.nanoTime() - start) / 1e9);
        return url;
    }

    private Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, database.getUsername(), database.getPassword());
    }
}
