package id.fleksi.browser;

import id.fleksi.attendance.RealisationTestData;
import id.fleksi.shared.InstitutionTime;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Supervision by results on a phone: on an approved home day the employee checks in at home and records two
 * outputs; their unit head accepts them and sees the day's plan, attendance and outputs side by side; HR
 * finds the discrepancy report among the reports and downloads it.
 */
class SupervisionJourneyTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void aHomeDayIsCheckedInRecordedReviewedAndReported() throws Exception {
        LocalDate today = InstitutionTime.today(clock);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        RealisationTestData.HeadedUnit unit = RealisationTestData.headedUnit(jdbc);
        String nip = RealisationTestData.employee(jdbc, unit.code());
        List<String> kinds = new ArrayList<>(Collections.nCopies(7, null));
        for (int day = 0; day < 5; day++) {
            kinds.set(day, "KANTOR");
        }
        kinds.set(today.getDayOfWeek().getValue() - 1, "RUMAH");
        RealisationTestData.approvedPlan(jdbc, nip, unit.code(), monday, kinds);
        jdbc.sql("update attendance_setting set check_in = true, record_position = false").update();
        try {
            resize(390);
            open("/login");
            signOut();
            signIn(nip, "demo12345");
            open("/saya/presensi");
            click("label[for='where-RUMAH']");
            clickAndWait("[data-testid='check-in-button']");
            assertSuccess();

            open("/saya/hasil");
            for (String output : List.of("Menyusun draf SOP layanan daring", "Menjawab 14 aduan warga di kanal LAPOR")) {
                browser.findElement(By.id("description")).sendKeys(output);
                clickAndWait("[data-testid='output-form'] button[type='submit']");
                assertSuccess();
            }
            assertThat(browser.findElement(By.cssSelector("[data-testid='own-output-list']")).getText())
                    .contains("Menyusun draf SOP layanan daring", "Menjawab 14 aduan warga di kanal LAPOR");

            signOut();
            signIn(unit.head(), "demo12345");
            resize(390);
            for (int accepted = 0; accepted < 2; accepted++) {
                open("/hasil-kerja?q=" + nip);
                WebElement first = browser.findElements(By.cssSelector("[data-testid='outputs-waiting'] article")).get(0);
                clickAndWait("[data-output='" + first.getAttribute("data-output") + "'] [data-testid='accept-form'] button");
                assertSuccess();
            }
            assertThat(jdbc.sql("""
                            select string_agg(o.status, ' ') from work_output o join employee e on e.id = o.employee_id
                            where e.nip = :nip""").param("nip", nip).query(String.class).single())
                    .isEqualTo("ACCEPTED ACCEPTED");

            open("/realisasi/" + nip);
            WebElement day = browser.findElement(By.cssSelector("tr[data-date='" + today + "']"));
            assertThat(day.findElement(By.cssSelector("[data-testid='plan']")).getText()).isEqualTo("Rumah");
            assertThat(day.findElement(By.cssSelector("[data-testid='attendance']")).getText())
                    .startsWith("Rumah, ").endsWith("(FLEKSI)");
            assertThat(day.findElement(By.cssSelector("[data-testid='outputs']")).getText())
                    .contains("Menyusun draf SOP layanan daring", "Menjawab 14 aduan warga di kanal LAPOR");
            assertNoSidewaysScroll();
            screenshot("supervision-head-390-id");

            signOut();
            signIn("kepegawaian", "demo12345");
            resize(390);
            open("/laporan");
            WebElement report = browser.findElement(By.cssSelector("[data-testid='report-discrepancies']"));
            assertThat(report.getText()).contains("Selisih rencana dan realisasi");
            assertNoSidewaysScroll();
            screenshot("supervision-reports-390-id");
            String action = report.findElement(By.tagName("form")).getAttribute("action");
            byte[] csv = mvc.perform(get(action.substring(action.indexOf("/laporan"))).param("from", monday.toString())
                            .param("to", today.toString()).param("unit", unit.code()).param("format", "csv")
                            .with(user(users.loadUserByUsername("kepegawaian"))))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            assertThat(new String(csv, StandardCharsets.UTF_8))
                    .contains("Laporan Selisih Rencana dan Realisasi Kerja", "Unit " + unit.code() + " dan sub-unitnya",
                            "REALISASI_HASIL", "Pasal 7");
        } finally {
            jdbc.sql("update attendance_setting set check_in = false, record_position = false").update();
        }
    }
}
