package id.fleksi.browser;

import id.fleksi.attendance.RealisationTestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The head recalls an employee to the office for Thursday of their approved week (Pasal 8 ayat (2); 27) from the
 * unit's calendar; the employee sees it on the phone. Both pages looked at in both languages at 390 and 1366 px.
 */
class RecallJourneyTest extends BrowserTest {

    /** Monday of 2027-W48, ahead of the clock. */
    static final LocalDate MONDAY = LocalDate.of(2027, 11, 29);

    @Autowired
    JdbcClient jdbc;

    @Test
    void theHeadRecallsAnEmployeeForThursdayAndTheEmployeeSeesItOnThePhone() throws Exception {
        RealisationTestData.HeadedUnit unit = RealisationTestData.headedUnit(jdbc);
        String nip = RealisationTestData.employee(jdbc, unit.code());
        RealisationTestData.approvedPlan(jdbc, nip, unit.code(), MONDAY,
                List.of("KANTOR", "RUMAH", "KANTOR", "RUMAH", "KANTOR"));
        long plan = jdbc.sql("select p.id from weekly_plan p join employee e on e.id = p.employee_id where e.nip = :nip")
                .param("nip", nip).query(Long.class).single();

        signIn(unit.head(), "demo12345");
        resize(1366);
        open("/unit/" + unit.code() + "/kalender?minggu=2027-W48");
        click("[data-testid='away-plan'][href$='/persetujuan/" + plan + "']");
        assertThat(browser.findElement(By.cssSelector("[data-testid='recall-form']")).isDisplayed()).isTrue();
        lookAt("recall-form");

        new Select(browser.findElement(By.id("recall-day"))).selectByValue(MONDAY.plusDays(3).toString());
        browser.findElement(By.id("recall-reason")).sendKeys("Kunjungan kerja Wali Kota ke unit");
        click("label[for='recall-confirmed']");
        clickAndWait("[data-testid='recall-form'] button[type='submit']");
        assertSuccess();
        assertThat(browser.findElement(By.cssSelector("[data-testid='plan-amendments']")).getText())
                .contains("Kunjungan kerja Wali Kota ke unit");
        assertThat(browser.findElement(By.cssSelector("[data-testid='plan-days'] tr[data-date='"
                + MONDAY.plusDays(3) + "']")).getAttribute("data-kind")).isEqualTo("KANTOR");
        lookAt("recall-done");

        signOut();
        signIn(nip, "demo12345");
        resize(390);
        open("/saya/rencana/" + plan);
        assertThat(browser.findElement(By.cssSelector("[data-testid='plan-recalls']")).getText())
                .contains("Kunjungan kerja Wali Kota ke unit");
        assertNoSidewaysScroll();
        lookAt("recall-employee");
        open("/notifikasi");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Dipanggil ke kantor");
    }
}
