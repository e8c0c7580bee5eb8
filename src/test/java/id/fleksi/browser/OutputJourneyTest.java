package id.fleksi.browser;

import id.fleksi.shared.InstitutionTime;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An employee on a phone records the day's output from the home page with a PDF as evidence (a wrong link and a file
 * that is no PDF though named so are told beside their fields, with what was typed kept); the head of DISKOMINFO finds it among the outputs waiting, returns it only with a note and
 * accepts another; the employee reads the note. Both pages are looked at in both languages at 390 and 1366 pixels.
 */
class OutputJourneyTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void anEmployeeRecordsAnOutputAndTheHeadReturnsItWithANote() throws Exception {
        String typed = "Memperbarui halaman layanan perizinan " + UUID.randomUUID().toString().substring(0, 8);
        String mades = "Siaran pers peluncuran aplikasi " + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = InstitutionTime.today(clock);
        jdbc.sql("""
                        insert into work_output (employee_id, day, description, link, created_at, created_by)
                        select id, :day, :description, 'https://sukamajukab.go.id/berita/aplikasi', now(), 'test'
                        from employee_directory where nip = '198012152004101004'""")
                .param("day", today.minusDays(1)).param("description", mades).update();

        resize(390);
        open("/login");
        signOut();
        signIn("pegawai", "demo12345");
        open("/beranda/pegawai");
        clickAndWait("[data-testid='home-outputs']");
        assertThat(browser.findElement(By.id("date")).getAttribute("value")).isEqualTo(today.toString());
        new Select(browser.findElement(By.id("taskCode"))).selectByValue("KOM-APL");
        browser.findElement(By.id("description")).sendKeys(typed);
        browser.findElement(By.id("link")).sendKeys("drive/laporan.pdf");
        Path fake = Files.createTempFile("bukti-", ".pdf");
        Files.writeString(fake, "Bukan PDF, hanya teks yang dinamai .pdf");
        browser.findElement(By.id("evidence")).sendKeys(fake.toString());
        clickAndWait("[data-testid='output-form'] button[type='submit']");

        assertThat(browser.findElement(By.id("link-error")).getText()).contains("diawali http:// atau https://");
        assertThat(browser.findElement(By.id("evidence-error")).getText())
                .contains("isinya bukan PDF, PNG, atau JPEG");
        assertThat(browser.findElement(By.id("description")).getAttribute("value")).isEqualTo(typed);
        assertThat(new Select(browser.findElement(By.id("taskCode"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("KOM-APL");
        assertNoSidewaysScroll();
        screenshot("outputs-own-error-390-id");
        browser.findElement(By.id("link")).clear();
        browser.findElement(By.id("link")).sendKeys("https://drive.sukamajukab.go.id/laporan/perizinan-2026-12.pdf");
        Path pdf = Files.createTempFile("laporan-perizinan-", ".pdf");
        Files.write(pdf, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        browser.findElement(By.id("evidence")).sendKeys(pdf.toString());
        clickAndWait("[data-testid='output-form'] button[type='submit']");
        assertSuccess();
        assertThat(browser.findElement(By.cssSelector("[data-testid='own-output-list']")).getText())
                .contains(typed, "Menunggu tinjauan", "KOM-APL", "Unduh berkas bukti");
        assertThat(jdbc.sql("""
                        select d.file_name || ' ' || d.content_type from work_output o
                        join document d on d.id = o.document_id where o.description = :typed""")
                .param("typed", typed).query(String.class).single())
                .isEqualTo(pdf.getFileName() + " application/pdf");
        Files.delete(fake);
        Files.delete(pdf);
        lookAt("outputs-own");

        resize(390);
        signOut();
        signIn("kepala", "demo12345");
        open("/beranda/pimpinan");
        clickAndWait("[data-testid='home-outputs-review'] a");
        browser.findElement(By.id("q")).sendKeys("Kartika");
        clickAndWait("[data-testid='outputs-filter'] button[type='submit']");
        WebElement card = output(typed);
        assertThat(card.getText()).contains("Kartika Nugroho", "198808122010042002", "DISKOMINFO");
        assertThat(card.findElement(By.cssSelector("[data-testid='evidence-link']")).getAttribute("href"))
                .endsWith("/hasil-kerja/" + card.getAttribute("data-output") + "/bukti");
        lookAt("outputs-review-evidence");
        resize(390);
        card = output(typed);
        assertThat(browser.findElement(By.cssSelector("[data-testid='outputs-waiting']")).getText())
                .doesNotContain(mades);

        // returning without a note is refused, and the output stays waiting
        String id = card.getAttribute("data-output");
        clickAndWait("[data-output='" + id + "'] [data-testid='return-form'] button");
        assertThat(browser.findElement(By.id("note-" + id + "-error")).getText())
                .contains("Tuliskan catatan untuk pegawai");
        assertThat(browser.findElement(By.id("note-" + id)).getAttribute("aria-describedby"))
                .isEqualTo("note-" + id + "-error");
        screenshot("outputs-review-note-missing-390-id");
        assertThat(statusOf(Long.parseLong(id))).isEqualTo("SUBMITTED");
        browser.findElement(By.id("note-" + id)).sendKeys("Lampirkan juga tangkapan layar halaman yang baru.");
        clickAndWait("[data-output='" + id + "'] [data-testid='return-form'] button");
        assertSuccess();
        assertThat(statusOf(Long.parseLong(id))).isEqualTo("RETURNED");
        assertThat(browser.getCurrentUrl()).contains("q=Kartika");

        open("/hasil-kerja");
        lookAt("outputs-review");
        open("/hasil-kerja?q=198012152004101004");
        clickAndWait("[data-output='" + output(mades).getAttribute("data-output") + "'] [data-testid='accept-form'] button");
        assertSuccess();
        assertThat(browser.findElement(By.cssSelector("[data-testid='outputs-review']")).getText()).doesNotContain(mades);

        signOut();
        signIn("pegawai", "demo12345");
        open("/saya/hasil");
        assertThat(browser.findElement(By.cssSelector("[data-output='" + id + "']")).getText())
                .contains("Dikembalikan", "Catatan Joko Permata:", "Lampirkan juga tangkapan layar");
        lookAt("outputs-own-returned");
    }

    private WebElement output(String description) {
        return browser.findElements(By.cssSelector("[data-testid='outputs-waiting'] article")).stream()
                .filter(article -> article.getText().contains(description)).findFirst().orElseThrow();
    }

    private String statusOf(long id) {
        return jdbc.sql("select status from work_output where id = :id").param("id", id).query(String.class).single();
    }
}
