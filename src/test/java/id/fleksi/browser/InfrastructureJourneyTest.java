package id.fleksi.browser;

import id.fleksi.attendance.RealisationTestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pasal 15 ayat (2): HR names on the task form what a task needs, the employee ticks on their declaration what they
 * have ready; both pages looked at in both languages at 390 and 1366 px. The employee works in a unit of their own.
 */
class InfrastructureJourneyTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void hrNamesWhatATaskNeedsAndTheEmployeeDeclaresWhatIsReady() throws Exception {
        String unit = RealisationTestData.unit(jdbc);
        String nip = RealisationTestData.employee(jdbc, unit);
        String code = "INFRA-J" + nip.substring(nip.length() - 5);

        signIn("kepegawaian", "demo12345");
        open("/tugas/baru");
        lookAt("task-form-infrastructure");
        browser.findElement(By.id("code")).sendKeys(code);
        browser.findElement(By.id("name")).sendKeys("Layanan pengaduan daring");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("unitCode"))).selectByValue(unit);
        for (String field : new String[]{"type", "environment", "social", "mentalEmotional", "cognitive"}) {
            browser.findElement(By.id(field)).sendKeys("Uraian " + field);
        }
        click("input[name='infrastructureNeeds'][value='INTERNET']");
        click("input[name='infrastructureNeeds'][value='APLIKASI']");
        clickAndWait("form[action='/tugas'] button[type='submit']");
        assertSuccess();
        assertThat(browser.findElement(By.cssSelector("ul[data-testid='infrastructure-needs']")).getText())
                .contains("Jaringan internet").contains("Akses aplikasi/sistem kerja");
        signOut();

        signIn(nip, "demo12345");
        open("/saya/infrastruktur");
        click("#infrastructure-ready-yes");
        click("input[name='items'][value='PERANGKAT']");
        clickAndWait("[data-testid='infrastructure-form'] button[type='submit']");
        assertSuccess();
        assertThat(browser.findElement(By.cssSelector("[data-testid='infrastructure-items-state']")).getText())
                .contains("perangkat kerja");
        assertThat(browser.findElement(By.cssSelector("input[name='items'][value='PERANGKAT']")).isSelected()).isTrue();
        lookAt("infrastructure-declaration-items");
    }
}
