package id.fleksi.security;

import id.fleksi.IntegrationTest;
import id.fleksi.planning.PlanTestUnits;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HR gives an employee who forgot their password a one-time initial password: shown once, to be changed at the
 * next sign-in; the employee's sessions end, their API tokens stop working, the old password no longer signs in,
 * and the reset is audited. HR's own account and an account out of service are not reset this way.
 */
class PasswordResetTest extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void hrGivesAOneTimeInitialPasswordAndEverythingOfTheOldOneEnds() throws Exception {
        String nip = PlanTestUnits.create(jdbc, "SANDI", 1, false).staff().get(0);
        PageSession employee = PageSession.signedIn(port, nip, "demo12345");
        String token = token(nip);
        assertThat(employee.status("/beranda/pegawai")).isEqualTo(200);
        assertThat(api(token)).isEqualTo(200);

        PageSession hr = PageSession.signedIn(port, "kepegawaian", "demo12345");
        assertThat(hr.get("/pegawai/" + nip).body()).contains("/pegawai/" + nip + "/atur-ulang-sandi");
        String confirm = hr.get("/pegawai/" + nip + "/atur-ulang-sandi").body();
        assertThat(confirm).contains("Buat kata sandi awal baru", "semua token API-nya dicabut");
        HttpResponse<String> done = hr.submit("/pegawai/" + nip + "/atur-ulang-sandi",
                "/pegawai/" + nip + "/atur-ulang-sandi", "x=1");
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        Matcher shown = Pattern.compile("data-testid=\"initial-password\">([^<]+)<").matcher(done.body());
        assertThat(shown.find()).isTrue();
        String initial = shown.group(1);
        assertThat(initial).hasSize(12).matches("[A-Za-z2-9]+");
        assertThat(jdbc.sql("select password_hash from account where username = :u").param("u", nip)
                .query(String.class).single()).doesNotContain(initial);

        // the old session, the old token and the old password no longer work
        assertThat(employee.status("/beranda/pegawai")).isEqualTo(302);
        assertThat(api(token)).isEqualTo(401);
        assertThat(PageSession.signInLeadsTo(port, nip, "demo12345")).contains("/login?error");
        // the initial one signs in, to the password page first
        PageSession again = PageSession.signedIn(port, nip, initial);
        assertThat(again.get("/beranda/pegawai").headers().firstValue("Location").orElse(""))
                .contains("/akun/kata-sandi");
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where action = 'PASSWORD_RESET' and subject_key = :u
                          and actor = 'kepegawaian'""")
                .param("u", nip).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void hrsOwnAccountAndAnAccountOutOfServiceAreNotReset() throws Exception {
        PageSession hr = PageSession.signedIn(port, "kepegawaian", "demo12345");
        String own = hr.submit("/pegawai/197701182022032006/atur-ulang-sandi",
                "/pegawai/197701182022032006/atur-ulang-sandi", "x=1").body();
        assertThat(own).contains("Ini akun Anda sendiri").doesNotContain("data-testid=\"initial-password\"");

        String nip = PlanTestUnits.create(jdbc, "SANDX", 1, false).staff().get(0);
        jdbc.sql("update account set enabled = false where username = :u").param("u", nip).update();
        String hash = jdbc.sql("select password_hash from account where username = :u").param("u", nip)
                .query(String.class).single();
        String disabled = hr.submit("/pegawai/" + nip + "/atur-ulang-sandi", "/pegawai/" + nip + "/atur-ulang-sandi",
                "x=1").body();
        assertThat(disabled).contains("Aktifkan pegawai terlebih dahulu")
                .doesNotContain("data-testid=\"initial-password\"");
        assertThat(jdbc.sql("select password_hash from account where username = :u").param("u", nip)
                .query(String.class).single()).isEqualTo(hash);
        assertThat(hr.status("/pegawai/199001012015031999/atur-ulang-sandi")).isEqualTo(404);
    }

    @Test
    void theForgottenPasswordPageSaysWhatToDoWithoutSigningIn() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/lupa-kata-sandi"))
                .header("Accept-Language", "id").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("bagian kepegawaian", "kata sandi awal");
        assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).contains("href=\"/lupa-kata-sandi\"");
    }

    private String token(String username) throws Exception {
        HttpResponse<String> made = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/api/tokens"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((username + ":demo12345").getBytes()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"ponsel\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(made.statusCode()).isEqualTo(201);
        Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(made.body());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private int api(String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/api/me"))
                        .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
