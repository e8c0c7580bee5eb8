package id.fleksi.security;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A browser's session on the pages over real HTTP: its cookies, the sign-in form, forms sent with their CSRF token. */
final class PageSession {

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final int port;

    private PageSession(int port) {
        this.port = port;
    }

    /** A session that signed in on the form with these credentials (and was answered with a redirect). */
    static PageSession signedIn(int port, String username, String password) throws Exception {
        PageSession session = new PageSession(port);
        HttpResponse<String> answer = session.submit("/login", "/login",
                "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElse("")).as("signed in").doesNotContain("error");
        return session;
    }

    /** Where the sign-in form sent these credentials, without keeping the session. */
    static String signInLeadsTo(int port, String username, String password) throws Exception {
        return new PageSession(port).submit("/login", "/login", "username="
                        + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8))
                .headers().firstValue("Location").orElse("");
    }

    HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", "id").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    int status(String path) throws Exception {
        return get(path).statusCode();
    }

    /** Opens the page holding the form, then sends the form's fields with the page's CSRF token. */
    HttpResponse<String> submit(String formPage, String action, String fields) throws Exception {
        String page = get(formPage).body();
        return client.send(HttpRequest.newBuilder(uri(action)).header("Accept-Language", "id")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields + "&_csrf=" + csrf(page))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String csrf(String page) {
        Matcher token = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("a form with a CSRF token").isTrue();
        return URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
