package id.fleksi.attendance;

import id.fleksi.IntegrationTest;
import id.fleksi.shared.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * HR imports attendance from a CSV file: all rows or none, every problem at its line as a spreadsheet numbers it,
 * the same file again changing nothing, and a file of several chunks read as it arrives.
 */
class AttendanceImportTest extends IntegrationTest {

    private static final String KARTIKA = "198808122010042002";
    private static final String BAPPEDA_NIP = "199312102015102009";
    private static final String HEADER = "nip,tanggal,masuk,pulang,tempat,kode_kantor\r\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    AttendanceImport imports;

    @Test
    void aGoodFileIsStoredAndTheSameFileAgainChangesNothing() throws Exception {
        String source = source();
        String file = HEADER
                + KARTIKA + ",2026-01-05,07:25,16:02,KANTOR,DISKOMINFO\r\n"
                + KARTIKA + ",2026-01-06,7:40,16:10,RUMAH,\r\n"
                + "\r\n"
                + BAPPEDA_NIP + ",2026-01-05,22:00,06:00,KANTOR,\r\n";

        send(source, file).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/kehadiran/impor"))
                .andExpect(flash().attribute("importedRows", 3))
                .andExpect(flash().attribute("importedAccepted", 3))
                .andExpect(flash().attribute("importedUnchanged", 0));
        assertThat(rows(source)).isEqualTo(3);
        // a one-digit hour, as a spreadsheet saves a time, is the time meant
        assertThat(jdbc.sql("""
                        select to_char(r.check_in, 'HH24:MI') || ' ' || r.place from attendance_record r
                        join employee_directory e on e.id = r.employee_id
                        where r.source = :source and e.nip = :nip and r.day = date '2026-01-06'""")
                .param("source", source).param("nip", KARTIKA).query(String.class).single()).isEqualTo("07:40 RUMAH");

        MvcResult again = send(source, file).andExpect(flash().attribute("importedRows", 3))
                .andExpect(flash().attribute("importedAccepted", 0))
                .andExpect(flash().attribute("importedUnchanged", 3)).andReturn();
        assertThat(rows(source)).isEqualTo(3);
        assertThat(jdbc.sql("""
                        select string_agg((after_state ->> 'rows') || '/' || (after_state ->> 'accepted') || '/'
                                          || (after_state ->> 'unchanged') || ' ' || (after_state ->> 'from') || '..'
                                          || (after_state ->> 'to') || ' ' || (after_state ->> 'file'), '; ' order by id)
                        from audit_event where action = 'ATTENDANCE_IMPORTED' and subject_key = :source""")
                .param("source", source).query(String.class).single())
                .isEqualTo("3/3/0 2026-01-05..2026-01-06 kehadiran.csv; 3/0/3 2026-01-05..2026-01-06 kehadiran.csv");

        // the result is shown on the page the import leads to
        // (the flash is kept in the session, in the database: the redirect's GET comes back with its cookie)
        mvc.perform(get("/kehadiran/impor").cookie(again.getResponse().getCookie("FLEKSI_SESSION"))
                        .with(user(users.loadUserByUsername("kepegawaian"))))
                .andExpect(content().string(containsString(
                        "Berkas kehadiran.csv telah diimpor: 3 baris dibaca, 0 disimpan atau diubah, 3 tidak berubah.")));
    }

