package id.fleksi.planning;

import id.fleksi.IntegrationTest;
import id.fleksi.planning.PlanTestUnits.TestUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Approvals at the same moment, over real HTTP connections, that together would leave a unit below its minimum
 * presence (Pasal 27): exactly as many succeed as the cap allows, because each approval judges the unit under the
 * unit's row lock. The test holds that lock until all approvals wait for it, so that they really meet.
 */
class ConcurrentApprovalTest extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    DataSource dataSource;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void simultaneousApprovalsNeverPushTheUnitBelowItsMinimumPresence() throws Exception {
        // 10 staff; the demo determination keeps 50% in the office and lets 40% work away
        TestUnit unit = PlanTestUnits.create(jdbc, "PAR", 10, true);
        // two approved days of leave on Tuesday: 8 left, so at most 3 more may work away (10 - 2 - 3 = 5 = 50%)
        for (int i = 0; i < 2; i++) {
            long leave = submit(unit.staff().get(i), "CUTI");
            assertThat(send(unit.head(), "/api/plans/" + leave + "/approve", "{}").statusCode()).isEqualTo(200);
        }
        List<Long> waiting = new ArrayList<>();
        for (int i = 2; i < 8; i++) {
            waiting.add(submit(unit.staff().get(i), "RUMAH"));
        }

        // the test holds the unit's row lock while the six approvals arrive, so that all six are inside their
        // transactions at the same moment; then lets them go at once
        List<Integer> statuses = new ArrayList<>();
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement("select id from unit where code = ? for update")) {
                lock.setString(1, unit.code());
                lock.executeQuery().close();
            }
            ExecutorService pool = Executors.newFixedThreadPool(waiting.size());
            List<Future<Integer>> answers = new ArrayList<>();
            for (long id : waiting) {
                answers.add(pool.submit(() -> send(unit.head(), "/api/plans/" + id + "/approve", "{}").statusCode()));
            }
            awaitWaitersOnTheUnitLock(waiting.size());
            holder.rollback();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            pool.shutdown();
        }

        System.out.println("Concurrent approvals answered " + statuses);
        assertThat(statuses).filteredOn(status -> status == 200).hasSize(3);
        assertThat(statuses).filteredOn(status -> status == 422).hasSize(3);
        assertThat(jdbc.sql("""
                        select count(*) from weekly_plan p join plan_day d on d.plan_id = p.id
                        join unit u on u.id = p.unit_id
                        where u.code = :unit and p.status = 'APPROVED' and d.day = date '2027-03-09'
                          and d.kind = 'RUMAH'""")
                .param("unit", unit.code()).query(Long.class).single()).isEqualTo(3);
    }

    /** Until that many transactions wait for a row lock: the approvals reached the unit's lock. */
    private void awaitWaitersOnTheUnitLock(int waiters) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        long waiting = 0;
        while (System.nanoTime() < deadline) {
            waiting = jdbc.sql("""
                            select count(*) from pg_stat_activity
                            where datname = current_database() and wait_event_type = 'Lock'""")
                    .query(Long.class).single();
            if (waiting >= waiters) {
                return;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("Only " + waiting + " approvals waited for the unit's lock");
    }

    private long submit(String nip, String tuesday) throws Exception {
        assertThat(send(nip, "/api/me/code-of-conduct", "{}").statusCode()).isEqualTo(204);
        HttpResponse<String> answer = send(nip, "/api/plans",
                WeeklyPlanApiTest.week(nip, "KANTOR", tuesday, "KANTOR", "KANTOR", "KANTOR"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return json.readTree(answer.body()).get("id").asLong();
    }

    private HttpResponse<String> send(String account, String path, String body) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((account + ":demo12345")
                .getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Basic " + credentials).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
