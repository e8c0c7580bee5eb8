package id.fleksi.reports;

import id.fleksi.IntegrationTest;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The raw export of plans for HR: one row per employee per day, for a hand-made set of plans of a unit made for
 * each test, in the week 2033-W11 (14-18 March 2033) that no other test plans in.
 */
class PlanExportTest extends IntegrationTest {

    private static final AtomicInteger SERIAL = new AtomicInteger(1);
    static final LocalDate MONDAY = LocalDate.of(2033, 3, 14);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    private String unit;
    private String nipA;
    private String nipB;

    @BeforeEach
    void handMadePlans() {
        int n = SERIAL.getAndIncrement();
        unit = "RPT-" + n + "-" + System.nanoTime() % 100_000;
        jdbc.sql("""
                        insert into unit (code, name, parent_id, time_zone)
                        values (:code, 'Unit uji laporan', (select id from unit where code = 'SETDA'), 'Asia/Jakarta')""")
                .param("code", unit).update();
        nipA = employee("=Rina Ekspor", n, 1);
        nipB = employee("Sari, \"Ekspor\"", n, 2);
        long approved = plan(nipA, "APPROVED", "kepala");
        day(approved, 0, "KANTOR", "07:30", "16:00", 60);
        day(approved, 1, "RUMAH", "07:30", "16:00", 60);
        day(approved, 2, "KANTOR", null, null, null);
        long submitted = plan(nipB, "SUBMITTED", null);
        day(submitted, 0, "CUTI", null, null, null);
        day(submitted, 4, "LOKASI_LAIN", "08:00", "17:00", 90);
    }

    @Test
    void theCsvHasOneRowPerEmployeePerDayWithItsPlansStatusAndWhoDecided() throws Exception {
        byte[] csv = mvc.perform(get("/api/reports/plans").param("from", "2033-03-13").param("to", "2033-03-19")
                        .with(httpBasic("kepegawaian", "demo12345")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"rencana-kerja-2033-03-13-2033-03-19.csv\""))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        // every line ends CRLF, the headings' and the rows' alike
        assertThat(new String(csv, StandardCharsets.UTF_8).replace("\r\n", "")).doesNotContain("\n", "\r");
        List<List<String>> records = CsvRecords.parse(new String(csv, StandardCharsets.UTF_8).substring(1), ';');
        assertThat(records.get(0)).containsExactly("NIP", "Nama", "Kode unit", "Tanggal", "Minggu ISO",
                "Jenis hari", "Mulai", "Selesai", "Istirahat (menit)", "Status", "Diputuskan oleh");
        assertThat(records.stream().filter(r -> r.get(2).equals(unit)).toList()).containsExactly(
                List.of("=\"" + nipA + "\"", "'=Rina Ekspor", unit, "2033-03-14", "2033-W11", "Kantor penempatan",
                        "07:30", "16:00", "60", "Disetujui", "kepala"),
                List.of("=\"" + nipB + "\"", "Sari, \"Ekspor\"", unit, "2033-03-14", "2033-W11", "Cuti", "", "",
                        "", "Menunggu keputusan", ""),
                List.of("=\"" + nipA + "\"", "'=Rina Ekspor", unit, "2033-03-15", "2033-W11", "Rumah", "07:30",
                        "16:00", "60", "Disetujui", "kepala"),
                List.of("=\"" + nipA + "\"", "'=Rina Ekspor", unit, "2033-03-16", "2033-W11", "Kantor penempatan",
                        "", "", "", "Disetujui", "kepala"),
                List.of("=\"" + nipB + "\"", "Sari, \"Ekspor\"", unit, "2033-03-18", "2033-W11", "Lokasi lain",
                        "08:00", "17:00", "90", "Menunggu keputusan", ""));
    }

