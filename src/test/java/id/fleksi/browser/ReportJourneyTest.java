package id.fleksi.browser;

import id.fleksi.reports.ExcelCsv;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HR's reports in Chromium: the reports page names who signs the report for the Minister and leads to the
 * letterhead and signatory, which HR completes; the plans downloaded as CSV open in Indonesian Excel with every
 * NIP whole and nothing turned into a formula or a date.
 */
class ReportJourneyTest extends BrowserTest {

    private static final Pattern NIP = Pattern.compile("\\d{18}");

    @Autowired
    JdbcClient jdbc;

    @Test
    void hrCompletesTheSignatoryAndDownloadsPlansThatOpenWholeInExcel() throws Exception {
        String contact = jdbc.sql("select contact from institution").query(String.class).single();
        long version = jdbc.sql("select version from institution").query(Long.class).single();
        try {
            signOut();
            signIn("kepegawaian", "demo12345");
            open("/laporan");
            assertThat(browser.findElement(By.cssSelector("[data-testid=report-signatory]")).getText())
                    .contains("Bupati Sukamaju", "H. Rahmat Hidayat");
            click("[data-testid=report-signatory] a");
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(driver -> driver.getCurrentUrl().endsWith("/pengaturan/instansi"));
            browser.findElement(By.id("contact")).clear();
            browser.findElement(By.id("contact")).sendKeys("Telepon (0231) 555 0123");
            browser.findElement(By.id("signatoryNip")).sendKeys("19800313 201501 1 00");
            clickAndWait("[data-testid=institution-form] button[type=submit]");
            assertThat(browser.findElement(By.id("signatoryNip-error")).getText())
                    .isEqualTo("NIP harus 18 digit; yang diisi 17 digit.");
            for (int width : new int[]{390, 1366}) {
                resize(width);
                assertNoSidewaysScroll();
                screenshot("report-institution-refused-" + width + "-id");
            }
            browser.findElement(By.id("signatoryNip")).clear();
            clickAndWait("[data-testid=institution-form] button[type=submit]");
            assertSuccess();
            assertThat(jdbc.sql("select contact from institution").query(String.class).single())
                    .isEqualTo("Telepon (0231) 555 0123");

            Path downloads = Files.createDirectories(Path.of("target", "downloads").toAbsolutePath());
            try (var old = Files.list(downloads)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
            browser.executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toString()));
            open("/laporan");
            LocalDate from = jdbc.sql("select min(day) from plan_day").query(LocalDate.class).single();
            setDate("from", from);
            setDate("to", from.plusDays(13));
            click("[data-testid=report-plans] button[type=submit]");
            Path csv = downloads.resolve("rencana-kerja-" + from + "-" + from.plusDays(13) + ".csv");
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> Files.exists(csv));

            List<List<Object>> sheet = ExcelCsv.open(Files.readAllBytes(csv), ';', ',');
            assertThat(sheet.get(0)).containsExactly("NIP", "Nama", "Kode unit", "Tanggal", "Minggu ISO",
                    "Jenis hari", "Mulai", "Selesai", "Istirahat (menit)", "Status", "Diputuskan oleh");
            List<List<Object>> rows = sheet.subList(1, sheet.size());
            assertThat(rows).isNotEmpty().allSatisfy(row -> {
                assertThat(row).hasSize(11);
                assertThat(row.get(0)).asString().matches(NIP);
                assertThat(row.get(3)).isInstanceOf(LocalDate.class);
                assertThat(row.get(9)).isIn("Disetujui", "Ditolak", "Menunggu keputusan");
            });
            assertThat(sheet.stream().flatMap(List::stream)).noneMatch(cell -> cell instanceof ExcelCsv.Formula
                    || cell instanceof ExcelCsv.DayAndMonth);
        } finally {
            // the demo's settings as they were, version included, for the tests after this one
            jdbc.sql("update institution set contact = :contact, version = :version").param("contact", contact)
                    .param("version", version).update();
        }
    }

    @Test
    void thePpkRecomputesTheStoredWeeksOfAPeriodOnTheReportsPage() throws Exception {
        signOut();
        signIn("ppk", "demo12345");
        open("/laporan");
        setDate("weeks-from", LocalDate.of(2026, 1, 11));
        setDate("weeks-to", LocalDate.of(2026, 1, 5));
        clickAndWait("[data-testid=discrepancy-weeks-recompute]");
        assertThat(browser.findElement(By.id("weeks-to-error")).getText())
                .isEqualTo("Hari terakhir sebelum hari pertama. Isi hari terakhir pada atau setelah hari pertama.");
        for (int width : new int[]{390, 1366}) {
            resize(width);
            assertNoSidewaysScroll();
            screenshot("report-weeks-refused-" + width + "-id");
        }
        setDate("weeks-from", LocalDate.of(2026, 1, 5));
        setDate("weeks-to", LocalDate.of(2026, 1, 18));
        clickAndWait("[data-testid=discrepancy-weeks-recompute]");
        assertSuccess();
        assertThat(browser.findElement(By.cssSelector("[data-testid=discrepancy-weeks] .alert-success")).getText())
                .startsWith("2 minggu dihitung ulang, dari 5 Jan 2026 sampai 18 Jan 2026");
        for (int width : new int[]{390, 1366}) {
            resize(width);
            assertNoSidewaysScroll();
            screenshot("report-weeks-done-" + width + "-id");
        }
        assertThat(browser.findElement(By.cssSelector("[data-testid=discrepancy-weeks]")).getText())
                .contains("minggu tersimpan").contains("dihitung sampai");
        lookAt("report-weeks");
    }

    /** A date field set as the browser's date picker would set it. */
    private void setDate(String id, LocalDate day) {
        browser.executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(id)), day.toString());
    }
}
