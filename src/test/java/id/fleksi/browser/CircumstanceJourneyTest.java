package id.fleksi.browser;

import id.fleksi.attendance.RealisationTestData;
import id.fleksi.shared.InstitutionTime;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.threeten.extra.YearWeek;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An employee on a phone asks for a special circumstance with a small PDF (a file that is no PDF though named so is
 * told beside the field, with what was typed kept); the head of their unit recommends it and HR approves it, each
 * after confirming; the employee's plan of next week with three home days is then judged with the exception of
 * Pasal 13 ayat (2) huruf b, naming the request. The form, HR's decision page and the judged week are looked at in
 * both languages at 390 and 1366 pixels. The employee and the head belong to a unit made for the test.
 */
class CircumstanceJourneyTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void anEmployeeAsksTheHeadRecommendsHrApprovesAndTheWeekIsJudgedWithTheException() throws Exception {
        RealisationTestData.HeadedUnit unit = RealisationTestData.headedUnit(jdbc);
        String employee = RealisationTestData.employee(jdbc, unit.code());
        jdbc.sql("""
                        insert into task_assignment (task_id, employee_id, assigned_on)
                        values ((select id from task where code = 'KOM-APL'), (select id from employee where nip = :nip),
                                date '2026-01-05')""")
                .param("nip", employee).update();
        LocalDate monday = InstitutionTime.today(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        String week = YearWeek.from(monday).toString();
        String reason = "Pemulihan pascaoperasi lutut, dokter menganjurkan tidak bepergian jauh";

        resize(390);
        open("/login");
        signOut();
        signIn(employee, "demo12345");
        open("/saya/kode-perilaku");
        click("form[action='/saya/kode-perilaku'] button[type='submit']");

        // before any special circumstance, a third home day breaks the cap
        open("/saya/rencana?minggu=" + week);
        homeDays();
        waitForVerdict("3 dari paling banyak 2 hari");

        open("/beranda/pegawai");
        clickAndWait("[data-testid='home-circumstance']");
        new Select(browser.findElement(By.id("kind"))).selectByValue("HEALTH");
        date("from", monday);
        date("to", monday.plusDays(30));
        browser.findElement(By.id("reason")).sendKeys(reason);
        Path fake = Files.createTempFile("surat-", ".pdf");
        Files.writeString(fake, "Bukan PDF, hanya teks yang dinamai .pdf");
        browser.findElement(By.id("files")).sendKeys(fake.toString());
        clickAndWait("[data-testid='circumstance-form'] button[type='submit']");
        assertThat(browser.findElement(By.id("files-error")).getText()).contains("isinya bukan PDF, PNG, atau JPEG");
        assertThat(browser.findElement(By.id("reason")).getAttribute("value")).isEqualTo(reason);
        assertThat(browser.findElement(By.id("to")).getAttribute("value")).isEqualTo(monday.plusDays(30).toString());
        assertNoSidewaysScroll();
        screenshot("circumstance-own-error-390-id");
        Path pdf = Files.createTempFile("surat-keterangan-dokter-", ".pdf");
        Files.write(pdf, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        browser.findElement(By.id("files")).sendKeys(pdf.toString());
        clickAndWait("[data-testid='circumstance-form'] button[type='submit']");
        assertSuccess();
        String number = jdbc.sql("""
                        select r.number from special_circumstance_request r join employee e on e.id = r.employee_id
                        where e.nip = :nip""").param("nip", employee).query(String.class).single();
        assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).contains(number);
        assertThat(browser.findElement(By.cssSelector("[data-request='" + number + "']")).getText())
                .contains("Menunggu rekomendasi pimpinan", "Kesehatan pegawai");
        Files.delete(fake);
        Files.delete(pdf);
        lookAt("circumstance-own");

        // the head finds it from their home page, reads the file's name, recommends after confirming
        resize(390);
        signOut();
        signIn(unit.head(), "demo12345");
        open("/beranda/pimpinan");
        clickAndWait("[data-testid='home-circumstances']");
        clickAndWait("[data-request='" + number + "'] [data-testid='open-request']");
        assertThat(browser.findElement(By.cssSelector("[data-testid='circumstance-files']")).getText())
                .contains("surat-keterangan-dokter-");
        click("#decision-APPROVED");
        browser.findElement(By.id("note")).sendKeys("Pekerjaan dapat dilakukan dari rumah.");
        clickAndWait("[data-testid='decide-continue']");
        assertThat(browser.findElement(By.cssSelector("[data-testid='confirm-decision']")).getText())
                .contains("merekomendasikan permohonan " + number);
        assertThat(status(number)).isEqualTo("REQUESTED");
        clickAndWait("[data-testid='confirm-yes']");
        assertSuccess();
        assertThat(status(number)).isEqualTo("RECOMMENDED");

        // HR finds it among those recommended, with the head's note, and approves after confirming
        signOut();
        signIn("kepegawaian", "demo12345");
        open("/beranda/kepegawaian");
        clickAndWait("[data-testid='home-circumstances']");
        new Select(browser.findElement(By.id("status"))).selectByValue("RECOMMENDED");
        browser.findElement(By.id("q")).sendKeys(number);
        clickAndWait("[data-testid='circumstance-filter'] button[type='submit']");
        assertThat(browser.findElements(By.cssSelector("[data-testid='circumstance-requests'] article"))).hasSize(1);
        clickAndWait("[data-request='" + number + "'] [data-testid='open-request']");
        assertThat(browser.findElement(By.cssSelector("[data-testid='circumstance-recommendation']")).getText())
                .contains("Pekerjaan dapat dilakukan dari rumah.");
        lookAt("circumstance-decision");
        resize(390);
        click("#decision-APPROVED");
        clickAndWait("[data-testid='decide-continue']");
        assertThat(browser.findElement(By.cssSelector("[data-testid='confirm-decision']")).getText())
                .contains("menyetujui permohonan " + number);
        assertNoSidewaysScroll();
        screenshot("circumstance-confirm-390-id");
        clickAndWait("[data-testid='confirm-yes']");
        assertSuccess();
        assertThat(status(number)).isEqualTo("APPROVED");

        // the employee's next week with three home days: the cap is lifted, naming the request
        signOut();
        signIn(employee, "demo12345");
        open("/saya/rencana?minggu=" + week);
        homeDays();
        waitForVerdict("permohonan " + number);
        assertThat(browser.findElement(By.id("verdict")).getText()).contains("Pasal 13 ayat (2) huruf b");
        click("[data-testid='submit']");
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(driver -> driver.getCurrentUrl().matches(".*/saya/rencana/\\d+$"));
        WebElement exception = browser.findElement(By.cssSelector("#verdict [data-exception='LOKASI_MAKS_HARI']"));
        assertThat(exception.getText()).contains("Pasal 13 ayat (2) huruf b", "keadaan khusus (permohonan " + number
                + ") sampai");
        lookAt("circumstance-judged-week");
        open(browser.getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*", "") + "?lang=en");
        assertThat(browser.findElement(By.cssSelector("#verdict [data-exception='LOKASI_MAKS_HARI']")).getText())
                .contains("special circumstance (request " + number + ") until");
    }

    /** Monday, Tuesday and Thursday at home. */
    private void homeDays() {
        for (String day : new String[] {"days0.kind", "days1.kind", "days3.kind"}) {
            WebElement select = browser.findElement(By.id(day));
            browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", select);
            new Select(select).selectByValue("RUMAH");
        }
    }

    private void date(String id, LocalDate value) {
        browser.executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(id)), value.toString());
    }

    private String status(String number) {
        return jdbc.sql("select status from special_circumstance_request where number = :number")
                .param("number", number).query(String.class).single();
    }

    private void waitForVerdict(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> {
            try {
                return driver.findElement(By.id("verdict")).getText().contains(text);
            } catch (org.openqa.selenium.StaleElementReferenceException swapped) {
                return false;
            }
        });
    }
}
