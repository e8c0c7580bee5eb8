package id.fleksi.shared.database;

import id.fleksi.ForkedApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an institution on the embedded default keeps when things go wrong: Fleksi is started as it runs in
 * production (a JVM of its own, a data directory that is kept), employees submit weekly plans from eight clients
 * at once, and in the middle of that batch first the application is killed ({@code kill -9}, leaving its
 * PostgreSQL running), then PostgreSQL itself is killed with SIGKILL. After each crash the application is simply
 * started again: it must come up on its own and every plan it had answered 201 must be there.
 */
class CrashRecoveryTest {

    static final String PASSWORD = "demo12345";
    static final int CLIENTS = 8;
    static final int ACKNOWLEDGED_BEFORE_THE_CRASH = 30;

    static Path dataDir;
    static Path logs;
    static int databasePort;

    @BeforeAll
    static void directories() throws IOException {
        dataDir = ForkedApplication.dataDirectory("fleksi-crash-");
        logs = Path.of("target", "crash-recovery");
        databasePort = ForkedApplication.freePort();
    }

    @AfterAll
    static void cleanUp() throws IOException {
        Optional<ProcessHandle> left = OrphanedPostmaster.postmaster(dataDir.resolve("postgres"));
        left.ifPresent(postmaster -> {
            postmaster.descendants().forEach(ProcessHandle::destroyForcibly);
            postmaster.destroyForcibly();
            postmaster.onExit().join();
        });
        ForkedApplication.delete(dataDir);
    }

    @Test
    void everyAcknowledgedPlanSurvivesAKilledApplicationAndAKilledDatabase() throws Exception {
        Map<Long, String> acknowledged = new ConcurrentHashMap<>();
        List<String> employees;

        ForkedApplication first = start("1-fresh");
        try {
            employees = employees();
            acknowledgeCodeOfConduct(first, employees);
            Load load = submitUnderLoad(first, employees, 36, 41, acknowledged, () -> {
                first.kill();
                return "the application";
            });
            assertThat(load.acknowledged()).isGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_THE_CRASH);
        } finally {
            first.kill();
        }
        assertThat(OrphanedPostmaster.postmaster(dataDir.resolve("postgres")))
                .as("the killed application left its PostgreSQL running").isPresent();

