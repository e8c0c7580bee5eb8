package id.fleksi.attendance;

import id.fleksi.IntegrationTest;
import id.fleksi.shared.InstitutionTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Check-in in Fleksi: refused while the PPK has it switched off; switched on, an employee checks in at home and out,
 * stored as an attendance record of the source FLEKSI, the position rounded to 2 decimals and shown to the head,
 * never on the employee's own page. Every test that switches it on switches it off again (the database is shared).
 */
class CheckInTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void switchOff() {
        jdbc.sql("update attendance_setting set check_in = false, record_position = false").update();
    }

    @Test
    void switchedOffTheEmployeeIsToldAndEveryCheckInIsRefused() throws Exception {
        String nip = RealisationTestData.employee(jdbc, RealisationTestData.unit(jdbc));

        mvc.perform(get("/saya/presensi").with(user(users.loadUserByUsername(nip))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"check-in-off\"")))
                .andExpect(content().string(containsString("dengan sistem kehadirannya sendiri")))
                .andExpect(content().string(not(containsString("check-in-form"))));
        mvc.perform(post("/saya/presensi/masuk").param("where", "RUMAH").with(csrf())
                        .with(user(users.loadUserByUsername(nip))))
                .andExpect(redirectedUrl("/saya/presensi"))
                .andExpect(flash().attribute("errorFlashKey", "attendance.checkin.problem.off"));
        api(nip, "{\"action\":\"CHECK_IN\",\"where\":\"RUMAH\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("Presensi di Fleksi tidak diaktifkan")));
        api(nip, "{\"action\":\"CHECK_OUT\"}").andExpect(status().isConflict());
        mvc.perform(get("/api/attendance/me").with(httpBasic(nip, "demo12345"))).andExpect(status().isNotFound());
        assertThat(records(nip)).isZero();
        // the employee's home page does not offer what is switched off
        mvc.perform(get("/beranda/pegawai").with(user(users.loadUserByUsername(nip))))
                .andExpect(content().string(not(containsString("home-check-in"))));
    }

    @Test
    void switchedOnTheEmployeeChecksInAtHomeAndOutAndTheHeadSeesTheCoarsePosition() throws Exception {
        RealisationTestData.HeadedUnit unit = RealisationTestData.headedUnit(jdbc);
        String nip = RealisationTestData.employee(jdbc, unit.code());
        settings("on", "on").andExpect(redirectedUrl("/kehadiran/pengaturan"))
                .andExpect(flash().attribute("successKey", "attendance.settings.saved"));
        assertThat(jdbc.sql("""
                        select before_state ->> 'checkIn' || '>' || (after_state ->> 'checkIn') || ' '
                               || (after_state ->> 'recordPosition') || ' ' || actor
                        from audit_event where action = 'ATTENDANCE_SETTINGS_CHANGED' order by id desc limit 1""")
                .query(String.class).single()).isEqualTo("false>true true ppk");

        // checking out before checking in
        api(nip, "{\"action\":\"CHECK_OUT\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("belum masuk hari ini")));
        mvc.perform(get("/beranda/pegawai").with(user(users.loadUserByUsername(nip))))
                .andExpect(content().string(containsString("href=\"/saya/presensi\"")));

        // at home, the position sent with 6 decimals
        LocalDate today = InstitutionTime.today(Clock.systemUTC());
        api(nip, "{\"action\":\"CHECK_IN\",\"where\":\"RUMAH\",\"latitude\":-6.208763,\"longitude\":106.845599}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value(today.toString()))
                .andExpect(jsonPath("$.source").value("FLEKSI"))
                .andExpect(jsonPath("$.where").value("RUMAH"))
                .andExpect(jsonPath("$.checkIn").isNotEmpty())
                .andExpect(jsonPath("$.checkOut").isEmpty())
                .andExpect(jsonPath("$.latitude").doesNotExist());
        assertThat(record(nip)).startsWith("FLEKSI RUMAH " + today + " in:");
        assertNear(checkIn(nip), ZoneId.of("Asia/Jakarta"));
        assertThat(positions(nip)).containsExactly("CHECK_IN -6.21 106.85");
        assertThat(jdbc.sql("select scale(latitude) || '/' || scale(longitude) from attendance_position p "
                        + "join attendance_record a on a.id = p.attendance_record_id join employee e on e.id = a.employee_id "
                        + "where e.nip = :nip").param("nip", nip).query(String.class).single()).isEqualTo("2/2");

        // checking in again keeps the first time and place
        jdbc.sql("update attendance_record set check_in = time '06:58' where source = 'FLEKSI' and employee_id = "
                + "(select id from employee where nip = :nip)").param("nip", nip).update();
        api(nip, "{\"action\":\"CHECK_IN\",\"where\":\"KANTOR\",\"latitude\":1.5,\"longitude\":2.5}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.checkIn").value("06:58"))
                .andExpect(jsonPath("$.where").value("RUMAH"));
        assertThat(positions(nip)).containsExactly("CHECK_IN -6.21 106.85");

        // checking out, and again: the time moves
        api(nip, "{\"action\":\"CHECK_OUT\",\"latitude\":-6.2049999,\"longitude\":106.8150001}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.checkOut").isNotEmpty());
        jdbc.sql("update attendance_record set check_out = time '06:59' where source = 'FLEKSI' and employee_id = "
                + "(select id from employee where nip = :nip)").param("nip", nip).update();
        api(nip, "{\"action\":\"CHECK_OUT\"}").andExpect(status().isOk());
        String stored = record(nip);
        assertThat(stored).startsWith("FLEKSI RUMAH " + today + " in:06:58 out:").doesNotContain("out:06:59");
        // the second check-out sent no position: the first one's belonged to a time that is gone
        assertThat(positions(nip)).containsExactly("CHECK_IN -6.21 106.85");
        api(nip, "{\"action\":\"CHECK_OUT\",\"latitude\":-6.2049999,\"longitude\":106.8150001}").andExpect(status().isOk());
        assertThat(positions(nip)).containsExactly("CHECK_IN -6.21 106.85", "CHECK_OUT -6.20 106.82");
        mvc.perform(get("/api/attendance/me").with(httpBasic(nip, "demo12345")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.checkIn").value("06:58"));
        assertThat(jdbc.sql("select action from audit_event where subject_key = :key order by id")
                .param("key", nip + "/" + today).query(String.class).list())
                .containsExactly("ATTENDANCE_CHECK_IN", "ATTENDANCE_CHECK_OUT", "ATTENDANCE_CHECK_OUT",
                        "ATTENDANCE_CHECK_OUT");

        // a coordinate out of range, or alone, is refused
        api(nip, "{\"action\":\"CHECK_OUT\",\"latitude\":91,\"longitude\":106}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("latitude"));
        api(nip, "{\"action\":\"CHECK_OUT\",\"latitude\":-6.2}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("longitude"));
        api(nip, "{\"action\":\"LEAVE\"}").andExpect(status().isBadRequest());

        // the employee's own week shows the record, not the position; the head's view of it does
        mvc.perform(get("/realisasi").param("tanggal", today.toString()).with(user(users.loadUserByUsername(nip))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("(FLEKSI)")))
                .andExpect(content().string(not(containsString("data-testid=\"position\""))))
                .andExpect(content().string(not(containsString("106.82"))));
        mvc.perform(get("/realisasi/" + nip).param("tanggal", today.toString())
                        .with(user(users.loadUserByUsername(unit.head()))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Posisi masuk \u00b1 -6.21, 106.85")))
                .andExpect(content().string(containsString("Posisi pulang \u00b1 -6.20, 106.82")));
        mvc.perform(get("/realisasi/" + nip).param("tanggal", today.toString())
                        .with(user(users.loadUserByUsername("kepegawaian"))))
                .andExpect(content().string(containsString("\u00b1 -6.21, 106.85")));
        // and the plan-and-actual API, which the employee reads too, carries no position
        mvc.perform(get("/api/employees/" + nip + "/days").param("from", today.toString())
                        .param("to", today.toString()).with(httpBasic(unit.head(), "demo12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.days[0].attendance[0].source").value("FLEKSI"))
                .andExpect(content().string(not(containsString("106.8"))));
    }

    @Test
    void onThePageTheOfficeIsThePlacementsAndTheTimeIsTheUnitsZoneWithoutAPositionWhenItIsSwitchedOff()
            throws Exception {
        String unit = "PAPUA-" + System.nanoTime() % 100_000;
        jdbc.sql("""
                        insert into unit (code, name, parent_id, time_zone)
                        values (:code, 'Unit di Jayapura', (select id from unit where code = 'SETDA'), 'Asia/Jayapura')""")
                .param("code", unit).update();
        String nip = RealisationTestData.employee(jdbc, unit);
        settings("on", null).andExpect(redirectedUrl("/kehadiran/pengaturan"));

        mvc.perform(get("/saya/presensi").with(user(users.loadUserByUsername(nip))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"check-in-form\"")))
                .andExpect(content().string(not(containsString("check-in-position.js"))));
        mvc.perform(post("/saya/presensi/masuk").param("where", "KANTOR").param("latitude", "-2.533")
                        .param("longitude", "140.717").with(csrf()).with(user(users.loadUserByUsername(nip))))
                .andExpect(redirectedUrl("/saya/presensi"))
                .andExpect(flash().attribute("successKey", "attendance.checkin.checkedIn"));
        assertThat(record(nip)).startsWith("FLEKSI KANTOR ");
        assertThat(jdbc.sql("""
                        select u.code from attendance_record a join unit u on u.id = a.office_unit_id
                        join employee e on e.id = a.employee_id where e.nip = :nip""")
                .param("nip", nip).query(String.class).single()).isEqualTo(unit);
        assertNear(checkIn(nip), ZoneId.of("Asia/Jayapura"));
        assertThat(positions(nip)).isEmpty();
        mvc.perform(get("/saya/presensi").with(user(users.loadUserByUsername(nip))))
                .andExpect(content().string(containsString("data-testid=\"check-out-form\"")))
                .andExpect(content().string(containsString("Asia/Jayapura")));
        mvc.perform(post("/saya/presensi/pulang").with(csrf()).with(user(users.loadUserByUsername(nip))))
                .andExpect(flash().attribute("successKey", "attendance.checkin.checkedOut"));
        assertThat(record(nip)).contains("out:");
        mvc.perform(post("/saya/presensi/masuk").param("where", "KAFE").with(csrf())
                        .with(user(users.loadUserByUsername(nip))))
                .andExpect(flash().attribute("errorFlashKey", "attendance.checkin.error.where"));
    }

    @Test
    void onlyThePpkSwitchesCheckInAndAValueThePageNeverSendsIsRefused() throws Exception {
        for (String account : List.of("kepegawaian", "kepala", "pegawai")) {
            mvc.perform(post("/kehadiran/pengaturan").param("checkIn", "on").with(csrf())
                            .with(user(users.loadUserByUsername(account))))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/kehadiran/pengaturan").with(user(users.loadUserByUsername(account))))
                    .andExpect(status().isForbidden());
        }
        settings("true", null).andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select check_in or record_position from attendance_setting").query(Boolean.class).single())
                .isFalse();
        mvc.perform(get("/kehadiran/pengaturan").with(user(users.loadUserByUsername("ppk"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("dibulatkan ke 2 angka desimal")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
        // without the CSRF token even the PPK changes nothing
        mvc.perform(post("/kehadiran/pengaturan").param("checkIn", "on").with(user(users.loadUserByUsername("ppk"))))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select check_in from attendance_setting").query(Boolean.class).single()).isFalse();
    }

    @Test
    void afterMidnightANightShiftCheckedInYesterdayIsCheckedOutAndADayLaterItIsNot() throws Exception {
        Assumptions.assumeTrue(LocalTime.now(InstitutionTime.ZONE).isBefore(LocalTime.of(23, 58)),
                "the night shift below begins at 23:59");
        RealisationTestData.HeadedUnit unit = RealisationTestData.headedUnit(jdbc);
        String nip = RealisationTestData.employee(jdbc, unit.code());
        settings("on", null).andExpect(redirectedUrl("/kehadiran/pengaturan"));
        LocalDate yesterday = InstitutionTime.today(Clock.systemUTC()).minusDays(1);
        // checked in yesterday at midnight: a whole day has passed, it is not today's to check out
        jdbc.sql("""
                        insert into attendance_record (employee_id, day, source, check_in, place, received_at, received_by)
                        select id, :day, 'FLEKSI', time '00:00', 'KANTOR', now(), :nip from employee where nip = :nip""")
                .param("day", yesterday).param("nip", nip).update();
        api(nip, "{\"action\":\"CHECK_OUT\"}").andExpect(status().isConflict());

        // checked in yesterday at 23:59 for the night: checked out now, on yesterday's record
        jdbc.sql("""
                        update attendance_record set check_in = time '23:59'
                        where day = :day and employee_id = (select id from employee where nip = :nip)""")
                .param("day", yesterday).param("nip", nip).update();
        mvc.perform(get("/saya/presensi").with(user(users.loadUserByUsername(nip))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"check-out-button\"")));
        api(nip, "{\"action\":\"CHECK_OUT\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value(yesterday.toString()))
                .andExpect(jsonPath("$.checkIn").value("23:59"));
        assertThat(jdbc.sql("""
                        select a.day || ' ' || (a.check_out is not null) from attendance_record a
                        join employee e on e.id = a.employee_id where e.nip = :nip""")
                .param("nip", nip).query(String.class).list()).containsExactly(yesterday + " true");
    }

    private ResultActions settings(String checkIn, String position) throws Exception {
        var request = post("/kehadiran/pengaturan").with(csrf()).with(user(users.loadUserByUsername("ppk")));
        if (checkIn != null) {
            request.param("checkIn", checkIn);
        }
        if (position != null) {
            request.param("recordPosition", position);
        }
        return mvc.perform(request);
    }

    private ResultActions api(String nip, String body) throws Exception {
        return mvc.perform(post("/api/attendance/me").with(httpBasic(nip, "demo12345"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long records(String nip) {
        return jdbc.sql("select count(*) from attendance_record a join employee e on e.id = a.employee_id "
                + "where e.nip = :nip").param("nip", nip).query(Long.class).single();
    }

    private String record(String nip) {
        return jdbc.sql("""
                        select a.source || ' ' || a.place || ' ' || a.day || ' in:' || coalesce(to_char(a.check_in, 'HH24:MI'), '')
                               || ' out:' || coalesce(to_char(a.check_out, 'HH24:MI'), '')
                        from attendance_record a join employee e on e.id = a.employee_id where e.nip = :nip""")
                .param("nip", nip).query(String.class).single();
    }

    private LocalTime checkIn(String nip) {
        return jdbc.sql("select a.check_in from attendance_record a join employee e on e.id = a.employee_id "
                + "where e.nip = :nip").param("nip", nip).query(LocalTime.class).single();
    }

    private List<String> positions(String nip) {
        return jdbc.sql("""
                        select p.moment || ' ' || p.latitude || ' ' || p.longitude
                        from attendance_position p join attendance_record a on a.id = p.attendance_record_id
                        join employee e on e.id = a.employee_id where e.nip = :nip order by p.moment""")
                .param("nip", nip).query(String.class).list();
    }

    /** A time taken now in the zone, to the minute. */
    private static void assertNear(LocalTime stored, ZoneId zone) {
        LocalTime now = LocalTime.now(zone);
        long minutes = Math.abs(Duration.between(stored, now).toMinutes());
        assertThat(Math.min(minutes, 24 * 60 - minutes)).as("minutes from now in " + zone).isLessThanOrEqualTo(2);
    }
}
