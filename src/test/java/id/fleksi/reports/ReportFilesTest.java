package id.fleksi.reports;

import id.fleksi.IntegrationTest;
import id.fleksi.shared.csv.CsvDialect;
import org.apache.commons.csv.CSVPrinter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One report document written in each format and read back as its reader would: the spreadsheet's cells, the PDF's
 * text, the CSV's records.
 */
class ReportFilesTest extends IntegrationTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @Autowired
    ReportFiles files;

    /** A document whose first table holds texts a spreadsheet would take for formulas. */
    static ReportDocument document(int longTableRows) {
        ReportDocument.Table units = new ReportDocument.Table("Rencana per unit",
                List.of("Unit", "Pegawai", "Persentase", "Catatan"),
                List.of(List.of("DISKOMINFO", 7, new BigDecimal("42.5"), "=HYPERLINK(\"http://x\",\"klik\")"),
                        List.of("BAPPEDA", 4, new BigDecimal("0.0"), "+62 812, \"kantor\""),
                        List.of("RSUD-IGD", 8, new BigDecimal("12.5"), "-1+1"),
                        List.of("SETDA", 4, new BigDecimal("100.0"), "@SUM(A1)")));
        List<List<Object>> many = IntStream.rangeClosed(1, longTableRows)
                .mapToObj(i -> List.<Object>of("Pegawai " + i, i, "Baris ke-" + i)).toList();
        ReportDocument.Table days = new ReportDocument.Table(null, List.of("Nama", "Nomor", "Keterangan"), many);
        return new ReportDocument("uji-laporan", "Laporan Uji Fleksibilitas Kerja", "Periode November 2026",
                List.of(new ReportDocument.Section("1. Ringkasan", List.of("Paragraf pertama dengan angka 42."),
                                List.of(units)),
                        new ReportDocument.Section("2. Rincian", List.of(), List.of(days))),
                new ReportDocument.Signature("Sukamaju", LocalDate.of(2026, 11, 23), "Bupati Sukamaju",
                        "Drs. Suryo Wibowo, M.Si.", "196805121990031004"));
    }

    @Test
    void theSpreadsheetHoldsTheDocumentsTablesWithNumbersAsNumbersAndFormulasAsText() throws IOException {
        ReportDocument document = document(40);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        files.write(document, ReportFormat.XLSX, out, INDONESIAN);

        List<Row> rows;
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            rows = workbook.getFirstSheet().read();
        }
        assertThat(rows.get(0).getCellText(0)).isEqualTo("Laporan Uji Fleksibilitas Kerja");
        for (ReportDocument.Section section : document.sections()) {
            for (ReportDocument.Table table : section.tables()) {
                int header = indexOf(rows, table.columns());
                assertThat(header).as("header row of " + table.columns()).isNotNegative();
                for (int r = 0; r < table.rows().size(); r++) {
                    Row row = rows.get(header + 1 + r);
                    List<Object> expected = table.rows().get(r);
                    for (int c = 0; c < expected.size(); c++) {
                        Cell cell = row.getCell(c);
                        if (expected.get(c) instanceof Number number) {
                            assertThat(cell.getType()).isEqualTo(CellType.NUMBER);
                            assertThat(cell.asNumber()).isEqualByComparingTo(new BigDecimal(number.toString()));
                        } else {
                            assertThat(cell.getType()).as("text stays text: " + expected.get(c))
                                    .isEqualTo(CellType.STRING);
                            assertThat(cell.getFormula()).isNull();
                            assertThat(cell.asString()).isEqualTo(expected.get(c));
                        }
                    }
                }
            }
        }
        List<String> texts = rows.stream().map(row -> row.getCellText(0)).toList();
        assertThat(texts).contains("Sukamaju, 23 November 2026", "Bupati Sukamaju", "Drs. Suryo Wibowo, M.Si.",
                "NIP 196805121990031004");
    }

    @Test
    void thePdfCarriesTheLetterheadTitleTablesPageNumbersAndTheSignature() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        files.write(document(120), ReportFormat.PDF, out, INDONESIAN);

        String text;
        int pages;
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            pages = pdf.getNumberOfPages();
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(pages).isGreaterThan(1);
        assertThat(text).contains("Pemerintah Kabupaten Sukamaju".toUpperCase(INDONESIAN),
                "Laporan Uji Fleksibilitas Kerja".toUpperCase(INDONESIAN), "DISKOMINFO", "Baris ke-120",
                "Halaman 1 dari " + pages, "Halaman " + pages + " dari " + pages,
                "Sukamaju, 23 November 2026", "Drs. Suryo Wibowo, M.Si.", "NIP 196805121990031004");
        assertThat(count(text, "Keterangan")).as("the header row repeated on every page of the long table")
                .isGreaterThan(1);
    }

    @Test
    void thePdfSpeaksEnglishToAnEnglishReader() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        files.write(document(3), ReportFormat.PDF, out, Locale.ENGLISH);

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains("Page 1 of 1");
        }
    }

    @Test
    void theCsvStartsWithAByteOrderMarkQuotesWhatItMustAndDisarmsFormulas() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        files.write(document(2), ReportFormat.CSV, out, INDONESIAN);

        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<List<String>> records = CsvRecords.parse(new String(bytes, StandardCharsets.UTF_8).substring(1), ';');
        assertThat(records.get(0)).containsExactly("Laporan Uji Fleksibilitas Kerja");
        int header = records.indexOf(List.of("Unit", "Pegawai", "Persentase", "Catatan"));
        assertThat(records.subList(header + 1, header + 5)).containsExactly(
                List.of("DISKOMINFO", "7", "42,5", "'=HYPERLINK(\"http://x\",\"klik\")"),
                List.of("BAPPEDA", "4", "0,0", "'+62 812, \"kantor\""),
                List.of("RSUD-IGD", "8", "12,5", "'-1+1"),
                List.of("SETDA", "4", "100,0", "'@SUM(A1)"));
    }

    @Test
    void aCsvCellThatLooksLikeAFormulaGetsALeadingQuoteButANegativeNumberDoesNot() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CSVPrinter printer = CsvDialect.ENGLISH.start(out);
        CsvDialect.ENGLISH.line(printer, java.util.Arrays.asList("=1+2", "+1", "-x", "@A1", "\tTAB", "\rCR", -5,
                "a=b", null, "biasa"));
        printer.flush();
        assertThat(CsvRecords.parse(out.toString(StandardCharsets.UTF_8).substring(1), ','))
                .containsExactly(List.of("'=1+2", "'+1", "'-x", "'@A1", "'\tTAB", "'\rCR", "-5", "a=b", "", "biasa"));
    }

    /** A table with what spreadsheets spoil: an 18-digit NIP, a number with a leading zero, a decimal. */
    private static ReportDocument people() {
        return new ReportDocument("uji-excel", "Uji Excel", null, List.of(new ReportDocument.Section("Pegawai",
                List.of(), List.of(new ReportDocument.Table(null, List.of("NIP", "Nama", "Telepon", "Persentase"),
                        List.of(List.of("198808122010042002", "Sari; \"Ekspor\"", "08121234567",
                                new BigDecimal("17.9")), List.of("2026", "Tahun", "-", 40.25)))))), null);
    }

    @Test
    void aCsvOpensInIndonesianExcelWithNipsAsTextAndNumbersWithADecimalComma() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        files.write(people(), ReportFormat.CSV, out, INDONESIAN);

        List<List<Object>> sheet = ExcelCsv.open(out.toByteArray(), ';', ',');
        assertThat(ExcelCsv.table(sheet, List.of("NIP", "Nama", "Telepon", "Persentase"))).containsExactly(
                List.of("198808122010042002", "Sari; \"Ekspor\"", "08121234567", new BigDecimal("17.9")),
                List.of(new BigDecimal("2026"), "Tahun", "'-", new BigDecimal("40.25")));
        // what the same NIP, the same number written as before would have become
        assertThat((BigDecimal) ExcelCsv.cell("198808122010042002", ','))
                .isEqualByComparingTo(new BigDecimal("198808122010042000"));
        assertThat(ExcelCsv.cell("17.9", ',')).isEqualTo(new ExcelCsv.DayAndMonth("17.9"));
    }

    @Test
    void aCsvOpensInEnglishExcelWithCommasAndADecimalPoint() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        files.write(people(), ReportFormat.CSV, out, Locale.ENGLISH);

        List<List<Object>> sheet = ExcelCsv.open(out.toByteArray(), ',', '.');
        assertThat(ExcelCsv.table(sheet, List.of("NIP", "Nama", "Telepon", "Persentase"))).containsExactly(
                List.of("198808122010042002", "Sari; \"Ekspor\"", "08121234567", new BigDecimal("17.9")),
                List.of(new BigDecimal("2026"), "Tahun", "'-", new BigDecimal("40.25")));
    }

    private static int indexOf(List<Row> rows, List<String> columns) {
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            List<String> texts = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                texts.add(row.getCellText(c));
            }
            if (texts.equals(columns)) {
                return i;
            }
        }
        return -1;
    }

    private static int count(String text, String word) {
        int count = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            count++;
        }
        return count;
    }
}
