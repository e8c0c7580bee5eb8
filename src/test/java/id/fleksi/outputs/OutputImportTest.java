package id.fleksi.outputs;

import id.fleksi.IntegrationTest;
import id.fleksi.shared.Actor;
import id.fleksi.shared.InstitutionTime;
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
import java.time.Clock;
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
 * HR imports outputs from e-Kinerja's daily performance records: all rows or none, every problem at its line, the
 * same file again changing nothing, a record changed while it waits for review and refused once reviewed, and a
 * file of several chunks read as it arrives.
 */
class OutputImportTest extends IntegrationTest {

    /** Kartika Nugroho, DISKOMINFO (headed by kepala), holds KOM-APL. */
    private static final String KARTIKA = "198808122010042002";
    /** Siti Pratama, BAPPEDA, holds no DISKOMINFO task. */
    private static final String BAPPEDA_NIP = "199312102015102009";
    private static final String HEADER = "id_kinerja,nip,tanggal,kode_tugas,uraian,tautan\r\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    OutputImport imports;
    @Autowired
    Clock clock;

    @Test
    void aGoodFileIsStoredForTheHeadsReviewAndTheSameFileAgainChangesNothing() throws Exception {
        String source = source();
        LocalDate today = InstitutionTime.today(clock);
        String first = "Menguji modul pelaporan " + UUID.randomUUID();
        String second = "Rapat koordinasi \"aplikasi\", notulen " + UUID.randomUUID();
        String file = HEADER
                + "KH-1," + KARTIKA + "," + today.minusDays(2) + ",kom-apl," + first + ",https://drive.example.go.id/a\r\n"
                + "\r\n"
                + "KH-2," + KARTIKA + "," + today.minusDays(1) + ",,\"" + second.replace("\"", "\"\"") + "\",\r\n"
                + "KH-3," + BAPPEDA_NIP + "," + today + ",,Menyusun kajian RPJMD,\r\n";

        send(source, file).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/hasil-kerja/impor"))
                .andExpect(flash().attribute("importedRows", 3))
                .andExpect(flash().attribute("importedStored", 3))
                .andExpect(flash().attribute("importedUpdated", 0))
                .andExpect(flash().attribute("importedUnchanged", 0));
        assertThat(outputs(source)).isEqualTo(3);
        assertThat(jdbc.sql("""
                        select o.status || ' ' || o.day || ' ' || coalesce(t.code, '-') || ' ' || coalesce(o.link, '-')
                               || ' ' || o.created_by
                        from work_output o left join task_directory t on t.id = o.task_id
                        where o.source = :source and o.external_id = 'KH-1'""")
                .param("source", source).query(String.class).single())
                .isEqualTo("SUBMITTED " + today.minusDays(2) + " KOM-APL https://drive.example.go.id/a kepegawaian");
        assertThat(jdbc.sql("select description from work_output where source = :source and external_id = 'KH-2'")
                .param("source", source).query(String.class).single()).isEqualTo(second);

        // the head of DISKOMINFO finds Kartika's imported outputs among those waiting, and not BAPPEDA's
        mvc.perform(get("/hasil-kerja").param("q", KARTIKA).with(user(users.loadUserByUsername("kepala"))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(first), containsString("KOM-APL"))));
        mvc.perform(get("/hasil-kerja").param("q", BAPPEDA_NIP).with(user(users.loadUserByUsername("kepala"))))
                .andExpect(content().string(not(containsString("Menyusun kajian RPJMD"))));

        MvcResult again = send(source, file).andExpect(flash().attribute("importedRows", 3))
                .andExpect(flash().attribute("importedStored", 0))
                .andExpect(flash().attribute("importedUpdated", 0))
                .andExpect(flash().attribute("importedUnchanged", 3)).andReturn();
        assertThat(outputs(source)).isEqualTo(3);
        assertThat(jdbc.sql("""
                        select string_agg((after_state ->> 'rows') || '/' || (after_state ->> 'stored') || '/'
                                          || (after_state ->> 'updated') || '/' || (after_state ->> 'unchanged')
                                          || ' ' || (after_state ->> 'file'), '; ' order by id)
                        from audit_event where action = 'OUTPUTS_IMPORTED' and subject_key = :source""")
                .param("source", source).query(String.class).single())
                .isEqualTo("3/3/0/0 kinerja.csv; 3/0/0/3 kinerja.csv");

