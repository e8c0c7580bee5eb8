package id.fleksi.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import static id.fleksi.browser.BrowserTest.browser;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steps the journeys of an approved week tell alike: the head recalls an employee to the office and the
 * employee reads it; an employee asks for a special circumstance, the head recommends it and HR approves it, each
 * after confirming; a week with three home days is judged. Each step starts signed in as the one who takes it.
 */
final class WeekSteps {

    private final BrowserTest journey;
    private final JdbcClient jdbc;

    WeekSteps(BrowserTest journey, JdbcClient jdbc) {
        this.journey = journey;
        this.jdbc = jdbc;
    }

    /** The employee works on the application task KOM-APL, so that their plans name a task. */
    void assignTask(String nip) {
        jdbc.sql("""
                        insert into task_assignment (task_id, employee_id, assigned_on)
                        values ((select id from task where code = 'KOM-APL'), (select id from employee where nip = :nip),
                                date '2026-01-05')""")
                .param("nip", nip).update();
    }

    /** The signed-in employee acknowledges the code of conduct, which planning asks for first. */
    void acknowledgeCodeOfConduct() {
        journey.open("/saya/kode-perilaku");
        journey.clickAndWait("form[action='/saya/kode-perilaku'] button[type='submit']");
    }

    /** The id of the employee's only weekly plan. */
    long planOf(String nip) {
        return jdbc.sql("select p.id from weekly_plan p join employee e on e.id = p.employee_id where e.nip = :nip")
                .param("nip", nip).query(Long.class).single();
    }

    /**
     * The head finds the plan among the away plans of the unit's calendar of the week and recalls the employee to
     * the office on {@code day}, after ticking the confirmation; the form and the result are looked at as
     * {@code name}-form and {@code name}-done.
     */
    void recall(String unit, String week, long plan, LocalDate day, String reason, String name) throws IOException {
        journey.resize(1366);
        journey.open("/unit/" + unit + "/kalender?minggu=" + week);
        journey.click("[data-testid='away-plan'][href$='/persetujuan/" + plan + "']");
        assertThat(browser.findElement(By.cssSelector("[data-testid='recall-form']")).isDisplayed()).isTrue();
        journey.lookAt(name + "-form");

        new Select(browser.findElement(By.id("recall-day"))).selectByValue(day.toString());
        browser.findElement(By.id("recall-reason")).sendKeys(reason);
        journey.click("label[for='recall-confirmed']");
        journey.clickAndWait("[data-testid='recall-form'] button[type='submit']");
        journey.assertSuccess();
        assertThat(browser.findElement(By.cssSelector("[data-testid='plan-amendments']")).getText()).contains(reason);
        assertThat(browser.findElement(By.cssSelector("[data-testid='plan-days'] tr[data-date='" + day + "']"))
                .getAttribute("data-kind")).isEqualTo("KANTOR");
        journey.lookAt(name + "-done");
    }

    /** The employee reads the recall on their week's page, on the phone, and finds it among their notifications. */
    void seeRecall(long plan, String reason) {
        journey.resize(390);
        journey.open("/saya/rencana/" + plan);
        assertThat(browser.findElement(By.cssSelector("[data-testid='plan-recalls']")).getText()).contains(reason);
        journey.assertNoSidewaysScroll();
        journey.open("/notifikasi");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Dipanggil ke kantor");
    }

    /** Fills the request form: the kind, the period and the reason. */
    void fillRequest(String kind, LocalDate from, LocalDate to, String reason) {
        new Select(browser.findElement(By.id("kind"))).selectByValue(kind);
        date("from", from);
        date("to", to);
        browser.findElement(By.id("reason")).sendKeys(reason);
    }

    /**
     * Attaches a small PDF named surat-keterangan-dokter-….pdf, sends the request form and returns the request's
     * number, told in the success message and shown waiting for the head's recommendation.
     */
    String sendRequestWithPdf(String nip) throws IOException {
        Path pdf = Files.createTempFile("surat-keterangan-dokter-", ".pdf");
        Files.write(pdf, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        try {
            browser.findElement(By.id("files")).sendKeys(pdf.toString());
            journey.clickAndWait("[data-testid='circumstance-form'] button[type='submit']");
        } finally {
            Files.delete(pdf);
        }
        journey.assertSuccess();
        String number = jdbc.sql("""
                        select r.number from special_circumstance_request r join employee e on e.id = r.employee_id
                        where e.nip = :nip order by r.id desc limit 1""").param("nip", nip).query(String.class).single();
        assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).contains(number);
        assertThat(browser.findElement(By.cssSelector("[data-request='" + number + "']")).getText())
                .contains("Menunggu rekomendasi pimpinan");
        return number;
    }

