package id.fleksi.outputs;

import com.jayway.jsonpath.JsonPath;
import id.fleksi.IntegrationTest;
import id.fleksi.organisation.ActingHead;
import id.fleksi.organisation.ActingHeads;
import id.fleksi.shared.Actor;
import id.fleksi.shared.InstitutionTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Work outputs through the API against the demo institution: Kartika Nugroho (account pegawai) and Made Wijaya of
 * DISKOMINFO, headed by Joko Permata (kepala); DISKOMINFO lies under SETDA (headed by Agus Saputra); BAPPEDA and
 * RSUD-IGD (kepala.igd) are other units.
 */
class WorkOutputApiTest extends IntegrationTest {

    static final String KARTIKA = "198808122010042002";
    static final String MADE = "198012152004101004";
    static final String JOKO = "197608222012071001";
    static final String SETDA_HEAD = "198003132015011001";
    static final String BAPPEDA_NIP = "199312102015102009";
    static final String BAPPEDA_HEAD = "197202092010121008";
    static final String RSUD_IGD_NIP = "197204152000022003";
    static final String PASSWORD = "demo12345";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    ActingHeads actingHeads;

    @Autowired
    UserDetailsService users;

    @Test
    void anEmployeeRecordsAnOutputAndTheirHeadAcceptsItOnce() throws Exception {
        LocalDate today = InstitutionTime.today(clock);
        String description = "Memperbaiki formulir pengaduan " + UUID.randomUUID();
        String body = """
                {"date":"%s","taskCode":"KOM-APL","description":"  %s  ","link":"https://drive.sukamaju.go.id/laporan"}"""
                .formatted(today, description);
        String answer = send("pegawai", post("/api/outputs"), body)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/outputs/")))
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.date").value(today.toString()))
                .andExpect(jsonPath("$.taskCode").value("KOM-APL"))
                .andExpect(jsonPath("$.description").value(description))
                .andExpect(jsonPath("$.link").value("https://drive.sukamaju.go.id/laporan"))
                .andExpect(jsonPath("$.nip").value(KARTIKA))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(answer, "$.id")).longValue();
        assertThat(audit(id, "OUTPUT_RECORDED")).containsExactly("pegawai SUBMITTED " + description);

        // the head sees it in their list, and accepts it
        send("kepala", get("/api/outputs?nip=" + KARTIKA + "&status=SUBMITTED"), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
        send("kepala", post("/api/outputs/" + id + "/review"), "{\"decision\":\"ACCEPTED\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.reviewedBy").value("Joko Permata"));
        assertThat(audit(id, "OUTPUT_REVIEWED")).containsExactly("kepala ACCEPTED " + description);

