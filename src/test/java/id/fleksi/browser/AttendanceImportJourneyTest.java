package id.fleksi.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HR finds the attendance import on their home page, sends a file with a wrong line and a duplicate and reads
 * each line to correct, then the corrected file, in Chromium at the width of a phone and of a desktop, in
 * Indonesian and English.
 */
class AttendanceImportJourneyTest extends BrowserTest {

    private static final String KARTIKA = "198808122010042002";
    private static final String BAPPEDA_NIP = "199312102015102009";

    @Test
    void hrImportsAFileCorrectsItsLinesAndImportsItAgain() throws Exception {
        String source = "MESIN-ABSEN-" + UUID.randomUUID().toString().substring(0, 6);
        String good = "\uFEFFnip;tanggal;masuk;pulang;tempat;kode_kantor\r\n"
                + KARTIKA + ";2026-03-02;07:30;16:00;KANTOR;DISKOMINFO\r\n"
                + KARTIKA + ";2026-03-03;07:35;16:05;RUMAH;\r\n"
                + BAPPEDA_NIP + ";2026-03-02;07:20;15:55;DINAS_LUAR;\r\n";
        String bad = good.replace("RUMAH", "PASAR") + KARTIKA + ";2026-03-02;08:00;16:00;KANTOR;\r\n"
                + "1234;2026-03-04;07:30;16:00;RUMAH;\r\n";
        Path badFile = Files.createTempFile("kehadiran-salah", ".csv");
        Path goodFile = Files.createTempFile("kehadiran", ".csv");
        Files.writeString(badFile, bad, StandardCharsets.UTF_8);
        Files.writeString(goodFile, good, StandardCharsets.UTF_8);
        signOut();
        signIn("kepegawaian", "demo12345");

        open("/beranda/kepegawaian");
        click(By.cssSelector("[data-testid=hr-organisation-links] a[href='/kehadiran/impor']"));
        assertThat(browser.getCurrentUrl()).endsWith("/kehadiran/impor");
        assertThat(browser.findElement(By.cssSelector("[data-testid=csv-template]")).getAttribute("href"))
                .endsWith("/kehadiran/impor/templat.csv");
        lookAt("attendance-import-form");

        for (String language : new String[]{"id", "en"}) {
            open("/kehadiran/impor?lang=" + language);
            send(source, badFile);
            WebElement report = browser.findElement(By.cssSelector("[data-testid=import-report]"));
            List<String> lines = report.findElements(By.cssSelector("[data-testid=import-problem] td:first-child"))
                    .stream().map(WebElement::getText).toList();
            assertThat(lines).containsExactly("3", "5", "6");
            assertThat(report.getText()).contains(language.equals("id")
                    ? "Sama dengan baris 2 di berkas ini." : "Same as line 2 of this file.");
            // the name given is kept for the corrected file
            assertThat(browser.findElement(By.id("source")).getAttribute("value")).isEqualTo(source);
            for (int width : new int[]{390, 1366}) {
                resize(width);
                assertNoSidewaysScroll();
                screenshot("attendance-import-problems-" + width + "-" + language);
            }
        }

        open("/kehadiran/impor?lang=id");
        send(source, goodFile);
        assertThat(browser.findElement(By.cssSelector("[data-testid=import-done]")).getText())
                .contains("3 baris dibaca, 3 disimpan atau diubah, 0 tidak berubah");
        for (int width : new int[]{390, 1366}) {
            resize(width);
            assertNoSidewaysScroll();
            screenshot("attendance-import-done-" + width + "-id");
        }
        open("/kehadiran/impor?lang=id");
        send(source, goodFile);
        assertThat(browser.findElement(By.cssSelector("[data-testid=import-done]")).getText())
                .contains("3 baris dibaca, 0 disimpan atau diubah, 3 tidak berubah");
        Files.delete(badFile);
        Files.delete(goodFile);
    }

    private void send(String source, Path file) {
        WebElement name = browser.findElement(By.id("source"));
        name.clear();
        name.sendKeys(source);
        browser.findElement(By.id("file")).sendKeys(file.toString());
        clickAndWait("[data-testid=attendance-import] form button[type=submit]");
    }
}
