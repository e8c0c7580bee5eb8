package id.fleksi.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tiers of Pasal 35 as people go through them: the head of DISKOMINFO opens, writes and finalizes the unit's
 * evaluation of September 2028; the PPK opens the institution's evaluation of the same month, sees the unit's among
 * the finalized ones, finalizes it and downloads its report.
 */
class EvaluationJourneyTest extends BrowserTest {

    private static final String FROM = "2028-09-01";
    private static final String TO = "2028-09-30";

    @Test
    void theHeadEvaluatesTheUnitThenThePpkEvaluatesTheInstitutionAndDownloadsTheReport()
            throws IOException, InterruptedException {
        signIn("kepala", "demo12345");
        // the unit's satisfaction index of the month against its target and baseline (Pasal 35 ayat (3) huruf a)
        open("/evaluasi/indikator");
        new Select(browser.findElement(By.id("unitCode"))).selectByValue("DISKOMINFO");
        setDate("periodFrom", FROM);
        setDate("periodTo", TO);
        type("name", "IKM layanan aplikasi");
        type("value", "84,2");
        type("measure", "indeks");
        type("target", "85");
        type("baseline", "80");
        clickAndWait("[data-testid='indicator-form'] button[type='submit']");
        assertSuccess();
        open("/evaluasi/baru");
        new Select(browser.findElement(By.id("unitCode"))).selectByValue("DISKOMINFO");
        setDate("periodFrom", FROM);
        setDate("periodTo", TO);
        clickAndWait("[data-testid='evaluation-new'] button[type='submit']");
        assertSuccess();
        // a draft says when its figures were computed, and its author computes them again
        assertThat(browser.findElement(By.cssSelector("[data-testid='evaluation-computed']")).getText())
                .contains("dihitung dari data pada", "WIB");
        clickAndWait("[data-testid='evaluation-computed'] button[type='submit']");
        assertThat(browser.findElement(By.cssSelector("[role='status']")).getText()).contains("sudah dihitung ulang");
        // the figures stand under the three aspects of Pasal 35 ayat (3), each with the regulation's words
        assertThat(browser.findElement(By.cssSelector("[data-testid='aspect-a']")).getText())
                .contains("Pasal 35 ayat (3) huruf a", "\u201ccapaian kinerja organisasi\u201d");
        assertThat(browser.findElement(By.cssSelector("[data-testid='aspect-a'] [data-testid='figures-indicators']"))
                .getText()).contains("IKM layanan aplikasi", "84.2", "85", "80", "Belum tercapai",
                        "makin tinggi makin baik").doesNotContain("??");
        assertThat(browser.getPageSource()).doesNotContain("??");
        assertThat(browser.findElement(By.cssSelector("[data-testid='aspect-b']")).getText())
                .contains("Pasal 35 ayat (3) huruf b", "Hasil kerja yang diterima");
        assertThat(browser.findElement(By.cssSelector("[data-testid='aspect-c'] [data-testid='figures-discipline']"))
                .isDisplayed()).isTrue();
        lookAt("evaluation-unit-draft");
        writeFindingsAndFinalize("Rencana kerja unit berjalan sesuai penetapan; layanan tetap terjaga.", "LANJUTKAN");
        screenshot("evaluation-unit-final");
        signOut();

        signIn("ppk", "demo12345");
        // the PPK's home tells when the institution evaluation is due (Pasal 35 ayat (2))
        assertThat(browser.findElement(By.cssSelector("[data-testid='home-ppk'] [data-testid='evaluation-due']"))
                .getText()).contains("Pasal 35 ayat (2)");
        open("/evaluasi/baru");
        new Select(browser.findElement(By.id("unitCode"))).selectByValue("");
        setDate("periodFrom", FROM);
        setDate("periodTo", TO);
        clickAndWait("[data-testid='evaluation-new'] button[type='submit']");
        assertSuccess();
        assertThat(browser.findElement(By.cssSelector("[data-testid='figures-unit-evaluations']")).getText())
                .contains("DISKOMINFO").contains("Lanjutkan");
        writeFindingsAndFinalize("Satu unit telah mengevaluasi; unit lain diminta menyusul.", "SESUAIKAN");
        screenshot("evaluation-institution-final");

        // the table of units is found by a unit's name and paged, as a ministry has thousands of units
        browser.get(browser.getCurrentUrl().replaceAll("[?#].*", "") + "?q=komunikasi");
        assertThat(browser.findElement(By.cssSelector("[data-testid='figures-per-unit']")).getText())
                .contains("DISKOMINFO").doesNotContain("SETDA");
        assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo("komunikasi");
        lookAt("evaluation-institution-units");

        String csv = browser.findElement(By.cssSelector("[data-testid='export-csv']")).getAttribute("href");
        assertCsvDownload(csv);
        assertPdfDownload(browser.findElement(By.cssSelector("[data-testid='export-pdf']")).getAttribute("href"));
    }

    private void writeFindingsAndFinalize(String findings, String recommendation) {
        type("findings", findings);
        click("input[name='recommendation'][value='" + recommendation + "']");
        clickAndWait("[data-testid='evaluation-findings-form'] button[type='submit']");
        assertSuccess();
        clickAndWait("[data-testid='evaluation-finalize-link']");
        assertThat(browser.findElement(By.cssSelector("[data-testid='evaluation-finalize']")).getText())
                .contains(findings);
        clickAndWait("[data-testid='evaluation-finalize'] button[type='submit']");
        assertSuccess();
        assertThat(browser.findElements(By.cssSelector("[data-testid='evaluation-frozen']"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("[data-testid='evaluation-findings']")).getText())
                .contains(findings);
    }

    /** The CSV export, fetched with the PPK's session as the browser would download it. */
    private void assertCsvDownload(String href) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = download(href);
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment").contains("evaluasi-instansi-" + FROM + "-" + TO + ".csv");
        byte[] body = response.body();
        assertThat(body[0] & 0xFF).isEqualTo(0xEF);
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).contains("Laporan Evaluasi Fleksibilitas Kerja").contains("DISKOMINFO")
                .contains("Rekomendasi: Sesuaikan");
    }

    /** The PDF export: the letterhead's report with its title, a figure, page numbers and the PPK's signature. */
    private void assertPdfDownload(String href) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = download(href);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(response.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(text).contains("LAPORAN EVALUASI FLEKSIBILITAS KERJA").contains("DISKOMINFO")
                    .containsPattern("Halaman\\s+1 dari").contains("Pejabat Pembina Kepegawaian");
        }
    }

    private HttpResponse<byte[]> download(String href) throws IOException, InterruptedException {
        String cookies = browser.manage().getCookies().stream().map(Cookie::toString)
                .map(cookie -> cookie.substring(0, cookie.indexOf(';') < 0 ? cookie.length() : cookie.indexOf(';')))
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void setDate(String id, String isoDate) {
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), isoDate);
    }
}
