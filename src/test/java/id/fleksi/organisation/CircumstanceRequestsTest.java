package id.fleksi.organisation;

import com.jayway.jsonpath.JsonPath;
import id.fleksi.IntegrationTest;
import id.fleksi.attendance.RealisationTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
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
 * Requests for a special circumstance (Pasal 10; 13 ayat (2) huruf b) from asking to HR's decision, each in a unit
 * made for the test with a head of its own: the head recommends, HR decides, each in turn; the files are read only by
 * those who read the request; a refused request leaves nothing behind; and the approved request lifts the cap of
 * Pasal 13 ayat (1) in the verdict, naming its number.
 */
class CircumstanceRequestsTest extends IntegrationTest {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    /** 2026-W48, Monday 23 to Friday 27 November 2026, without holidays. */
    static final String WEEK = "2026-W48";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Test
    void theHeadRecommendsThenHrApprovesAndTheVerdictNamesTheRequest() throws Exception {
        RealisationTestData.HeadedUnit unit = RealisationTestData.headedUnit(jdbc);
        String employee = RealisationTestData.employee(jdbc, unit.code());
        String colleague = RealisationTestData.employee(jdbc, unit.code());
        RealisationTestData.HeadedUnit other = RealisationTestData.headedUnit(jdbc);

        // before any request, a third home day breaks the cap of Pasal 13 ayat (1)
        validate(employee, "id").andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.violations[*].rule", hasItem("LOKASI_MAKS_HARI")));

        long documents = count("document");
        String answer = api(employee, request("HEALTH", "2026-11-23", "2026-12-31", "Pemulihan pascaoperasi lutut",
                new MockMultipartFile("files", "surat-dokter.pdf", "application/pdf", PDF),
                new MockMultipartFile("files", "foto.png", "image/png", PNG)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("REQUESTED"))
                .andExpect(jsonPath("$.number", matchesPattern("KK-2026-\\d{6}")))
                .andExpect(jsonPath("$.files[1].fileName").value("foto.png"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(answer, "$.id")).longValue();
        String number = JsonPath.read(answer, "$.number");
        assertThat(count("document")).isEqualTo(documents + 2);
        assertThat(notified(unit.head(), id)).containsExactly("CIRCUMSTANCE_REQUESTED");

        // not approved yet: the week is still refused
        validate(employee, "id").andExpect(jsonPath("$.valid").value(false));

        // HR decides only after the head's recommendation; the employee never decides their own
        api("kepegawaian", decision(id, "APPROVED")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("menunggu rekomendasi pimpinan")));
        api(employee, decision(id, "APPROVED")).andExpect(status().isForbidden());
        // another unit's head and another employee do not see it, nor its files
        for (String outsider : List.of(other.head(), colleague)) {
            api(outsider, get("/api/special-circumstance-requests/" + id)).andExpect(status().isNotFound());
            api(outsider, get("/api/special-circumstance-requests/" + id + "/files/1"))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/keadaan-khusus/" + id + "/berkas/1").with(user(users.loadUserByUsername(outsider))))
                    .andExpect(status().isNotFound());
            api(outsider, get("/api/special-circumstance-requests?size=200"))
                    .andExpect(jsonPath("$.items[?(@.id == " + id + ")]").isEmpty());
        }
        api(other.head(), decision(id, "APPROVED")).andExpect(status().isNotFound());

        // the head reads the files and recommends
        api(unit.head(), get("/api/special-circumstance-requests/" + id + "/files/1"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(PDF));
        api(unit.head(), get("/api/special-circumstance-requests?status=REQUESTED&size=200"))
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")].number").value(number));
        api(unit.head(), decision(id, "APPROVED", "Mendukung, pekerjaan dapat dilakukan dari rumah"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RECOMMENDED"))
                .andExpect(jsonPath("$.recommendationNote").value("Mendukung, pekerjaan dapat dilakukan dari rumah"));
        api(unit.head(), decision(id, "REJECTED")).andExpect(status().isConflict());
        assertThat(notified("kepegawaian", id)).contains("CIRCUMSTANCE_RECOMMENDED");
        assertThat(notified(employee, id)).contains("CIRCUMSTANCE_RECOMMENDED");

        // HR finds it among those recommended, reads the file, and approves
        api("kepegawaian", get("/api/special-circumstance-requests?status=RECOMMENDED&q=" + number))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].recommendedBy").value(jdbc.sql("select display_name from account where username = :head")
                        .param("head", unit.head()).query(String.class).single()));
        api("ppk", get("/api/special-circumstance-requests/" + id + "/files/2")).andExpect(status().isOk())
                .andExpect(content().bytes(PNG));
        api("kepegawaian", decision(id, "APPROVED", null)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        api("kepegawaian", decision(id, "REJECTED")).andExpect(status().isConflict());
        assertThat(notified(employee, id)).contains("CIRCUMSTANCE_APPROVED");
        assertThat(jdbc.sql("select count(*) from special_circumstance where request_id = :id").param("id", id)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select action from audit_event where subject_key = :number order by id")
                .param("number", number).query(String.class).list())
                .containsExactly("CIRCUMSTANCE_REQUESTED", "CIRCUMSTANCE_RECOMMENDED", "CIRCUMSTANCE_DECIDED");

        // now the cap is lifted by Pasal 13 ayat (2) huruf b, naming the request, in both languages
        validate(employee, "id").andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.exceptionsApplied[?(@.rule == 'LOKASI_MAKS_HARI')].article")
                        .value("Pasal 13 ayat (2) huruf b"))
                .andExpect(jsonPath("$.exceptionsApplied[?(@.rule == 'LOKASI_MAKS_HARI')].reason",
                        hasItem(allOf(containsString("keadaan khusus (permohonan " + number + ") sampai"),
                                containsString("Pemulihan pascaoperasi lutut")))));
        validate(employee, "en")
                .andExpect(jsonPath("$.exceptionsApplied[?(@.rule == 'LOKASI_MAKS_HARI')].reason",
                        hasItem(containsString("special circumstance (request " + number + ") until"))));
    }

    @Test
    void aRequestNotRecommendedIsRejectedByHrAndLiftsNothing() throws Exception {
        RealisationTestData.HeadedUnit unit = RealisationTestData.headedUnit(jdbc);
        String employee = RealisationTestData.employee(jdbc, unit.code());
        String answer = api(employee, request("FAMILY_CARE", "2026-11-23", "2026-11-27", "Mendampingi orang tua",
                new MockMultipartFile("files", "surat.pdf", "application/pdf", PDF)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(answer, "$.id")).longValue();

        api(unit.head(), decision(id, "REJECTED", "Layanan tatap muka sedang padat")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("NOT_RECOMMENDED"));
        assertThat(notified("kepegawaian", id)).contains("CIRCUMSTANCE_NOT_RECOMMENDED");
        api("ppk", decision(id, "APPROVED")).andExpect(status().isForbidden());
        api("kepegawaian", decision(id, "MAYBE")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("decision"));
        api("kepegawaian", decision(id, "REJECTED", "Bukti belum cukup")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.decisionNote").value("Bukti belum cukup"));
        assertThat(notified(employee, id)).contains("CIRCUMSTANCE_REJECTED");
        assertThat(jdbc.sql("select count(*) from special_circumstance where request_id = :id").param("id", id)
                .query(Long.class).single()).isZero();
        validate(employee, "id").andExpect(jsonPath("$.valid").value(false));
        // the employee reads their own, and only theirs
        api(employee, get("/api/special-circumstance-requests"))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(id));
    }

    @Test
    void aRefusedRequestLeavesNothingBehind() throws Exception {
        RealisationTestData.HeadedUnit unit = RealisationTestData.headedUnit(jdbc);
        String employee = RealisationTestData.employee(jdbc, unit.code());
        byte[] notAPdf = "Hanya teks yang dinamai .pdf".getBytes(StandardCharsets.UTF_8);
        byte[] tooLarge = Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1);
        record Case(MockMultipartFile[] files, String message) {
        }
        MockMultipartFile good = new MockMultipartFile("files", "surat.pdf", "application/pdf", PDF);
        MockMultipartFile[] six = new MockMultipartFile[6];
        Arrays.fill(six, good);
        for (Case refused : List.of(
                new Case(new MockMultipartFile[] {good, new MockMultipartFile("files", "surat2.pdf", "application/pdf",
                        notAPdf)}, "isinya bukan PDF, PNG, atau JPEG"),
                new Case(new MockMultipartFile[] {new MockMultipartFile("files", "pindaian.pdf", "application/pdf",
                        tooLarge)}, "Berkas terlalu besar"),
                new Case(new MockMultipartFile[] {new MockMultipartFile("files", "kosong.pdf", "application/pdf",
                        new byte[0])}, "Berkas kosong"),
                new Case(new MockMultipartFile[0], "paling sedikit satu berkas bukti"),
                new Case(six, "Paling banyak 5 berkas"))) {
            long documents = count("document");
            long requests = count("special_circumstance_request");
            api(employee, request("HEALTH", "2026-11-23", "2026-12-31", "Rawat jalan", refused.files()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[?(@.field == 'files')].message",
                            hasItem(containsString(refused.message()))));
            assertThat(count("document")).as(refused.message()).isEqualTo(documents);
            assertThat(count("special_circumstance_request")).isEqualTo(requests);
        }
        long documents = count("document");
        api(employee, request("GEMPA", "2026-12-31", "2026-11-23", " ", good))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("kind")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("to")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("reason")));
        assertThat(count("document")).isEqualTo(documents);

        // the phone form keeps what was typed and says why the file was refused
        String typed = "Alasan yang tidak boleh hilang " + UUID.randomUUID();
        mvc.perform(multipart("/saya/keadaan-khusus")
                        .file(new MockMultipartFile("files", "surat.pdf", "application/pdf", notAPdf))
                        .param("kind", "DISASTER").param("from", "2026-11-23").param("to", "2026-12-31")
                        .param("reason", typed)
                        .with(user(users.loadUserByUsername(employee))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"files-error\""), containsString(typed),
                        containsString("value=\"2026-12-31\""), containsString("isinya bukan PDF, PNG, atau JPEG"))));
        assertThat(count("document")).isEqualTo(documents);
    }

    private ResultActions validate(String nip, String language) throws Exception {
        StringBuilder days = new StringBuilder();
        String[] kinds = {"RUMAH", "RUMAH", "KANTOR", "RUMAH", "KANTOR"};
        for (int i = 0; i < kinds.length; i++) {
            days.append(i == 0 ? "" : ",").append("{\"date\":\"2026-11-").append(23 + i).append("\",\"kind\":\"")
                    .append(kinds[i]).append("\"}");
        }
        return mvc.perform(post("/api/plans/validate").with(httpBasic(nip, "demo12345"))
                .header("Accept-Language", language).contentType(MediaType.APPLICATION_JSON)
                .content("{\"nip\":\"" + nip + "\",\"week\":\"" + WEEK + "\",\"flexType\":\"NONE\",\"days\":["
                        + days + "]}"));
    }

    private static MockMultipartHttpServletRequestBuilder request(String kind, String from, String to, String reason,
                                                                  MockMultipartFile... files) {
        MockMultipartHttpServletRequestBuilder builder = multipart("/api/special-circumstance-requests");
        for (MockMultipartFile file : files) {
            builder.file(file);
        }
        builder.param("kind", kind).param("from", from).param("to", to).param("reason", reason);
        return builder;
    }

    private static MockHttpServletRequestBuilder decision(long id, String decision) {
        return decision(id, decision, null);
    }

    private static MockHttpServletRequestBuilder decision(long id, String decision, String note) {
        return post("/api/special-circumstance-requests/" + id + "/decision").contentType(MediaType.APPLICATION_JSON)
                .content(note == null ? "{\"decision\":\"" + decision + "\"}"
                        : "{\"decision\":\"" + decision + "\",\"note\":\"" + note + "\"}");
    }

    private ResultActions api(String account, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(httpBasic(account, "demo12345")).header("Accept-Language", "id"));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** The kinds of notification the account received about the request, oldest first. */
    private List<String> notified(String username, long id) {
        return jdbc.sql("""
                        select n.kind from notification n join account a on a.id = n.account_id
                        where a.username = :username and n.link = :link order by n.id""")
                .param("username", username).param("link", "/keadaan-khusus/" + id)
                .query(String.class).list();
    }
}
