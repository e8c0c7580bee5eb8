package id.fleksi.security;

import id.fleksi.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's browser asks for several pages of one session at once right after signing in (tabs, a page and its
 * script): each is answered, none fails on the session store.
 */
class ConcurrentSessionTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void requestsOfOneSessionAtOnceAreAllAnswered() throws Exception {
        for (int round = 0; round < 5; round++) {
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            String login = browser.send(HttpRequest.newBuilder(uri("/login")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(login);
            assertThat(csrf.find()).isTrue();
            browser.send(HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=pegawai&password=demo12345&_csrf="
                            + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.discarding());
            List<CompletableFuture<HttpResponse<Void>>> pages = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                pages.add(browser.sendAsync(HttpRequest.newBuilder(uri(i % 2 == 0 ? "/beranda/pegawai" : "/notifikasi"))
                        .build(), HttpResponse.BodyHandlers.discarding()));
            }
            for (CompletableFuture<HttpResponse<Void>> page : pages) {
                assertThat(page.get().statusCode()).as("round " + round).isEqualTo(200);
            }
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
