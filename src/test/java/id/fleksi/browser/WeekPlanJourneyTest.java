package id.fleksi.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The weekly loop end to end: an employee plans a week on a phone-sized screen, two days at home, the verdict
 * following every change (a third home day breaks Pasal 13 ayat (1) at once), and submits; the unit head finds it in
 * the inbox and approves it; the unit's calendar shows the two home days; the employee sees it approved.
 */
class WeekPlanJourneyTest extends BrowserTest {

    private static final String UNIT = "UJI-RENCANA";
    private static final String NIP = "199407182019032001";
    private static final String HEAD = "kepala.uji-rencana";
    private static final String WEEK = "2027-W30";

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEmployeePlansTwoHomeDaysSeesTheVerdictSubmitsAndFollowsTheDecision() throws IOException {
        employee();
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            signIn(NIP, "demo12345");
            open("/saya/kode-perilaku");
            click("form[action='/saya/kode-perilaku'] button[type='submit']");
            assertThat(browser.findElements(By.cssSelector(".alert-success"))).isNotEmpty();

            open("/beranda/pegawai");
            click("[data-testid='home-pegawai'] a[href='/saya/rencana']");
            assertThat(browser.findElement(By.cssSelector("[data-testid='week-form'] h1")).getText())
                    .startsWith("Rencana kerja minggu");
            open("/saya/rencana?minggu=" + WEEK);
            assertThat(browser.findElement(By.id("verdict")).getText()).contains("Tekan Periksa");

            choose("days1.kind", "RUMAH");
            choose("days3.kind", "RUMAH");
            waitForVerdict("2 dari paling banyak 2 hari");
            assertThat(verdict()).contains("Sesuai aturan");

            // a third home day: the panel says so before anything is submitted, with the article and its page
            choose("days2.kind", "RUMAH");
            waitForVerdict("3 dari paling banyak 2 hari");
            assertThat(verdict()).contains("LOKASI_MAKS_HARI").contains("Pasal 13 ayat (1)");
            assertThat(browser.findElement(By.cssSelector("#verdict a[href^='/aturan/LOKASI_MAKS_HARI?nip=']")).isDisplayed())
                    .isTrue();
            screenshot("weekplan-verdict-phone");
            choose("days2.kind", "KANTOR");
            waitForVerdict("2 dari paling banyak 2 hari");

            // the server's check without the script gives the same verdict
            click("[data-testid='check']");
            waitForVerdict("Sesuai aturan");
            // the page opens at the verdict, not at the top of a long form
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> (Boolean) browser.executeScript("""
                    var verdict = document.getElementById('verdict');
                    return location.hash === '#verdict' && document.readyState === 'complete' && verdict !== null
                        && verdict.getBoundingClientRect().top >= -1
                        && verdict.getBoundingClientRect().top < window.innerHeight / 2;"""));
            assertThat(selected("days1.kind")).isEqualTo("RUMAH");

