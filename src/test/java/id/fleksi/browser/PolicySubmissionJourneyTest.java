package id.fleksi.browser;

import id.fleksi.policy.PolicySubmissionTest;
import id.fleksi.shared.InstitutionTime;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PPK, reminded on the determination's page, records that the version in force was sent to the Minister
 * (Pasal 31) with the letter's copy, on a phone; the version's page looked at in both languages at 390 and 1366 px.
 */
class PolicySubmissionJourneyTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePpkRecordsTheSendingOfTheDeterminationToTheMinister() throws Exception {
        LocalDate today = InstitutionTime.today(Clock.systemUTC());
        PolicySubmissionTest.unsentVersionInForce(jdbc);
        Path letter = Files.createTempFile("surat-penyampaian", ".pdf");
        Files.write(letter, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

        signIn("ppk", "demo12345");
        resize(390);
        open("/kebijakan");
        click("[data-testid='submission-reminder'] a");
        lookAt("policy-submission-form");
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("submittedOn")),
                today.toString());
        browser.findElement(By.id("letterNumber")).sendKeys("800/125/ORG/2026");
        browser.findElement(By.id("letter")).sendKeys(letter.toAbsolutePath().toString());
        clickAndWait("[data-testid='submission-save']");
        assertSuccess();
        assertThat(browser.findElement(By.cssSelector("[data-testid='submission-recorded']")).getText())
                .contains("800/125/ORG/2026");
        assertThat(browser.findElements(By.cssSelector("[data-testid='submission-letter']"))).hasSize(1);
        lookAt("policy-submission-recorded");
        open("/kebijakan");
        assertThat(browser.findElements(By.cssSelector("[data-testid='submission-reminder']"))).isEmpty();
        Files.deleteIfExists(letter);
    }
}