    @Test
    void theCsvOpensInIndonesianExcelWithWholeNipsAndTypedCells() throws Exception {
        byte[] csv = mvc.perform(get("/laporan/rencana").param("from", "2033-03-14").param("to", "2033-03-14")
                        .param("format", "csv").with(user(users.loadUserByUsername("kepegawaian"))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        List<List<Object>> sheet = ExcelCsv.open(csv, ';', ',');
        assertThat(sheet.get(0)).hasSize(11);
        List<List<Object>> ours = sheet.stream().filter(row -> unit.equals(row.get(2))).toList();
        assertThat(ours).containsExactly(
                List.of(nipA, "'=Rina Ekspor", unit, MONDAY, "2033-W11", "Kantor penempatan", "07:30", "16:00",
                        new java.math.BigDecimal("60"), "Disetujui", "kepala"),
                List.of(nipB, "Sari, \"Ekspor\"", unit, MONDAY, "2033-W11", "Cuti", "", "", "",
                        "Menunggu keputusan", ""));
        assertThat(sheet.stream().flatMap(List::stream)).noneMatch(cell -> cell instanceof ExcelCsv.Formula
                || cell instanceof ExcelCsv.DayAndMonth);
    }

    @Test
    void anEnglishReaderGetsCommasAndEnglishLabels() throws Exception {
        byte[] csv = mvc.perform(get("/api/reports/plans").param("from", "2033-03-14").param("to", "2033-03-14")
                        .header("Accept-Language", "en").with(httpBasic("ppk", "demo12345")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        List<List<Object>> ours = ExcelCsv.open(csv, ',', '.').stream().filter(row -> unit.equals(row.get(2)))
                .toList();
        assertThat(ours).extracting(row -> row.get(0), row -> row.get(5), row -> row.get(9)).containsExactly(
                org.assertj.core.groups.Tuple.tuple(nipA, "Placement office", "Approved"),
                org.assertj.core.groups.Tuple.tuple(nipB, "Leave", "Awaiting decision"));
    }

    @Test
    void theSpreadsheetHasTheSameRowsWithDatesAndNumbersTyped() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/reports/plans").param("from", "2033-03-14").param("to", "2033-03-14")
                        .param("format", "xlsx").header("Accept-Language", "en")
                        .with(httpBasic("ppk", "demo12345")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(ReportFormat.XLSX.mediaType()))
                .andReturn().getResponse().getContentAsByteArray();

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("Work plans");
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("NIP");
            assertThat(rows.get(0).getCellText(10)).isEqualTo("Decided by");
            List<Row> ours = rows.stream().filter(r -> unit.equals(r.getCellText(2))).toList();
            assertThat(ours).hasSize(2);
            Row a = ours.stream().filter(r -> r.getCellText(0).equals(nipA)).findFirst().orElseThrow();
            assertThat(a.getCell(1).getType()).isEqualTo(CellType.STRING);
            assertThat(a.getCellText(1)).isEqualTo("=Rina Ekspor");
            assertThat(a.getCell(1).getFormula()).isNull();
            assertThat(a.getCellAsDate(3).orElseThrow().toLocalDate()).isEqualTo(MONDAY);
            assertThat(a.getCellText(5)).isEqualTo("Placement office");
            assertThat(a.getCell(8).getType()).isEqualTo(CellType.NUMBER);
            assertThat(a.getCellAsNumber(8).orElseThrow().intValue()).isEqualTo(60);
            assertThat(a.getCellText(9)).isEqualTo("Approved");
            assertThat(a.getCellText(10)).isEqualTo("kepala");
        }
    }

    @Test
    void eachExportIsRecordedWithWhoWhatAndThePeriod() throws Exception {
        mvc.perform(get("/api/reports/plans").param("from", "2033-03-01").param("to", "2033-03-31")
                        .param("format", "csv").with(httpBasic("kepegawaian", "demo12345")))
                .andExpect(status().isOk());

        String after = jdbc.sql("""
                        select after_state::text from audit_event
                        where action = 'REPORT_EXPORTED' and subject_type = 'PLAN_EXPORT'
                          and subject_key = '2033-03-01..2033-03-31' and actor = 'kepegawaian'
                        order by id desc limit 1""")
                .query(String.class).single();
        assertThat(after).contains("\"from\": \"2033-03-01\"", "\"to\": \"2033-03-31\"", "\"format\": \"csv\"");
    }

    @Test
    void aPeriodLongerThan366DaysIsRefused() throws Exception {
        mvc.perform(get("/api/reports/plans").param("from", "2032-01-01").param("to", "2033-01-01")
                        .with(httpBasic("kepegawaian", "demo12345")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("366 hari")));
        // a leap year is 366 days: still one download
        mvc.perform(get("/api/reports/plans").param("from", "2032-01-01").param("to", "2032-12-31")
                        .with(httpBasic("kepegawaian", "demo12345")))
                .andExpect(status().isOk());
    }

    @Test
    void aPeriodEndingBeforeItStartsOrWithoutDaysIsRefused() throws Exception {
        mvc.perform(get("/api/reports/plans").param("from", "2033-03-19").param("to", "2033-03-13")
                        .with(httpBasic("kepegawaian", "demo12345")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/reports/plans").param("to", "2033-03-13")
                        .with(httpBasic("kepegawaian", "demo12345")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/reports/plans").param("from", "2033-03-13").param("to", "2033-03-19")
                        .param("format", "pdf").with(httpBasic("kepegawaian", "demo12345")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("format"));
    }

    @Test
    void employeesAndUnitHeadsCannotExportPlans() throws Exception {
        for (String account : List.of("pegawai", "kepala")) {
            mvc.perform(get("/api/reports/plans").param("from", "2033-03-13").param("to", "2033-03-19")
                            .with(httpBasic(account, "demo12345")))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/laporan/rencana").param("from", "2033-03-13").param("to", "2033-03-19")
                            .with(user(users.loadUserByUsername(account))))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void theReportsPageOffersBothDownloadsAndShowsARefusedPeriodNextToTheField() throws Exception {
        mvc.perform(get("/laporan").with(user(users.loadUserByUsername("kepegawaian"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"/laporan/penetapan\"")))
                .andExpect(content().string(containsString("action=\"/laporan/rencana\"")));
        mvc.perform(get("/laporan/rencana").param("from", "2032-01-01").param("to", "2033-06-30")
                        .with(user(users.loadUserByUsername("kepegawaian"))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"to-error\"")))
                .andExpect(content().string(containsString("Periode paling lama 366 hari")));
        byte[] csv = mvc.perform(get("/laporan/rencana").param("from", "2033-03-14").param("to", "2033-03-18")
                        .param("format", "csv").with(user(users.loadUserByUsername("ppk"))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains(nipA, nipB);
    }

    private String employee(String name, int serial, int index) {
        // born 1961-02-03 + the test's serial in days, appointed in 2033 (a NIP no demo or other test uses)
        LocalDate birth = LocalDate.of(1961, 2, 3).plusDays(serial % 300);
        String nip = "%04d%02d%02d203303%d%03d".formatted(birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), index, (int) (System.nanoTime() % 1000));
        jdbc.sql("""
                        insert into employee (nip, name, employee_type, unit_id, position, position_since)
                        values (:nip, :name, 'PNS', (select id from unit where code = :unit), 'Analis', date '2020-01-01')""")
                .param("nip", nip).param("name", name).param("unit", unit).update();
        return nip;
    }

    private long plan(String nip, String status, String decidedBy) {
        return jdbc.sql("""
                        insert into weekly_plan (employee_id, unit_id, iso_week, week_start, flex_type, status, verdict,
                                                 submitted_at, submitted_by, decided_at, decided_by)
                        values ((select id from employee where nip = :nip), (select id from unit where code = :unit),
                                '2033-W11', :monday, 'NONE', :status, '{}'::jsonb, now(), :nip,
                                case when :status = 'SUBMITTED' then null else now() end, :decidedBy)
                        returning id""")
                .param("nip", nip).param("unit", unit).param("monday", MONDAY).param("status", status)
                .param("decidedBy", decidedBy).query(Long.class).single();
    }

    private void day(long plan, int offset, String kind, String start, String end, Integer breakMinutes) {
        jdbc.sql("""
                        insert into plan_day (plan_id, day, kind, start_time, end_time, break_minutes)
                        values (:plan, :day, :kind, cast(:start as time), cast(:end as time), :break)""")
                .param("plan", plan).param("day", MONDAY.plusDays(offset)).param("kind", kind)
                .param("start", start).param("end", end).param("break", breakMinutes).update();
    }
}
