package id.fleksi.browser;

import id.fleksi.attendance.RealisationTestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The head of a unit opens an employee's week on a phone: the approved plan beside the attendance, the hours
 * worked and the findings with their rules; the employee sees the same week as their own. Looked at in both
 * languages at 390 and 1366 pixels.
 */
class RealisationJourneyTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theHeadAndTheEmployeeSeePlanAndActualSideBySide() throws Exception {
        RealisationTestData.HeadedUnit unit = RealisationTestData.headedUnit(jdbc);
        String nip = RealisationTestData.employee(jdbc, unit.code());
        RealisationTestData.approvedPlan(jdbc, nip, unit.code(), List.of("KANTOR", "RUMAH", "KANTOR", "KANTOR", "KANTOR"));
        RealisationTestData.attended(jdbc, nip, 0, "07:30", "16:00", "KANTOR");
        RealisationTestData.attended(jdbc, nip, 1, "07:32", "16:05", "RUMAH");
        RealisationTestData.attended(jdbc, nip, 2, "07:30", "16:00", "RUMAH");
        RealisationTestData.attended(jdbc, nip, 3, "07:28", "16:00", "KANTOR");

        resize(390);
        open("/login");
        signOut();
        signIn(unit.head(), "demo12345");
        open("/realisasi/" + nip + "?minggu=2026-W45");

        WebElement page = browser.findElement(By.cssSelector("[data-testid='realisation']"));
        assertThat(page.getText()).contains("Rencana dan realisasi", "Minggu 2026-W45");
        assertThat(rules("2026-11-03")).containsExactly("REALISASI_HASIL");
        assertThat(rules("2026-11-04")).containsExactly("REALISASI_LOKASI");
        assertThat(rules("2026-11-06")).containsExactly("REALISASI_HADIR", "REALISASI_JAM_MINGGUAN");
        assertThat(browser.findElement(By.cssSelector("tr[data-date='2026-11-04'] [data-testid='finding']")).getText())
                .contains("Bekerja di lokasi yang disetujui", "Pasal 12 ayat (4); 13 ayat (1)", "rumah");
        assertThat(browser.findElement(By.cssSelector("[data-testid='week-hours']")).getText())
                .contains("30 jam 5 menit dari 37 jam 30 menit");
        lookAt("realisation-head");

        signOut();
        signIn(nip, "demo12345");
        open("/realisasi?minggu=2026-W45");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Rencana dan realisasi saya");
        assertThat(rules("2026-11-04")).containsExactly("REALISASI_LOKASI");
        click(By.cssSelector("[data-testid='previous-week']"));
        assertThat(browser.findElement(By.cssSelector("[data-testid='realisation']")).getAttribute("data-week"))
                .isEqualTo("2026-W44");
        lookAt("realisation-own");
    }

    private List<String> rules(String date) {
        return browser.findElements(By.cssSelector("tr[data-date='" + date + "'] [data-testid='finding']")).stream()
                .map(finding -> finding.getAttribute("data-rule")).toList();
    }
}