    /** The head finds the request from their home page, reads the file's name and recommends it after confirming. */
    void recommend(String number, String note) {
        journey.open("/beranda/pimpinan");
        journey.clickAndWait("[data-testid='home-circumstances']");
        journey.clickAndWait("[data-request='" + number + "'] [data-testid='open-request']");
        assertThat(browser.findElement(By.cssSelector("[data-testid='circumstance-files']")).getText())
                .contains("surat-keterangan-dokter-");
        journey.click("#decision-APPROVED");
        browser.findElement(By.id("note")).sendKeys(note);
        journey.clickAndWait("[data-testid='decide-continue']");
        assertThat(browser.findElement(By.cssSelector("[data-testid='confirm-decision']")).getText())
                .contains("merekomendasikan permohonan " + number);
        assertThat(status(number)).isEqualTo("REQUESTED");
        journey.clickAndWait("[data-testid='confirm-yes']");
        journey.assertSuccess();
        assertThat(status(number)).isEqualTo("RECOMMENDED");
    }

    /** HR finds the request among those recommended, searched by its number, and opens it. */
    void openRecommended(String number) {
        journey.open("/beranda/kepegawaian");
        journey.clickAndWait("[data-testid='home-circumstances']");
        new Select(browser.findElement(By.id("status"))).selectByValue("RECOMMENDED");
        browser.findElement(By.id("q")).sendKeys(number);
        journey.clickAndWait("[data-testid='circumstance-filter'] button[type='submit']");
        assertThat(browser.findElements(By.cssSelector("[data-testid='circumstance-requests'] article"))).hasSize(1);
        journey.clickAndWait("[data-request='" + number + "'] [data-testid='open-request']");
    }

    /** HR approves the open request: the confirmation names it, and only the confirmation decides. */
    void approve(String number) {
        journey.click("#decision-APPROVED");
        journey.clickAndWait("[data-testid='decide-continue']");
        assertThat(browser.findElement(By.cssSelector("[data-testid='confirm-decision']")).getText())
                .contains("menyetujui permohonan " + number);
        assertThat(status(number)).isEqualTo("RECOMMENDED");
        journey.assertNoSidewaysScroll();
    }

    /** Confirms HR's approval. */
    void confirmApproval(String number) {
        journey.clickAndWait("[data-testid='confirm-yes']");
        journey.assertSuccess();
        assertThat(status(number)).isEqualTo("APPROVED");
    }

    /**
     * The signed-in employee plans Monday, Tuesday and Thursday of the week at home and sends the plan; the verdict
     * lifts the cap of two days by the exception of Pasal 13 ayat (2) huruf b, naming the request.
     */
    void planThreeHomeDaysUnderTheException(String week, String number) {
        journey.open("/saya/rencana?minggu=" + week);
        homeDays();
        waitForVerdict("permohonan " + number);
        assertThat(browser.findElement(By.id("verdict")).getText()).contains("Pasal 13 ayat (2) huruf b");
        journey.click("[data-testid='submit']");
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(driver -> driver.getCurrentUrl().matches(".*/saya/rencana/\\d+$"));
        WebElement exception = browser.findElement(By.cssSelector("#verdict [data-exception='LOKASI_MAKS_HARI']"));
        assertThat(exception.getText()).contains("Pasal 13 ayat (2) huruf b",
                "keadaan khusus (permohonan " + number + ") sampai");
    }

    /** Monday, Tuesday and Thursday at home. */
    void homeDays() {
        for (String day : new String[] {"days0.kind", "days1.kind", "days3.kind"}) {
            WebElement select = browser.findElement(By.id(day));
            browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", select);
            new Select(select).selectByValue("RUMAH");
        }
    }

    void date(String id, LocalDate value) {
        browser.executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(id)), value.toString());
    }

    String status(String number) {
        return jdbc.sql("select status from special_circumstance_request where number = :number")
                .param("number", number).query(String.class).single();
    }

    void waitForVerdict(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> {
            try {
                return driver.findElement(By.id("verdict")).getText().contains(text);
            } catch (org.openqa.selenium.StaleElementReferenceException swapped) {
                return false;
            }
        });
    }
}
