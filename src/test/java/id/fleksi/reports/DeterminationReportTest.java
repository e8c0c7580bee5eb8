package id.fleksi.reports;

import id.fleksi.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The determination report for the Minister (Pasal 31) on the demo determination: its decree, each decision with
 * its article, the sif units and the PPK's signature, in each format; and who may download it.
 */
class DeterminationReportTest extends IntegrationTest {

    static final String DECREE = "Keputusan Bupati Sukamaju Nomor 800.1/12/2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    @Test
    void thePdfNamesTheDecreeTheArticlesTheSifUnitsAndIsSignedByThePpk() throws Exception {
        MvcResult result = mvc.perform(get("/api/reports/determination").param("format", "pdf")
                        .param("date", "2026-11-23").with(httpBasic("kepegawaian", "demo12345")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"penetapan-fleksibilitas-kerja-2026-11-23.pdf\""))
                .andReturn();

        String text = pdfText(result.getResponse().getContentAsByteArray());
        assertThat(text).contains("PEMERINTAH KABUPATEN SUKAMAJU", "LAPORAN PENETAPAN FLEKSIBILITAS KERJA",
                "Pasal 31", DECREE, "5 Januari 2026",
                "Hari fleksibel secara lokasi paling banyak dalam 1 minggu 2 hari kerja Pasal 13 ayat (1)",
                "40% Pasal 14", "50% Pasal 27", "Pasal 19 ayat (4)", "Pasal 20 ayat (2)", "Pasal 26",
                "RSUD-IGD Instalasi Gawat Darurat RSUD", "Halaman 1 dari",
                "Jalan Jenderal Sudirman No. 1, Sukamaju 45111", "setda@sukamajukab.go.id",
                "Sukamaju, ", "Bupati Sukamaju H. Rahmat Hidayat, S.H., M.Si.");
        // the demo's signatory is a head of region, who has no NIP; the office is not written twice
        assertThat(text).doesNotContain("NIP ", "Pejabat Pembina Kepegawaian Pejabat Pembina Kepegawaian");
    }

    @Test
    void theCsvAndTheSpreadsheetCarryTheSameDecisions() throws Exception {
        byte[] csv = mvc.perform(get("/api/reports/determination").param("format", "csv")
                        .with(httpBasic("ppk", "demo12345")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andReturn().getResponse().getContentAsByteArray();
        List<List<String>> records = CsvRecords.parse(new String(csv, StandardCharsets.UTF_8).substring(1), ';');
        assertThat(records).contains(List.of("Hari fleksibel secara lokasi paling banyak dalam 1 minggu",
                "2 hari kerja", "Pasal 13 ayat (1)"));
        assertThat(records.stream().flatMap(List::stream)).anyMatch(cell -> cell.contains(DECREE));

        byte[] xlsx = mvc.perform(get("/api/reports/determination").param("format", "xlsx")
                        .header("Accept-Language", "en").with(httpBasic("ppk", "demo12345")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).anyMatch(row -> row.getCellText(0).equals("Location-flexible days a week at most")
                    && row.getCellText(2).equals("Pasal 13 ayat (1)"));
        }
    }

    @Test
    void theParticipationCountsActiveEmployeesByType() throws Exception {
        long active = jdbc.sql("select count(*) from employee where active").query(Long.class).single();
        byte[] csv = mvc.perform(get("/api/reports/determination").param("format", "csv")
                        .with(httpBasic("ppk", "demo12345")))
                .andReturn().getResponse().getContentAsByteArray();
        List<List<String>> records = CsvRecords.parse(new String(csv, StandardCharsets.UTF_8).substring(1), ';');
        assertThat(records).contains(List.of("Jumlah", String.valueOf(active)));
        assertThat(records).anyMatch(r -> r.size() == 4 && r.get(0).equals("Fleksibel secara lokasi")
                && r.get(3).equals("Pasal 14"));
        // the share of active employees opens in Indonesian Excel as a number with a decimal comma
        List<List<Object>> byKind = ExcelCsv.table(ExcelCsv.open(csv, ';', ','), List.of("Jenis fleksibilitas"));
        assertThat(byKind).hasSize(3).allSatisfy(row -> {
            assertThat(row.get(1)).isInstanceOf(java.math.BigDecimal.class);
            assertThat(row.get(2)).isInstanceOf(java.math.BigDecimal.class);
        });
    }

    @Test
    void aDayBeforeTheFirstDeterminationHasNoReport() throws Exception {
        mvc.perform(get("/api/reports/determination").param("date", "2020-01-01")
                        .with(httpBasic("ppk", "demo12345")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Belum ada penetapan")));
    }

    @Test
    void anUnknownFormatIsRefused() throws Exception {
        mvc.perform(get("/api/reports/determination").param("format", "docx")
                        .with(httpBasic("ppk", "demo12345")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("format"));
    }

    @Test
    void employeesAndUnitHeadsCannotDownloadIt() throws Exception {
        mvc.perform(get("/api/reports/determination").with(httpBasic("pegawai", "demo12345")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/reports/determination").with(httpBasic("kepala", "demo12345")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/laporan/penetapan").with(user(users.loadUserByUsername("kepala"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void thePolicyPageOffersTheReportToThePpkAndHrButNotToUnitHeads() throws Exception {
        mvc.perform(get("/kebijakan").with(user(users.loadUserByUsername("kepegawaian"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/laporan/penetapan?format=pdf")));
        mvc.perform(get("/kebijakan").with(user(users.loadUserByUsername("kepala"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("/laporan/penetapan"))));
    }

    @Test
    void thePageDownloadIsRecordedInTheAuditTrail() throws Exception {
        long before = downloads();
        byte[] pdf = mvc.perform(get("/laporan/penetapan").param("format", "pdf")
                        .with(user(users.loadUserByUsername("ppk"))))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(pdfText(pdf)).contains(DECREE);
        assertThat(downloads()).isEqualTo(before + 1);
        assertThat(jdbc.sql("""
                        select actor from audit_event where action = 'REPORT_EXPORTED'
                        and subject_type = 'DETERMINATION_REPORT' order by id desc limit 1""")
                .query(String.class).single()).isEqualTo("ppk");
    }

    private long downloads() {
        return jdbc.sql("""
                        select count(*) from audit_event
                        where action = 'REPORT_EXPORTED' and subject_type = 'DETERMINATION_REPORT'""")
                .query(Long.class).single();
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
