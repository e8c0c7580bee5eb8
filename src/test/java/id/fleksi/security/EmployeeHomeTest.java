package id.fleksi.security;

import id.fleksi.IntegrationTest;
import id.fleksi.planning.PlanTestUnits;
import id.fleksi.shared.InstitutionTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An employee's home says where their plans of this week and next week stand, and leads to each. */
class EmployeeHomeTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;

    @Test
    void theHomeShowsThisWeeksApprovedPlanAndThatNextWeeksIsMissing() throws Exception {
        String nip = PlanTestUnits.create(jdbc, "BERANDA", 1, false).staff().get(0);
        LocalDate monday = InstitutionTime.today(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String thisWeek = isoWeek(monday);
        String nextWeek = isoWeek(monday.plusWeeks(1));
        long plan = jdbc.sql("""
                        insert into weekly_plan (employee_id, unit_id, iso_week, week_start, flex_type, status, verdict,
                                                 submitted_at, submitted_by, decided_at, decided_by)
                        select e.id, e.unit_id, :week, :monday, 'NONE', 'APPROVED', '{}'::jsonb, now(), e.nip, now(),
                               'uji' from employee e where e.nip = :nip returning id""")
                .param("week", thisWeek).param("monday", monday).param("nip", nip).query(Long.class).single();

        mvc.perform(get("/beranda/pegawai").param("lang", "id").with(user(users.loadUserByUsername(nip))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        matchesPattern("(?s).*data-week=\"" + thisWeek + "\".*?Minggu ini.*?Disetujui.*?href=\"/saya/rencana/"
                                + plan + "\".*"),
                        matchesPattern("(?s).*data-week=\"" + nextWeek + "\".*?Minggu depan.*?Belum diajukan.*?"
                                + "href=\"/saya/rencana\\?minggu=" + nextWeek + "\".*"),
                        containsString("Rencana kerja saya"))));
    }

    private static String isoWeek(LocalDate monday) {
        return "%d-W%02d".formatted(monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
