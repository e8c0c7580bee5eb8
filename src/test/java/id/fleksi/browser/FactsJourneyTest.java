package id.fleksi.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The facts the rules decide on, entered as people enter them: HR adds a unit, an employee and a task and
 * assigns it; the PPK saves a determination; the new employee signs in, replaces the initial password and
 * reads their eligibility.
 */
class FactsJourneyTest extends BrowserTest {

    private static final String UNIT = "UJI-JLN";
    private static final String TASK = "UJI-JLN-ANL";
    private static final String NIP = "199105172016032003";
    private static final String INITIAL_PASSWORD = "awal-12345";

    @Test
    void hrEntersTheFactsThePpkDeterminesAndTheEmployeeSeesTheirEligibility() throws IOException {
        signIn("kepegawaian", "demo12345");

        open("/unit/baru");
        type("code", UNIT);
        type("name", "Bidang Uji Perjalanan");
        chooseUnit("parentCode", "SETDA");
        new Select(browser.findElement(By.id("timeZone"))).selectByValue("Asia/Makassar");
        submit("unit-new");
        assertSuccess();
        // the list of units finds it by part of its name
        open("/unit?q=perjalanan");
        assertThat(browser.findElement(By.cssSelector("[data-testid='units']")).getText()).contains(UNIT);
        lookAt("units-search");

        open("/pegawai/baru");
        type("nip", NIP);
        type("name", "Rina Marlina");
        new Select(browser.findElement(By.id("type"))).selectByValue("PNS");
        chooseUnit("unitCode", UNIT);
        type("position", "Analis Kebijakan");
        setDate("positionSince", "2020-03-02");
        type("domicile", "Jl. Kenanga No. 7, Kecamatan Sukamaju");
        type("password", INITIAL_PASSWORD);
        submit("employee-new");
        assertSuccess();

        open("/tugas/baru");
        type("code", TASK);
        type("name", "Penyusunan kajian kebijakan");
        chooseUnit("unitCode", UNIT);
        type("type", "Analitis");
        type("environment", "Ruang kerja");
        type("social", "Koordinasi daring");
        type("mentalEmotional", "Stabil");
        type("cognitive", "Analitis");
        for (String criterion : new String[] {"canBeDoneOutsideOffice", "noSpecialRoomOrEquipment", "doableWithIct",
                "minimalFaceToFace", "noContinuousSupervision", "notBoundToInstitutionHours"}) {
            check(criterion);
        }
        click("form[action='/tugas'] button[type='submit']");
        assertSuccess();
        assertThat(browser.getCurrentUrl()).contains("/tugas/" + TASK);
        type("nip", NIP);
        click("form[action$='/penugasan'] button[type='submit']");
        assertSuccess();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Rina Marlina");
        screenshot("journey-task");
        signOut();

        signIn("ppk", "demo12345");
        open("/kebijakan/ubah");
        assertThat(browser.findElements(By.id("effectiveFrom"))).as(browser.getCurrentUrl() + ": "
                + browser.findElement(By.tagName("body")).getText()).isNotEmpty();
        setDate("effectiveFrom", "2040-01-02");
        WebElement decree = browser.findElement(By.id("decreeNumber"));
        decree.clear();
        decree.sendKeys("Keputusan Bupati Sukamaju Nomor 800.1/99/2039");
        click("[data-testid='policy-form'] form button[type='submit']");
        assertSuccess();
        assertThat(browser.getCurrentUrl()).endsWith("/kebijakan");
        signOut();

        signIn(NIP, INITIAL_PASSWORD);
        assertThat(browser.findElement(By.cssSelector("[data-testid='password-required']")).isDisplayed()).isTrue();
        type("currentPassword", INITIAL_PASSWORD);
        type("newPassword", "sandi-baru-rina-1");
        type("confirmPassword", "sandi-baru-rina-1");
        click("form[action='/akun/kata-sandi'] button[type='submit']");
        assertThat(browser.findElements(By.cssSelector("[data-testid='home-pegawai']"))).hasSize(1);

        click("[data-testid='home-pegawai'] a[href='/saya/kelayakan']");
        open("/saya/kelayakan?tanggal=2026-11-23");
        WebElement lokasi = browser.findElement(By.cssSelector("[data-testid='verdict-LOKASI']"));
        assertThat(lokasi.getText()).contains("Dapat").doesNotContain("Belum dapat");
        WebElement sif = browser.findElement(By.cssSelector("[data-testid='verdict-SIF']"));
        assertThat(sif.getText()).contains("Belum dapat").contains("UNIT_SIF").contains("Pasal 19 ayat (4)");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Penyusunan kajian kebijakan");
        screenshot("journey-eligibility");
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Date inputs take their value the same way whatever the browser's locale. */
    private void setDate(String id, String isoDate) {
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), isoDate);
    }

    private void check(String name) {
        WebElement box = browser.findElement(By.cssSelector("input[type='checkbox'][name='" + name + "']"));
        if (!box.isSelected()) {
            browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", box);
            box.click();
        }
    }

    private void submit(String testId) {
        click("[data-testid='" + testId + "'] button[type='submit']");
    }
}
