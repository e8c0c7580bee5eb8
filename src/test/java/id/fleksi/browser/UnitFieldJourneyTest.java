package id.fleksi.browser;

import id.fleksi.organisation.Organisation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * In an institution with more units than a list can hold, the PPK filters the employees by a unit typed into the
 * field: suggestions of matching units appear as they type, the chosen unit filters the list, and a name that
 * matches no unit is said next to the field; when HR makes someone head of one of those units, the PPK reads it
 * among their notifications. The pages are looked at in both languages at 390 and 1366 pixels.
 */
class UnitFieldJourneyTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @AfterEach
    void removeTheExtraUnits() {
        jdbc.sql("delete from unit_head where unit_id in (select id from unit where code like 'RAGAM-%')").update();
        jdbc.sql("delete from unit where code like 'RAGAM-%'").update();
    }

    @Test
    void thePpkTypesAUnitPicksASuggestionAndFilters() throws Exception {
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
        // the eligibility list and the inbox type their unit the same way
        open("/kelayakan?unit=DISKOMINFO");
        assertThat(browser.findElement(By.id("unit")).getAttribute("data-unit-suggestions")).isEqualTo("/unit/saran");
        lookAt("unit-field-eligibility");
        open("/persetujuan?unit=Dinas+Tidak+Ada");
        assertThat(browser.findElement(By.id("unit-error")).getText()).contains("Dinas Tidak Ada");
        lookAt("unit-field-inbox-unknown");

        // HR makes an employee head of one of the new units: the PPK reads it among their notifications
        mvc.perform(put("/api/units/RAGAM-001/head").with(httpBasic("kepegawaian", "demo12345"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"nip\":\"198808122010042002\"}"))
                .andExpect(status().isOk());
        open("/notifikasi");
        assertThat(browser.findElement(By.cssSelector("[data-testid='notification-list']")).getText())
                .contains("Kepala unit RAGAM-001 ditetapkan", "Kartika Nugroho (NIP 198808122010042002)");
        lookAt("notifications-head-appointed");
    }
}
