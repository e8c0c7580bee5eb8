package id.fleksi.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;


import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The weekly loop from the unit head's side: an employee has submitted a plan with two days at home; the head
 * signs in, finds it in the inbox with its verdict and what it does to the unit, approves it, and the unit's
 * calendar shows the employee at home on those two days; the employee finds the approval, with the head's name
 * and note, among their notifications, and the plan's status on their home page.
 */
class ApprovalJourneyTest extends BrowserTest {

    private static final String UNIT = "UJI-APV";
    private static final String EMPLOYEE = "198204142009042001";
    private static final String HEAD = "197903222005011002";
    private static final String PASSWORD = "demo12345";
    /** 6-10 September 2027: home on Tuesday and Thursday. */
    private static final String WEEK = "2027-W36";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void theHeadApprovesAPlanFromTheInboxAndTheCalendarShowsTheHomeDays() throws Exception {
        long plan = employeeSubmitsAPlanWithTwoHomeDays();

        signIn(HEAD, PASSWORD);
        click("[data-testid='nav-inbox']");
        WebElement row = browser.findElement(By.cssSelector("tr[data-plan='" + plan + "']"));
        assertThat(row.getText()).contains("Dewi Lestari", WEEK, "INFRASTRUKTUR", "Pasal 15",
                "Sel: 2/3 di kantor (67%)", "Kam: 2/3 di kantor (67%)");
        // on a phone each plan is a card: the presence if approved is on screen, not past the right edge
        lookAt("approval-inbox");
        resize(390);
        try {
            WebElement card = browser.findElement(By.cssSelector("tr[data-plan='" + plan + "']"));
            WebElement effect = card.findElement(By.cssSelector("ul.effect"));
            assertThat(effect.getRect().getX() + effect.getRect().getWidth()).isLessThanOrEqualTo(390);
            assertThat(effect.isDisplayed()).isTrue();
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }

        click("tr[data-plan='" + plan + "'] a[href='/persetujuan/" + plan + "']");
        assertThat(browser.findElement(By.cssSelector("[data-testid='plan-verdict']")).getText())
                .contains("INFRASTRUKTUR");
        screenshot("approval-plan");
        browser.findElement(By.id("note")).sendKeys("Selamat bekerja dari rumah");
        click("[data-testid='approve-form'] button[type='submit']");

        WebElement outcomes = browser.findElement(By.cssSelector("[data-testid='inbox-outcomes']"));
        assertThat(outcomes.getAttribute("class")).contains("alert-success");
        assertThat(outcomes.getText()).contains("1 disetujui", "Dewi Lestari");
        screenshot("approval-outcome");

        click("[data-testid='inbox-outcomes'] a[href='/persetujuan/" + plan + "']");
        assertThat(browser.findElement(By.cssSelector("[data-testid='plan-status']")).getText()).isEqualTo("Disetujui");
        click("a[href='/unit/" + UNIT + "/kalender?minggu=" + WEEK + "']");

        assertThat(away("2027-09-06")).doesNotContain("Dewi Lestari");
        assertThat(away("2027-09-07")).contains("Dewi Lestari (Rumah)");
        assertThat(away("2027-09-08")).doesNotContain("Dewi Lestari");
        assertThat(away("2027-09-09")).contains("Dewi Lestari (Rumah)");
        screenshot("approval-calendar");

        // the month, on a phone: seven columns that fit the screen's width
        click("[data-testid='month-view']");
        resize(390);
        try {
            WebElement tuesday = browser.findElement(By.cssSelector("td[data-date='2027-09-07']"));
            // she is at home; her two colleagues have no approved plan, so nobody is known to be in the office
            assertThat(tuesday.getText()).contains("0%", "?2", "2 pegawai belum punya rencana disetujui");
            Object overflow = browser.executeScript(
                    "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
            assertThat(overflow).isEqualTo(false);
            screenshot("approval-calendar-month-phone");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }

        headReviewsThePlanAfterAHolidayIsAdded(plan);

        signOut();
        signIn(EMPLOYEE, PASSWORD);
        open("/notifikasi");
        WebElement approval = browser.findElement(By.cssSelector("[data-testid='notification']"));
        assertThat(approval.getText()).contains("Rencana kerja minggu " + WEEK + " disetujui",
                "Bambang Sutrisno menyetujui rencana kerja Anda", "Catatan pimpinan: Selamat bekerja dari rumah");
        lookAt("approval-notification");
        approval = browser.findElement(By.cssSelector("[data-testid='notification']"));
        approval.findElement(By.cssSelector("a[href='/saya/rencana/" + plan + "']")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/saya/rencana/" + plan);
    }

    /**
     * HR adds a holiday in the plan's week: the head is told, finds the plan up for review and keeps it; HR reads
     * the same list without the choice.
     */
    private void headReviewsThePlanAfterAHolidayIsAdded(long plan) throws Exception {
        mvc.perform(post("/hari-libur").with(user(users.loadUserByUsername("kepegawaian"))).with(csrf())
                        .param("date", "2027-09-08").param("name", "Libur uji tinjau").param("kind", "CUTI_BERSAMA"))
                .andExpect(status().is3xxRedirection());
        try {
            signOut();
            signIn("kepegawaian", PASSWORD);
            open("/persetujuan/terdampak/" + plan);
            assertThat(browser.findElement(By.cssSelector("[data-testid='review-read-only']")).isDisplayed()).isTrue();
            lookAt("review-plan-hr");
            signOut();
            signIn(HEAD, PASSWORD);
            open("/notifikasi");
            assertThat(browser.findElement(By.cssSelector("[data-testid='notification']")).getText())
                    .contains("1 rencana kerja yang sudah disetujui perlu ditinjau ulang");
            open("/persetujuan/terdampak");
            assertThat(browser.findElement(By.cssSelector("tr[data-plan='" + plan + "']")).getText())
                    .contains("Dewi Lestari", "Hari libur baru pada 8 September 2027");
            click("tr[data-plan='" + plan + "'] a[href='/persetujuan/terdampak/" + plan + "']");
            assertThat(browser.findElement(By.cssSelector("[data-testid='review-cause']")).getText())
                    .contains("Hari libur baru pada 8 September 2027");
            lookAt("review-plan");
            clickAndWait("[data-testid='review-keep'] button[type='submit']");
            assertSuccess();
            assertThat(browser.findElements(By.cssSelector("tr[data-plan='" + plan + "']"))).isEmpty();
            assertThat(jdbc.sql("select status from weekly_plan where id = :id").param("id", plan)
                    .query(String.class).single()).isEqualTo("APPROVED");
        } finally {
            jdbc.sql("delete from holiday where day = date '2027-09-08'").update();
        }
    }

    /** Who the calendar shows away from the office on location flexibility that day. */
    private String away(String date) {
        return browser.findElement(By.cssSelector("tr[data-date='" + date + "'] td[data-testid='away']")).getText();
    }

    /**
     * A unit of three (so that one employee at home keeps two thirds in the office), its head, and the plan the
     * employee submits through the API after acknowledging the code of conduct.
     */
    private long employeeSubmitsAPlanWithTwoHomeDays() throws Exception {
        jdbc.sql("""
                        insert into unit (code, name, parent_id, time_zone)
                        values (:code, 'Bidang Uji Persetujuan', (select id from unit where code = 'SETDA'),
                                'Asia/Jakarta')""")
                .param("code", UNIT).update();
        employee(EMPLOYEE, "Dewi Lestari", UNIT, true);
        employee("198506202010012003", "Rudi Hartono", UNIT, false);
        employee("198907112014022001", "Sari Wulandari", UNIT, false);
        employee(HEAD, "Bambang Sutrisno", "SETDA", true);
        jdbc.sql("""
                        insert into unit_head (unit_id, employee_id, started_on)
                        values ((select id from unit where code = :unit), (select id from employee where nip = :nip),
                                date '2024-01-02')""")
                .param("unit", UNIT).param("nip", HEAD).update();

        mvc.perform(post("/api/me/code-of-conduct").with(httpBasic(EMPLOYEE, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isNoContent());
        String body = """
                {"nip": "%s", "week": "%s", "flexType": "NONE", "days": [
                  {"date": "2027-09-06", "kind": "KANTOR"}, {"date": "2027-09-07", "kind": "RUMAH"},
                  {"date": "2027-09-08", "kind": "KANTOR"}, {"date": "2027-09-09", "kind": "RUMAH"},
                  {"date": "2027-09-10", "kind": "KANTOR"}]}""".formatted(EMPLOYEE, WEEK);
        mvc.perform(post("/api/plans").with(httpBasic(EMPLOYEE, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated());
        return jdbc.sql("select p.id from weekly_plan p join employee e on e.id = p.employee_id where e.nip = :nip")
                .param("nip", EMPLOYEE).query(Long.class).single();
    }

    /** An employee whose task (KOM-APL) meets Pasal 23, in the position since 2020, with a registered domicile. */
    private void employee(String nip, String name, String unit, boolean account) {
        jdbc.sql("""
                        insert into employee (nip, name, employee_type, unit_id, position, position_since, domicile)
                        values (:nip, :name, 'PNS', (select id from unit where code = :unit), 'Analis Kebijakan',
                                date '2020-01-01', 'Jl. Melati No. 3, Kecamatan Sukamaju')""")
                .param("nip", nip).param("name", name).param("unit", unit).update();
        jdbc.sql("""
                        insert into task_assignment (task_id, employee_id, assigned_on)
                        values ((select id from task where code = 'KOM-APL'), (select id from employee where nip = :nip),
                                date '2026-01-05')""")
                .param("nip", nip).update();
        if (account) {
            long id = jdbc.sql("""
                            insert into account (username, display_name, password_hash, employee_id)
                            values (:nip, :name, (select password_hash from account where username = 'pegawai'),
                                    (select id from employee where nip = :nip))
                            returning id""")
                    .param("nip", nip).param("name", name).query(Long.class).single();
            jdbc.sql("insert into account_role (account_id, role) values (:id, 'PEGAWAI')").param("id", id).update();
        }
    }
}
