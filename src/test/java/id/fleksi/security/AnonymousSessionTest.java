package id.fleksi.security;

import id.fleksi.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.web.context.WebApplicationContext;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in form stores no session for anonymous visitors (its CSRF token lives in a cookie of its own), so that
 * anyone opening it thousands of times fills no table; signing in makes the one session, and its forms still need
 * the token.
 */
class AnonymousSessionTest extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WebApplicationContext context;

    /**
     * MockMvc's {@code csrf()} of other tests swaps the forms' token store of the shared context for one in the
     * session; this test asks the application as configured.
     */
    @BeforeEach
    void theApplicationsOwnTokenStore() {
        MockHttpServletRequest probe = new MockHttpServletRequest(context.getServletContext(), "GET", "/login");
        probe.getServletContext().setAttribute(WebApplicationContext.ROOT_WEB_APPLICATION_CONTEXT_ATTRIBUTE, context);
        WebTestUtils.setCsrfTokenRepository(probe, SecurityConfiguration.csrfCookie());
    }

    @Test
    void theSignInFormStoresNoSessionAndSigningInStillNeedsTheFormsToken() throws Exception {
        long start = System.currentTimeMillis() - 1;
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("FLEKSI_SESSION"))
                    .anyMatch(cookie -> cookie.startsWith("FLEKSI_CSRF=") && cookie.contains("HttpOnly")
                            && cookie.contains("SameSite=Lax"));
        }
        assertThat(sessionsSince(start)).isZero();

        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String form = browser.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(form);
        assertThat(csrf.find()).isTrue();
        // without the token the sign-in is refused
        assertThat(post(browser, "/login", "username=pegawai&password=demo12345").statusCode()).isEqualTo(403);
        HttpResponse<String> signedIn = post(browser, "/login", "username=pegawai&password=demo12345&_csrf="
                + csrf.group(1));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/"));
        assertThat(sessionsSince(start)).isEqualTo(1);
        assertThat(browser.send(HttpRequest.newBuilder(uri("/beranda/pegawai")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> post(HttpClient browser, String path, String body) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sessions stored since the time (ms), which the expiry of older ones does not change. */
    private long sessionsSince(long start) {
        return jdbc.sql("select count(*) from spring_session where creation_time >= :start").param("start", start)
                .query(Long.class).single();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
