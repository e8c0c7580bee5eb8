package id.fleksi.browser;

import id.fleksi.attendance.RealisationTestData;
import id.fleksi.shared.InstitutionTime;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.threeten.extra.YearWeek;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit head's hand on an employee's weeks, told in order by the people who take each step, in a unit made for the
 * test: the head recalls the employee to the office for Thursday of their approved next week (Pasal 8 ayat (2);
 * 27); the employee reads it on the phone, on the week's page and among the notifications; the employee then asks
 * on the phone for a special circumstance with a small PDF; the head recommends it and HR approves it, each after
 * confirming, and HR reads the request's number on the employee's personnel records; the employee's week after,
 * with three home days, is judged with the exception of Pasal 13 ayat (2) huruf b naming the request. The key
 * screens are looked at in both languages at 390 and 1366 pixels.
 */
class HeadsHandOnTheWeekJourneyTest extends BrowserTest {

    private static final String RECALL = "Rapat koordinasi layanan aplikasi bersama Bupati";
    private static final String REASON = "Pemulihan pascaoperasi lutut, dokter menganjurkan tidak bepergian jauh";
    private static final String NOTE = "Pekerjaan dapat dilakukan dari rumah.";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void theHeadRecallsTheEmployeeWhoseSpecialCircumstanceThenLiftsTheCapOfTheWeekAfter() throws Exception {
        WeekSteps steps = new WeekSteps(this, jdbc);
        RealisationTestData.HeadedUnit unit = RealisationTestData.headedUnit(jdbc);
        String employee = RealisationTestData.employee(jdbc, unit.code());
        steps.assignTask(employee);
        LocalDate monday = InstitutionTime.today(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        LocalDate thursday = monday.plusDays(3);
        LocalDate weekAfter = monday.plusWeeks(1);
        RealisationTestData.approvedPlan(jdbc, employee, unit.code(), monday,
                List.of("KANTOR", "RUMAH", "KANTOR", "RUMAH", "KANTOR"));
        long plan = steps.planOf(employee);

        // (1) the head recalls the employee to the office for Thursday of the approved week
        signIn(unit.head(), "demo12345");
        steps.recall(unit.code(), YearWeek.from(monday).toString(), plan, thursday, RECALL, "story-recall");
        assertThat(jdbc.sql("select kind from plan_day where plan_id = :plan and day = :day")
                .param("plan", plan).param("day", thursday).query(String.class).single()).isEqualTo("KANTOR");

        // (2) the employee, on the phone, reads it on the week's page and among the notifications
        signOut();
        signIn(employee, "demo12345");
        steps.acknowledgeCodeOfConduct();
        steps.seeRecall(plan, RECALL);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(RECALL);
        lookAt("story-notifications");
        open("/notifikasi?lang=en");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Recalled to the office", RECALL);
        open("/saya/rencana/" + plan + "?lang=id");
        assertThat(browser.findElement(By.cssSelector("[data-testid='plan-recalls'] [data-date='" + thursday + "']"))
                .getText()).contains(RECALL);
        lookAt("story-recalled-week");

        // (3) the employee asks for a special circumstance with a small PDF on the phone's form
        resize(390);
        open("/saya/keadaan-khusus");
        steps.fillRequest("HEALTH", weekAfter, weekAfter.plusDays(30), REASON);
        assertNoSidewaysScroll();
        String number = steps.sendRequestWithPdf(employee);
        assertThat(browser.getCurrentUrl()).contains("/saya/keadaan-khusus");
        lookAt("story-request");

        // (4) the head recommends it, HR approves it, each after confirming
        signOut();
        signIn(unit.head(), "demo12345");
        resize(390);
        steps.recommend(number, NOTE);
        assertNoSidewaysScroll();
        lookAt("story-recommended");

        signOut();
        signIn("kepegawaian", "demo12345");
        steps.openRecommended(number);
        assertThat(browser.findElement(By.cssSelector("[data-testid='circumstance-recommendation']")).getText())
                .contains(NOTE);
        lookAt("story-decision");
        resize(390);
        steps.approve(number);
        screenshot("story-confirm-390-id");
        steps.confirmApproval(number);

        // HR reads on the employee's records which request the special circumstance came from
        long request = jdbc.sql("select id from special_circumstance_request where number = :number")
                .param("number", number).query(Long.class).single();
        open("/pegawai/" + employee + "/riwayat");
        assertThat(browser.findElement(By.cssSelector("[data-testid='circumstance-request'] a"))
                .getAttribute("href")).endsWith("/keadaan-khusus/" + request);
        assertThat(browser.findElement(By.cssSelector("[data-testid='circumstance-request']")).getText())
                .isEqualTo(number);
        lookAt("story-records");
        clickAndWait("[data-testid='circumstance-request'] a");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(number, REASON);

        // (5) the employee's week after, with three home days, is judged with the exception naming the request
        signOut();
        signIn(employee, "demo12345");
        resize(390);
        steps.planThreeHomeDaysUnderTheException(YearWeek.from(weekAfter).toString(), number);
        assertThat(browser.findElement(By.cssSelector("#verdict [data-exception='LOKASI_MAKS_HARI']")).getText())
                .contains("LOKASI_MAKS_HARI");
        assertNoSidewaysScroll();
        lookAt("story-judged-week");
        open(browser.getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*", "") + "?lang=en");
        assertThat(browser.findElement(By.cssSelector("#verdict [data-exception='LOKASI_MAKS_HARI']")).getText())
                .contains("LOKASI_MAKS_HARI", "Pasal 13 ayat (2) huruf b",
                        "special circumstance (request " + number + ") until");
    }
}
