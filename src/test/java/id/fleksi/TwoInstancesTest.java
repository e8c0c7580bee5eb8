package id.fleksi;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fleksi as several stateless instances behind a load balancer on one PostgreSQL: the first instance runs the
 * embedded database, the second is configured with its address as an institution's would be. A session signed in
 * on one is served by the other, a plan submitted on one and approved on the other is seen approved on the first
 * at once, a token made on one signs in on the other, and a scheduled job both run every second reminds a head
 * once.
 */
class TwoInstancesTest {

    static final String PASSWORD = "demo12345";
    static final String EMPLOYEE_NIP = "198607062019062005";
    /** Both instances run the daily reminder of unit heads every second. */
    static final String EVERY_SECOND = "--fleksi.reminders.head-cron=* * * * * *";

    static Path dataDir;
    static int databasePort;
    static ForkedApplication first;
    static ForkedApplication second;

    @BeforeAll
    static void twoInstances() throws IOException {
        dataDir = ForkedApplication.dataDirectory("fleksi-two-");
        databasePort = ForkedApplication.freePort();
        Path logs = Path.of("target", "two-instances");
        first = ForkedApplication.start(logs.resolve("first.log"),
                "--fleksi.embedded-database.data-dir=" + dataDir.resolve("postgres"),
                "--fleksi.embedded-database.port=" + databasePort, EVERY_SECOND);
        second = ForkedApplication.start(logs.resolve("second.log"), EVERY_SECOND,
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + databasePort + "/postgres",
                "--spring.datasource.username=postgres");
    }

    @AfterAll
    static void stop() throws Exception {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
        ForkedApplication.delete(dataDir);
    }

    @Test
    void aSessionSignedInOnOneInstanceIsServedByTheOther() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String login = browser.send(HttpRequest.newBuilder(first.uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).isTrue();
        HttpResponse<Void> signedIn = browser.send(HttpRequest.newBuilder(first.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=pegawai&password=" + PASSWORD + "&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");

        // the same cookie, now sent to the other instance (the cookie jar is per host and port: copy it)
        String cookie = ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("FLEKSI_SESSION")).findFirst().orElseThrow().getValue();
        HttpResponse<String> home = HttpClient.newHttpClient().send(HttpRequest.newBuilder(second.uri("/beranda/pegawai"))
                .header("Cookie", "FLEKSI_SESSION=" + cookie).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Kartika Nugroho");
    }

    @Test
    void aPlanApprovedOnOneInstanceIsSeenApprovedOnTheOtherAtOnce() throws Exception {
        assertThat(first.call("POST", "/api/me/code-of-conduct", EMPLOYEE_NIP, PASSWORD, "{}").statusCode())
                .isEqualTo(204);
        HttpResponse<String> submitted = first.call("POST", "/api/plans", EMPLOYEE_NIP, PASSWORD, """
                {"nip":"%s","week":"2027-W40","flexType":"NONE","days":[
                 {"date":"2027-10-04","kind":"KANTOR"},{"date":"2027-10-05","kind":"RUMAH"},
                 {"date":"2027-10-06","kind":"KANTOR"},{"date":"2027-10-07","kind":"KANTOR"},
                 {"date":"2027-10-08","kind":"KANTOR"}]}""".formatted(EMPLOYEE_NIP));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        long id = Long.parseLong(submitted.body().replaceFirst("(?s).*?\"id\"\\s*:\\s*(\\d+).*", "$1"));

        // a token made on the first instance signs in on the second
        HttpResponse<String> token = first.call("POST", "/api/tokens", "kepala", PASSWORD, "{}");
        assertThat(token.statusCode()).isEqualTo(201);
        String bearer = "Bearer " + token.body().replaceFirst("(?s).*?\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        assertThat(second.send("POST", "/api/plans/" + id + "/approve", bearer, "{}").statusCode()).isEqualTo(200);

        HttpResponse<String> seen = first.call("GET", "/api/plans/" + id, EMPLOYEE_NIP, PASSWORD, null);
        assertThat(seen.statusCode()).isEqualTo(200);
        assertThat(seen.body()).contains("\"status\":\"APPROVED\"");
    }

    @Test
    void theDailyReminderOfHeadsRunsOnceThoughBothInstancesRunItEverySecond() throws Exception {
        // the demo holds two plans of next week waiting for the head of DISKOMINFO (account kepala)
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int reminders = 0;
        while (reminders == 0 && System.nanoTime() < deadline) {
            reminders = count("""
                    select count(*) from notification n join account a on a.id = n.account_id
                    where a.username = 'kepala' and n.kind = 'PLANS_WAITING'""");
            if (reminders == 0) {
                first.waitFor(Duration.ofMillis(250));
            }
        }
        assertThat(reminders).as("the head's reminder of plans waiting").isOne();
        int runs = count("select count(*) from audit_event where action like 'REMINDER%'");
        // both instances keep trying every second; the head is still reminded once that day
        first.waitFor(Duration.ofSeconds(3));
        assertThat(count("""
                select count(*) from notification n join account a on a.id = n.account_id
                where a.username = 'kepala' and n.kind = 'PLANS_WAITING'""")).isOne();
        System.out.printf("TwoInstancesTest: %d reminder runs audited, one reminder sent%n",
                Math.max(runs, count("select count(*) from audit_event where action like 'REMINDER%'")));
    }

    private static int count(String sql) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + databasePort + "/postgres",
                "postgres", ""); Statement s = db.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
