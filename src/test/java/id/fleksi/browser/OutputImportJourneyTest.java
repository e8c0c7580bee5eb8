package id.fleksi.browser;

import id.fleksi.shared.InstitutionTime;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HR finds the import of work outputs on their home page, sends an e-Kinerja file with wrong lines and reads each
 * line to correct, then the corrected file, in Chromium at the width of a phone and of a desktop, in Indonesian and
 * English.
 */
class OutputImportJourneyTest extends BrowserTest {

    private static final String KARTIKA = "198808122010042002";
    private static final String BAPPEDA_NIP = "199312102015102009";

    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void hrImportsAFileCorrectsItsLinesAndImportsItAgain() throws Exception {
        String source = "E-KINERJA-" + UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = InstitutionTime.today(clock);
        String good = "\uFEFFid_kinerja;nip;tanggal;kode_tugas;uraian;tautan\r\n"
                + "KH-101;" + KARTIKA + ";" + today.minusDays(2) + ";KOM-APL;Memperbaiki formulir layanan izin;"
                + "https://drive.sukamaju.go.id/izin\r\n"
                + "KH-102;" + KARTIKA + ";" + today.minusDays(1) + ";;Menyusun notulen rapat koordinasi;\r\n"
                + "KH-103;" + BAPPEDA_NIP + ";" + today.minusDays(1) + ";;Menyusun kajian RPJMD bab 2;\r\n";
        String bad = good.replace("KH-103;" + BAPPEDA_NIP + ";" + today.minusDays(1) + ";;",
                        "KH-103;" + BAPPEDA_NIP + ";" + today.minusDays(1) + ";KOM-APL;")
                + "KH-101;" + KARTIKA + ";" + today + ";;Lagi;\r\n"
                + "KH-105;199901012020121001;" + today.plusDays(3) + ";;Laporan;\r\n";
        Path badFile = Files.createTempFile("kinerja-salah", ".csv");
        Path goodFile = Files.createTempFile("kinerja", ".csv");
        Files.writeString(badFile, bad, StandardCharsets.UTF_8);
        Files.writeString(goodFile, good, StandardCharsets.UTF_8);
        signOut();
        signIn("kepegawaian", "demo12345");

        open("/beranda/kepegawaian");
        click(By.cssSelector("[data-testid=hr-organisation-links] a[href='/hasil-kerja/impor']"));
        assertThat(browser.getCurrentUrl()).endsWith("/hasil-kerja/impor");
        assertThat(browser.findElement(By.cssSelector("[data-testid=csv-template]")).getAttribute("href"))
                .endsWith("/hasil-kerja/impor/templat.csv");
        assertThat(browser.findElement(By.id("source")).getAttribute("value")).isEqualTo("E-KINERJA");
        lookAt("outputs-import-form");

        for (String language : new String[]{"id", "en"}) {
            open("/hasil-kerja/impor?lang=" + language);
            send(source, badFile);
            WebElement report = browser.findElement(By.cssSelector("[data-testid=import-report]"));
            List<String> lines = report.findElements(By.cssSelector("[data-testid=import-problem] td:first-child"))
                    .stream().map(WebElement::getText).toList();
            assertThat(lines).containsExactly("4", "5", "6");
            assertThat(report.getText()).contains(language.equals("id")
                    ? "Sama dengan baris 2 di berkas ini." : "Same as line 2 of this file.");
            // the name given is kept for the corrected file
            assertThat(browser.findElement(By.id("source")).getAttribute("value")).isEqualTo(source);
            for (int width : new int[]{390, 1366}) {
                resize(width);
                assertNoSidewaysScroll();
                screenshot("outputs-import-problems-" + width + "-" + language);
            }
        }

        open("/hasil-kerja/impor?lang=id");
        send(source, goodFile);
        assertThat(browser.findElement(By.cssSelector("[data-testid=import-done]")).getText())
                .contains("3 baris dibaca, 3 disimpan, 0 diubah, 0 tidak berubah");
        for (int width : new int[]{390, 1366}) {
            resize(width);
            assertNoSidewaysScroll();
            screenshot("outputs-import-done-" + width + "-id");
        }
        // the next file comes from the same system
        assertThat(browser.findElement(By.id("source")).getAttribute("value")).isEqualTo(source);
        send(source, goodFile);
        assertThat(browser.findElement(By.cssSelector("[data-testid=import-done]")).getText())
                .contains("3 baris dibaca, 0 disimpan, 0 diubah, 3 tidak berubah");
        Files.delete(badFile);
        Files.delete(goodFile);
        // out of the way of the other journeys' lists of outputs waiting
        jdbc.sql("delete from work_output where source = :source").param("source", source).update();
    }

    private void send(String source, Path file) {
        WebElement name = browser.findElement(By.id("source"));
        name.clear();
        name.sendKeys(source);
        browser.findElement(By.id("file")).sendKeys(file.toString());
        clickAndWait("[data-testid=outputs-import] form button[type=submit]");
    }
}
