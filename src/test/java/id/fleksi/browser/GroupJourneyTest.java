package id.fleksi.browser;

import id.fleksi.planning.GroupTestData;
import id.fleksi.planning.UnitGroups;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ambon's alternating groups in the browser: the unit head sees the groups and the unit's presence over the cycle,
 * adds a third group whose Monday drops the unit below the minimum (the page warns of LAYANAN_MINIMUM) and puts an
 * employee in it; a member of Kelompok A finds their week form filled from the group's week. Looked at in both
 * languages at 390 and 1366 pixels.
 */
class GroupJourneyTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    UnitGroups groups;
    @Autowired
    UserDetailsService users;

    @Test
    void aHeadArrangesAlternatingGroupsAndAMemberPlansFromTheirGroupsWeek() throws IOException {
        GroupTestData.Ambon ambon = GroupTestData.ambon(jdbc, groups, users);
        String code = ambon.unit().code();

        resize(390);
        open("/login");
        signOut();
        signIn(ambon.unit().head(), "demo12345");
        open("/beranda/pimpinan");
        click("a[data-testid='home-groups'][href='/unit/" + code + "/kelompok']");
        assertThat(browser.findElement(By.cssSelector("[data-testid='groups-table']")).getText())
                .contains("Kelompok A", "Kelompok B", "Minggu 1", "Senin, Selasa");
        assertThat(browser.findElements(By.cssSelector("[data-testid='groups-warning']"))).isEmpty();
        lookAt("groups");

        click("[data-testid='group-new']");
        browser.findElement(By.id("name")).sendKeys("Kelompok C");
        browser.findElement(By.cssSelector("select#cycleWeeks option[value='1']")).click();
        click("fieldset[data-week='1'] input[value='MONDAY']");
        click("fieldset[data-week='1'] input[value='WEDNESDAY']");
        click("fieldset[data-week='1'] input[value='FRIDAY']");
        clickAndWait("[data-testid='group-save']");
        assertThat(browser.findElement(By.cssSelector("[data-testid='group-form']")).getText())
                .contains("LOKASI_MAKS_HARI");
        // the refused form is the answer to a POST: looked at as it stands, not opened again
        screenshot("group-form-refused-1280-id");
        click("fieldset[data-week='1'] input[value='FRIDAY']");
        clickAndWait("[data-testid='group-save']");

        // the members' page: the group is new and empty; a member of A moves to C
        assertThat(browser.findElement(By.cssSelector("[data-testid='group-members'] h1")).getText())
                .contains("Kelompok C");
        clickAndWait("li[data-nip='" + ambon.a2() + "'] [data-testid='member-add']");
        assertThat(browser.findElement(By.cssSelector("li[data-nip='" + ambon.a2() + "']")).getText())
                .contains("Anggota kelompok ini");
        lookAt("group-members");

        open("/unit/" + code + "/kelompok");
        assertThat(browser.findElement(By.cssSelector("[data-testid='groups-warning']")).getText())
                .contains("LAYANAN_MINIMUM", "Pasal 27");
        lookAt("groups-warning");

        signOut();
        signIn(ambon.a1(), "demo12345");
        open("/saya/rencana?minggu=2026-W51");
        assertThat(browser.findElement(By.cssSelector("[data-testid='prefill']")).getText())
                .isEqualTo("Diisi dari pola Kelompok A minggu ini; periksa dan sesuaikan sebelum mengajukan.");
        assertThat(browser.findElement(By.id("days0.kind")).getAttribute("value")).isEqualTo("RUMAH");
        assertThat(browser.findElement(By.id("days2.kind")).getAttribute("value")).isEqualTo("KANTOR");
        lookAt("week-form-group");
    }
}
