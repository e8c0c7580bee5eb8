package id.fleksi.browser;

import id.fleksi.organisation.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HR imports employees from the template's columns, without passwords, in Chromium: the page lists each new
 * employee's initial password once, to print, at the width of a phone and of a desktop.
 */
class EmployeeImportJourneyTest extends BrowserTest {

    @Test
    void hrImportsWithoutPasswordsAndGetsThemOnceToPrint() throws Exception {
        String first = Fixtures.freshNip(1977);
        String second = Fixtures.freshNip(1977);
        Path file = Files.createTempFile("impor-pegawai", ".csv");
        Files.writeString(file, "\uFEFFnip;name;type;unitCode;position;positionSince;domicile\r\n"
                + first + ";Yuni Cetak;PNS;BAPPEDA;Perencana Ahli Pertama;2024-01-02;\r\n"
                + second + ";Zaki Cetak;PPPK;BAPPEDA;Pengelola Data;2024-02-01;Jl. Anggrek No. 2, Sukamaju\r\n",
                StandardCharsets.UTF_8);
        signOut();
        signIn("kepegawaian", "demo12345");
        open("/pegawai/impor");
        assertThat(browser.findElement(By.cssSelector("[data-testid=csv-template]")).getAttribute("href"))
                .endsWith("/pegawai/impor/templat");
        browser.findElement(By.id("file")).sendKeys(file.toString());
        clickAndWait("[data-testid=employee-import] form button[type=submit]");

        WebElement shown = browser.findElement(By.cssSelector("[data-testid=initial-passwords]"));
        assertThat(shown.getText()).contains("Kata sandi awal 2 pegawai", "Yuni Cetak", "Zaki Cetak", first, second);
        List<WebElement> passwords = shown.findElements(By.cssSelector("[data-testid=initial-password]"));
        assertThat(passwords).hasSize(2).allSatisfy(p -> assertThat(p.getText()).hasSize(12));
        assertThat(shown.findElements(By.cssSelector("[data-print]"))).hasSize(1);
        for (int width : new int[]{390, 1366}) {
            resize(width);
            assertNoSidewaysScroll();
            screenshot("employee-import-passwords-" + width + "-id");
        }
        Files.delete(file);
    }
}