        // a second review changes nothing
        send("kepala", post("/api/outputs/" + id + "/review"), "{\"decision\":\"RETURNED\",\"note\":\"Ulangi\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("sudah ditinjau sebelumnya")));
        assertThat(statusOf(id)).isEqualTo("ACCEPTED");

        // the employee reads it back with its status
        send("pegawai", get("/api/outputs"), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")].status", contains("ACCEPTED")));
    }

    @Test
    void aReturnNeedsANoteThatTheEmployeeThenReads() throws Exception {
        long id = record("pegawai", InstitutionTime.today(clock).minusDays(1), "Rapat koordinasi");

        send("kepala", post("/api/outputs/" + id + "/review"), "{\"decision\":\"RETURNED\",\"note\":\"  \"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("note"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Tuliskan catatan untuk pegawai")));
        send("kepala", post("/api/outputs/" + id + "/review"), "{\"decision\":\"MAYBE\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("decision"));
        assertThat(statusOf(id)).isEqualTo("SUBMITTED");
        assertThat(audit(id, "OUTPUT_REVIEWED")).isEmpty();

        send("kepala", post("/api/outputs/" + id + "/review"),
                "{\"decision\":\"RETURNED\",\"note\":\"Lampirkan notulen rapat.\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.reviewNote").value("Lampirkan notulen rapat."));
        send("pegawai", get("/api/outputs?status=RETURNED"), null)
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")].reviewNote",
                        contains("Lampirkan notulen rapat.")));
    }

    @Test
    void wrongOutputsAreRefusedAtTheirFieldInTheReadersLanguageAndNothingIsStored() throws Exception {
        LocalDate today = InstitutionTime.today(clock);
        String marker = UUID.randomUUID().toString();
        refused("{\"description\":\"" + marker + "\"}", 400, "date", "Isi tanggal hasil kerja.");
        refused(body("07-12-2026", null, marker, null), 400, "date", "Tanggal harus berbentuk TTTT-BB-HH, misalnya 2026-12-07.");
        refused(body(today.plusDays(1).toString(), null, marker, null), 422, "date", "Tanggal itu belum tiba");
        refused(body(today.minusDays(WorkOutputs.DAYS_BACK + 1).toString(), null, marker, null), 422, "date",
                "paling lama 31 hari");
        // KOM-JAR is a DISKOMINFO task, held by Putu Saputra, not by Kartika
        refused(body(today.toString(), "KOM-JAR", marker, null), 422, "taskCode", "Pilih salah satu tugas Anda");
        refused(body(today.toString(), "TIDAK-ADA", marker, null), 422, "taskCode", "Pilih salah satu tugas Anda");
        refused(body(today.toString(), null, "   ", null), 400, "description", "Tuliskan uraian hasil kerja.");
        refused(body(today.toString(), null, "x".repeat(501), null), 400, "description", "paling banyak 500 karakter");
        refused(body(today.toString(), null, marker, "javascript:alert(1)"), 400, "link", "diawali http:// atau https://");
        refused(body(today.toString(), null, marker, "ftp://files.sukamaju.go.id/a"), 400, "link", "diawali http://");
        refused(body(today.toString(), null, marker, "https://a b"), 400, "link", "tanpa spasi");
        refused(body(today.toString(), null, marker, "https://x.go.id/" + "a".repeat(490)), 400, "link", "500 karakter");

        mvc.perform(post("/api/outputs").with(httpBasic("pegawai", PASSWORD)).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content(body(today.plusDays(3).toString(), null, marker, null)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("date"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("That date has not come yet")));
        assertThat(jdbc.sql("select count(*) from work_output where description like :marker")
                .param("marker", "%" + marker + "%").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'OUTPUT_RECORDED' and after_state ->> 'description' like :marker")
                .param("marker", "%" + marker + "%").query(Long.class).single()).isZero();

        // the oldest day still accepted, with a task in lower case, and without a task
        send("pegawai", post("/api/outputs"), body(today.minusDays(WorkOutputs.DAYS_BACK).toString(), "kom-apl", marker, null))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.taskCode").value("KOM-APL"));
        send("pegawai", post("/api/outputs"), body(today.toString(), null, marker, "HTTPS://x.go.id/a?b=c"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.taskCode").doesNotExist());
    }

    @Test
    void onlyEmployeesRecordAndOnlyHeadsReview() throws Exception {
        LocalDate today = InstitutionTime.today(clock);
        send("ppk", post("/api/outputs"), body(today.toString(), null, "Menandatangani keputusan", null))
                .andExpect(status().isForbidden());
        long id = record("pegawai", today, "Uji formulir");
        send("pegawai", post("/api/outputs/" + id + "/review"), "{\"decision\":\"ACCEPTED\"}")
                .andExpect(status().isForbidden());
        send(MADE, post("/api/outputs/" + id + "/review"), "{\"decision\":\"ACCEPTED\"}")
                .andExpect(status().isForbidden());
        send("kepegawaian", post("/api/outputs/" + id + "/review"), "{\"decision\":\"ACCEPTED\"}")
                .andExpect(status().isForbidden());
        send("ppk", post("/api/outputs/" + id + "/review"), "{\"decision\":\"ACCEPTED\"}")
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/outputs").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
        assertThat(statusOf(id)).isEqualTo("SUBMITTED");
    }

    @Test
    void aHeadReviewsOnlyTheirUnitsAndUnitsBelowAndNeverTheirOwn() throws Exception {
        LocalDate today = InstitutionTime.today(clock);
        long kartikas = record("pegawai", today, "Dokumentasi API");
        long bappedas = record(BAPPEDA_NIP, today, "Menyusun dokumen RKPD");
        long jokos = record("kepala", today, "Memimpin rapat dinas");

        // outside the head's units: as if it did not exist
        send("kepala", post("/api/outputs/" + bappedas + "/review"), "{\"decision\":\"ACCEPTED\"}")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Hasil kerja itu tidak ditemukan."));
        send("kepala.igd", post("/api/outputs/" + kartikas + "/review"), "{\"decision\":\"ACCEPTED\"}")
                .andExpect(status().isNotFound());
        send("kepala", post("/api/outputs/999999999/review"), "{\"decision\":\"ACCEPTED\"}")
                .andExpect(status().isNotFound());
        // never one's own
        send("kepala", post("/api/outputs/" + jokos + "/review"), "{\"decision\":\"ACCEPTED\"}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("tidak dapat meninjau hasil kerja Anda sendiri")));
        assertThat(List.of(statusOf(bappedas), statusOf(kartikas), statusOf(jokos)))
                .containsOnly("SUBMITTED");

        // the head of SETDA, above DISKOMINFO, reviews both Kartika's and the DISKOMINFO head's
        send(SETDA_HEAD, post("/api/outputs/" + jokos + "/review"), "{\"decision\":\"ACCEPTED\"}")
                .andExpect(status().isOk());
        send(SETDA_HEAD, post("/api/outputs/" + kartikas + "/review"), "{\"decision\":\"ACCEPTED\"}")
                .andExpect(status().isOk());
        send(BAPPEDA_HEAD, post("/api/outputs/" + bappedas + "/review"), "{\"decision\":\"ACCEPTED\"}")
                .andExpect(status().isOk());
        assertThat(audit(jokos, "OUTPUT_REVIEWED")).containsExactly(SETDA_HEAD + " ACCEPTED Memimpin rapat dinas");
    }

    @Test
    void anActingHeadReviewsTheUnitAndTheUnitsBelowForTheDaysOfTheDelegation() throws Exception {
        LocalDate today = InstitutionTime.today(clock);
        // Ratna Gunawan works in RSUD-IGD, under RSUD; Made Wijaya (DISKOMINFO) stands in for RSUD's head today
        long ratnas = record(RSUD_IGD_NIP, today, "Mengantar pasien rujukan");
        send(MADE, post("/api/outputs/" + ratnas + "/review"), "{\"decision\":\"ACCEPTED\"}")
                .andExpect(status().isForbidden());
        Actor hr = (Actor) users.loadUserByUsername("kepegawaian");
        ActingHead plh = actingHeads.create(hr, "RSUD", new ActingHeads.NewActingHead(MADE, "PLH", today.toString(),
                today.toString(), "Surat Perintah Nomor 800/77/RSUD/2026"));
        try {
            send(MADE, get("/api/outputs?nip=" + RSUD_IGD_NIP), null)
                    .andExpect(jsonPath("$.items[*].id", hasItem((int) ratnas)));
            send(MADE, post("/api/outputs/" + ratnas + "/review"), "{\"decision\":\"ACCEPTED\"}")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.reviewedBy").value("Made Wijaya"));
        } finally {
            actingHeads.end(hr, "RSUD", plh.id());
        }
        // once the delegation has ended, the unit is out of reach again
        long another = record(RSUD_IGD_NIP, today, "Mengantar pasien pulang");
        send(MADE, post("/api/outputs/" + another + "/review"), "{\"decision\":\"ACCEPTED\"}")
                .andExpect(status().isForbidden());
        send("kepala.igd", post("/api/outputs/" + another + "/review"), "{\"decision\":\"ACCEPTED\"}")
                .andExpect(status().isOk());
    }

    @Test
    void everyoneReadsWithinTheirScope() throws Exception {
        LocalDate today = InstitutionTime.today(clock);
        long bappedas = record(BAPPEDA_NIP, today, "Evaluasi program " + UUID.randomUUID());
        long mades = record(MADE, today, "Siaran pers " + UUID.randomUUID());

        // an employee reads only their own, whatever NIP they ask for
        send("pegawai", get("/api/outputs?nip=" + BAPPEDA_NIP), null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        send("pegawai", get("/api/outputs?size=200"), null)
                .andExpect(jsonPath("$.items[*].nip", everyItem(is(KARTIKA))))
                .andExpect(jsonPath("$.items[*].id", not(hasItem((int) mades))));
        // the head of DISKOMINFO reads the unit's, not BAPPEDA's
        send("kepala", get("/api/outputs?nip=" + MADE), null)
                .andExpect(jsonPath("$.items[*].id", hasItem((int) mades)));
        send("kepala", get("/api/outputs?nip=" + BAPPEDA_NIP), null)
                .andExpect(jsonPath("$.total").value(0));
        send("kepala", get("/api/outputs?nip=Made"), null)
                .andExpect(jsonPath("$.items[*].nip", everyItem(is(MADE))));
        // HR and the PPK read all
        send("kepegawaian", get("/api/outputs?nip=" + BAPPEDA_NIP), null)
                .andExpect(jsonPath("$.items[*].id", hasItem((int) bappedas)));
        send("ppk", get("/api/outputs?nip=" + BAPPEDA_NIP + "&from=" + today.minusDays(92) + "&to=" + today), null)
                .andExpect(jsonPath("$.items[*].id", hasItem((int) bappedas)));
        // the range: seven days by default, at most 93, in order
        send("ppk", get("/api/outputs?nip=" + BAPPEDA_NIP + "&to=" + today.minusDays(1)), null)
                .andExpect(jsonPath("$.items[*].id", not(hasItem((int) bappedas))));
        send("ppk", get("/api/outputs?from=" + today.minusDays(93) + "&to=" + today), null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("paling lama 93 hari")));
        send("ppk", get("/api/outputs?from=" + today + "&to=" + today.minusDays(1)), null)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
        send("ppk", get("/api/outputs?from=kemarin"), null)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
        send("ppk", get("/api/outputs?status=DONE"), null)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"));
    }

    private long record(String account, LocalDate day, String description) throws Exception {
        String answer = send(account, post("/api/outputs"), body(day.toString(), null, description, null))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(answer, "$.id")).longValue();
    }

    private void refused(String body, int status, String field, String message) throws Exception {
        send("pegawai", post("/api/outputs"), body)
                .andExpect(status().is(status))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").value(containsString(message)));
    }

    private ResultActions send(String account,
                               org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                               String body) throws Exception {
        request.with(httpBasic(account, PASSWORD));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }

    private String statusOf(long id) {
        return jdbc.sql("select status from work_output where id = :id").param("id", id).query(String.class).single();
    }

    private List<String> audit(long id, String action) {
        return jdbc.sql("""
                        select actor || ' ' || (after_state ->> 'status') || ' ' || (after_state ->> 'description')
                        from audit_event where action = :action and subject_type = 'WORK_OUTPUT' and subject_key = :key
                        order by id""")
                .param("action", action).param("key", String.valueOf(id)).query(String.class).list();
    }

    static String body(String date, String taskCode, String description, String link) {
        return "{\"date\":\"" + date + "\"" + (taskCode == null ? "" : ",\"taskCode\":\"" + taskCode + "\"")
                + ",\"description\":\"" + description + "\"" + (link == null ? "" : ",\"link\":\"" + link + "\"") + "}";
    }
}
