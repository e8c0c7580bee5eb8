package id.fleksi.shared.web;

import id.fleksi.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bodies that cannot be read as their content type says are bad requests on every path, signed in or not, over
 * real HTTP (the server's own parsing is what fails): never a server error.
 */
class MalformedRequestsTest extends IntegrationTest {

    private static final String BASIC = "Basic " + Base64.getEncoder().encodeToString("ppk:demo12345".getBytes());

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void aMultipartBodyWithoutItsBoundaryIsABadRequest() throws Exception {
        assertThat(status("GET", "/login", "multipart/form-data", null, null)).isEqualTo(400);
        assertThat(status("POST", "/login", "multipart/form-data", "username=ppk", null)).isEqualTo(400);
        assertThat(status("POST", "/api/employees/import", "multipart/form-data; charset=UTF-8", "nip", BASIC))
                .isEqualTo(400);
        assertThat(status("GET", "/api/me", "multipart/mixed", null, BASIC)).isEqualTo(400);
    }

    @Test
    void aFormBodyThatCannotBeDecodedIsABadRequest() throws Exception {
        assertThat(status("POST", "/login", "application/x-www-form-urlencoded", "username=%zz&password=%", null))
                .isEqualTo(400);
        assertThat(status("POST", "/api/plans/validate", "application/x-www-form-urlencoded", "a=%zz", BASIC))
                .isEqualTo(400);
    }

    @Test
    void wellFormedRequestsPassAsBefore() throws Exception {
        assertThat(status("GET", "/login", null, null, null)).isEqualTo(200);
        assertThat(status("GET", "/api/me", "application/json", null, BASIC)).isEqualTo(200);
    }

    private int status(String method, String path, String contentType, String body, String authorization)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
