package id.fleksi.browser;

import id.fleksi.organisation.Organisation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In an institution with more units than a list can hold, the PPK filters the employees by a unit typed into the
 * field: suggestions of matching units appear as they type, the chosen unit filters the list, and a name that
 * matches no unit is said next to the field. The page is looked at in both languages at 390 and 1366 pixels.
 */
class UnitFieldJourneyTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTheExtraUnits() {
        jdbc.sql("delete from unit where code like 'RAGAM-%'").update();
    }

    @Test
    void thePpkTypesAUnitPicksASuggestionAndFilters() throws IOException {
        jdbc.sql("""
                insert into unit (code, name, parent_id, time_zone)
                select 'RAGAM-' || lpad(g::text, 3, '0'), 'Seksi Pelayanan Wilayah ' || g,
                       (select id from unit where code = 'SETDA'), 'Asia/Jakarta'
                from generate_series(1, :n) g""").param("n", Organisation.UNIT_CHOICES_MAX).update();
        signIn("ppk", "demo12345");

        open("/pegawai?lang=id");
        browser.findElement(By.id("unitCode")).sendKeys("komunikasi");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> !driver.findElements(
                By.cssSelector("#unitCode-saran option[value='DISKOMINFO']")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#unitCode-saran option[value='DISKOMINFO']"))
                .getAttribute("label")).isEqualTo("DISKOMINFO – Dinas Komunikasi dan Informatika");
        screenshot("unit-field-suggestions-1280-id");

        browser.findElement(By.id("unitCode")).clear();
        browser.findElement(By.id("unitCode")).sendKeys("DISKOMINFO");
        click("form[role='search'] button[type='submit']");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> driver.getCurrentUrl().contains("unitCode=DISKOMINFO"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Kartika Nugroho")
                .doesNotContain("Fitri Rahayu");
        lookAt("unit-field-chosen");

        open("/pegawai?unitCode=Dinas+Tidak+Ada");
        assertThat(browser.findElement(By.id("unitCode-error")).getText())
                .contains("Tidak ada unit \"Dinas Tidak Ada\" yang dapat Anda pilih");
        lookAt("unit-field-unknown");
    }
}
