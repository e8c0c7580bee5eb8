package id.fleksi.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HR finds the import of personnel records on their home page, sends a predicate file with wrong lines and reads
 * each line to correct, then the corrected file, and sees the predicates on the employee's records page; then a
 * file of SKP achievements, which the records page shows HR among the employee's records; in
 * Chromium at the width of a phone and of a desktop, in Indonesian and English. The employees are in a unit of
 * the test's own.
 */
class PersonnelImportJourneyTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void hrImportsPredicatesCorrectsTheLinesAndReadsThemOnTheRecordsPage() throws Exception {
        String unit = "IMPJ-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String prefix = "195" + ThreadLocalRandom.current().nextInt(0, 10)
                + String.format("%08d", ThreadLocalRandom.current().nextInt(0, 100_000_000));
        jdbc.sql("""
                        insert into unit (code, name, parent_id, time_zone)
                        values (:code, :name, (select id from unit where code = 'SETDA'), 'Asia/Jakarta')""")
                .param("code", unit).param("name", "Unit uji impor " + unit).update();
        jdbc.sql("""
                        insert into employee (nip, name, employee_type, unit_id, position, position_since, active)
                        select :prefix || lpad(g::text, 6, '0'), 'Pegawai Impor ' || g, 'PNS',
                               (select id from unit where code = :unit), 'Analis Uji', date '2020-01-01', true
                        from generate_series(1, 2) g""")
                .param("prefix", prefix).param("unit", unit).update();
        String a = prefix + "000001";
        String b = prefix + "000002";
        String good = "\uFEFFnip;tahun;predikat\r\n"
                + a + ";2025;Sangat Baik\r\n"
                + b + ";2025;BUTUH_PERBAIKAN\r\n";
        String bad = good.replace("BUTUH_PERBAIKAN", "Luar Biasa") + a + ";2025;Baik\r\n"
                + "199001012015031001;2025;BAIK\r\n";
        Path badFile = Files.createTempFile("predikat-salah", ".csv");
        Path goodFile = Files.createTempFile("predikat", ".csv");
        Files.writeString(badFile, bad, StandardCharsets.UTF_8);
        Files.writeString(goodFile, good, StandardCharsets.UTF_8);
        Path achievementFile = Files.createTempFile("capaian-skp", ".csv");
        Files.writeString(achievementFile, "\uFEFFnip;mulai;selesai;nilai;predikat\r\n"
                + a + ";2026-01-01;2026-06-30;87,5;Baik\r\n"
                + a + ";2026-07-01;2026-12-31;91,25;Sangat Baik\r\n"
                + b + ";2026-01-01;2026-06-30;72,25;\r\n", StandardCharsets.UTF_8);
        signOut();
        signIn("kepegawaian", "demo12345");

        open("/beranda/kepegawaian");
        click(By.cssSelector("[data-testid=hr-organisation-links] a[href='/pegawai/impor-riwayat']"));
        assertThat(browser.getCurrentUrl()).endsWith("/pegawai/impor-riwayat");
        assertThat(browser.findElement(By.cssSelector("[data-testid=csv-template-disiplin]")).getAttribute("href"))
                .endsWith("/pegawai/impor-riwayat/templat-disiplin.csv");
        lookAt("personnel-import-form");

        for (String language : new String[]{"id", "en"}) {
            open("/pegawai/impor-riwayat?lang=" + language);
            send(badFile);
            WebElement report = browser.findElement(By.cssSelector("[data-testid=import-report]"));
            List<String> lines = report.findElements(By.cssSelector("[data-testid=import-problem] td:first-child"))
                    .stream().map(WebElement::getText).toList();
            assertThat(lines).containsExactly("3", "4", "5");
            assertThat(report.getText()).contains(language.equals("id")
                    ? "Sama dengan baris 2 di berkas ini." : "Same as line 2 of this file.");
            for (int width : new int[]{390, 1366}) {
                resize(width);
                assertNoSidewaysScroll();
                screenshot("personnel-import-problems-" + width + "-" + language);
            }
        }

        open("/pegawai/impor-riwayat?lang=id");
        send(goodFile);
        assertThat(browser.findElement(By.cssSelector("[data-testid=import-done]")).getText())
                .contains("2 baris dibaca, 2 disimpan, 0 diperbarui, 0 tidak berubah");
        for (int width : new int[]{390, 1366}) {
            resize(width);
            assertNoSidewaysScroll();
            screenshot("personnel-import-done-" + width + "-id");
        }

        open("/pegawai/" + b + "/riwayat?lang=id");
        assertThat(browser.findElement(By.id("predikat")).getText()).contains("2025").contains("Butuh Perbaikan");
        assertThat(browser.findElement(By.cssSelector("[data-testid=personnel-import-link]")).getAttribute("href"))
                .endsWith("/pegawai/impor-riwayat");

        open("/pegawai/impor-riwayat?lang=en");
        send(achievementFile, "capaian");
        assertThat(browser.findElement(By.cssSelector("[data-testid=import-done]")).getText())
                .contains("SKP achievements imported from").contains("3 rows read, 3 stored, 0 updated, 0 unchanged");
        for (int width : new int[]{390, 1366}) {
            resize(width);
            assertNoSidewaysScroll();
            screenshot("personnel-import-achievements-done-" + width + "-en");
        }
        open("/pegawai/" + a + "/riwayat?lang=id");
        assertThat(browser.findElements(By.cssSelector("#capaian-skp [data-testid=achievement-score]"))
                .stream().map(WebElement::getText).toList()).containsExactly("91,25", "87,50");
        lookAt("personnel-records-achievements");
        Files.delete(badFile);
        Files.delete(goodFile);
        Files.delete(achievementFile);
    }

    private void send(Path file) {
        send(file, "predikat");
    }

    private void send(Path file, String slug) {
        browser.findElement(By.id("file-" + slug)).sendKeys(file.toString());
        clickAndWait("[data-testid=import-" + slug + "] form button[type=submit]");
    }
}
