package id.fleksi.security;

import id.fleksi.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Set;

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

        PageSession desk = PageSession.signedIn(port, "uji-sesi", "awal-12345");
        PageSession phone = PageSession.signedIn(port, "uji-sesi", "awal-12345");
        assertThat(desk.status("/beranda/pegawai")).isEqualTo(200);
        assertThat(phone.status("/beranda/pegawai")).isEqualTo(200);

        // on the desk's page: the desk stays signed in, the phone is signed out
        HttpResponse<String> changed = desk.submit("/akun/kata-sandi", "/akun/kata-sandi",
                "currentPassword=awal-12345&newPassword=kopi-tubruk-pagi&confirmPassword=kopi-tubruk-pagi");
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(desk.status("/beranda/pegawai")).isEqualTo(200);
        assertThat(phone.status("/beranda/pegawai")).isEqualTo(302);

        // through the API, which keeps no session: every page session ends
        assertThat(apiChange("kopi-tubruk-pagi", "kopi-tubruk-pagi", "teh-manis-sore").statusCode()).isEqualTo(204);
        assertThat(desk.status("/beranda/pegawai")).isEqualTo(302);
    }

    private HttpResponse<String> apiChange(String signInWith, String current, String next) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString(("uji-sesi:" + signInWith).getBytes());
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/api/me/password"))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .header("Accept-Language", "id")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"currentPassword\":\"" + current + "\",\"newPassword\":\""
                        + next + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