        // the result is shown on the page the import leads to (the flash is kept in the session, in the database)
        mvc.perform(get("/hasil-kerja/impor").cookie(again.getResponse().getCookie("FLEKSI_SESSION"))
                        .with(user(users.loadUserByUsername("kepegawaian"))))
                .andExpect(content().string(containsString(
                        "Berkas kinerja.csv telah diimpor: 3 baris dibaca, 0 disimpan, 0 diubah, 3 tidak berubah.")));
        // out of the way of the other tests' lists of outputs waiting
        jdbc.sql("delete from work_output where source = :source").param("source", source).update();
    }

    @Test
    void aBadFileStoresNothingAndNamesEachLine() throws Exception {
        String source = source();
        LocalDate today = InstitutionTime.today(clock);
        // semicolons and a byte order mark, as Excel in an Indonesian locale saves a file
        String file = "\uFEFFid_kinerja;nip;tanggal;kode_tugas;uraian;tautan\r\n"
                + "KH-1;" + KARTIKA + ";" + today.minusDays(1) + ";KOM-APL;Laporan harian;\r\n"
                + "KH-2;199901012020121001;" + today.minusDays(1) + ";;Laporan harian;\r\n"
                + "KH-3;" + KARTIKA + ";" + today.plusDays(1) + ";;Laporan harian;\r\n"
                + "KH-4;" + BAPPEDA_NIP + ";" + today.minusDays(1) + ";KOM-APL;Laporan harian;\r\n"
                + "KH-1;" + KARTIKA + ";" + today.minusDays(2) + ";;Laporan lain;\r\n"
                + "KH-6;" + KARTIKA + ";" + today.minusDays(2) + ";;Laporan;ftp://berkas\r\n"
                + "KH-7;" + KARTIKA + ";" + today.minusDays(2) + ";TIDAK-ADA;Laporan;\r\n"
                + ";" + KARTIKA + ";" + today.minusDays(2) + ";;;\r\n";

        send(source, file).andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Tidak ada yang diimpor dari kinerja.csv (8 baris dibaca): 7 masalah"),
                        containsString("<td>3</td>"), containsString("Tidak ada pegawai dengan NIP 199901012020121001"),
                        containsString("<td>4</td>"), containsString("belum tiba"),
                        containsString("<td>5</td>"), containsString("tidak memegang tugas KOM-APL"),
                        containsString("<td>6</td>"), containsString("Sama dengan baris 2 di berkas ini."),
                        containsString("<td>7</td>"), containsString("diawali http:// atau https://"),
                        containsString("<td>8</td>"), containsString("Tidak ada tugas dengan kode TIDAK-ADA"),
                        containsString("<td>9</td>"), containsString("<code>id_kinerja</code>"),
                        not(containsString("<td>2</td>")))));
        assertThat(outputs(source)).isZero();
        assertThat(audits(source)).isZero();

        OutputImport.Result refused = importCsv(source, file);
        assertThat(refused.imported()).isFalse();
        assertThat(refused.problems()).extracting(p -> p.line() + " " + p.column() + " " + p.messageKey())
                .containsExactly("3 nip outputs.import.error.unknownNip", "4 tanggal outputs.import.error.future",
                        "5 kode_tugas outputs.import.error.taskNotHeld", "6 id_kinerja csv.error.duplicate",
                        "7 tautan outputs.error.link", "8 kode_tugas outputs.import.error.unknownTask",
                        "9 id_kinerja outputs.import.error.id");

        as(multipart("/hasil-kerja/impor").file(csv(file)).param("source", source).param("lang", "en")
                .with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Nothing was imported from kinerja.csv (8 rows read): 7 problems"),
                        containsString("does not hold the task KOM-APL"),
                        containsString("Same as line 2 of this file."))));
        assertThat(outputs(source)).isZero();
    }

    @Test
    void aChangedRecordIsUpdatedWhileItWaitsAndRefusedOnceReviewed() {
        String source = source();
        LocalDate day = InstitutionTime.today(clock).minusDays(3);
        String file = HEADER
                + "A-1," + KARTIKA + "," + day + ",,Menyusun draf SOP,\r\n"
                + "A-2," + KARTIKA + "," + day + ",,Memasang server,\r\n";
        assertThat(importCsv(source, file).stored()).isEqualTo(2);
        long reviewed = id(source, "A-2");
        jdbc.sql("""
                        update work_output set status = 'ACCEPTED', reviewed_at = now(), reviewed_by = 'Kepala'
                        where id = :id""").param("id", reviewed).update();

        String changed = HEADER
                + "A-1," + KARTIKA + "," + day + ",KOM-APL,Menyusun draf SOP (revisi),\r\n"
                + "A-2," + KARTIKA + "," + day + ",,Memasang server dan firewall,\r\n";
        OutputImport.Result refused = importCsv(source, changed);
        assertThat(refused.imported()).isFalse();
        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.messageKey()).isEqualTo("outputs.import.error.reviewed");
        });
        // nothing stored: the first row's change was rolled back with the rest
        assertThat(description(source, "A-1")).isEqualTo("Menyusun draf SOP");

        // the reviewed record as it is stored, the waiting one changed
        String accepted = HEADER
                + "A-1," + KARTIKA + "," + day + ",KOM-APL,Menyusun draf SOP (revisi),\r\n"
                + "A-2," + KARTIKA + "," + day + ",,Memasang server,\r\n";
        OutputImport.Result done = importCsv(source, accepted);
        assertThat(done.imported()).isTrue();
        assertThat(List.of(done.stored(), done.updated(), done.unchanged())).containsExactly(0, 1, 1);
        assertThat(description(source, "A-1")).isEqualTo("Menyusun draf SOP (revisi)");
        assertThat(jdbc.sql("select status from work_output where id = :id").param("id", reviewed)
                .query(String.class).single()).isEqualTo("ACCEPTED");

        // a record imported for one employee is not moved to another
        OutputImport.Result moved = importCsv(source, HEADER
                + "A-1," + BAPPEDA_NIP + "," + day + ",,Menyusun draf SOP (revisi),\r\n");
        assertThat(moved.problems()).singleElement()
                .satisfies(p -> assertThat(p.messageKey()).isEqualTo("outputs.import.error.otherEmployee"));
        jdbc.sql("delete from work_output where source = :source").param("source", source).update();
    }

    @Test
    void aFileOfSeveralChunksIsStoredWholeAndAgainUnchanged() {
        String source = source();
        List<String> nips = jdbc.sql("select nip from employee_directory order by id limit 60").query(String.class)
                .list();
        int total = 12_000;
        assertThat(total).isGreaterThan(2 * OutputImport.CHUNK);
        LocalDate today = InstitutionTime.today(clock);
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 0; i < total; i++) {
            file.append("B-").append(i).append(',').append(nips.get(i % nips.size())).append(',')
                    .append(today.minusDays(1 + i / nips.size())).append(",,Hasil kerja ke-").append(i)
                    .append(",\r\n");
        }
        // record B-0 again at line 12,002, in the third chunk
        String withDuplicate = file + "B-0," + nips.get(0) + "," + today + ",,Lagi,\r\n";
        OutputImport.Result refused = importCsv(source, withDuplicate);
        assertThat(refused.imported()).isFalse();
        assertThat(refused.rows()).isEqualTo(total + 1);
        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(total + 2);
            assertThat(problem.messageKey()).isEqualTo("csv.error.duplicate");
            assertThat(problem.args()).containsExactly("2");
        });
        assertThat(outputs(source)).isZero();

        try {
            OutputImport.Result stored = importCsv(source, file.toString());
            assertThat(stored.imported()).isTrue();
            assertThat(stored.stored()).isEqualTo(total);
            assertThat(outputs(source)).isEqualTo(total);
            assertThat(jdbc.sql("select count(*) from work_output where source = :s and status = 'SUBMITTED'")
                    .param("s", source).query(Integer.class).single()).isEqualTo(total);
            OutputImport.Result again = importCsv(source, file.toString());
            assertThat(List.of(again.stored(), again.updated(), again.unchanged())).containsExactly(0, 0, total);
            assertThat(outputs(source)).isEqualTo(total);
        } finally {
            // so many outputs waiting would crowd the heads' lists of the other tests
            jdbc.sql("delete from work_output where source = :source").param("source", source).update();
        }
    }

    @Test
    void aFileWithoutRowsOrColumnsOrASourceOrAFileIsSaidSo() throws Exception {
        String source = source();
        String row = "X-1," + KARTIKA + ",2026-01-05,,Laporan,\r\n";
        send(source, HEADER).andExpect(status().isOk())
                .andExpect(content().string(containsString("Berkas hanya memuat baris judul kolom.")));
        send(source, "id_kinerja,nip,tanggal\r\nX-1," + KARTIKA + ",2026-01-05\r\n").andExpect(status().isOk())
                .andExpect(content().string(containsString("Kolom berikut tidak ada di baris judul: uraian")));
        send("bukan nama!", HEADER + row).andExpect(status().isOk())
                .andExpect(content().string(containsString("Isi nama sistem asal")));
        as(multipart("/hasil-kerja/impor").param("source", source).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Pilih berkas CSV yang akan diimpor.")));
        assertThat(outputs(source)).isZero();
        // the form proposes e-Kinerja's name
        as(get("/hasil-kerja/impor")).andExpect(content().string(containsString("value=\"E-KINERJA\"")));
    }

    @Test
    void theTemplateNamesTheColumnsWithAnExampleThatCannotBeImportedByMistake() throws Exception {
        MvcResult indonesian = as(get("/hasil-kerja/impor/templat.csv")).andExpect(status().isOk()).andReturn();
        String text = indonesian.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFid_kinerja;nip;tanggal;kode_tugas;uraian;tautan\r\n");
        assertThat(text.lines().toList()).hasSize(2);
        assertThat(indonesian.getResponse().getHeader("Content-Disposition"))
                .contains("templat-impor-hasil-kerja.csv");
        String english = as(get("/hasil-kerja/impor/templat.csv?lang=en")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).startsWith("\uFEFFid_kinerja,nip,tanggal,kode_tugas,uraian,tautan\r\n");
        OutputImport.Result example = importCsv(source(), english.substring(1));
        assertThat(example.imported()).isFalse();
        assertThat(example.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(2));
    }

    private ResultActions send(String source, String file) throws Exception {
        return as(multipart("/hasil-kerja/impor").file(csv(file)).param("source", source).with(csrf()));
    }

    private OutputImport.Result importCsv(String source, String file) {
        Actor hr = (Actor) users.loadUserByUsername("kepegawaian");
        return imports.importCsv(hr, source, "kinerja.csv",
                new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
    }

    private ResultActions as(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(user(users.loadUserByUsername("kepegawaian"))));
    }

    private static MockMultipartFile csv(String content) {
        return new MockMultipartFile("file", "kinerja.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }

    private static String source() {
        return "E-KINERJA-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private int outputs(String source) {
        return jdbc.sql("select count(*) from work_output where source = :source").param("source", source)
                .query(Integer.class).single();
    }

    private long id(String source, String externalId) {
        return jdbc.sql("select id from work_output where source = :source and external_id = :id")
                .param("source", source).param("id", externalId).query(Long.class).single();
    }

    private String description(String source, String externalId) {
        return jdbc.sql("select description from work_output where source = :source and external_id = :id")
                .param("source", source).param("id", externalId).query(String.class).single();
    }

    private int audits(String source) {
        return jdbc.sql("select count(*) from audit_event where action = 'OUTPUTS_IMPORTED' and subject_key = :s")
                .param("s", source).query(Integer.class).single();
    }
}
