package id.fleksi.evaluation;

import id.fleksi.IntegrationTest;
import id.fleksi.evaluation.EvaluationTestData.StoredViolation;
import id.fleksi.evaluation.EvaluationTestData.TestUnit;
import id.fleksi.shared.InstitutionTime;
import id.fleksi.shared.web.Paged;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
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
 * Evaluations (Pasal 35) through the API and the pages, on units made for each test, with plans in 2028 under the
 * demo determination (at least 50% of a unit in the office each working day).
 */
class EvaluationTest extends IntegrationTest {

    private static final String PASSWORD = "demo12345";
    private static final List<String> OFFICE = List.of("KANTOR", "KANTOR", "KANTOR", "KANTOR", "KANTOR");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;
    @Autowired
    FigureCalculator calculator;

    /**
     * Four employees over two weeks, 3-14 January 2028 (W01, W02), and a third week outside the period:
     * E1 home Mon-Tue (W01), another location Wed (W02), both approved; E2 dinamis approved with home Mon and another
     * office Tue (W01), and a plan still waiting (W02); E3 on leave Mon (W01), no flexible work; E4 a rejected home
     * day (W01) and an approved sif week (W02).
     */
    @Test
    void aUnitEvaluationCountsItsPlansRecordsAndIndicatorsFromTheData() throws Exception {
        TestUnit unit = EvaluationTestData.unit(jdbc, "FIG", 4);
        String e1 = unit.staff().get(0);
        String e2 = unit.staff().get(1);
        String e3 = unit.staff().get(2);
        String e4 = unit.staff().get(3);
        LocalDate w1 = LocalDate.of(2028, 1, 3);
        LocalDate w2 = LocalDate.of(2028, 1, 10);
        EvaluationTestData.plan(jdbc, e1, unit.code(), w1, "NONE", "APPROVED",
                List.of("RUMAH", "RUMAH", "KANTOR", "KANTOR", "KANTOR"));
        EvaluationTestData.plan(jdbc, e2, unit.code(), w1, "DINAMIS", "APPROVED",
                List.of("RUMAH", "KANTOR_LAIN", "KANTOR", "KANTOR", "KANTOR"),
                new StoredViolation("LAYANAN_MINIMUM", "Pasal 27", w1));
        EvaluationTestData.plan(jdbc, e3, unit.code(), w1, "NONE", "APPROVED",
                List.of("CUTI", "KANTOR", "KANTOR", "KANTOR", "KANTOR"));
        EvaluationTestData.plan(jdbc, e4, unit.code(), w1, "NONE", "REJECTED",
                List.of("KANTOR", "KANTOR", "RUMAH", "KANTOR", "KANTOR"),
                new StoredViolation("INFRASTRUKTUR", "Pasal 15–16", null));
        EvaluationTestData.plan(jdbc, e1, unit.code(), w2, "NONE", "APPROVED",
                List.of("KANTOR", "KANTOR", "LOKASI_LAIN", "KANTOR", "KANTOR"));
        EvaluationTestData.plan(jdbc, e2, unit.code(), w2, "DINAMIS", "SUBMITTED",
                List.of("RUMAH", "KANTOR", "KANTOR", "KANTOR", "KANTOR"),
                new StoredViolation("KUOTA_LOKASI", "Pasal 14", w2), new StoredViolation("INFRASTRUKTUR",
                        "Pasal 15–16", null));
        EvaluationTestData.plan(jdbc, e4, unit.code(), w2, "SIF", "APPROVED",
                List.of("SIF", "SIF", "SIF", "SIF", "SIF"));
        // outside the period: counts nowhere
        EvaluationTestData.plan(jdbc, e1, unit.code(), LocalDate.of(2028, 1, 17), "NONE", "APPROVED",
                List.of("RUMAH", "KANTOR", "KANTOR", "KANTOR", "KANTOR"),
                new StoredViolation("KUOTA_LOKASI", "Pasal 14", LocalDate.of(2028, 1, 17)));
        // discipline: E2's case ends in the period, E3's starts in it, E1's ended before it
        EvaluationTestData.discipline(jdbc, e2, LocalDate.of(2027, 12, 1), LocalDate.of(2028, 1, 5), "SERVING");
        EvaluationTestData.discipline(jdbc, e3, LocalDate.of(2028, 1, 10), null, "IN_PROCESS");
        EvaluationTestData.discipline(jdbc, e1, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 6, 30), "SERVING");
        // predicates: the latest up to 2028 counts (E2's 2026 one and E4's 2029 one do not)
        EvaluationTestData.predicate(jdbc, e1, 2027, "SANGAT_BAIK");
        EvaluationTestData.predicate(jdbc, e2, 2026, "KURANG");
        EvaluationTestData.predicate(jdbc, e2, 2027, "BAIK");
        EvaluationTestData.predicate(jdbc, e3, 2027, "BUTUH_PERBAIKAN");
        EvaluationTestData.predicate(jdbc, e4, 2029, "SANGAT_BAIK");
        // the head imports the unit's service indicators: the semester's IKM counts, last year's does not
        // with the optional target, baseline and direction: a response time, better lower, is met at or below it
        String csv = "unitCode;periodFrom;periodTo;name;value;measure;target;baseline;better\n"
                + unit.code() + ";2028-01-01;2028-06-30;IKM;82,5;indeks;80;79;\n"
                + unit.code() + ";2027-01-01;2027-12-31;IKM;79;indeks;;;\n"
                + unit.code() + ";2026-01-01;2026-12-31;IKM;70;indeks;;;\n"
                + unit.code() + ";2028-01-01;2028-06-30;Waktu tanggap;3;hari;2;5;LOWER\n"
                + unit.code() + ";2028-01-01;2028-06-30;Pengaduan selesai;95;persen;;;HIGHER\n";
        mvc.perform(multipart("/evaluasi/indikator/impor")
                        .file(new MockMultipartFile("berkas", "ikm.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(user(users.loadUserByUsername(unit.head()))).with(csrf()))
                .andExpect(status().is3xxRedirection());

        JsonNode figures = figures(open(unit.head(), "2028-01-03", "2028-01-14", unit.code())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.level").value("UNIT")));

        assertThat(figures.get("employees").asInt()).isEqualTo(4);
        assertThat(figures.get("participants").asInt()).isEqualTo(3);
        assertThat(usage(figures, "LOKASI")).isEqualTo(2);
        assertThat(usage(figures, "DINAMIS")).isEqualTo(1);
        assertThat(usage(figures, "SIF")).isEqualTo(1);
        JsonNode plans = figures.get("plans");
        assertThat(List.of(plans.get("total").asInt(), plans.get("approved").asInt(), plans.get("rejected").asInt(),
                plans.get("waiting").asInt(), plans.get("approvedPercent").asInt(), plans.get("rejectedPercent").asInt()))
                .containsExactly(7, 5, 1, 1, 71, 14);
        assertThat(rows(figures.get("locationDaysByEmployee"), "nip", "kantorLain", "rumah", "lokasiLain", "total"))
                .containsExactly(e1 + " 0 2 1 3", e2 + " 1 1 0 2");
        assertThat(rows(figures.get("locationDaysByDay"), "date", "kantorLain", "rumah", "lokasiLain", "total"))
                .containsExactly("2028-01-03 0 2 0 2", "2028-01-04 1 1 0 2", "2028-01-12 0 0 1 1");
        assertThat(rows(figures.get("violations"), "rule", "article", "occurrences", "plans"))
                .containsExactly("INFRASTRUKTUR Pasal 15–16 2 2", "KUOTA_LOKASI Pasal 14 1 1",
                        "LAYANAN_MINIMUM Pasal 27 1 1");
        // 3 January: 2 at home and 1 on leave leave 1 of 4 in the office (25% < 50%); 4 January: 2 of 4 is 50%
        assertThat(rows(figures.get("coverageBreaches"), "date", "unitCode", "staff", "inOffice", "inOfficePercent",
                "minimumPercent")).containsExactly("2028-01-03 " + unit.code() + " 4 1 25 50");
        JsonNode discipline = figures.get("discipline");
        assertThat(List.of(group(discipline.get("participants")), group(discipline.get("nonParticipants")),
                group(discipline.get("all")))).containsExactly("3 1 1", "1 1 1", "4 2 2");
        assertThat(rows(figures.get("predicates"), "predikat", "participants", "nonParticipants")).containsExactly(
                "SANGAT_BAIK 1 0", "BAIK 1 0", "BUTUH_PERBAIKAN 0 1", "KURANG 0 0", "SANGAT_KURANG 0 0",
                "null 1 0");
        assertThat(rows(figures.get("serviceIndicators"), "unitCode", "name", "value", "measure", "target",
                "baseline", "targetMet", "previousValue", "previousFrom", "lowerIsBetter")).containsExactly(
                unit.code() + " IKM 82.5 indeks 80 79 true 79 2027-01-01 false",
                unit.code() + " Pengaduan selesai 95 persen null null null null null false",
                unit.code() + " Waktu tanggap 3 hari 2 5 false null null true");
        assertThat(rows(figures.get("perUnit"), "unitCode", "staff", "participants", "lokasi", "dinamis", "sif",
                "approved", "rejected", "waiting", "coverageBreaches"))
                .containsExactly(unit.code() + " 4 3 2 1 1 5 1 1 1");
    }

    @Test
    void aFinalizedEvaluationKeepsTheFiguresOfItsDayWhileADraftIsComputedAgainWhenAsked() throws Exception {
        TestUnit unit = EvaluationTestData.unit(jdbc, "FRZ", 2);
        LocalDate monday = LocalDate.of(2028, 3, 6);
        long plan = EvaluationTestData.plan(jdbc, unit.staff().get(0), unit.code(), monday, "NONE", "SUBMITTED",
                List.of("RUMAH", "KANTOR", "KANTOR", "KANTOR", "KANTOR"));
        long id = id(open(unit.head(), "2028-03-06", "2028-03-10", unit.code()).andExpect(status().isCreated()));
        JsonNode draft = figures(read(unit.head(), id));
        assertThat(draft.get("plans").get("waiting").asInt()).isEqualTo(1);
        assertThat(usage(draft, "LOKASI")).isZero();

        // a draft keeps the figures of its last computation, with its time, until its author asks again
        String computedAt = json.readTree(read(unit.head(), id).andReturn().getResponse().getContentAsString())
                .get("figuresComputedAt").asString();
        assertThat(computedAt).isNotBlank();
        EvaluationTestData.approve(jdbc, plan);
        assertThat(usage(figures(read(unit.head(), id)), "LOKASI")).isZero();
        mvc.perform(post("/api/evaluations/" + id + "/recompute").with(httpBasic("kepegawaian", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/evaluations/" + id + "/recompute").with(httpBasic(unit.head(), PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures.usage[?(@.type == 'LOKASI')].employees").value(1));
        JsonNode recomputed = json.readTree(read(unit.head(), id).andReturn().getResponse().getContentAsString());
        assertThat(usage(recomputed.get("figures"), "LOKASI")).isEqualTo(1);
        assertThat(java.time.Instant.parse(recomputed.get("figuresComputedAt").asString()))
                .isAfterOrEqualTo(java.time.Instant.parse(computedAt));

        // finalizing needs findings, a recommendation, and for HENTIKAN_SEBAGIAN the tasks it stops
        finalize(unit.head(), id, "{\"recommendation\":\"LANJUTKAN\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("findings"));
        finalize(unit.head(), id, "{\"findings\":\"Layanan tetap berjalan.\",\"recommendation\":\"HENTIKAN_SEBAGIAN\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("tasks"));
        finalize(unit.head(), id, "{\"findings\":\"Layanan tetap berjalan.\",\"recommendation\":\"LANJUTKAN\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("FINAL"))
                .andExpect(jsonPath("$.signer.nip").value(unit.head()))
                .andExpect(jsonPath("$.figures.usage[0].employees").value(1));

        // the data changes afterwards: another employee works at home, a disciplinary case opens
        EvaluationTestData.plan(jdbc, unit.staff().get(1), unit.code(), monday, "NONE", "APPROVED",
                List.of("KANTOR", "RUMAH", "KANTOR", "KANTOR", "KANTOR"));
        EvaluationTestData.discipline(jdbc, unit.staff().get(1), LocalDate.of(2028, 3, 1), null, "IN_PROCESS");
        JsonNode frozen = figures(read("kepegawaian", id));
        assertThat(usage(frozen, "LOKASI")).isEqualTo(1);
        assertThat(frozen.get("plans").get("total").asInt()).isEqualTo(1);
        assertThat(frozen.get("discipline").get("all").get("withCases").asInt()).isZero();

        // a final evaluation is not finalized again, and the database refuses to change it
        finalize(unit.head(), id, "{\"findings\":\"Lagi\",\"recommendation\":\"SESUAIKAN\"}")
                .andExpect(status().isConflict());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(
                "update evaluation set findings = 'diubah' where id = :id").param("id", id).update())
                .hasMessageContaining("final");
        assertThat(jdbc.sql("""
                        select string_agg(action, ',' order by id) from audit_event
                        where subject_type = 'EVALUATION' and subject_key like :key""")
                .param("key", unit.code() + "/%").query(String.class).single())
                .isEqualTo("EVALUATION_OPENED,EVALUATION_FINALIZED");
        // the same unit and period again is the existing evaluation
        open(unit.head(), "2028-03-06", "2028-03-10", unit.code()).andExpect(status().isConflict())
                .andExpect(jsonPath("$.evaluationId").value(id));
    }

    @Test
    void theCsvExportCarriesTheFiguresInUtf8WithAByteOrderMark() throws Exception {
        TestUnit unit = EvaluationTestData.unit(jdbc, "CSV", 2);
        EvaluationTestData.plan(jdbc, unit.staff().get(0), unit.code(), LocalDate.of(2028, 4, 3), "NONE",
                "APPROVED", List.of("KANTOR", "RUMAH", "KANTOR", "KANTOR", "KANTOR"),
                new StoredViolation("INFRASTRUKTUR", "Pasal 15–16", null));
        long id = id(open(unit.head(), "2028-04-03", "2028-04-07", unit.code()));
        finalize(unit.head(), id, "{\"findings\":\"Sesuai rencana, tetap hadir 50%.\",\"recommendation\":\"LANJUTKAN\"}")
                .andExpect(status().isOk());

        MvcResult result = mvc.perform(get("/api/evaluations/" + id + "/export").param("format", "csv")
                        .with(httpBasic("kepegawaian", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString(
                        "filename=\"evaluasi-" + unit.code() + "-2028-04-03-2028-04-07.csv\"")))
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn();
        byte[] bytes = result.getResponse().getContentAsByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = List.of(new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("Laporan Evaluasi Fleksibilitas Kerja \u2013 Unit evaluasi " + unit.code()
                + " (" + unit.code() + ")");
        assertThat(lines.get(1)).isEqualTo("Periode 3 April 2028 s.d. 7 April 2028 \u2013 Final");
        int header = lines.indexOf("Aturan;Pasal;Kejadian;Rencana");
        assertThat(header).isPositive();
        assertThat(lines.get(header + 1)).isEqualTo("INFRASTRUKTUR;Pasal 15–16;1;1");
        int plans = lines.indexOf("Status;Rencana;%");
        assertThat(lines.subList(plans + 1, plans + 5)).containsExactly("Disetujui;1;100", "Ditolak;0;0",
                "Menunggu keputusan;0;0", "Jumlah rencana;1;");
        assertThat(lines).contains("Temuan: Sesuai rencana, tetap hadir 50%.", "Rekomendasi: Lanjutkan");
        // an unknown format is refused
        mvc.perform(get("/api/evaluations/" + id + "/export").param("format", "doc")
                .with(httpBasic("kepegawaian", PASSWORD))).andExpect(status().isBadRequest());
    }

    @Test
    void theInstitutionEvaluationListsTheFinalizedUnitEvaluationsAndTheUnitsWithoutOne() throws Exception {
        TestUnit a = EvaluationTestData.unit(jdbc, "AGA", 2);
        TestUnit b = EvaluationTestData.unit(jdbc, "AGB", 3);
        LocalDate monday = LocalDate.of(2028, 5, 8);
        EvaluationTestData.plan(jdbc, a.staff().get(0), a.code(), monday, "NONE", "APPROVED",
                List.of("RUMAH", "KANTOR", "KANTOR", "KANTOR", "KANTOR"));
        EvaluationTestData.plan(jdbc, b.staff().get(0), b.code(), monday, "DINAMIS", "APPROVED", OFFICE);
        EvaluationTestData.plan(jdbc, b.staff().get(1), b.code(), monday, "NONE", "REJECTED", OFFICE);
        long ofA = id(open(a.head(), "2028-05-01", "2028-05-31", a.code()));
        long ofB = id(open(b.head(), "2028-05-01", "2028-05-31", b.code()));

        // scope: a head evaluates and reads only their units; the institution is the PPK's; HR opens none
        open(a.head(), "2028-05-01", "2028-05-31", b.code()).andExpect(status().isForbidden());
        read(a.head(), ofB).andExpect(status().isForbidden());
        finalize(a.head(), ofB, "{\"findings\":\"x\",\"recommendation\":\"LANJUTKAN\"}")
                .andExpect(status().isForbidden());
        open(a.head(), "2028-05-01", "2028-05-31", null).andExpect(status().isForbidden());
        open("kepegawaian", "2028-05-01", "2028-05-31", a.code()).andExpect(status().isForbidden());
        read(a.staff().get(0), ofA).andExpect(status().isForbidden());
        mvc.perform(get("/api/evaluations").with(httpBasic(a.head(), PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].unitCode").value(a.code()));

        finalize(a.head(), ofA, "{\"findings\":\"Lancar.\",\"recommendation\":\"LANJUTKAN\"}")
                .andExpect(status().isOk());
        finalize(b.head(), ofB, "{\"findings\":\"Satu rencana ditolak.\",\"recommendation\":\"SESUAIKAN\"}")
                .andExpect(status().isOk());

        ResultActions institution = open("ppk", "2028-05-01", "2028-05-31", null).andExpect(status().isCreated())
                .andExpect(jsonPath("$.level").value("INSTANSI"));
        JsonNode figures = figures(institution);
        long id = id(institution);
        assertThat(rows(figures.get("unitEvaluations"), "unitCode", "recommendation", "participants", "approved",
                "rejected")).containsExactly(a.code() + " LANJUTKAN 1 1 0", b.code() + " SESUAIKAN 1 1 1");
        List<String> missing = rows(figures.get("unitsWithoutEvaluation"), "code");
        assertThat(missing).contains("DISKOMINFO", "SETDA").doesNotContain(a.code(), b.code());
        // institution-wide figures of the month: only these units planned in May 2028
        assertThat(figures.get("participants").asInt()).isEqualTo(2);
        assertThat(figures.get("plans").get("total").asInt()).isEqualTo(3);

        // the PPK's confirmation before finalizing says which units have no final unit evaluation yet
        var ppk = user(users.loadUserByUsername("ppk"));
        mvc.perform(post("/evaluasi/" + id).with(ppk).with(csrf()).param("findings", "Dua unit dievaluasi.")
                        .param("recommendation", "SESUAIKAN").param("version", String.valueOf(jdbc.sql(
                                "select version from evaluation where id = :id").param("id", id).query(Long.class)
                                .single())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/evaluasi/" + id + "/finalkan").with(ppk))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"finalize-missing-units\"")))
                .andExpect(content().string(containsString(missing.size()
                        + " unit belum memiliki evaluasi unit yang final untuk periode ini (Pasal 35 ayat (1)")))
                .andExpect(content().string(containsString(">" + missing.get(0))));

        finalize("ppk", id, "{\"findings\":\"Dua unit dievaluasi.\",\"recommendation\":\"SESUAIKAN\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.signer.name").value("Pejabat Pembina Kepegawaian"))
                .andExpect(jsonPath("$.figures.unitEvaluations.length()").value(2));
        read("kepegawaian", id).andExpect(status().isOk());
        read(a.head(), id).andExpect(status().isForbidden());
    }

    @Test
    void theInstitutionPageShowsItsUnitsAPageAtATimeAndFindsAUnitByCodeOrName() throws Exception {
        List<TestUnit> made = new java.util.ArrayList<>();
        for (int i = 0; i <= Paged.DEFAULT_SIZE; i++) {
            made.add(EvaluationTestData.unit(jdbc, "PGU", 1));
        }
        // more service indicators than the page lists: two for each unit made
        for (TestUnit unit : made) {
            jdbc.sql("""
                            insert into service_indicator (unit_id, period_from, period_to, name, value, measure,
                                                           recorded_by)
                            select (select id from unit where code = :unit), date '2031-02-01', date '2031-02-28',
                                   'Indikator ' || n, 80 + n, 'indeks', 'test'
                            from generate_series(1, 2) n""").param("unit", unit.code()).update();
        }
        ResultActions opened = open("ppk", "2031-02-03", "2031-02-07", null).andExpect(status().isCreated());
        long id = id(opened);
        int indicators = figures(opened).get("serviceIndicators").size();
        assertThat(indicators).isGreaterThanOrEqualTo(2 * made.size());
        List<String> all = rows(figures(opened).get("perUnit"), "unitCode");
        assertThat(all).hasSizeGreaterThan(Paged.DEFAULT_SIZE)
                .contains(made.get(0).code(), made.get(made.size() - 1).code());
        var ppk = user(users.loadUserByUsername("ppk"));

        String first = mvc.perform(get("/evaluasi/" + id).with(ppk)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(unitCodes(first)).containsExactlyElementsOf(all.subList(0, Paged.DEFAULT_SIZE));
        assertThat(first).contains("1\u2013" + Paged.DEFAULT_SIZE + " dari " + all.size(),
                "Ditampilkan " + EvaluationPages.ROWS_SHOWN + " dari " + indicators + " indikator layanan");
        String indicatorTable = first.substring(first.indexOf("data-testid=\"figures-indicators\""));
        assertThat(indicatorTable.substring(0, indicatorTable.indexOf("</table>")).split("data-indicator=", -1))
                .hasSize(EvaluationPages.ROWS_SHOWN + 1);
        String second = mvc.perform(get("/evaluasi/" + id).param("page", "1").with(ppk)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(unitCodes(second)).containsExactlyElementsOf(all.subList(Paged.DEFAULT_SIZE,
                Math.min(all.size(), 2 * Paged.DEFAULT_SIZE)));

        String wanted = made.get(made.size() - 1).code();
        String found = mvc.perform(get("/evaluasi/" + id).param("q", wanted.toLowerCase(Locale.ROOT)).with(ppk))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(unitCodes(found)).contains(wanted).allSatisfy(code -> assertThat(code).contains(wanted));
        String byName = mvc.perform(get("/evaluasi/" + id).param("q", "unit evaluasi " + wanted).with(ppk))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(unitCodes(byName)).contains(wanted);
        String none = mvc.perform(get("/evaluasi/" + id).param("q", "tidak ada unit seperti ini").with(ppk))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(unitCodes(none)).isEmpty();
    }

    /** The unit codes of the rows of the page's table of units, in order. */
    private static List<String> unitCodes(String page) {
        int table = page.indexOf("data-testid=\"figures-per-unit\"");
        String rows = page.substring(table, page.indexOf("</table>", table));
        List<String> codes = new java.util.ArrayList<>();
        java.util.regex.Matcher code = java.util.regex.Pattern.compile("<td><span>([^<]+)</span>").matcher(rows);
        while (code.find()) {
            codes.add(code.group(1));
        }
        return codes;
    }

    @Test
    void thePpkHomeWarnsWhenTheLastInstitutionEvaluationEndedMoreThanSixMonthsAgo() throws Exception {
        LocalDate today = InstitutionTime.today(clock);
        DateTimeFormatter indonesian = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));
        LocalDate oldEnd = today.minusMonths(7);
        long old = id(open("ppk", today.minusMonths(10).toString(), oldEnd.toString(), null));
        finalize("ppk", old, "{\"findings\":\"Semester lalu.\",\"recommendation\":\"LANJUTKAN\"}")
                .andExpect(status().isOk());

        mvc.perform(get("/beranda/ppk").with(user(users.loadUserByUsername("ppk"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("EVALUASI_JATUH_TEMPO")))
                .andExpect(content().string(containsString("Pasal 35 ayat (2)")))
                .andExpect(content().string(containsString(indonesian.format(oldEnd.plusMonths(6)))));
        mvc.perform(get("/evaluasi").with(user(users.loadUserByUsername("ppk"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("EVALUASI_JATUH_TEMPO")));

        // a recent institution evaluation: the next one is due 6 months after its end, no warning
        LocalDate recentEnd = today.minusDays(1);
        long recent = id(open("ppk", today.minusMonths(3).toString(), recentEnd.toString(), null));
        finalize("ppk", recent, "{\"findings\":\"Semester ini.\",\"recommendation\":\"LANJUTKAN\"}")
                .andExpect(status().isOk());
        mvc.perform(get("/beranda/ppk").with(user(users.loadUserByUsername("ppk"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("EVALUASI_JATUH_TEMPO"))))
                .andExpect(content().string(containsString(indonesian.format(recentEnd.plusMonths(6)))));
    }

    @Test
    void theFiguresStandUnderTheThreeAspectsOfPasal35Ayat3OnThePageTheApiAndTheReport() throws Exception {
        TestUnit unit = EvaluationTestData.unit(jdbc, "ASP", 2);
        EvaluationTestData.plan(jdbc, unit.staff().get(0), unit.code(), LocalDate.of(2029, 3, 5), "NONE",
                "APPROVED", List.of("KANTOR", "RUMAH", "KANTOR", "KANTOR", "KANTOR"));
        long id = id(open(unit.head(), "2029-03-05", "2029-03-09", unit.code()));

        read(unit.head(), id).andExpect(status().isOk())
                .andExpect(jsonPath("$.aspects[0].article").value("Pasal 35 ayat (3) huruf a"))
                .andExpect(jsonPath("$.aspects[0].text").value("capaian kinerja organisasi"))
                .andExpect(jsonPath("$.aspects[0].figures").value(org.hamcrest.Matchers.hasItems("plans",
                        "coverageBreaches", "serviceIndicators")))
                .andExpect(jsonPath("$.aspects[1].text")
                        .value("capaian kinerja Pegawai ASN dalam mendukung kinerja Unit Organisasi"))
                .andExpect(jsonPath("$.aspects[1].figures").value(org.hamcrest.Matchers.hasItems("participants",
                        "usage", "locationDaysByEmployee", "predicates")))
                .andExpect(jsonPath("$.aspects[2].aspect").value("DISCIPLINE"))
                .andExpect(jsonPath("$.aspects[2].figures[0]").value("discipline"));

        var head = user(users.loadUserByUsername(unit.head()));
        for (String lang : List.of("id", "en")) {
            String page = mvc.perform(get("/evaluasi/" + id).param("lang", lang).with(head))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            int a = page.indexOf("data-testid=\"aspect-a\"");
            int b = page.indexOf("data-testid=\"aspect-b\"");
            int c = page.indexOf("data-testid=\"aspect-c\"");
            assertThat(a).isPositive().isLessThan(b);
            assertThat(b).isLessThan(c);
            // each figure under its aspect: plans, coverage, indicators (a); participants, predicates (b);
            // discipline (c)
            assertThat(page.indexOf("figures-plans")).isBetween(a, b);
            assertThat(page.indexOf("/evaluasi/indikator\"")).isBetween(a, b);
            assertThat(page.indexOf("figure-participants")).isBetween(b, c);
            assertThat(page.indexOf("figures-predicates")).isBetween(b, c);
            assertThat(page.indexOf("figures-discipline")).isGreaterThan(c);
            assertThat(page).contains("Pasal 35 ayat (3) huruf a", "Pasal 35 ayat (3) huruf b",
                    "Pasal 35 ayat (3) huruf c", "\u201ccapaian kinerja organisasi\u201d",
                    "\u201cdisiplin Pegawai ASN, sesuai dengan ketentuan peraturan perundang undangan\u201d");
        }

        List<String> lines = csvLines(id, "id");
        int a = lines.indexOf("a. Capaian kinerja organisasi");
        int b = lines.indexOf("b. Capaian kinerja pegawai dalam mendukung unit");
        int c = lines.indexOf("c. Disiplin pegawai");
        assertThat(a).isPositive().isLessThan(b);
        assertThat(b).isLessThan(c);
        assertThat(lines.get(a + 1)).isEqualTo("Pasal 35 ayat (3) huruf a: \u201ccapaian kinerja organisasi\u201d");
        assertThat(lines.indexOf("Status;Rencana;%")).isBetween(a, b);
        assertThat(lines.indexOf("Predikat;Bekerja fleksibel;Tidak bekerja fleksibel")).isBetween(b, c);
        assertThat(lines.indexOf("Kelompok;Pegawai;Dengan kasus disiplin;Kasus;%")).isGreaterThan(c);
        assertThat(csvLines(id, "en")).contains("c. Employees\u2019 discipline");
    }

    @Test
    void theIndicatorFormTakesATargetAndABaselineAndTheEvaluationTellsWhetherTheTargetIsMet() throws Exception {
        TestUnit unit = EvaluationTestData.unit(jdbc, "TGT", 1);
        var head = user(users.loadUserByUsername(unit.head()));
        // a target that is not a number is refused, in both languages, and nothing is recorded
        mvc.perform(post("/evaluasi/indikator").with(head).with(csrf()).param("unitCode", unit.code())
                        .param("periodFrom", "2029-04-01").param("periodTo", "2029-06-30").param("name", "IKM")
                        .param("value", "88").param("measure", "indeks").param("target", "delapan puluh"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Nilai delapan puluh bukan angka dengan paling banyak 2 angka desimal.")));
        assertThat(jdbc.sql("select count(*) from service_indicator si join unit u on u.id = si.unit_id"
                + " where u.code = :code").param("code", unit.code()).query(Integer.class).single()).isZero();
        mvc.perform(post("/evaluasi/indikator").with(head).with(csrf()).param("unitCode", unit.code())
                        .param("periodFrom", "2029-04-01").param("periodTo", "2029-06-30").param("name", "IKM")
                        .param("value", "88").param("measure", "indeks").param("target", "85,5")
                        .param("baseline", "80"))
                .andExpect(status().is3xxRedirection());
        // the same without target and baseline in the period before: no target, and it is the previous one
        mvc.perform(post("/evaluasi/indikator").with(head).with(csrf()).param("unitCode", unit.code())
                        .param("periodFrom", "2029-01-01").param("periodTo", "2029-03-31").param("name", "IKM")
                        .param("value", "81").param("measure", "indeks"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("""
                        select si.target::text || '/' || si.baseline::text from service_indicator si
                        join unit u on u.id = si.unit_id where u.code = :code and si.period_from = '2029-04-01'""")
                .param("code", unit.code()).query(String.class).single()).isEqualTo("85.50/80.00");
        assertThat(jdbc.sql("""
                        select after_state::text from audit_event where action = 'SERVICE_INDICATOR_RECORDED'
                        and subject_key = :key order by id desc limit 1""")
                .param("key", unit.code() + "/2029-04-01..2029-06-30/IKM").query(String.class).single())
                .contains("85.5").contains("80");
        mvc.perform(get("/evaluasi/indikator").with(head)).andExpect(status().isOk())
                .andExpect(content().string(containsString("85.5")));

        long id = id(open(unit.head(), "2029-04-02", "2029-04-06", unit.code()));
        JsonNode figures = figures(read(unit.head(), id));
        assertThat(rows(figures.get("serviceIndicators"), "name", "value", "target", "baseline", "targetMet",
                "previousValue", "previousFrom", "previousTo"))
                .containsExactly("IKM 88 85.5 80 true 81 2029-01-01 2029-03-31");
        for (String[] lang : new String[][]{{"id", "Tercapai"}, {"en", "Met"}}) {
            mvc.perform(get("/evaluasi/" + id).param("lang", lang[0]).with(head)).andExpect(status().isOk())
                    .andExpect(content().string(containsString(">" + lang[1] + "<")));
        }
    }

    @Test
    void theParticipantsShareOfOutputsAcceptedAmongThoseReviewedStandsUnderAspectBAndOldFiguresStillLoad()
            throws Exception {
        TestUnit unit = EvaluationTestData.unit(jdbc, "OUT", 2);
        String participant = unit.staff().get(0);
        String other = unit.staff().get(1);
        LocalDate monday = LocalDate.of(2029, 5, 7);
        EvaluationTestData.plan(jdbc, participant, unit.code(), monday, "NONE", "APPROVED",
                List.of("RUMAH", "KANTOR", "KANTOR", "KANTOR", "KANTOR"));
        // the participant: 3 accepted, 1 returned, 1 waiting in the period; 1 accepted after it
        EvaluationTestData.output(jdbc, participant, monday, "ACCEPTED");
        EvaluationTestData.output(jdbc, participant, monday, "ACCEPTED");
        EvaluationTestData.output(jdbc, participant, monday.plusDays(1), "ACCEPTED");
        EvaluationTestData.output(jdbc, participant, monday.plusDays(2), "RETURNED");
        EvaluationTestData.output(jdbc, participant, monday.plusDays(3), "SUBMITTED");
        EvaluationTestData.output(jdbc, participant, monday.plusDays(7), "ACCEPTED");
        // who did not work flexibly counts nowhere here
        EvaluationTestData.output(jdbc, other, monday, "RETURNED");
        EvaluationTestData.output(jdbc, other, monday, "RETURNED");

        long id = id(open(unit.head(), "2029-05-07", "2029-05-11", unit.code()));
        JsonNode outputs = figures(read(unit.head(), id)).get("outputs");
        assertThat(List.of(outputs.get("reviewed").asInt(), outputs.get("accepted").asInt(),
                outputs.get("returned").asInt(), outputs.get("waiting").asInt(),
                outputs.get("acceptedPercent").asInt())).containsExactly(4, 3, 1, 1, 75);

        var head = user(users.loadUserByUsername(unit.head()));
        String page = mvc.perform(get("/evaluasi/" + id).with(head)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("figures-outputs")).isBetween(page.indexOf("data-testid=\"aspect-b\""),
                page.indexOf("data-testid=\"aspect-c\""));
        assertThat(page).contains("data-testid=\"figure-outputs-percent\">75%<");
        List<String> lines = csvLines(id, "en");
        assertThat(lines.indexOf("Share accepted (%),75")).isBetween(
                lines.indexOf("b. Employees\u2019 performance supporting their unit"),
                lines.indexOf("c. Employees\u2019 discipline"));

        // figures stored before outputs, targets and baselines were counted still load, and say so
        jdbc.sql("""
                        update evaluation set figures = jsonb_set(figures::jsonb - 'outputs', '{serviceIndicators}',
                            '[{"unitCode":"X","unitName":"X","name":"IKM","value":80,"measure":"indeks",
                               "periodFrom":"2029-01-01","periodTo":"2029-06-30"}]')
                        where id = :id""").param("id", id).update();
        read(unit.head(), id).andExpect(status().isOk())
                .andExpect(jsonPath("$.figures.employees").value(2));
        EvaluationFigures old = calculator.read(jdbc.sql("select figures::text from evaluation where id = :id")
                .param("id", id).query(String.class).single());
        assertThat(old.outputs()).isNull();
        assertThat(old.serviceIndicators().get(0).target()).isNull();
        assertThat(old.serviceIndicators().get(0).targetMet()).isNull();
        for (String lang : List.of("id", "en")) {
            mvc.perform(get("/evaluasi/" + id).param("lang", lang).with(head)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("figures-outputs-none")));
        }
        assertThat(csvLines(id, "id")).contains(
                "Angka ini belum dihitung ketika angka evaluasi ini disimpan (draf dapat dihitung ulang).");
    }

    /**
     * Two participants and three others with SKP achievements of periods inside, across and outside 3-14 September
     * 2029: each employee's average over the periods overlapping it, then the group's, to two decimals.
     */
    @Test
    void theSkpAchievementsOfParticipantsAndOthersStandUnderAspectBAndOldFiguresStillLoad() throws Exception {
        TestUnit unit = EvaluationTestData.unit(jdbc, "SKP", 5);
        String p1 = unit.staff().get(0);
        String p2 = unit.staff().get(1);
        String n1 = unit.staff().get(2);
        String n2 = unit.staff().get(3);
        String n3 = unit.staff().get(4);
        LocalDate monday = LocalDate.of(2029, 9, 3);
        for (String participant : List.of(p1, p2)) {
            EvaluationTestData.plan(jdbc, participant, unit.code(), monday, "NONE", "APPROVED",
                    List.of("RUMAH", "KANTOR", "KANTOR", "KANTOR", "KANTOR"));
        }
        LocalDate semester = LocalDate.of(2029, 7, 1);
        LocalDate end = LocalDate.of(2029, 12, 31);
        // p1: 90 this semester; the first semester's 50 lies outside the period
        EvaluationTestData.achievement(jdbc, p1, semester, end, "90");
        EvaluationTestData.achievement(jdbc, p1, LocalDate.of(2029, 1, 1), LocalDate.of(2029, 6, 30), "50");
        // p2: 80 for September and 85 for the semester, 82.5 on average
        EvaluationTestData.achievement(jdbc, p2, LocalDate.of(2029, 9, 1), LocalDate.of(2029, 9, 30), "80");
        EvaluationTestData.achievement(jdbc, p2, semester, end, "85");
        // n1: 70; n2: 75.01 from the period's last day; n3: periods ending the day before and starting the day after
        EvaluationTestData.achievement(jdbc, n1, semester, end, "70");
        EvaluationTestData.achievement(jdbc, n2, LocalDate.of(2029, 9, 14), end, "75.01");
        EvaluationTestData.achievement(jdbc, n3, LocalDate.of(2028, 9, 3), LocalDate.of(2029, 9, 2), "100");
        EvaluationTestData.achievement(jdbc, n3, LocalDate.of(2029, 9, 15), end, "100");

        long id = id(open(unit.head(), "2029-09-03", "2029-09-14", unit.code()));
        JsonNode achievements = figures(read(unit.head(), id)).get("achievements");
        JsonNode participants = achievements.get("participants");
        JsonNode others = achievements.get("nonParticipants");
        assertThat(List.of(participants.get("employees").asInt(), participants.get("withAchievement").asInt(),
                others.get("employees").asInt(), others.get("withAchievement").asInt())).containsExactly(2, 2, 3, 2);
        // (90 + 82.5) / 2 and (70 + 75.01) / 2 = 72.505, rounded half up
        assertThat(participants.get("averageScore").decimalValue()).isEqualByComparingTo("86.25");
        assertThat(others.get("averageScore").decimalValue()).isEqualByComparingTo("72.51");

        var head = user(users.loadUserByUsername(unit.head()));
        String page = mvc.perform(get("/evaluasi/" + id).with(head)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("figures-achievements")).isBetween(page.indexOf("data-testid=\"aspect-b\""),
                page.indexOf("data-testid=\"aspect-c\""));
        assertThat(page).contains("data-testid=\"achievement-average\">86,25<", ">72,51<");
        List<String> lines = csvLines(id, "en");
        assertThat(lines.indexOf("Working flexibly,2,2,86.25")).isBetween(
                lines.indexOf("b. Employees\u2019 performance supporting their unit"),
                lines.indexOf("c. Employees\u2019 discipline"));
        assertThat(lines).contains("Not working flexibly,3,2,72.51");
        read(unit.head(), id).andExpect(jsonPath("$.aspects[1].figures").value(
                org.hamcrest.Matchers.hasItem("achievements")));

        // figures stored before the achievements were counted still load, and say so
        jdbc.sql("update evaluation set figures = figures::jsonb - 'achievements' where id = :id")
                .param("id", id).update();
        read(unit.head(), id).andExpect(status().isOk()).andExpect(jsonPath("$.figures.employees").value(5));
        assertThat(calculator.read(jdbc.sql("select figures::text from evaluation where id = :id")
                .param("id", id).query(String.class).single()).achievements()).isNull();
        for (String lang : List.of("id", "en")) {
            mvc.perform(get("/evaluasi/" + id).param("lang", lang).with(head)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("figures-achievements-none")));
        }
        assertThat(csvLines(id, "en")).contains(
                "This figure was not yet counted when these figures were stored (a draft can be recomputed).");
    }

    private List<String> csvLines(long id, String lang) throws Exception {
        byte[] bytes = mvc.perform(get("/api/evaluations/" + id + "/export").param("format", "csv")
                        .header("Accept-Language", lang).with(httpBasic("kepegawaian", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        return List.of(new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n"));
    }

    @Test
    void theHeadOpensWritesAndFinalizesAnEvaluationOnThePages() throws Exception {
        TestUnit unit = EvaluationTestData.unit(jdbc, "PGS", 2);
        var head = user(users.loadUserByUsername(unit.head()));
        String location = mvc.perform(post("/evaluasi").with(head).with(csrf()).param("unitCode", unit.code())
                        .param("periodFrom", "2028-06-05").param("periodTo", "2028-06-09"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        // not finalized before its findings are saved
        mvc.perform(get("/evaluasi/" + id + "/finalkan").with(head))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/evaluasi/" + id).with(head).with(csrf()).param("findings", "Unit berjalan baik.")
                        .param("recommendation", "LANJUTKAN").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        // a stale version is a conflict told on the page
        mvc.perform(post("/evaluasi/" + id).with(head).with(csrf()).param("findings", "Versi lama")
                        .param("recommendation", "LANJUTKAN").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("diubah orang lain")));
        mvc.perform(get("/evaluasi/" + id + "/finalkan").with(head))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Unit berjalan baik.")));
        mvc.perform(post("/evaluasi/" + id + "/finalkan").with(head).with(csrf()).param("version", "1"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/evaluasi/" + id).with(head))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Difinalkan pada")))
                .andExpect(content().string(not(containsString("evaluation-findings-form"))));
        mvc.perform(get("/evaluasi/" + id + "/unduh").param("format", "csv").with(head))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")));
    }

    /**
     * A period from Wednesday 2 to Tuesday 15 February 2028: of the weeks at its ends only the days inside count,
     * the week between counts whole (read from the counts kept per approved plan), and Saturdays count too.
     */
    @Test
    void aPeriodBeginningAndEndingMidweekCountsTheDaysInsideIt() throws Exception {
        TestUnit unit = EvaluationTestData.unit(jdbc, "MID", 2);
        String e1 = unit.staff().get(0);
        String e2 = unit.staff().get(1);
        long first = EvaluationTestData.plan(jdbc, e1, unit.code(), LocalDate.of(2028, 1, 31), "NONE", "SUBMITTED",
                List.of("RUMAH", "KANTOR", "RUMAH", "KANTOR", "KANTOR", "RUMAH"),
                new StoredViolation("KUOTA_LOKASI", "Pasal 14", LocalDate.of(2028, 2, 2)));
        EvaluationTestData.approve(jdbc, first);
        EvaluationTestData.plan(jdbc, e1, unit.code(), LocalDate.of(2028, 2, 7), "NONE", "APPROVED",
                List.of("KANTOR", "KANTOR_LAIN", "KANTOR", "KANTOR", "KANTOR", "LOKASI_LAIN"));
        EvaluationTestData.plan(jdbc, e2, unit.code(), LocalDate.of(2028, 2, 14), "NONE", "APPROVED",
                List.of("KANTOR", "RUMAH", "RUMAH", "KANTOR", "KANTOR"));
        // the week before the period: counts nowhere
        EvaluationTestData.plan(jdbc, e2, unit.code(), LocalDate.of(2028, 1, 24), "NONE", "APPROVED",
                List.of("RUMAH", "RUMAH", "KANTOR", "KANTOR", "KANTOR"));

        JsonNode figures = figures(open(unit.head(), "2028-02-02", "2028-02-15", unit.code())
                .andExpect(status().isCreated()));

        assertThat(rows(figures.get("locationDaysByEmployee"), "nip", "kantorLain", "rumah", "lokasiLain", "total"))
                .containsExactly(e1 + " 1 2 1 4", e2 + " 0 1 0 1");
        assertThat(rows(figures.get("locationDaysByDay"), "date", "kantorLain", "rumah", "lokasiLain", "total"))
                .containsExactly("2028-02-02 0 1 0 1", "2028-02-05 0 1 0 1", "2028-02-08 1 0 0 1",
                        "2028-02-12 0 0 1 1", "2028-02-15 0 1 0 1");
        assertThat(rows(figures.get("violations"), "rule", "occurrences", "plans"))
                .containsExactly("KUOTA_LOKASI 1 1");
        assertThat(usage(figures, "LOKASI")).isEqualTo(2);
    }

    private ResultActions open(String account, String from, String to, String unitCode) throws Exception {
        String body = "{\"periodFrom\":\"%s\",\"periodTo\":\"%s\"%s}".formatted(from, to,
                unitCode == null ? "" : ",\"unitCode\":\"" + unitCode + "\"");
        return mvc.perform(post("/api/evaluations").with(httpBasic(account, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions read(String account, long id) throws Exception {
        return mvc.perform(get("/api/evaluations/" + id).with(httpBasic(account, PASSWORD)));
    }

    private ResultActions finalize(String account, long id, String body) throws Exception {
        return mvc.perform(post("/api/evaluations/" + id + "/finalize").with(httpBasic(account, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private JsonNode figures(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .get("figures");
    }

    private long id(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .get("id").asLong();
    }

    private static int usage(JsonNode figures, String type) {
        for (JsonNode usage : figures.get("usage")) {
            if (usage.get("type").asString().equals(type)) {
                return usage.get("employees").asInt();
            }
        }
        throw new AssertionError("no usage of " + type);
    }

    private static String group(JsonNode group) {
        return group.get("employees").asInt() + " " + group.get("withCases").asInt() + " "
                + group.get("cases").asInt();
    }

    /** Each element of an array as its fields' values joined by spaces. */
    private static List<String> rows(JsonNode array, String... fields) {
        List<String> rows = new java.util.ArrayList<>();
        for (JsonNode row : array) {
            rows.add(String.join(" ", Arrays.stream(fields).map(f -> row.get(f) == null || row.get(f).isNull() ? "null"
                    : row.get(f).asString()).toList()));
        }
        return rows;
    }
}
