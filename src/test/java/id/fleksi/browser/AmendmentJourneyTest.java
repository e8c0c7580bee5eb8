package id.fleksi.browser;

import id.fleksi.attendance.RealisationTestData;
import id.fleksi.planning.PlanTestUnits;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An employee asks on the phone to change Wednesday of their approved week to leave (Pasal 8 ayat (2)); the head
 * finds the change marked in the inbox, reads the old day beside the new one and approves it. The request form and
 * the decision looked at in both languages at 390 and 1366 px.
 */
class AmendmentJourneyTest extends BrowserTest {

    /** Monday of 2027-W48, ahead of the clock. */
    static final LocalDate MONDAY = LocalDate.of(2027, 11, 29);

    @Autowired
    JdbcClient jdbc;

    @Test
    void theEmployeeAsksToChangeWednesdayAndTheHeadApprovesIt() throws Exception {
        PlanTestUnits.TestUnit unit = PlanTestUnits.create(jdbc, "JALAN", 3, true);
        String nip = unit.staff().get(0);
        RealisationTestData.approvedPlan(jdbc, nip, unit.code(), MONDAY,
                List.of("KANTOR", "RUMAH", "KANTOR", "KANTOR", "KANTOR"));
        long plan = jdbc.sql("select p.id from weekly_plan p join employee e on e.id = p.employee_id where e.nip = :nip")
                .param("nip", nip).query(Long.class).single();

        signIn(nip, "demo12345");
        resize(390);
        open("/saya/rencana/" + plan);
        clickAndWait("[data-testid='request-amendment']");
        assertThat(browser.findElement(By.cssSelector("[data-testid='amendment-form']")).isDisplayed()).isTrue();
        lookAt("amendment-form");

        new Select(browser.findElement(By.id("days2.kind"))).selectByValue("CUTI");
        browser.findElement(By.id("reason")).sendKeys("Mengantar anak berobat ke rumah sakit");
        clickAndWait("[data-testid='submit-amendment']");
        assertSuccess();
        assertThat(browser.findElement(By.cssSelector("[data-testid='pending-amendment']")).getText())
                .contains("Mengantar anak berobat ke rumah sakit");
        assertNoSidewaysScroll();
        lookAt("amendment-pending");

        signOut();
        signIn(unit.head(), "demo12345");
        resize(1366);
        open("/persetujuan");
        assertThat(browser.findElement(By.cssSelector("[data-testid='inbox-changes']")).getText())
                .contains("Perubahan");
        click("[data-testid='inbox-changes'] [data-plan='" + plan + "'] a");
        assertThat(browser.findElement(By.cssSelector("[data-testid='amendment-days'] tr[data-date='"
                + MONDAY.plusDays(2) + "']")).getAttribute("data-changed")).isEqualTo("true");
        open("/persetujuan/" + plan);
        lookAt("amendment-decision");

        browser.findElement(By.id("change-note")).sendKeys("Semoga lekas sembuh");
        clickAndWait("[data-testid='approve-change']");
        assertSuccess();
        assertThat(browser.findElement(By.cssSelector("[data-testid='plan-days'] tr[data-date='"
                + MONDAY.plusDays(2) + "']")).getAttribute("data-kind")).isEqualTo("CUTI");
        assertThat(browser.findElement(By.cssSelector("[data-testid='plan-amendments']")).getText())
                .contains("Mengantar anak berobat ke rumah sakit");
    }
}
