package id.fleksi.planning;

import id.fleksi.IntegrationTest;
import id.fleksi.attendance.RealisationTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The unit's calendar shows, beside the plans of each day passed, what happened: attendance and findings. */
class UnitCalendarActualsTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    @Test
    void eachDayPassedShowsWhoCameWhereAndWhatWasFound() throws Exception {
        String unit = RealisationTestData.unit(jdbc);
        String nipA = RealisationTestData.employee(jdbc, unit);
        String nipB = RealisationTestData.employee(jdbc, unit);
        RealisationTestData.approvedPlan(jdbc, nipA, unit, List.of("KANTOR", "RUMAH", "KANTOR", "KANTOR", "KANTOR"));
        RealisationTestData.attended(jdbc, nipA, 1, "07:30", "16:00", "RUMAH");
        RealisationTestData.attended(jdbc, nipA, 2, "07:30", "16:00", "RUMAH");
        for (int day = 0; day < 4; day++) {
            RealisationTestData.attended(jdbc, nipB, day, "07:30", "16:00", "KANTOR");
        }

        String html = mvc.perform(get("/unit/" + unit + "/kalender").param("minggu", "2026-W45")
                        .with(user(users.loadUserByUsername("ppk"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String page = html;

        // Monday: B at the office, A without attendance
        assertThat(actual(page, "2026-11-02")).contains("Hadir: 1 di kantor, 0 di luar kantor", "1 tanpa kehadiran");
        // Tuesday: A at home as planned, without an output; B at the office
        assertThat(actual(page, "2026-11-03")).contains("Hadir: 1 di kantor, 1 di luar kantor",
                "1 hari fleksibel tanpa hasil kerja").doesNotContain("tanpa kehadiran");
        // Wednesday: A at home where the plan said office
        assertThat(actual(page, "2026-11-04")).contains("1 di lokasi yang tidak disetujui");
        // Friday: nobody
        assertThat(actual(page, "2026-11-06")).contains("Hadir: 0 di kantor, 0 di luar kantor", "2 tanpa kehadiran");
        // the weekend expects nothing
        assertThat(actual(page, "2026-11-07")).doesNotContain("tanpa kehadiran");
        assertThat(page).contains("hari yang sudah lewat");
    }

    @Test
    void aUnitOfMoreThanAThousandPointsToTheReportInstead() throws Exception {
        String unit = RealisationTestData.unit(jdbc);
        jdbc.sql("""
                        insert into employee (nip, name, employee_type, unit_id, position, position_since)
                        select '1967' || lpad(n::text, 14, '0'), 'Pegawai ' || n, 'PNS',
                               (select id from unit where code = :unit), 'Pelaksana', date '2020-01-01'
                        from generate_series(1, 1001) n""").param("unit", unit).update();

        String html = mvc.perform(get("/unit/" + unit + "/kalender").param("minggu", "2026-W45")
                        .with(user(users.loadUserByUsername("ppk"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("sampai 1.000 pegawai", "unduh laporan selisih").doesNotContain("Hadir: ");
    }

    /** The text of the day's "actual" cell. */
    private static String actual(String page, String date) {
        int row = page.indexOf("data-date=\"" + date + "\"");
        assertThat(row).as("the row of " + date).isPositive();
        int cell = page.indexOf("data-testid=\"actual\"", row);
        String html = page.substring(page.indexOf(">", cell) + 1, page.indexOf("</td>", cell));
        return html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }
}
