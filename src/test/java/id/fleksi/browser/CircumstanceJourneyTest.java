package id.fleksi.browser;

import id.fleksi.attendance.RealisationTestData;
import id.fleksi.shared.InstitutionTime;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.threeten.extra.YearWeek;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
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
        WeekSteps steps = new WeekSteps(this, jdbc);
        RealisationTestData.HeadedUnit unit = RealisationTestData.headedUnit(jdbc);
        String employee = RealisationTestData.employee(jdbc, unit.code());
        steps.assignTask(employee);
        LocalDate monday = InstitutionTime.today(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        String week = YearWeek.from(monday).toString();
        String reason = "Pemulihan pascaoperasi lutut, dokter menganjurkan tidak bepergian jauh";

        resize(390);
        open("/login");
        signOut();
        signIn(employee, "demo12345");
        steps.acknowledgeCodeOfConduct();

        // before any special circumstance, a third home day breaks the cap
        open("/saya/rencana?minggu=" + week);
        steps.homeDays();
        steps.waitForVerdict("3 dari paling banyak 2 hari");

        open("/beranda/pegawai");
        clickAndWait("[data-testid='home-circumstance']");
        steps.fillRequest("HEALTH", monday, monday.plusDays(30), reason);
        Path fake = Files.createTempFile("surat-", ".pdf");
        Files.writeString(fake, "Bukan PDF, hanya teks yang dinamai .pdf");
        browser.findElement(By.id("files")).sendKeys(fake.toString());
        clickAndWait("[data-testid='circumstance-form'] button[type='submit']");
        assertThat(browser.findElement(By.id("files-error")).getText()).contains("isinya bukan PDF, PNG, atau JPEG");
        assertThat(browser.findElement(By.id("reason")).getAttribute("value")).isEqualTo(reason);
        assertThat(browser.findElement(By.id("to")).getAttribute("value")).isEqualTo(monday.plusDays(30).toString());
        assertNoSidewaysScroll();
        screenshot("circumstance-own-error-390-id");
        Files.delete(fake);
        String number = steps.sendRequestWithPdf(employee);
        assertThat(browser.findElement(By.cssSelector("[data-request='" + number + "']")).getText())
                .contains("Kesehatan pegawai");
        lookAt("circumstance-own");

        // the head finds it from their home page, reads the file's name, recommends after confirming
        resize(390);
        signOut();
        signIn(unit.head(), "demo12345");
        steps.recommend(number, "Pekerjaan dapat dilakukan dari rumah.");

        // HR finds it among those recommended, with the head's note, and approves after confirming
        signOut();
        signIn("kepegawaian", "demo12345");
        steps.openRecommended(number);
        assertThat(browser.findElement(By.cssSelector("[data-testid='circumstance-recommendation']")).getText())
                .contains("Pekerjaan dapat dilakukan dari rumah.");
        lookAt("circumstance-decision");
        resize(390);
        steps.approve(number);
        screenshot("circumstance-confirm-390-id");
        steps.confirmApproval(number);

        // the employee's next week with three home days: the cap is lifted, naming the request
        signOut();
        signIn(employee, "demo12345");
        steps.planThreeHomeDaysUnderTheException(week, number);
        lookAt("circumstance-judged-week");
        open(browser.getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*", "") + "?lang=en");
        assertThat(browser.findElement(By.cssSelector("#verdict [data-exception='LOKASI_MAKS_HARI']")).getText())
                .contains("special circumstance (request " + number + ") until");
    }
}