            click("[data-testid='submit']");
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(driver -> driver.getCurrentUrl().matches(".*/saya/rencana/\\d+$"));
            String plan = browser.getCurrentUrl().replaceAll(".*/", "");
            assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).contains("Rencana diajukan");
            assertThat(browser.findElement(By.cssSelector("[data-testid='plan-status']")).getText())
                    .isEqualTo("Menunggu keputusan");
            screenshot("weekplan-submitted-phone");

            open("/saya/rencana/riwayat");
            assertThat(historyRow().getText()).contains("Menunggu keputusan");

            // the unit head finds it in the inbox, reads its verdict and approves it
            browser.manage().deleteAllCookies();
            browser.manage().window().setSize(new Dimension(1280, 900));
            signIn(HEAD, "demo12345");
            click("[data-testid='nav-inbox']");
            assertThat(browser.findElement(By.cssSelector("tr[data-plan='" + plan + "']")).getText())
                    .contains("Sari Wulandari", WEEK);
            click("tr[data-plan='" + plan + "'] a[href='/persetujuan/" + plan + "']");
            click("[data-testid='approve-form'] button[type='submit']");
            assertThat(browser.findElement(By.cssSelector("[data-testid='inbox-outcomes']")).getText())
                    .contains("1 disetujui", "Sari Wulandari");
            // the unit's calendar shows her at home on Tuesday and Thursday
            open("/unit/" + UNIT + "/kalender?minggu=" + WEEK);
            assertThat(away("2027-07-27")).contains("Sari Wulandari (Rumah)");
            assertThat(away("2027-07-28")).doesNotContain("Sari Wulandari");
            assertThat(away("2027-07-29")).contains("Sari Wulandari (Rumah)");
            // her four colleagues have no plan: counted apart, named when the head opens the list
            WebElement standing = browser.findElement(By.cssSelector("[data-testid='week-standing']"));
            assertThat(standing.getText()).contains("1 disetujui", "4 belum mengajukan");
            click("[data-testid='pending'] summary");
            assertThat(browser.findElements(By.cssSelector("[data-testid='pending-employee']"))).hasSize(4)
                    .allSatisfy(row -> assertThat(row.getText()).contains("Rekan Uji", "belum mengajukan"));
            lookAt("weekplan-unit-calendar");
            open("/unit/" + UNIT + "/kalender?bulan=2027-07");
            lookAt("weekplan-unit-calendar-month");

            // and she sees it approved
            browser.manage().deleteAllCookies();
            signIn(NIP, "demo12345");
            open("/saya/rencana/riwayat");
            assertThat(historyRow().getText()).contains("Disetujui").contains("Oleh Bagus Santoso");

            browser.manage().window().setSize(new Dimension(1280, 900));
            open("/saya/rencana?minggu=" + WEEK);
            assertThat(browser.findElement(By.cssSelector("[data-testid='existing']")).getText())
                    .contains("sudah disetujui");
            assertThat(browser.findElement(By.cssSelector("[data-testid='submit']")).isEnabled()).isFalse();
            screenshot("weekplan-approved-desktop");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
            browser.manage().deleteAllCookies();
        }
    }

    /** Who the calendar shows away from the office on location flexibility that day. */
    private String away(String date) {
        return browser.findElement(By.cssSelector("tr[data-date='" + date + "'] td[data-testid='away']")).getText();
    }

    /**
     * An employee of a new unit whose task meets Pasal 23, in the position since 2020, with a domicile; the unit's
     * head works in SETDA and signs in as {@value #HEAD}.
     */
    private void employee() {
        jdbc.sql("""
                        insert into unit (code, name, parent_id, time_zone)
                        values (:code, 'Bidang Uji Rencana', (select id from unit where code = 'SETDA'), 'Asia/Jakarta')""")
                .param("code", UNIT).update();
        jdbc.sql("""
                        insert into employee (nip, name, employee_type, unit_id, position, position_since, domicile)
                        values (:nip, 'Sari Wulandari', 'PNS', (select id from unit where code = :unit),
                                'Pranata Komputer', date '2020-01-01', 'Jl. Cempaka No. 4, Kecamatan Sukamaju')""")
                .param("nip", NIP).param("unit", UNIT).update();
        jdbc.sql("""
                        insert into task_assignment (task_id, employee_id, assigned_on)
                        values ((select id from task where code = 'KOM-APL'), (select id from employee where nip = :nip),
                                date '2026-01-05')""")
                .param("nip", NIP).update();
        long account = jdbc.sql("""
                        insert into account (username, display_name, password_hash, employee_id)
                        values (:nip, 'Sari Wulandari', (select password_hash from account where username = 'pegawai'),
                                (select id from employee where nip = :nip))
                        returning id""")
                .param("nip", NIP).query(Long.class).single();
        jdbc.sql("insert into account_role (account_id, role) values (:id, 'PEGAWAI')").param("id", account).update();
        // four colleagues in the office, so that one of five away keeps within the unit's caps (Pasal 14, 27)
        for (int i = 1; i <= 4; i++) {
            jdbc.sql("""
                            insert into employee (nip, name, employee_type, unit_id, position, position_since)
                            values (:nip, :name, 'PNS', (select id from unit where code = :unit), 'Pranata Komputer',
                                    date '2020-01-01')""")
                    .param("nip", "19850101201903100" + (2 + i)).param("name", "Rekan Uji " + i).param("unit", UNIT)
                    .update();
        }
        jdbc.sql("""
                        insert into employee (nip, name, employee_type, unit_id, position, position_since)
                        values ('198501012019031002', 'Bagus Santoso', 'PNS', (select id from unit where code = 'SETDA'),
                                'Kepala Bidang', date '2020-01-01')""").update();
        jdbc.sql("""
                        insert into unit_head (unit_id, employee_id, started_on)
                        values ((select id from unit where code = :unit),
                                (select id from employee where nip = '198501012019031002'), date '2024-01-02')""")
                .param("unit", UNIT).update();
        long head = jdbc.sql("""
                        insert into account (username, display_name, password_hash, employee_id)
                        values (:username, 'Bagus Santoso', (select password_hash from account where username = 'pegawai'),
                                (select id from employee where nip = '198501012019031002'))
                        returning id""")
                .param("username", HEAD).query(Long.class).single();
        jdbc.sql("insert into account_role (account_id, role) values (:id, 'PEGAWAI')").param("id", head).update();
    }

    private void choose(String id, String value) {
        WebElement select = browser.findElement(By.id(id));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", select);
        new Select(select).selectByValue(value);
    }

    private String selected(String id) {
        return new Select(browser.findElement(By.id(id))).getFirstSelectedOption().getAttribute("value");
    }

    private String verdict() {
        return browser.findElement(By.id("verdict")).getText();
    }

    /** Waits until the verdict panel, swapped by the script or rendered by the server, says this. */
    private void waitForVerdict(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> {
            try {
                return driver.findElement(By.id("verdict")).getText().contains(text);
            } catch (org.openqa.selenium.StaleElementReferenceException swapped) {
                return false;
            }
        });
    }

    private WebElement historyRow() {
        return browser.findElement(By.cssSelector("[data-testid='plan-history'] tr[data-week='" + WEEK + "']"));
    }
}
