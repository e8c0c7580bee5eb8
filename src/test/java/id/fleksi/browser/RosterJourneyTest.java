package id.fleksi.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The head of the emergency unit divides the shifts (Pasal 19 ayat (3)): signs in, generates a month of shifts
 * from the unit's rotation, reads the grid, the gaps and the weekly hours, and publishes the month.
 */
class RosterJourneyTest extends BrowserTest {

    private static final String MONTH = "2027-02";

    @Test
    void theEmergencyUnitHeadGeneratesAMonthOfShiftsChecksTheGapsAndPublishes() throws IOException {
        signIn("kepala.igd", "demo12345");

        open("/sif");
        click("tr[data-unit='RSUD-IGD'] a[href='/sif/RSUD-IGD/jadwal']");
        assertThat(browser.findElements(By.cssSelector("[data-testid='roster-schedule']"))).hasSize(1);
        open("/sif/RSUD-IGD/jadwal?bulan=" + MONTH);
        click("[data-testid='generate-form'] button[type='submit']");
        assertSuccess();
        assertThat(browser.findElement(By.cssSelector("[data-testid='generated']")).getText())
                .contains("sif draf dibuat").doesNotContain("dilewati");

        WebElement grid = browser.findElement(By.cssSelector("[data-testid='grid']"));
        assertThat(grid.getText()).contains("Bambang Permata", "Rudi Hartono", "P (min. 3)", "M (min. 2)");
        assertThat(grid.findElements(By.cssSelector("td[data-cell='M']"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("[data-testid='gaps']")).getText())
                .contains("Pagi", "minimal 3 pegawai: kurang pada");
        assertThat(browser.findElement(By.cssSelector("[data-testid='hours']")).getText()).contains("/ 37.30");
        screenshot("roster-grid");

        // one draft cell changed by hand: a night shift becomes a day off
        click("td[data-cell='M'] a");
        assertThat(browser.findElement(By.cssSelector("[data-testid='cell-now']")).getText()).contains("Malam", "draf");
        lookAt("roster-cell");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("kode"))).selectByValue("OFF");
        clickAndWait("[data-testid='cell-set'] button[type='submit']");
        assertSuccess();

        click("[data-testid='publish-link']");
        assertThat(browser.findElement(By.cssSelector("[data-testid='publish-confirm']")).getText())
                .contains("sif draf akan diterbitkan");
        click("[data-testid='publish-confirm'] button[type='submit']");
        assertSuccess();
        assertThat(browser.findElement(By.cssSelector("[data-testid='counts']")).getText()).startsWith("Draf: 0 sif.");
        screenshot("roster-published");
    }
}
