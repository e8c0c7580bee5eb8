package id.fleksi.reports;

import id.fleksi.IntegrationTest;
import id.fleksi.attendance.RealisationTestData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The discrepancy report of a unit made for each test: one employee whose week 2026-W45 differs from the approved
 * plan in every way the rules know, one who worked as a standard week without a plan; the counts come from SQL.
 */
class DiscrepancyReportTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    private String unit;
    private String nipA;

    @BeforeEach
    void aUnitWithAWeekOfPlanAndActual() {
        unit = RealisationTestData.unit(jdbc);
        nipA = RealisationTestData.employee(jdbc, unit);
        String nipB = RealisationTestData.employee(jdbc, unit);
        RealisationTestData.approvedPlan(jdbc, nipA, unit, List.of("KANTOR", "RUMAH", "KANTOR", "KANTOR", "KANTOR"));
        RealisationTestData.attended(jdbc, nipA, 0, "07:30", "16:00", "KANTOR");
        RealisationTestData.attended(jdbc, nipA, 1, "07:30", "16:00", "RUMAH");
        RealisationTestData.attended(jdbc, nipA, 2, "07:30", "16:00", "RUMAH");
        RealisationTestData.attended(jdbc, nipA, 3, "07:45", "16:00", "KANTOR");
        for (int day = 0; day < 5; day++) {
            RealisationTestData.attended(jdbc, nipB, day, "07:30", day == 4 ? "16:30" : "16:00", "KANTOR");
        }
    }

    @Test
    void theCsvCountsEachRuleForTheUnitAndNamesTheEmployee() throws Exception {
        byte[] csv = mvc.perform(get("/api/reports/attendance-discrepancies").param("from", "2026-11-02")
                        .param("to", "2026-11-08").param("unit", unit).header("Accept-Language", "id")
                        .with(httpBasic("kepegawaian", "demo12345")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = CsvRecords.parse(new String(csv, StandardCharsets.UTF_8).substring(1), ';');

        assertThat(rows.get(0)).containsExactly("Laporan Selisih Rencana dan Realisasi Kerja");
        assertThat(rows).contains(
                List.of("REALISASI_HADIR", "Hadir pada hari kerja", "Pasal 2; 3 ayat (1)", "1"),
                List.of("REALISASI_LOKASI", "Bekerja di lokasi yang disetujui", "Pasal 12 ayat (4); 13 ayat (1)", "1"),
                List.of("REALISASI_JAM_HARIAN", "Jam masuk dan pulang sesuai rencana", "Pasal 3 ayat (2)\u2013(4), (6)", "1"),
                List.of("REALISASI_JAM_MINGGUAN", "Jam kerja efektif seminggu terpenuhi",
                        "Pasal 3 ayat (1); 19 ayat (2); 20 ayat (1)", "1"),
                List.of("REALISASI_HASIL", "Hasil kerja pada hari fleksibel", "Pasal 7", "1"));
        // the unit: 2 employees, 10 days judged; 7 h 45 min short in one week
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith(unit).contains("2", "10", "7.45"));
        // only the employee with findings is listed, with their counts
        assertThat(rows.stream().filter(row -> row.get(0).contains(nipA)).toList()).singleElement()
                .satisfies(row -> assertThat(row.subList(3, row.size()))
                        .containsExactly("5", "1", "1", "1", "0", "1", "7.45", "1"));
        assertThat(rows.stream().filter(row -> row.size() > 3 && row.get(2).equals(unit)).count()).isEqualTo(1);
    }

    @Test
    void thePdfReadsInEnglishForAnEnglishReader() throws Exception {
        byte[] pdf = mvc.perform(get("/api/reports/attendance-discrepancies").param("from", "2026-11-02")
                        .param("to", "2026-11-08").param("unit", unit).param("format", "pdf")
                        .header("Accept-Language", "en").with(httpBasic("ppk", "demo12345")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("PLAN AGAINST ACTUAL REPORT", "Summary", "employees with findings: 1",
                    "REALISASI_HASIL", "Pasal 7");
        }
    }

    @Test
    void aPeriodTooLongOrAnUnknownUnitIsToldWhatToDo() throws Exception {
        mvc.perform(get("/api/reports/attendance-discrepancies").param("from", "2026-01-01").param("to", "2026-06-30")
                        .header("Accept-Language", "id").with(httpBasic("kepegawaian", "demo12345")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("93 hari")));
        mvc.perform(get("/api/reports/attendance-discrepancies").param("from", "2026-11-02").param("to", "2026-11-08")
                        .param("unit", "TIDAK-ADA").with(httpBasic("kepegawaian", "demo12345")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/laporan/selisih-kehadiran").param("from", "2026-11-02").param("to", "2026-11-08")
                        .param("unit", "TIDAK-ADA").with(user(users.loadUserByUsername("kepegawaian"))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Tidak ada unit dengan kode itu")));
    }
}
