package id.fleksi.organisation;

import id.fleksi.IntegrationTest;
import id.fleksi.shared.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * HR imports disciplinary sanctions and performance predicates from CSV: stored as the one-by-one pages store
 * them and shown on the employee's records page, the same file again unchanged, a changed predicate updated, a
 * bad file refused whole with each line named, and a file of several chunks. The employees are made in a unit of
 * the test's own.
 */
@RecordApplicationEvents
class PersonnelImportTest extends IntegrationTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final String DISCIPLINE_HEADER = "nip,mulai,selesai,status,keterangan\r\n";
    private static final String PERFORMANCE_HEADER = "nip,tahun,predikat\r\n";
    private static final String ACHIEVEMENT_HEADER = "nip,mulai,selesai,nilai,predikat\r\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    PersonnelImport imports;
    @Autowired
    ApplicationEvents events;

    private String unit;

    @BeforeEach
    void unit() {
        unit = "IMPR-" + ThreadLocalRandom.current().nextInt(100_000, 999_999) + "-" + SERIAL.incrementAndGet();
        jdbc.sql("""
                        insert into unit (code, name, parent_id, time_zone)
                        values (:code, :name, (select id from unit where code = 'SETDA'), 'Asia/Jakarta')""")
                .param("code", unit).param("name", "Unit uji impor " + unit).update();
    }

    @Test
    void goodFilesAreStoredAsThePagesStoreThemAndTheSameFilesAgainChangeNothing() throws Exception {
        List<String> nips = employees(2);
        String a = nips.get(0);
        String b = nips.get(1);
        // semicolons and a byte order mark, as Excel in an Indonesian locale saves a file
        String discipline = "\uFEFFnip;mulai;selesai;status;keterangan\r\n"
                + a + ";2026-03-02;2026-09-01;MENJALANI;Hukuman disiplin sedang\r\n"
                + a + ";2026-10-05;;dalam_proses;\r\n"
                + b + ";2025-01-06;2025-06-30;MENJALANI;\"Teguran; tertulis\"\r\n";
        send("disiplin", discipline).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/pegawai/impor-riwayat"))
                .andExpect(flash().attribute("importedRows", 3)).andExpect(flash().attribute("importedStored", 3))
                .andExpect(flash().attribute("importedUpdated", 0))
                .andExpect(flash().attribute("importedUnchanged", 0));
        assertThat(discipline(a)).containsExactly("2026-03-02 2026-09-01 SERVING Hukuman disiplin sedang kepegawaian 0",
                "2026-10-05 null IN_PROCESS null kepegawaian 0");
        assertThat(discipline(b)).containsExactly("2025-01-06 2025-06-30 SERVING Teguran; tertulis kepegawaian 0");
        // announced as a sanction recorded on the page is, once per employee, over the periods imported
        assertThat(events.stream(PersonnelChanged.class).filter(e -> nips.contains(e.nip())))
                .extracting(e -> e.nip() + " " + e.cause() + " " + e.from() + ".." + e.to())
                .containsExactlyInAnyOrder(a + " DISCIPLINE 2026-03-02..null", b + " DISCIPLINE 2025-01-06..2025-06-30");

        String performance = PERFORMANCE_HEADER
                + a + ",2024,SANGAT_BAIK\r\n"
                + a + ",2025,Butuh Perbaikan\r\n"
                + b + ",2025,sangat kurang\r\n";
        MvcResult stored = send("predikat", performance).andExpect(flash().attribute("importedRows", 3))
                .andExpect(flash().attribute("importedStored", 3)).andReturn();
        assertThat(predicates(a)).containsExactly("2024 SANGAT_BAIK kepegawaian", "2025 BUTUH_PERBAIKAN kepegawaian");
        assertThat(predicates(b)).containsExactly("2025 SANGAT_KURANG kepegawaian");

        // the result on the page the import leads to, and the records on the employee's own page
        mvc.perform(get("/pegawai/impor-riwayat").cookie(stored.getResponse().getCookie("FLEKSI_SESSION"))
                        .with(hr()))
                .andExpect(content().string(containsString("Predikat kinerja dari kinerja.csv telah diimpor: "
                        + "3 baris dibaca, 3 disimpan, 0 diperbarui, 0 tidak berubah.")));
        // (read by the PPK: no forms, whose choices would name every status and predicate)
        mvc.perform(get("/pegawai/{nip}/riwayat", a).with(user(users.loadUserByUsername("ppk"))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Hukuman disiplin sedang"),
                        containsString("Sedang menjalani"), containsString("Dalam proses"),
                        containsString("Butuh Perbaikan"), containsString("Sangat Baik"),
                        not(containsString("Sangat Kurang")))));

        events.clear();
        send("disiplin", discipline).andExpect(flash().attribute("importedRows", 3))
                .andExpect(flash().attribute("importedStored", 0)).andExpect(flash().attribute("importedUpdated", 0))
                .andExpect(flash().attribute("importedUnchanged", 3));
        send("predikat", performance).andExpect(flash().attribute("importedStored", 0))
                .andExpect(flash().attribute("importedUpdated", 0))
                .andExpect(flash().attribute("importedUnchanged", 3));
        assertThat(discipline(a)).hasSize(2);
        assertThat(discipline(b)).hasSize(1);
        assertThat(events.stream(PersonnelChanged.class).filter(e -> nips.contains(e.nip()))).isEmpty();
        assertThat(jdbc.sql("""
                        select string_agg(line, '; ' order by id) from (
                            select id, (after_state ->> 'kind') || ' ' || (after_state ->> 'rows') || '/'
                                       || (after_state ->> 'stored') || '/' || (after_state ->> 'updated') || '/'
                                       || (after_state ->> 'unchanged') as line
                            from audit_event where action = 'PERSONNEL_IMPORTED' order by id desc limit 4) last""")
                .query(String.class).single())
                .isEqualTo("DISCIPLINE 3/3/0/0; PERFORMANCE 3/3/0/0; DISCIPLINE 3/0/0/3; PERFORMANCE 3/0/0/3");
    }

    @Test
    void aPredicateChangedByASecondFileIsUpdatedAndASanctionsEndIsCorrected() {
        List<String> nips = employees(2);
        String a = nips.get(0);
        String b = nips.get(1);
        PersonnelImport.Result first = importCsv(PersonnelImport.Kind.PERFORMANCE, PERFORMANCE_HEADER
                + a + ",2025,BAIK\r\n" + b + ",2025,BAIK\r\n");
        assertThat(first.stored()).isEqualTo(2);
        PersonnelImport.Result second = importCsv(PersonnelImport.Kind.PERFORMANCE, PERFORMANCE_HEADER
                + a + ",2025,KURANG\r\n" + b + ",2025,Baik\r\n" + b + ",2026,SANGAT_BAIK\r\n");
        assertThat(second.imported()).isTrue();
        assertThat(List.of(second.rows(), second.stored(), second.updated(), second.unchanged()))
                .containsExactly(3, 1, 1, 1);
        assertThat(predicates(a)).containsExactly("2025 KURANG kepegawaian");
        assertThat(predicates(b)).containsExactly("2025 BAIK kepegawaian", "2026 SANGAT_BAIK kepegawaian");

        importCsv(PersonnelImport.Kind.DISCIPLINE, DISCIPLINE_HEADER + a + ",2026-01-05,,MENJALANI,\r\n");
        events.clear();
        PersonnelImport.Result ended = importCsv(PersonnelImport.Kind.DISCIPLINE,
                DISCIPLINE_HEADER + a + ",2026-01-05,2026-04-30,MENJALANI,Selesai\r\n");
        assertThat(List.of(ended.stored(), ended.updated(), ended.unchanged())).containsExactly(0, 1, 0);
        assertThat(discipline(a)).containsExactly("2026-01-05 2026-04-30 SERVING Selesai kepegawaian 1");
        assertThat(events.stream(PersonnelChanged.class).filter(e -> a.equals(e.nip())))
                .extracting(e -> e.from() + ".." + e.to()).containsExactly("2026-01-05..2026-04-30");
    }

    @Test
    void aBadFileStoresNothingAndNamesEachLine() throws Exception {
        List<String> nips = employees(2);
        String a = nips.get(0);
        String b = nips.get(1);
        String performance = PERFORMANCE_HEADER
                + a + ",2025,BAIK\r\n"
                + "199001012015031001,2025,BAIK\r\n"
                + b + ",2025,LUAR BIASA\r\n"
                + b + ",2024,BAIK\r\n"
                + a + ",2025,Baik\r\n"
                + a + ",25,BAIK\r\n";
        send("predikat", performance).andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Tidak ada predikat kinerja yang diimpor dari kinerja.csv (6 baris dibaca): "
                                + "4 masalah"),
                        containsString("<td>3</td>"),
                        containsString("Tidak ada pegawai dengan NIP 199001012015031001."),
                        containsString("<td>4</td>"), containsString("LUAR BIASA bukan predikat kinerja"),
                        containsString("<td>6</td>"), containsString("Sama dengan baris 2 di berkas ini."),
                        containsString("<td>7</td>"), containsString("25 bukan tahun"),
                        not(containsString("<td>5</td>")))));
        assertThat(predicates(a)).isEmpty();
        assertThat(predicates(b)).isEmpty();

        String discipline = DISCIPLINE_HEADER
                + a + ",2026-02-30,,MENJALANI,\r\n"
                + b + ",2026-02-02,2026-01-01,MENJALANI,\r\n"
                + b + ",2026-03-02,,DIHUKUM,\r\n"
                + a + ",2026-03-02,,DALAM_PROSES," + "x".repeat(1001) + "\r\n"
                + b + ",2026-04-01,,MENJALANI,\r\n";
        sendEnglish("disiplin", discipline).andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("No disciplinary sanction was imported from disiplin.csv (5 rows read): "
                                + "4 problems"),
                        containsString("2026-02-30 is not a date"), containsString("<code>mulai</code>"),
                        containsString("The end date cannot be before the start date."),
                        containsString("DIHUKUM is not a status"), containsString("at most 1000 characters"),
                        not(containsString("<td>6</td>")))));
        assertThat(discipline(a)).isEmpty();
        assertThat(discipline(b)).isEmpty();
    }

    @Test
    void twelveThousandPredicatesAreStoredInChunksAndADuplicateAcrossChunksRefusesThemAll() {
        int staff = 4_000;
        String prefix = unitNipPrefix();
        jdbc.sql("""
                        insert into employee (nip, name, employee_type, unit_id, position, position_since, active)
                        select :prefix || lpad(g::text, 6, '0'), 'Pegawai impor ' || g, 'PNS',
                               (select id from unit where code = :unit), 'Analis Uji', date '2020-01-01', true
                        from generate_series(1, :staff) g""")
                .param("prefix", prefix).param("unit", unit).param("staff", staff).update();
        StringBuilder file = new StringBuilder(PERFORMANCE_HEADER);
        for (int year = 2023; year <= 2025; year++) {
            for (int i = 1; i <= staff; i++) {
                file.append(prefix).append(String.format("%06d", i)).append(',').append(year)
                        .append(i % 2 == 0 ? ",BAIK\r\n" : ",Sangat Baik\r\n");
            }
        }
        int total = 3 * staff;
        assertThat(total).isGreaterThan(2 * PersonnelImport.CHUNK);
        // line 2 again at the end, in the third chunk
        String withDuplicate = file + prefix + "000001,2023,KURANG\r\n";
        PersonnelImport.Result refused = importCsv(PersonnelImport.Kind.PERFORMANCE, withDuplicate);
        assertThat(refused.imported()).isFalse();
        assertThat(refused.rows()).isEqualTo(total + 1);
        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(total + 2);
            assertThat(problem.messageKey()).isEqualTo("csv.error.duplicate");
            assertThat(problem.args()).containsExactly("2");
        });
        assertThat(predicatesInUnit()).isZero();

        PersonnelImport.Result stored = importCsv(PersonnelImport.Kind.PERFORMANCE, file.toString());
        assertThat(List.of(stored.rows(), stored.stored(), stored.updated(), stored.unchanged()))
                .containsExactly(total, total, 0, 0);
        assertThat(predicatesInUnit()).isEqualTo(total);
        PersonnelImport.Result again = importCsv(PersonnelImport.Kind.PERFORMANCE, file.toString());
        assertThat(List.of(again.stored(), again.updated(), again.unchanged())).containsExactly(0, 0, total);
    }

    @Test
    void skpAchievementsAreStoredWithADecimalCommaOrDotAgainUnchangedAndAChangedScoreUpdated() throws Exception {
        List<String> nips = employees(2);
        String a = nips.get(0);
        String b = nips.get(1);
        String file = "nip;mulai;selesai;nilai;predikat\r\n"
                + a + ";2026-01-01;2026-06-30;87,5;Baik\r\n"
                + a + ";2026-07-01;2026-12-31;91.25;SANGAT_BAIK\r\n"
                + b + ";2026-01-01;2026-06-30;70;\r\n";
        send("capaian", file).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("importedKind", "ACHIEVEMENT"))
                .andExpect(flash().attribute("importedRows", 3)).andExpect(flash().attribute("importedStored", 3))
                .andExpect(flash().attribute("importedUpdated", 0));
        assertThat(achievements(a)).containsExactly("2026-01-01 2026-06-30 87.50 BAIK capaian.csv kepegawaian",
                "2026-07-01 2026-12-31 91.25 SANGAT_BAIK capaian.csv kepegawaian");
        assertThat(achievements(b)).containsExactly("2026-01-01 2026-06-30 70.00 null capaian.csv kepegawaian");

        // the same file again changes nothing; a changed score and an added predicate update their rows
        send("capaian", file).andExpect(flash().attribute("importedStored", 0))
                .andExpect(flash().attribute("importedUpdated", 0))
                .andExpect(flash().attribute("importedUnchanged", 3));
        PersonnelImport.Result changed = importCsv(PersonnelImport.Kind.ACHIEVEMENT, ACHIEVEMENT_HEADER
                + a + ",2026-01-01,2026-06-30,88.00,BAIK\r\n"
                + a + ",2026-07-01,2026-12-31,\"91,25\",sangat baik\r\n"
                + b + ",2026-01-01,2026-06-30,70,Butuh Perbaikan\r\n");
        assertThat(List.of(changed.rows(), changed.stored(), changed.updated(), changed.unchanged()))
                .containsExactly(3, 0, 2, 1);
        assertThat(achievements(a)).containsExactly("2026-01-01 2026-06-30 88.00 BAIK berkas.csv kepegawaian",
                "2026-07-01 2026-12-31 91.25 SANGAT_BAIK capaian.csv kepegawaian");
        assertThat(achievements(b)).containsExactly(
                "2026-01-01 2026-06-30 70.00 BUTUH_PERBAIKAN berkas.csv kepegawaian");
        assertThat(jdbc.sql("""
                        select string_agg(line, '; ' order by id) from (
                            select id, (after_state ->> 'kind') || ' ' || (after_state ->> 'rows') || '/'
                                       || (after_state ->> 'stored') || '/' || (after_state ->> 'updated') || '/'
                                       || (after_state ->> 'unchanged') as line
                            from audit_event where action = 'PERSONNEL_IMPORTED' order by id desc limit 3) last""")
                .query(String.class).single())
                .isEqualTo("ACHIEVEMENT 3/3/0/0; ACHIEVEMENT 3/0/0/3; ACHIEVEMENT 3/0/2/1");

        // HR and the PPK read them on the records page and in the API, newest period first
        mvc.perform(get("/pegawai/{nip}/riwayat", a).with(user(users.loadUserByUsername("ppk"))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"achievement-score\">91,25<"),
                        containsString("data-testid=\"achievement-score\">88,00<"))));
        mvc.perform(get("/api/employees/{nip}/records", a).with(httpBasic("kepegawaian", "demo12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.achievements[0].from").value("2026-07-01"))
                .andExpect(jsonPath("$.achievements[0].score").value(91.25))
                .andExpect(jsonPath("$.achievements[0].predikat").value("SANGAT_BAIK"))
                .andExpect(jsonPath("$.achievements[1].score").value(88.0));
    }

    @Test
    void theUnitHeadAndTheEmployeeReadTheRecordsWithoutTheAchievements() throws Exception {
        // Kartika Nugroho of DISKOMINFO: her own record, and her head's reading of it
        for (String reader : List.of("pegawai", "kepala")) {
            mvc.perform(get("/api/employees/198808122010042002/records").with(httpBasic(reader, "demo12345")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.employee.nip").value("198808122010042002"))
                    .andExpect(jsonPath("$.achievements").doesNotExist());
        }
        mvc.perform(get("/pegawai/198808122010042002/riwayat").with(user(users.loadUserByUsername("kepala"))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"predikat\""),
                        not(containsString("id=\"capaian-skp\"")))));
        mvc.perform(get("/pegawai/198808122010042002/riwayat").with(user(users.loadUserByUsername("ppk"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"capaian-skp\"")));
    }

    @Test
    void aBadAchievementFileStoresNothingAndNamesEachLine() throws Exception {
        List<String> nips = employees(2);
        String a = nips.get(0);
        String b = nips.get(1);
        String file = ACHIEVEMENT_HEADER
                + a + ",2026-01-01,2026-06-30,87.5,BAIK\r\n"
                + b + ",2026-01-01,2026-06-30,100.5,\r\n"
                + b + ",2026-07-01,2026-12-31,\"87,555\",\r\n"
                + b + ",2026-01-01,2027-01-01,80,\r\n"
                + b + ",2026-03-01,2026-02-01,80,\r\n"
                + b + ",2025-01-01,,80,\r\n"
                + b + ",2025-07-01,2025-12-31,delapan puluh,LUAR BIASA\r\n"
                + a + ",2026-01-01,2026-06-30,90,\r\n";
        sendEnglish("capaian", file).andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("No SKP achievement was imported from capaian.csv (8 rows read): 8 problems"),
                        containsString("100.5 is not an SKP achievement"),
                        containsString("87,555 is not an SKP achievement"),
                        containsString("An appraisal period is at most one year"),
                        containsString("The end date cannot be before the start date."),
                        containsString("delapan puluh is not an SKP achievement"),
                        containsString("LUAR BIASA is not a performance predicate"),
                        containsString("Same as line 2 of this file."),
                        not(containsString("<td>2</td>")))));
        assertThat(achievements(a)).isEmpty();
        assertThat(achievements(b)).isEmpty();
        // a period of exactly a year, from the first day to the last, is one
        assertThat(importCsv(PersonnelImport.Kind.ACHIEVEMENT, ACHIEVEMENT_HEADER
                + a + ",2026-01-01,2026-12-31,0,\r\n" + b + ",2026-01-01,2026-12-31,100,\r\n").stored())
                .isEqualTo(2);
    }

    @Test
    void systemsImportOverTheApiAndARefusedFileIsA422WithItsLines() throws Exception {
        List<String> nips = employees(1);
        String a = nips.get(0);
        String file = ACHIEVEMENT_HEADER + a + ",2026-01-01,2026-06-30,84.75,BAIK\r\n";
        mvc.perform(post("/api/personnel/import/achievement").contentType("text/csv").content(file)
                        .with(httpBasic("kepegawaian", "demo12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(true)).andExpect(jsonPath("$.kind").value("achievement"))
                .andExpect(jsonPath("$.rows").value(1)).andExpect(jsonPath("$.stored").value(1))
                .andExpect(jsonPath("$.errors").isEmpty());
        mvc.perform(post("/api/personnel/import/achievement").contentType("text/csv").content(file)
                        .with(httpBasic("kepegawaian", "demo12345")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.unchanged").value(1));
        assertThat(achievements(a)).containsExactly("2026-01-01 2026-06-30 84.75 BAIK API kepegawaian");

        mvc.perform(post("/api/personnel/import/performance").contentType("text/csv")
                        .content(PERFORMANCE_HEADER + a + ",2025,BAIK\r\n" + a + ",1999,BAIK\r\n")
                        .header("Accept-Language", "en").with(httpBasic("kepegawaian", "demo12345")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.imported").value(false)).andExpect(jsonPath("$.problemCount").value(1))
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("tahun"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("1999 is not a year")));
        assertThat(predicates(a)).isEmpty();

        mvc.perform(post("/api/personnel/import/discipline").contentType("text/csv")
                        .content(DISCIPLINE_HEADER + a + ",2026-01-05,,MENJALANI,\r\n")
                        .with(httpBasic("kepegawaian", "demo12345")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.stored").value(1));
        assertThat(discipline(a)).containsExactly("2026-01-05 null SERVING null kepegawaian 0");
        mvc.perform(post("/api/personnel/import/salary").contentType("text/csv").content(file)
                        .with(httpBasic("kepegawaian", "demo12345")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/personnel/import/achievement").contentType("text/csv").content(file)
                        .with(httpBasic("ppk", "demo12345")))
                .andExpect(status().isForbidden());
    }

    @Test
    void manyProblemsListTheFirstAndCountTheRest() {
        StringBuilder file = new StringBuilder(PERFORMANCE_HEADER);
        for (int i = 0; i < 250; i++) {
            file.append("12345,2025,BAIK\r\n");
        }
        PersonnelImport.Result refused = importCsv(PersonnelImport.Kind.PERFORMANCE, file.toString());
        assertThat(refused.problemCount()).isEqualTo(250);
        assertThat(refused.problems()).hasSize(PersonnelImport.MAX_PROBLEMS);
        assertThat(refused.moreProblems()).isEqualTo(50);
        assertThat(refused.problems().get(0).column()).isEqualTo("nip");
    }

    @Test
    void theTemplatesHaveTheHeaderAndOneExampleThatCannotBeImported() throws Exception {
        String discipline = mvc.perform(get("/pegawai/impor-riwayat/templat-disiplin.csv").with(hr()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(discipline).startsWith("\uFEFFnip;mulai;selesai;status;keterangan\r\n");
        assertThat(discipline.lines().toList()).hasSize(2);
        String performance = mvc.perform(get("/pegawai/impor-riwayat/templat-predikat.csv?lang=en").with(hr()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(performance).startsWith("\uFEFFnip,tahun,predikat\r\n");
        PersonnelImport.Result example = importCsv(PersonnelImport.Kind.PERFORMANCE, performance.substring(1));
        assertThat(example.imported()).isFalse();
        assertThat(example.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(2));
        String achievement = mvc.perform(get("/pegawai/impor-riwayat/templat-capaian.csv").with(hr()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(achievement).startsWith("\uFEFFnip;mulai;selesai;nilai;predikat\r\n");
        assertThat(importCsv(PersonnelImport.Kind.ACHIEVEMENT, achievement.substring(1)).problems()).singleElement()
                .satisfies(p -> assertThat(p.messageKey()).isEqualTo("personnel.import.error.unknownNip"));
        PersonnelImport.Result disciplineExample = importCsv(PersonnelImport.Kind.DISCIPLINE, discipline.substring(1));
        assertThat(disciplineExample.problems()).singleElement()
                .satisfies(p -> assertThat(p.messageKey()).isEqualTo("personnel.import.error.unknownNip"));
    }

    private List<String> employees(int count) {
        String prefix = unitNipPrefix();
        jdbc.sql("""
                        insert into employee (nip, name, employee_type, unit_id, position, position_since, active)
                        select :prefix || lpad(g::text, 6, '0'), 'Pegawai impor ' || g, 'PNS',
                               (select id from unit where code = :unit), 'Analis Uji', date '2020-01-01', true
                        from generate_series(1, :count) g""")
                .param("prefix", prefix).param("unit", unit).param("count", count).update();
        return jdbc.sql("select nip from employee where unit_id = (select id from unit where code = :unit) order by nip")
                .param("unit", unit).query(String.class).list();
    }

    /** Twelve digits no other test's employee starts with: born 1950–1959, appointed in the test's unit serial. */
    private String unitNipPrefix() {
        return "195" + ThreadLocalRandom.current().nextInt(0, 10) + String.format("%08d",
                ThreadLocalRandom.current().nextInt(0, 100_000_000));
    }

    private List<String> discipline(String nip) {
        return jdbc.sql("""
                        select d.starts_on || ' ' || coalesce(d.ends_on::text, 'null') || ' ' || d.status || ' '
                               || coalesce(d.note, 'null') || ' ' || d.recorded_by || ' ' || d.version
                        from discipline_record d join employee e on e.id = d.employee_id
                        where e.nip = :nip order by d.starts_on""")
                .param("nip", nip).query(String.class).list();
    }

    private List<String> predicates(String nip) {
        return jdbc.sql("""
                        select p.year || ' ' || p.predikat || ' ' || p.recorded_by
                        from performance_predicate p join employee e on e.id = p.employee_id
                        where e.nip = :nip order by p.year""")
                .param("nip", nip).query(String.class).list();
    }

    private List<String> achievements(String nip) {
        return jdbc.sql("""
                        select a.period_from || ' ' || a.period_to || ' ' || a.score || ' '
                               || coalesce(a.predikat, 'null') || ' ' || a.source || ' ' || a.recorded_by
                        from performance_achievement a join employee e on e.id = a.employee_id
                        where e.nip = :nip order by a.period_from""")
                .param("nip", nip).query(String.class).list();
    }

    private int predicatesInUnit() {
        return jdbc.sql("""
                        select count(*) from performance_predicate p join employee e on e.id = p.employee_id
                        where e.unit_id = (select id from unit where code = :unit)""")
                .param("unit", unit).query(Integer.class).single();
    }

    private PersonnelImport.Result importCsv(PersonnelImport.Kind kind, String file) {
        Actor hr = (Actor) users.loadUserByUsername("kepegawaian");
        return imports.importCsv(hr, kind, "berkas.csv", new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
    }

    private ResultActions send(String kind, String file) throws Exception {
        return mvc.perform(multipart("/pegawai/impor-riwayat/" + kind).file(csv(kind, file)).with(csrf()).with(hr()));
    }

    private ResultActions sendEnglish(String kind, String file) throws Exception {
        return mvc.perform(multipart("/pegawai/impor-riwayat/" + kind).file(csv(kind, file)).param("lang", "en")
                .with(csrf()).with(hr()));
    }

    private static MockMultipartFile csv(String kind, String content) {
        String name = switch (kind) {
            case "disiplin" -> "disiplin.csv";
            case "capaian" -> "capaian.csv";
            default -> "kinerja.csv";
        };
        return new MockMultipartFile("file", name, "text/csv",
                content.getBytes(StandardCharsets.UTF_8));
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor hr() {
        return user(users.loadUserByUsername("kepegawaian"));
    }

}
