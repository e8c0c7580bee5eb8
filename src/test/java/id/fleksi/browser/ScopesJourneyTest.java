package id.fleksi.browser;

import id.fleksi.attendance.RealisationTestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PPK keeps a named group of employees, then scopes a minimum office presence to a unit and its sub-units in a
 * new version of the determination: a scope the regulation does not allow (a minimum for a position) is told beside
 * its field, the corrected one is saved and listed on the version's page. The groups, the form and the version looked
 * at in both languages at 390 and 1366 px.
 */
class ScopesJourneyTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePpkKeepsAGroupAndScopesAMinimumPresenceToAUnitAndItsSubUnits() throws Exception {
        String unit = RealisationTestData.unit(jdbc);
        String nip = RealisationTestData.employee(jdbc, unit);
        String name = "Penempatan jauh dari homebase " + unit;

        signIn("ppk", "demo12345");
        open("/kebijakan/kelompok");
        type("name", name);
        type("description", "Pegawai yang ditempatkan di remote area");
        clickAndWait("[data-testid='group-create'] button[type='submit']");
        assertSuccess();
        type("nips", nip);
        clickAndWait("[data-testid='member-add'] button[type='submit']");
        assertSuccess();
        assertThat(browser.findElement(By.cssSelector("[data-testid='member-list']")).getText()).contains(nip);
        lookAt("policy-group");
        open("/kebijakan/kelompok?q=" + unit);
        assertThat(browser.findElement(By.cssSelector("[data-testid='group-list']")).getText()).contains(name);
        lookAt("policy-groups");

        open("/kebijakan/ubah");
        assertThat(browser.findElements(By.cssSelector("[data-testid='scope-row']"))).hasSizeGreaterThanOrEqualTo(2);
        lookAt("policy-form-scopes");
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("effectiveFrom")),
                "2046-09-03");
        type("decreeNumber", "Keputusan Bupati Sukamaju Nomor 800.1/46/2046");
        new Select(browser.findElement(By.id("scopes0.setting"))).selectByValue("LAYANAN_MINIMUM");
        new Select(browser.findElement(By.id("scopes0.kind"))).selectByValue("POSITION");
        type("scopes0.target", "Analis Kebijakan");
        type("scopes0.minOfficePresencePercent", "80");
        clickAndWait("[data-testid='policy-form'] form button[type='submit']");
        WebElement row = browser.findElements(By.cssSelector("[data-testid='scope-row']")).get(0);
        assertThat(row.getText()).contains("Pasal 27").contains("unit");
        screenshot("policy-form-scope-refused");

        new Select(browser.findElement(By.id("scopes0.kind"))).selectByValue("UNIT_TREE");
        type("scopes0.target", "RSUD");
        clickAndWait("[data-testid='policy-form'] form button[type='submit']");
        assertSuccess();
        long version = jdbc.sql("select id from policy_version where effective_from = date '2046-09-03'")
                .query(Long.class).single();
        open("/kebijakan/versi/" + version);
        String scopes = browser.findElement(By.cssSelector("[data-field='scopes']")).getText();
        assertThat(scopes).contains("LAYANAN_MINIMUM (Pasal 27): 80%").contains("unit RSUD").contains("sub-unitnya");
        lookAt("policy-version-scopes");
        open("/kebijakan/versi/" + version + "?lang=en");
        assertThat(browser.findElement(By.cssSelector("[data-field='scopes']")).getText())
                .contains("applies to unit RSUD").contains("and its sub-units");

        // an employee of RSUD reads the minimum their unit keeps under that version, and whom it applies to
        open("/pegawai/197508132012052004/kelayakan?tanggal=2046-09-03&lang=id");
        assertThat(browser.findElement(By.cssSelector("[data-testid='scoped-arrangements']")).getText())
                .contains("Paling sedikit 80% pegawai unit bekerja di kantor", "LAYANAN_MINIMUM, Pasal 27",
                        "Berlaku untuk: unit RSUD", "dan sub-unitnya");
        lookAt("eligibility-scoped-arrangements");
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", field);
        field.clear();
        field.sendKeys(text);
    }
}
