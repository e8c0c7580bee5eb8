package id.fleksi.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PPK saves a trial (uji coba) version of the determination with the form and reads it on its page; the form's
 * trial field and the version's page looked at in both languages at 390 and 1366 px. The version lies in 2046,
 * where no other test saves one.
 */
class TrialJourneyTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePpkSavesATrialAndReadsUntilWhenItApplies() throws Exception {
        signIn("ppk", "demo12345");
        open("/kebijakan/ubah");
        lookAt("policy-form-trial");
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("effectiveFrom")),
                "2046-01-07");
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("trialEndsOn")),
                "2046-03-31");
        WebElement decree = browser.findElement(By.id("decreeNumber"));
        decree.clear();
        decree.sendKeys("Surat Edaran Uji Coba Fleksibilitas Lokasi 2046");
        click("[data-testid='policy-form'] form button[type='submit']");
        assertSuccess();

        long id = jdbc.sql("select id from policy_version where effective_from = date '2046-01-07'")
                .query(Long.class).single();
        open("/kebijakan/versi/" + id);
        assertThat(browser.findElement(By.cssSelector("[data-testid='trial-version']")).getText())
                .contains("berlaku sampai 31 Maret 2046");
        lookAt("policy-trial-version");
    }
}
