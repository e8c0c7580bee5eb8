package id.fleksi.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A recommendation that acts: the head of DISKOMINFO stops flexible work in part for task KOM-APL and opens drafts of
 * the changes; the PPK finds the determination's draft on /kebijakan and the prepared form, HR the task's on the task
 * and its prefilled form; each dismisses theirs with a reason (no demo data changes), and the evaluation shows it.
 */
class EvaluationDraftsJourneyTest extends BrowserTest {

    private static final String TASK = "KOM-APL";

    @Autowired
    JdbcClient jdbc;

    @Test
    void theHeadsRecommendationOpensDraftsThatThePpkAndHrFindAndDecide() throws IOException {
        signIn("kepala", "demo12345");
        open("/evaluasi/baru");
        new Select(browser.findElement(By.id("unitCode"))).selectByValue("DISKOMINFO");
        setDate("periodFrom", "2028-11-01");
        setDate("periodTo", "2028-11-30");
        clickAndWait("[data-testid='evaluation-new'] button[type='submit']");
        assertSuccess();
        String evaluation = browser.getCurrentUrl().replaceAll("\\?.*", "");
        type("findings", "Layanan aplikasi tatap muka terganggu saat petugas bekerja dari lokasi lain.");
        click("input[name='recommendation'][value='HENTIKAN_SEBAGIAN']");
        new Select(browser.findElement(By.id("tasks"))).selectByValue(TASK);
        clickAndWait("[data-testid='evaluation-findings-form'] button[type='submit']");
        assertSuccess();
        clickAndWait("[data-testid='evaluation-finalize-link']");
        assertThat(browser.findElement(By.cssSelector("[data-testid='finalize-drafts']")).getText())
                .contains("Usulkan perubahan penetapan", "Usulkan penghentian fleksibel lokasi untuk tugas " + TASK);
        lookAt("drafts-finalize");
        click("#proposeDetermination");
        click("#proposeTasks");
        type("proposal", "Batasi fleksibel lokasi untuk layanan tatap muka; petugas loket bekerja di kantor.");
        clickAndWait("[data-testid='evaluation-finalize'] button[type='submit']");
        assertSuccess();
        assertThat(drafts()).hasSize(2).allMatch(text -> text.contains("Menunggu keputusan"));
        signOut();

        signIn("ppk", "demo12345");
        open("/kebijakan");
        WebElement proposal = browser.findElement(By.cssSelector("[data-testid='policy-proposals']"));
        assertThat(proposal.getText()).contains("DISKOMINFO 2028-11-01 – 2028-11-30", "petugas loket bekerja di kantor");
        lookAt("drafts-policy-index");
        String mine = "[data-proposal='" + openProposal("policy_proposal") + "'] ";
        clickAndWait(mine + "[data-testid='proposal-prepare']");
        assertThat(browser.findElement(By.cssSelector("[data-testid='proposal-shown']")).getText())
                .contains("petugas loket bekerja di kantor");
        assertThat(browser.findElement(By.id("decreeNumber")).getAttribute("value")).isNotBlank();
        lookAt("drafts-policy-form");
        open("/kebijakan");
        clickAndWait(mine + "[data-testid='proposal-dismiss']");
        lookAt("drafts-policy-dismiss");
        type("reason", "Penetapan sudah memberi kewenangan kepada pimpinan unit; cukup diatur dalam rencana kerja.");
        clickAndWait("[data-testid='proposal-dismiss-confirm']");
        assertSuccess();
        // other evaluations' proposals may stand open in the shared database; this one is no longer among them
        assertThat(browser.findElements(By.cssSelector("[data-testid='policy-proposals']")).stream()
                .map(WebElement::getText)).noneMatch(text -> text.contains("petugas loket bekerja di kantor"));
        signOut();

        signIn("kepegawaian", "demo12345");
        open("/tugas");
        assertThat(browser.findElement(By.cssSelector("[data-testid='task-proposals-count']")).getText())
                .contains("usulan");
        open("/tugas/" + TASK);
        assertThat(browser.findElement(By.cssSelector("[data-testid='task-proposals']")).getText())
                .contains("Hentikan fleksibel lokasi untuk tugas ini", "petugas loket bekerja di kantor");
        lookAt("drafts-task-detail");
        String task = "[data-proposal='" + openProposal("task_proposal") + "'] ";
        clickAndWait(task + "[data-testid='proposal-prepare']");
        assertThat(browser.findElements(By.cssSelector("input[name='canBeDoneOutsideOffice']")))
                .isNotEmpty().noneMatch(WebElement::isSelected);
        assertThat(browser.findElement(By.cssSelector("[data-testid='proposal-kind-help']")).getText())
                .contains("Pasal 23 huruf a");
        lookAt("drafts-task-form");
        open("/tugas/" + TASK);
        clickAndWait(task + "[data-testid='proposal-dismiss']");
        type("reason", "Aplikasi dilayani daring; kriteria Pasal 23 tetap terpenuhi.");
        clickAndWait("[data-testid='proposal-dismiss-confirm']");
        assertSuccess();
        signOut();

        signIn("kepala", "demo12345");
        browser.get(evaluation);
        assertThat(drafts()).hasSize(2).allMatch(text -> text.contains("Ditolak"));
        lookAt("drafts-evaluation");
    }

    private List<String> drafts() {
        return browser.findElements(By.cssSelector("[data-testid='evaluation-drafts'] li")).stream()
                .map(WebElement::getText).toList();
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void setDate(String id, String isoDate) {
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), isoDate);
    }

    /** This journey's open proposal: other tests' proposals may stand open in the shared database. */
    private long openProposal(String table) {
        return jdbc.sql("select id from " + table + " where status = 'OPEN' and text like '%petugas loket bekerja di kantor%'")
                .query(Long.class).single();
    }
}
