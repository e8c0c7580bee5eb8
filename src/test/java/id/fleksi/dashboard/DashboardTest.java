package id.fleksi.dashboard;

import id.fleksi.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The presence dashboard over a hand-made week: a unit of four under SETDA with approved plans in 2029-W02
 * (8-12 January 2029) under the demo determination (40% away at most, 50% in the office at least).
 */
class DashboardTest extends IntegrationTest {

    static final LocalDate MONDAY = LocalDate.of(2029, 1, 8);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Dashboards dashboards;

    @Test
    void theBoardCountsApprovedPlansPerUnitAndDay() throws Exception {
        String unit = "DASBOR-UJI";
        jdbc.sql("""
                insert into unit (code, name, parent_id, time_zone)
                values ('DASBOR-UJI', 'Unit uji dasbor', (select id from unit where code = 'SETDA'), 'Asia/Jakarta')""")
                .update();
        String[] nips = {"196101012015031001", "196101012015032002", "196101012015031003", "196101012015032004"};
        for (String nip : nips) {
            jdbc.sql("""
                            insert into employee (nip, name, employee_type, unit_id, position, position_since)
                            values (:nip, :name, 'PNS', (select id from unit where code = 'DASBOR-UJI'), 'Analis',
                                    date '2020-01-01')""")
                    .param("nip", nip).param("name", "Pegawai " + nip.substring(14)).update();
        }
        // Tuesday: two at home and one on leave (1 of 4 in the office: 25%, below 50%); Thursday: one at home
        plan(nips[0], "KANTOR", "RUMAH", "KANTOR", "RUMAH", "KANTOR");
        plan(nips[1], "KANTOR", "RUMAH", "KANTOR", "KANTOR", "KANTOR");
        plan(nips[2], "KANTOR", "CUTI", "KANTOR", "KANTOR", "KANTOR");

        Dashboards.Board board = dashboards.board(ppk(), MONDAY);
        Dashboards.UnitRow row = board.units().stream().filter(u -> u.code().equals(unit)).findFirst().orElseThrow();
        assertThat(row.staff()).isEqualTo(4);
        assertThat(row.cells()).extracting(Dashboards.Cell::awayPercent).containsExactly(0, 50, 0, 25, 0);
        assertThat(row.cells()).extracting(Dashboards.Cell::inOffice).containsExactly(4, 1, 4, 3, 4);
        assertThat(row.cells().get(1).belowMinimum()).isTrue();
        assertThat(row.cells().get(1).aboveQuota()).isTrue();
        assertThat(row.cells().get(3).aboveQuota()).isFalse();
        assertThat(board.breaches()).anySatisfy(breach -> {
            assertThat(breach.code()).isEqualTo(unit);
            assertThat(breach.date()).isEqualTo(MONDAY.plusDays(1));
            assertThat(breach.percent()).isEqualTo(25);
        });
        assertThat(board.trend()).hasSize(Dashboards.TREND_WEEKS);
        assertThat(board.trend().get(Dashboards.TREND_WEEKS - 1).awayDays()).isGreaterThanOrEqualTo(3);

        mvc.perform(get("/dasbor").param("minggu", "2029-W02").with(user(users.loadUserByUsername("ppk"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("DASBOR-UJI")))
                .andExpect(content().string(containsString("Selasa 9 Januari 2029: 1 dari 4 pegawai di kantor (25%)")))
                .andExpect(content().string(containsString("<svg")))
                .andDo(page -> {
                    // both charts' scale (0-100% in five ticks each) and the PPK's cap of Pasal 14 on both
                    String html = page.getResponse().getContentAsString();
                    assertThat(html.split("class=\"chart-grid\"", -1)).hasSize(11);
                    assertThat(html.split(">Batas 40%</text>", -1)).hasSize(3);
                });
        // the head of DISKOMINFO sees their units only
        mvc.perform(get("/dasbor").param("minggu", "2029-W02").with(user(users.loadUserByUsername("kepala"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("DISKOMINFO")))
                .andExpect(content().string(not(containsString("DASBOR-UJI"))));
        mvc.perform(get("/dasbor").param("minggu", "2029-W99").with(user(users.loadUserByUsername("ppk"))))
                .andExpect(status().isBadRequest());
    }

    private id.fleksi.shared.Actor ppk() {
        return (id.fleksi.shared.Actor) users.loadUserByUsername("ppk");
    }

    private void plan(String nip, String... kinds) {
        long id = jdbc.sql("""
                        insert into weekly_plan (employee_id, unit_id, iso_week, week_start, flex_type, status, verdict,
                                                 submitted_at, submitted_by, decided_at, decided_by)
                        select e.id, e.unit_id, '2029-W02', :monday, 'NONE', 'APPROVED', '{}'::jsonb, now(), :nip,
                               now(), 'ppk'
                        from employee e where e.nip = :nip
                        returning id""")
                .param("monday", MONDAY).param("nip", nip).query(Long.class).single();
        for (int i = 0; i < kinds.length; i++) {
            jdbc.sql("insert into plan_day (plan_id, day, kind) values (:plan, :day, :kind)")
                    .param("plan", id).param("day", MONDAY.plusDays(i)).param("kind", kinds[i]).update();
        }
    }
}
