package id.fleksi.security;

import id.fleksi.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new password too common to keep anyone out is refused with what to do; a change signs the account out of its
 * other sessions, on the page (the session making the change stays) and through the API (all of them end).
 */
class PasswordPolicyTest extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    AccountSetup accounts;

    @Test
    void commonPasswordsAreRefusedAndAChangeEndsTheOtherSessions() throws Exception {
        accounts.createAll(List.of(new NewAccount("uji-sesi", "Uji Sesi", null, Set.of(Role.PEGAWAI),
                "awal-12345", false)));

        for (String guessable : new String[]{"password123", "PASSWORD123", "        ", "23456789", "bismillah"}) {
            HttpResponse<String> refused = apiChange("awal-12345", "awal-12345", guessable);
            assertThat(refused.statusCode()).as(guessable).isEqualTo(400);
            assertThat(refused.body()).contains("newPassword", "terlalu mudah ditebak");
        }

        HttpClient desk = signedIn("awal-12345");
        HttpClient phone = signedIn("awal-12345");
        assertThat(status(desk, "/beranda/pegawai")).isEqualTo(200);
        assertThat(status(phone, "/beranda/pegawai")).isEqualTo(200);

        // on the desk's page: the desk stays signed in, the phone is signed out
        String form = desk.send(HttpRequest.newBuilder(uri("/akun/kata-sandi")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        HttpResponse<String> changed = desk.send(HttpRequest.newBuilder(uri("/akun/kata-sandi"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("currentPassword=awal-12345&newPassword=kopi-tubruk-pagi"
                        + "&confirmPassword=kopi-tubruk-pagi&_csrf=" + csrf(form))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(status(desk, "/beranda/pegawai")).isEqualTo(200);
        assertThat(status(phone, "/beranda/pegawai")).isEqualTo(302);

        // through the API, which keeps no session: every page session ends
        assertThat(apiChange("kopi-tubruk-pagi", "kopi-tubruk-pagi", "teh-manis-sore").statusCode()).isEqualTo(204);
        assertThat(status(desk, "/beranda/pegawai")).isEqualTo(302);
    }

    private HttpClient signedIn(String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String form = browser.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=uji-sesi&password=" + password + "&_csrf="
                        + csrf(form))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(302);
        return browser;
    }

    private HttpResponse<String> apiChange(String signInWith, String current, String next) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString(("uji-sesi:" + signInWith).getBytes());
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/api/me/password"))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .header("Accept-Language", "id")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"currentPassword\":\"" + current + "\",\"newPassword\":\""
                        + next + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
    }

    private int status(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static String csrf(String page) {
        Matcher token = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();
        return URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