    @Test
    void aFileWithAWrongLineAndADuplicateStoresNothingAndNamesEachLine() throws Exception {
        String source = source();
        // semicolons and a byte order mark, as Excel in an Indonesian locale saves a file
        String file = "\uFEFFnip;tanggal;masuk;pulang;tempat;kode_kantor\r\n"
                + KARTIKA + ";2026-02-02;07:30;16:00;KANTOR;DISKOMINFO\r\n"
                + KARTIKA + ";2026-02-03;07:30;16:00;PASAR;\r\n"
                + BAPPEDA_NIP + ";2026-02-02;25:00;16:00;RUMAH;\r\n"
                + KARTIKA + ";2026-02-02;08:00;16:00;RUMAH;\r\n"
                + BAPPEDA_NIP + ";2026-02-03;07:30;16:00;RUMAH;\r\n";

        send(source, file).andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Tidak ada yang diimpor dari kehadiran.csv (5 baris dibaca): 3 masalah"),
                        containsString("<td>3</td>"), containsString("<code>tempat</code>"),
                        containsString("Tempat bekerja (where) harus salah satu dari KANTOR, RUMAH"),
                        containsString("<td>4</td>"), containsString("Jam masuk harus berbentuk JJ:MM"),
                        containsString("<td>5</td>"), containsString("Sama dengan baris 2 di berkas ini."),
                        not(containsString("<td>6</td>")))));
        assertThat(rows(source)).isZero();
        assertThat(audits(source)).isZero();

        sendEnglish(source, file).andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Nothing was imported from kehadiran.csv (5 rows read): 3 problems"),
                        containsString("The check-in time must be written HH:mm"),
                        containsString("Same as line 2 of this file."))));
        assertThat(rows(source)).isZero();
    }

    @Test
    void aFileOfSeveralChunksWithADuplicateAcrossThemIsRefusedWhole() {
        String source = source();
        List<Long> ids = jdbc.sql("select id from employee_directory order by id limit 60").query(Long.class).list();
        List<String> nips = jdbc.sql("select nip from employee_directory order by id limit 60").query(String.class)
                .list();
        int total = 12_000;
        int days = (total + nips.size() - 1) / nips.size();
        LocalDate last = LocalDate.of(2026, 11, 30);
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 0; i < total; i++) {
            file.append(nips.get(i % nips.size())).append(',').append(last.minusDays(i / nips.size()))
                    .append(",07:30,16:00,RUMAH,\r\n");
        }
        assertThat(days).isLessThan(400);
        assertThat(total).isGreaterThan(2 * AttendanceImport.CHUNK);
        // line 2 again at line 11,002, in the third chunk
        String duplicate = nips.get(0) + "," + last + ",08:00,16:00,KANTOR,\r\n";
        String withDuplicate = file + duplicate;

        AttendanceImport.Result refused = importCsv(source, withDuplicate);
        assertThat(refused.imported()).isFalse();
        assertThat(refused.rows()).isEqualTo(total + 1);
        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(total + 2);
            assertThat(problem.messageKey()).isEqualTo("csv.error.duplicate");
            assertThat(problem.args()).containsExactly("2");
        });
        assertThat(rows(source)).isZero();
        assertThat(ids).hasSameSizeAs(nips);

        AttendanceImport.Result stored = importCsv(source, file.toString());
        assertThat(stored.imported()).isTrue();
        assertThat(stored.accepted()).isEqualTo(total);
        assertThat(rows(source)).isEqualTo(total);
        AttendanceImport.Result again = importCsv(source, file.toString());
        assertThat(again.accepted()).isZero();
        assertThat(again.unchanged()).isEqualTo(total);
        assertThat(rows(source)).isEqualTo(total);
    }

    @Test
    void aFileWithManyProblemsListsTheFirstAndCountsTheRest() {
        String source = source();
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 0; i < 250; i++) {
            file.append("12345,2026-01-05,07:30,16:00,RUMAH,\r\n");
        }
        AttendanceImport.Result refused = importCsv(source, file.toString());
        assertThat(refused.imported()).isFalse();
        assertThat(refused.problemCount()).isEqualTo(250);
        assertThat(refused.problems()).hasSize(AttendanceImport.MAX_PROBLEMS);
        assertThat(refused.moreProblems()).isEqualTo(50);
        assertThat(refused.problems().get(199).line()).isEqualTo(201);
        assertThat(refused.problems().get(0).column()).isEqualTo("nip");
    }

    @Test
    void aFileWithoutRowsOrColumnsOrANameOrAFileIsSaidSo() throws Exception {
        String source = source();
        send(source, HEADER).andExpect(status().isOk())
                .andExpect(content().string(containsString("Berkas hanya memuat baris judul kolom.")));
        send(source, "nip,tanggal\r\n" + KARTIKA + ",2026-01-05\r\n").andExpect(status().isOk())
                .andExpect(content().string(containsString("Kolom berikut tidak ada di baris judul: tempat")));
        send("bukan nama!", HEADER + KARTIKA + ",2026-01-05,07:30,16:00,RUMAH,\r\n").andExpect(status().isOk())
                .andExpect(content().string(containsString("Isi nama sistem kehadiran")));
        as(multipart("/kehadiran/impor").param("source", source).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Pilih berkas CSV yang akan diimpor.")));
        assertThat(rows(source)).isZero();
    }

    @Test
    void theTemplateNamesTheColumnsInTheReadersSpreadsheetConvention() throws Exception {
        MvcResult indonesian = as(get("/kehadiran/impor/templat.csv")).andExpect(status().isOk()).andReturn();
        String text = indonesian.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFnip;tanggal;masuk;pulang;tempat;kode_kantor\r\n");
        assertThat(text.lines().toList()).hasSize(2);
        assertThat(text.lines().toList().get(1)).contains(";07:30;16:00;KANTOR;DISKOMINFO");
        assertThat(indonesian.getResponse().getHeader("Content-Disposition"))
                .contains("templat-impor-kehadiran.csv");
        String english = as(get("/kehadiran/impor/templat.csv?lang=en")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).startsWith("\uFEFFnip,tanggal,masuk,pulang,tempat,kode_kantor\r\n");
        // the example row as it is names no employee: it cannot be imported by mistake
        AttendanceImport.Result example = importCsv(source(), english.substring(1));
        assertThat(example.imported()).isFalse();
        assertThat(example.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(2));
    }

    private ResultActions send(String source, String file) throws Exception {
        return as(multipart("/kehadiran/impor").file(csv(file)).param("source", source).with(csrf()));
    }

    private ResultActions sendEnglish(String source, String file) throws Exception {
        return as(multipart("/kehadiran/impor").file(csv(file)).param("source", source).param("lang", "en")
                .with(csrf()));
    }

    private AttendanceImport.Result importCsv(String source, String file) {
        Actor hr = (Actor) users.loadUserByUsername("kepegawaian");
        return imports.importCsv(hr, source, "kehadiran.csv",
                new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
    }

    private ResultActions as(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(user(users.loadUserByUsername("kepegawaian"))));
    }

    private static MockMultipartFile csv(String content) {
        return new MockMultipartFile("file", "kehadiran.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }

    private static String source() {
        return "impor-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private int rows(String source) {
        return jdbc.sql("select count(*) from attendance_record where source = :source").param("source", source)
                .query(Integer.class).single();
    }

    private int audits(String source) {
        return jdbc.sql("select count(*) from audit_event where action = 'ATTENDANCE_IMPORTED' and subject_key = :s")
                .param("s", source).query(Integer.class).single();
    }
}
