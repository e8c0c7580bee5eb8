package id.fleksi.shared.web;

import id.fleksi.IntegrationTest;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Request bodies are bounded before anything reads them: an import file at 10 MB, any other body at 2 MB; a longer
 * one is answered 413 with a problem in the caller's language, whether its length is declared or it comes in
 * chunks, and nothing of it is stored.
 */
class BodyLimitsTest extends IntegrationTest {

    private static final int MB = 1024 * 1024;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    void anImportFileOverTenMegabytesIsRefusedUnread() throws Exception {
        long employees = employees();
        byte[] csv = new byte[10 * MB + 1];
        Arrays.fill(csv, (byte) 'a');
        mvc.perform(post("/api/employees/import").contentType("text/csv").content(csv)
                        .with(httpBasic("kepegawaian", "demo12345")))
                .andExpect(status().isPayloadTooLarge());
        mvc.perform(post("/api/tasks/import").contentType("text/csv").content(csv)
                        .with(httpBasic("kepegawaian", "demo12345")))
                .andExpect(status().isPayloadTooLarge());
        assertThat(employees()).isEqualTo(employees);
    }

    @Test
    void aPagesUploadIsBoundedAtTenMegabytesUnlessItsModuleDeclaresMore() throws Exception {
        byte[] eleven = new byte[11 * MB];
        Arrays.fill(eleven, (byte) 'a');
        // refused by its declared length, before the form is parsed (and so before its CSRF token is looked for)
        mvc.perform(post("/pegawai/impor").contentType("multipart/form-data; boundary=x").content(eleven))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(request().attribute(BodyLimits.REFUSED_LIMIT, 10L * MB));
        // attendance declares 40 MB for its import: 11 MB passes on (to be refused here for its missing token)
        mvc.perform(post("/kehadiran/impor").contentType("multipart/form-data; boundary=x").content(eleven))
                .andExpect(status().isForbidden());
        byte[] fortyOne = Arrays.copyOf(eleven, 41 * MB);
        mvc.perform(post("/kehadiran/impor").contentType("multipart/form-data; boundary=x").content(fortyOne))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(request().attribute(BodyLimits.REFUSED_LIMIT, 40L * MB));
    }

    @Test
    void theErrorPageOfARefusedUploadSaysItsLimit() throws Exception {
        mvc.perform(get("/error").accept("text/html")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 413)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/kehadiran/impor")
                        .requestAttr(BodyLimits.REFUSED_LIMIT, 40L * MB))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("lebih besar dari 40 MB")));
    }

    @Test
    void anyOtherBodyOverTwoMegabytesIsRefused() throws Exception {
        byte[] json = ("{\"nip\":\"" + "1".repeat(2 * MB) + "\"}").getBytes(StandardCharsets.UTF_8);
        mvc.perform(post("/api/plans/validate").contentType("application/json").content(json)
                        .with(httpBasic("pegawai", "demo12345")))
                .andExpect(status().isPayloadTooLarge());
    }

    @Test
    void aChunkedBodyIsCutOffAtTheLimit() throws Exception {
        InputStream body = new SequenceInputStream(
                new ByteArrayInputStream("{\"nip\":\"".getBytes(StandardCharsets.UTF_8)),
                new ByteArrayInputStream(new byte[3 * MB]) {
                    @Override
                    public synchronized int read(byte[] b, int off, int len) {
                        int n = super.read(b, off, len);
                        if (n > 0) {
                            Arrays.fill(b, off, off + n, (byte) '7');
                        }
                        return n;
                    }
                });
        HttpResponse<String> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/plans/validate"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Basic " + Base64.getEncoder()
                                .encodeToString("pegawai:demo12345".getBytes(StandardCharsets.UTF_8)))
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("batas ukuran");
    }

    @Test
    void aBodyWithinTheLimitPassesAsBefore() throws Exception {
        mvc.perform(post("/api/plans/validate").contentType("application/json").content("{}")
                        .with(httpBasic("pegawai", "demo12345")))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("nip")));
    }

    private long employees() {
        return jdbc.sql("select count(*) from employee").query(Long.class).single();
    }
}
