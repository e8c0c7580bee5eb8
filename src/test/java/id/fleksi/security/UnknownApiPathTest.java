package id.fleksi.security;

import id.fleksi.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An /api path that nothing answers is a 404 problem for everyone; existing endpoints keep their rules. */
class UnknownApiPathTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @LocalServerPort
    int port;

    /** Over real HTTP, so that the server's error dispatch writes the problem. */
    @Test
    void anUnknownPathIsNotFoundSignedInOrNot() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String base = "http://localhost:" + port;
        HttpResponse<String> anonymous = client.send(HttpRequest.newBuilder(URI.create(base + "/api/tidak-ada"))
                .header("Accept-Language", "id").build(), HttpResponse.BodyHandlers.ofString());
        String basic = "Basic " + Base64.getEncoder().encodeToString("pegawai:demo12345".getBytes());
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/api/plans/1/tidak-ada"))
                .header("Authorization", basic).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        for (HttpResponse<String> response : List.of(anonymous, signedIn)) {
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            assertThat(response.body()).contains("\"status\":404").doesNotContain("Exception");
        }
        mvc.perform(get("/api/tidak-ada")).andExpect(status().isNotFound());
    }

    @Test
    void existingEndpointsKeepTheirRules() throws Exception {
        mvc.perform(get("/api/plans")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/audit").with(httpBasic("pegawai", "demo12345"))).andExpect(status().isForbidden());
        // an existing path with another method is not let through either
        mvc.perform(delete("/api/me")).andExpect(status().isUnauthorized());
    }
}
