package id.fleksi.outputs;

import com.jayway.jsonpath.JsonPath;
import id.fleksi.IntegrationTest;
import id.fleksi.shared.InstitutionTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An output's evidence file, kept by the documents module: attached on the employee's phone form or through the API,
 * refused unless a PDF, PNG or JPEG within the limit (leaving nothing behind), and served as an attachment only to
 * whoever may read the output. Kartika Nugroho (pegawai) and Made Wijaya work in DISKOMINFO, headed by Joko Permata
 * (kepala); BAPPEDA has a head of its own.
 */
class OutputEvidenceTest extends IntegrationTest {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    UserDetailsService users;

    @Test
    void aPdfOnThePhoneFormIsKeptWithTheOutputAndServedOnlyWithinTheOutputsScope() throws Exception {
        String typed = "Laporan rapat koordinasi " + UUID.randomUUID();
        mvc.perform(multipart("/saya/hasil")
                        .file(new MockMultipartFile("evidence", "C:\\fakepath\\notulen rapat.pdf", "text/plain", PDF))
                        .param("date", today().toString()).param("taskCode", "KOM-APL").param("description", typed)
                        .with(user(users.loadUserByUsername("pegawai"))).with(csrf()))
                .andExpect(status().isFound());
        long id = outputId(typed);
        assertThat(jdbc.sql("""
                        select d.purpose || ' ' || d.file_name || ' ' || d.content_type || ' ' || d.size || ' '
                               || d.sha256 || ' ' || d.uploaded_by
                        from document d join work_output o on o.document_id = d.id where o.id = :id""")
                .param("id", id).query(String.class).single())
                .isEqualTo("OUTPUT_EVIDENCE notulen rapat.pdf application/pdf " + PDF.length + " " + sha256(PDF)
                        + " pegawai");
        assertThat(jdbc.sql("""
                        select count(*) from audit_event
                        where action = 'OUTPUT_EVIDENCE_STORED' and subject_key = :key""")
                .param("key", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select has_evidence from output_directory where id = :id").param("id", id)
                .query(Boolean.class).single()).isTrue();

        // the owner, the unit's head, HR and the PPK download it, as an attachment of its detected type
        for (String reader : List.of("pegawai", "kepala", "kepegawaian", "ppk")) {
            api(reader, get("/api/outputs/" + id + "/evidence"))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", "application/pdf"))
                    .andExpect(header().string("Content-Disposition",
                            "attachment; filename=\"notulen rapat.pdf\"; filename*=UTF-8''notulen%20rapat.pdf"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("Content-Security-Policy", "sandbox"))
                    .andExpect(content().bytes(PDF));
        }
        mvc.perform(get("/hasil-kerja/" + id + "/bukti").with(user(users.loadUserByUsername("kepala"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", "sandbox"))
                .andExpect(content().bytes(PDF));
        // another employee of the unit and the head of another unit: as if it did not exist
        for (String outsider : List.of(WorkOutputApiTest.MADE, WorkOutputApiTest.BAPPEDA_HEAD)) {
            api(outsider, get("/api/outputs/" + id + "/evidence")).andExpect(status().isNotFound());
            mvc.perform(get("/hasil-kerja/" + id + "/bukti").with(user(users.loadUserByUsername(outsider))))
                    .andExpect(status().isNotFound());
        }

        // the lists link to it: the employee's page, the head's page and the answer of the API
        mvc.perform(get("/saya/hasil").with(user(users.loadUserByUsername("pegawai"))))
                .andExpect(content().string(containsString("href=\"/hasil-kerja/" + id + "/bukti\"")));
        mvc.perform(get("/hasil-kerja").param("q", WorkOutputApiTest.KARTIKA)
                        .with(user(users.loadUserByUsername("kepala"))))
                .andExpect(content().string(containsString("href=\"/hasil-kerja/" + id + "/bukti\"")));
        api("pegawai", get("/api/outputs?size=200"))
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")].hasEvidence").value(true));
    }

    @Test
    void aRefusedFileLeavesNothingBehindAndTheFormKeepsWhatWasTyped() throws Exception {
        byte[] notAPdf = "Ini hanya teks biasa yang dinamai .pdf".getBytes(StandardCharsets.UTF_8);
        byte[] tooLarge = Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1);
        record Case(String name, byte[] bytes, String message) {
        }
        for (Case refused : List.of(
                new Case("laporan.pdf", notAPdf, "isinya bukan PDF, PNG, atau JPEG"),
                new Case("pindaian.pdf", tooLarge, "Berkas terlalu besar"),
                new Case("kosong.pdf", new byte[0], "Berkas kosong"))) {
            long documents = documents();
            String typed = "Uraian yang tidak boleh hilang " + UUID.randomUUID();
            mvc.perform(multipart("/saya/hasil")
                            .file(new MockMultipartFile("evidence", refused.name(), "application/pdf", refused.bytes()))
                            .param("date", today().toString()).param("taskCode", "KOM-APL")
                            .param("description", typed).param("link", "https://drive.sukamaju.go.id/a")
                            .with(user(users.loadUserByUsername("pegawai"))).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("id=\"evidence-error\""),
                            containsString(refused.message()), containsString(typed),
                            containsString("https://drive.sukamaju.go.id/a"), containsString("paling besar 5 MB"))));
            assertThat(documents()).as(refused.name()).isEqualTo(documents);
            assertThat(jdbc.sql("select count(*) from work_output where description = :d").param("d", typed)
                    .query(Long.class).single()).as(refused.name()).isZero();
        }
        // in English too, and through the API with the limit in the detail
        mvc.perform(multipart("/saya/hasil")
                        .file(new MockMultipartFile("evidence", "report.pdf", "application/pdf", notAPdf))
                        .param("date", today().toString()).param("description", "Report").param("lang", "en")
                        .with(user(users.loadUserByUsername("pegawai"))).with(csrf()))
                .andExpect(content().string(containsString("its content is no PDF, PNG or JPEG")));
        long id = record("Tanpa bukti " + UUID.randomUUID());
        long documents = documents();
        api("pegawai", multipart(HttpMethod.PUT, "/api/outputs/" + id + "/evidence")
                .file(new MockMultipartFile("evidence", "foto.png", "image/png", notAPdf)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("paling besar 5 MB")))
                .andExpect(jsonPath("$.errors[0].field").value("evidence"));
        api("pegawai", multipart(HttpMethod.PUT, "/api/outputs/" + id + "/evidence"))
                .andExpect(status().isBadRequest());
        assertThat(documents()).isEqualTo(documents);
        assertThat(documentOf(id)).isNull();
    }

    @Test
    void theOwnerAttachesAndReplacesEvidenceThroughTheApiUntilTheOutputIsAccepted() throws Exception {
        long id = record("Desain poster layanan " + UUID.randomUUID());
        api("pegawai", multipart(HttpMethod.PUT, "/api/outputs/" + id + "/evidence")
                .file(new MockMultipartFile("evidence", "poster.png", "application/octet-stream", PNG)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hasEvidence").value(true));
        Long png = documentOf(id);
        api("kepala", get("/api/outputs/" + id + "/evidence"))
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(content().bytes(PNG));

        // another employee, even of the same unit, cannot attach to it
        api(WorkOutputApiTest.MADE, multipart(HttpMethod.PUT, "/api/outputs/" + id + "/evidence")
                .file(new MockMultipartFile("evidence", "lain.pdf", "application/pdf", PDF)))
                .andExpect(status().isNotFound());
        assertThat(documentOf(id)).isEqualTo(png);

        // a new file takes the place of the old, which is removed
        api("pegawai", multipart(HttpMethod.PUT, "/api/outputs/" + id + "/evidence")
                .file(new MockMultipartFile("evidence", "Laporan résumé.pdf", "application/pdf", PDF)))
                .andExpect(status().isOk());
        assertThat(documentOf(id)).isNotEqualTo(png);
        assertThat(jdbc.sql("select count(*) from document where id = :id").param("id", png).query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("""
                        select action from audit_event
                        where (subject_type = 'WORK_OUTPUT' and subject_key = :output and action like 'OUTPUT_EVIDENCE%')
                           or (subject_type = 'DOCUMENT' and subject_key = :png)
                        order by id""")
                .param("output", String.valueOf(id)).param("png", String.valueOf(png)).query(String.class).list())
                .containsExactly("DOCUMENT_STORED", "OUTPUT_EVIDENCE_STORED", "DOCUMENT_DELETED",
                        "OUTPUT_EVIDENCE_REMOVED", "OUTPUT_EVIDENCE_STORED");
        api("pegawai", get("/api/outputs/" + id + "/evidence"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"Laporan r_sum_.pdf\"; "
                        + "filename*=UTF-8''Laporan%20r%C3%A9sum%C3%A9.pdf"))
                .andExpect(header().string("Content-Type", "application/pdf"));

        // once accepted, the evidence stays as it was reviewed
        api("kepala", post("/api/outputs/" + id + "/review").contentType(MediaType.APPLICATION_JSON)
                .content("{\"decision\":\"ACCEPTED\"}")).andExpect(status().isOk());
        api("pegawai", multipart(HttpMethod.PUT, "/api/outputs/" + id + "/evidence")
                .file(new MockMultipartFile("evidence", "baru.pdf", "application/pdf", PDF)))
                .andExpect(status().isConflict());
        // an output without evidence has no file to serve
        long bare = record("Tanpa berkas " + UUID.randomUUID());
        api("pegawai", get("/api/outputs/" + bare + "/evidence")).andExpect(status().isNotFound());
        mvc.perform(get("/saya/hasil").with(user(users.loadUserByUsername("pegawai"))))
                .andExpect(content().string(not(containsString("href=\"/hasil-kerja/" + bare + "/bukti\""))));
    }

    private long record(String description) throws Exception {
        String answer = api("pegawai", post("/api/outputs").contentType(MediaType.APPLICATION_JSON)
                .content(WorkOutputApiTest.body(today().toString(), null, description, null)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(answer, "$.id")).longValue();
    }

    private ResultActions api(String account,
                              org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request)
            throws Exception {
        return mvc.perform(request.with(httpBasic(account, WorkOutputApiTest.PASSWORD)));
    }

    private long outputId(String description) {
        return jdbc.sql("select id from work_output where description = :d").param("d", description)
                .query(Long.class).single();
    }

    private Long documentOf(long output) {
        return jdbc.sql("select document_id from work_output where id = :id and document_id is not null")
                .param("id", output).query(Long.class).optional().orElse(null);
    }

    private long documents() {
        return jdbc.sql("select count(*) from document").query(Long.class).single();
    }

    private LocalDate today() {
        return InstitutionTime.today(clock);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