        ForkedApplication second = start("2-after-the-application-was-killed");
        try {
            assertThat(missing(acknowledged)).as("plans answered 201 before the application was killed").isEmpty();
            assertThat(settings()).containsEntry("fsync", "on").containsEntry("synchronous_commit", "on")
                    .containsEntry("full_page_writes", "on");
            int before = acknowledged.size();
            Load load = submitUnderLoad(second, employees, 42, 47, acknowledged, () -> {
                killPostgres();
                return "PostgreSQL";
            });
            assertThat(acknowledged.size() - before).isGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_THE_CRASH);
            assertThat(load.refusedAfterTheCrash()).as("calls after PostgreSQL was killed fail").isPositive();
        } finally {
            second.kill();
        }

        try (ForkedApplication third = start("3-after-postgres-was-killed")) {
            assertThat(missing(acknowledged)).as("plans answered 201 before PostgreSQL was killed").isEmpty();
            System.out.printf("CrashRecoveryTest: %d plans answered 201 across two crashes, all found after restarts%n",
                    acknowledged.size());
        }
        assertThat(OrphanedPostmaster.postmaster(dataDir.resolve("postgres")))
                .as("a graceful stop also stops PostgreSQL").isEmpty();
    }

    private ForkedApplication start(String name) throws IOException {
        return ForkedApplication.start(logs.resolve(name + ".log"),
                "--fleksi.embedded-database.data-dir=" + dataDir.resolve("postgres"),
                "--fleksi.embedded-database.port=" + databasePort);
    }

    /** The demo's employees who sign in with their NIP, outside the units that work in shifts. */
    private List<String> employees() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select e.nip from employee e join unit u on u.id = e.unit_id
                     join account a on a.username = e.nip
                     where e.active and a.enabled and not a.must_change_password and u.code not like 'RSUD%'
                     order by e.nip""")) {
            List<String> nips = new ArrayList<>();
            while (rows.next()) {
                nips.add(rows.getString(1));
            }
            return nips;
        }
    }

    private static void acknowledgeCodeOfConduct(ForkedApplication application, List<String> employees)
            throws Exception {
        for (String nip : employees) {
            assertThat(application.call("POST", "/api/me/code-of-conduct", nip, PASSWORD, "{}").statusCode())
                    .isEqualTo(204);
        }
    }

    interface Crash {
        String happen() throws Exception;
    }

    record Load(int acknowledged, int refusedAfterTheCrash) {
    }

    /**
     * Eight clients submit an office week for each employee and each week from {@code fromWeek} to {@code toWeek}
     * of 2027; once enough plans are acknowledged, the crash happens while they go on.
     */
    private static Load submitUnderLoad(ForkedApplication application, List<String> employees, int fromWeek,
                                        int toWeek, Map<Long, String> acknowledged, Crash crash) throws Exception {
        ConcurrentLinkedQueue<String[]> work = new ConcurrentLinkedQueue<>();
        for (int week = fromWeek; week <= toWeek; week++) {
            for (String nip : employees) {
                work.add(new String[]{nip, Integer.toString(week)});
            }
        }
        AtomicBoolean crashed = new AtomicBoolean();
        CountDownLatch enough = new CountDownLatch(ACKNOWLEDGED_BEFORE_THE_CRASH);
        Set<Long> mine = ConcurrentHashMap.newKeySet();
        ConcurrentLinkedQueue<Integer> refused = new ConcurrentLinkedQueue<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            clients.submit(() -> {
                String[] next;
                while ((next = work.poll()) != null) {
                    try {
                        HttpResponse<String> answer = application.call("POST", "/api/plans", next[0], PASSWORD,
                                officeWeek(next[0], Integer.parseInt(next[1])));
                        if (answer.statusCode() == 201) {
                            long id = id(answer.body());
                            acknowledged.put(id, next[0] + " 2027-W" + next[1]);
                            mine.add(id);
                            enough.countDown();
                        } else if (crashed.get()) {
                            refused.add(answer.statusCode());
                            return null;
                        }
                    } catch (IOException connectionLost) {
                        if (crashed.get()) {
                            refused.add(0);
                            return null;
                        }
                        throw connectionLost;
                    }
                }
                return null;
            });
        }
        assertThat(enough.await(3, TimeUnit.MINUTES)).as("plans answered 201 before the crash").isTrue();
        crashed.set(true);
        int before = mine.size();
        String what = crash.happen();
        System.out.printf("CrashRecoveryTest: %s killed after %d plans were answered 201, %d in all%n", what,
                before, mine.size());
        clients.shutdown();
        assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        return new Load(mine.size(), refused.size());
    }

    private static String officeWeek(String nip, int week) {
        LocalDate monday = LocalDate.of(2027, 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(DayOfWeek.MONDAY);
        StringBuilder days = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            days.append(i == 0 ? "" : ",").append("{\"date\":\"").append(monday.plusDays(i))
                    .append("\",\"kind\":\"KANTOR\"}");
        }
        return "{\"nip\":\"" + nip + "\",\"week\":\"2027-W" + week + "\",\"flexType\":\"NONE\",\"days\":[" + days
                + "]}";
    }

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    private static long id(String body) {
        Matcher matcher = ID.matcher(body);
        assertThat(matcher.find()).as(body).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    /** SIGKILL to the postmaster and every process of it, as the kernel's OOM killer or a crash would. */
    private static void killPostgres() throws IOException {
        ProcessHandle postmaster = OrphanedPostmaster.postmaster(dataDir.resolve("postgres")).orElseThrow();
        List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
        postmaster.destroyForcibly();
        all.forEach(ProcessHandle::destroyForcibly);
        postmaster.onExit().join();
    }

    private static Set<Long> missing(Map<Long, String> acknowledged) throws SQLException {
        try (Connection connection = connect();
             PreparedStatement query = connection.prepareStatement("select id from weekly_plan where id = any(?)")) {
            query.setArray(1, connection.createArrayOf("bigint", acknowledged.keySet().toArray()));
            Set<Long> missing = new HashSet<>(acknowledged.keySet());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    missing.remove(rows.getLong(1));
                }
            }
            return missing;
        }
    }

    private static Map<String, String> settings() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select name, setting from pg_settings
                     where name in ('fsync', 'synchronous_commit', 'full_page_writes')""")) {
            Map<String, String> settings = new java.util.HashMap<>();
            while (rows.next()) {
                settings.put(rows.getString(1), rows.getString(2));
            }
            return settings;
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + databasePort + "/postgres", "postgres", "");
    }
}
