package id.fleksi.browser;

import id.fleksi.attendance.RealisationTestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PPK switches check-in in Fleksi and the device's position on; an employee checks in at home on a phone and
 * out again, the phone's position kept rounded to about 1 km. Both pages looked at in both languages at 390 and
 * 1366 pixels; check-in is switched off again at the end (the database is shared by the run's tests).
 */
class CheckInJourneyTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void switchOff() {
        jdbc.sql("update attendance_setting set check_in = false, record_position = false").update();
    }

    @Test
    void theEmployeeChecksInAtHomeAndOutOnAPhone() throws Exception {
        RealisationTestData.HeadedUnit unit = RealisationTestData.headedUnit(jdbc);
        String nip = RealisationTestData.employee(jdbc, unit.code());

        resize(390);
        open("/login");
        signOut();
        signIn("ppk", "demo12345");
        open("/kehadiran/pengaturan");
        assertThat(browser.findElement(By.id("checkIn")).isSelected()).isFalse();
        click("label[for='checkIn']");
        click("label[for='recordPosition']");
        clickAndWait("[data-testid='settings-save']");
        assertSuccess();
        assertThat(browser.findElement(By.id("checkIn")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("recordPosition")).isSelected()).isTrue();
        lookAt("check-in-settings");

        signOut();
        signIn(nip, "demo12345");
        // the phone's position, with all its decimals; the page keeps about a kilometre of it
        browser.executeCdpCommand("Browser.grantPermissions", Map.of("origin", url(""),
                "permissions", List.of("geolocation")));
        browser.executeCdpCommand("Emulation.setGeolocationOverride", Map.of("latitude", -6.175392,
                "longitude", 106.827153, "accuracy", 20));
        resize(390);
        open("/beranda/pegawai");
        click("[data-testid='home-check-in']");
        assertThat(browser.findElement(By.cssSelector("[data-testid='check-in-today']")).getText())
                .contains("belum masuk hari ini");
        assertThat(browser.findElement(By.cssSelector("[data-testid='position-note']")).getText())
                .contains("sekitar 1 km");
        lookAt("check-in-before");

        click("label[for='where-RUMAH']");
        clickAndWait("[data-testid='check-in-button']");
        assertSuccess();
        assertThat(browser.findElement(By.cssSelector("[data-testid='check-in-today']")).getAttribute("data-where"))
                .isEqualTo("RUMAH");
        assertThat(browser.findElement(By.cssSelector("[data-testid='check-in-today']")).getAttribute("data-in"))
                .matches("\\d{2}:\\d{2}");
        assertNoSidewaysScroll();
        lookAt("check-in-in");

        clickAndWait("[data-testid='check-out-button']");
        assertSuccess();
        assertThat(browser.findElement(By.cssSelector("[data-testid='check-in-today']")).getAttribute("data-out"))
                .matches("\\d{2}:\\d{2}");
        lookAt("check-in-out");

        assertThat(jdbc.sql("""
                        select a.source || ' ' || a.place || ' ' || (a.check_in is not null) || ' ' || (a.check_out is not null)
                        from attendance_record a join employee e on e.id = a.employee_id where e.nip = :nip""")
                .param("nip", nip).query(String.class).single()).isEqualTo("FLEKSI RUMAH true true");
        assertThat(jdbc.sql("""
                        select p.moment || ' ' || p.latitude || ' ' || p.longitude
                        from attendance_position p join attendance_record a on a.id = p.attendance_record_id
                        join employee e on e.id = a.employee_id where e.nip = :nip order by p.moment""")
                .param("nip", nip).query(String.class).list())
                .containsExactly("CHECK_IN -6.18 106.83", "CHECK_OUT -6.18 106.83");

        // the employee's own week shows the record without the position; their head's view shows it, coarse
        open("/realisasi");
        assertThat(browser.findElement(By.cssSelector("[data-testid='days']")).getText()).contains("(FLEKSI)")
                .doesNotContain("106.83");
        signOut();
        signIn(unit.head(), "demo12345");
        resize(390);
        open("/realisasi/" + nip);
        assertThat(browser.findElements(By.cssSelector("[data-testid='position']")).stream()
                .map(position -> position.getText()).toList())
                .containsExactly("Posisi masuk \u00b1 -6.18, 106.83", "Posisi pulang \u00b1 -6.18, 106.83");
        assertNoSidewaysScroll();
        screenshot("check-in-head-390-id");

        // a person who refuses the position checks in all the same, without one
        String refusing = RealisationTestData.employee(jdbc, unit.code());
        signOut();
        signIn(refusing, "demo12345");
        browser.executeCdpCommand("Browser.setPermission", Map.of("permission", Map.of("name", "geolocation"),
                "setting", "denied", "origin", url("")));
        open("/saya/presensi");
        click("label[for='where-KANTOR']");
        clickAndWait("[data-testid='check-in-button']");
        assertSuccess();
        assertThat(browser.findElement(By.cssSelector("[data-testid='check-in-today']")).getAttribute("data-where"))
                .isEqualTo("KANTOR");
        assertThat(jdbc.sql("""
                        select count(*) from attendance_position p
                        join attendance_record a on a.id = p.attendance_record_id
                        join employee e on e.id = a.employee_id where e.nip = :nip""")
                .param("nip", refusing).query(Long.class).single()).isZero();
    }
}
