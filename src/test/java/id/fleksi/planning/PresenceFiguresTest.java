package id.fleksi.planning;

import id.fleksi.IntegrationTest;
import id.fleksi.planning.PlanTestUnits.TestUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The stored presence figures follow the approvals, whichever way a plan becomes approved, and say what counting
 * the approved plan days would say: per unit and working day, those away (location flexibility) and those absent
 * (leave, duty travel); submitted and rejected plans and weekends are not counted.
 */
class PresenceFiguresTest extends IntegrationTest {

    static final LocalDate MONDAY = LocalDate.of(2027, 11, 8);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PresenceFigures figures;

    @Test
    void theStoredFiguresCountApprovedDaysAsThePlanDaysWould() throws Exception {
        TestUnit unit = PlanTestUnits.create(jdbc, "HADIR", 4, true);
        List<String> staff = unit.staff();
        for (String nip : staff.subList(0, 3)) {
            mvc.perform(post("/api/me/code-of-conduct").with(httpBasic(nip, "demo12345"))
                    .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isNoContent());
        }
        long home = submit(staff.get(0), "RUMAH", "KANTOR", "KANTOR", "RUMAH", "KANTOR");
        long leave = submit(staff.get(1), "CUTI", "CUTI", "KANTOR", "KANTOR", "LOKASI_LAIN");
        long refused = submit(staff.get(2), "KANTOR", "RUMAH", "KANTOR", "KANTOR", "KANTOR");
        decide(unit.head(), home, "approve", "{}");
        decide(unit.head(), leave, "approve", "{}");
        decide(unit.head(), refused, "reject", "{\"reason\":\"Layanan tatap muka hari Selasa\"}");
        // a plan written as approved with its days at once (as the demo's are) counts too, its Saturday not
        long written = jdbc.sql("""
                        insert into weekly_plan (employee_id, unit_id, iso_week, week_start, flex_type, status, verdict,
                                                 submitted_at, submitted_by, decided_at, decided_by)
                        select e.id, e.unit_id, '2027-W45', :monday, 'NONE', 'APPROVED', '{}'::jsonb, now(), e.nip,
                               now(), 'uji' from employee e where e.nip = :nip returning id""")
                .param("monday", MONDAY).param("nip", staff.get(3)).query(Long.class).single();
        jdbc.sql("""
                        insert into plan_day (plan_id, day, kind)
                        select :plan, :monday + d, case when d in (2, 5) then 'RUMAH' else 'KANTOR' end
                        from generate_series(0, 5) d""")
                .param("plan", written).param("monday", MONDAY).update();

        long unitId = jdbc.sql("select id from unit where code = :code").param("code", unit.code())
                .query(Long.class).single();
        PresenceFigures.UnitWeek week = figures.ranked(Set.of(unitId), MONDAY, null, Set.of(), 0, 1, 0).units().get(0);
        assertThat(week.staff()).isEqualTo(4);
        assertThat(week.away()).containsExactly(1, 0, 1, 1, 1);
        assertThat(week.absent()).containsExactly(1, 1, 0, 0, 0);
        for (int day = 0; day < 5; day++) {
            assertThat(new int[]{week.away()[day], week.absent()[day]}).as("day " + day)
                    .containsExactly(countedFromThePlanDays(unitId, MONDAY.plusDays(day)));
        }
        assertThat(figures.trend(Set.of(unitId), MONDAY, 2).get(1).awayDays()).isEqualTo(4);
    }

    @Test
    void theInstitutionsTotalsPerDayAndEachUnitsWeeksAreItsDaysWhateverChangesThem() {
        TestUnit unit = PlanTestUnits.create(jdbc, "TOTAL", 3, false);
        long unitId = jdbc.sql("select id from unit where code = :code").param("code", unit.code())
                .query(Long.class).single();
        LocalDate day = MONDAY.plusWeeks(3);
        jdbc.sql("insert into presence_day (unit_id, day, away, absent) values (:unit, :day, 2, 1), (:unit, :next, 1, 0)")
                .param("unit", unitId).param("day", day).param("next", day.plusDays(1)).update();
        jdbc.sql("update presence_day set away = 3, absent = 0 where unit_id = :unit and day = :day")
                .param("unit", unitId).param("day", day).update();
        jdbc.sql("delete from presence_day where unit_id = :unit and day = :next")
                .param("unit", unitId).param("next", day.plusDays(1)).update();

        String differences = """
                select count(*) from (
                    (select day, slot, away, absent from presence_total where away <> 0 or absent <> 0
                     except
                     select day, unit_id % 16, sum(away), sum(absent) from presence_day group by day, unit_id % 16
                     having sum(away) <> 0 or sum(absent) <> 0)
                    union all
                    (select day, unit_id % 16, sum(away), sum(absent) from presence_day group by day, unit_id % 16
                     having sum(away) <> 0 or sum(absent) <> 0
                     except
                     select day, slot, away, absent from presence_total where away <> 0 or absent <> 0)) d""";
        assertThat(jdbc.sql(differences).query(Long.class).single()).isZero();
        String weekDifferences = """
                select count(*) from (
                    (select unit_id, monday + i - 1, away[i], absent[i] from presence_week, generate_series(1, 5) i
                     where away[i] <> 0 or absent[i] <> 0
                     except
                     select unit_id, day, away, absent from presence_day where away <> 0 or absent <> 0)
                    union all
                    (select unit_id, day, away, absent from presence_day where away <> 0 or absent <> 0
                     except
                     select unit_id, monday + i - 1, away[i], absent[i] from presence_week, generate_series(1, 5) i
                     where away[i] <> 0 or absent[i] <> 0)) d""";
        assertThat(jdbc.sql(weekDifferences).query(Long.class).single()).as("each unit's weeks").isZero();
        long institution = jdbc.sql("select coalesce(sum(away), 0) from presence_day where day between :monday and :friday")
                .param("monday", day.minusDays(day.getDayOfWeek().getValue() - 1L))
                .param("friday", day.minusDays(day.getDayOfWeek().getValue() - 5L)).query(Long.class).single();
        assertThat(institution).isGreaterThanOrEqualTo(3);
        assertThat(figures.trend(null, day.minusDays(day.getDayOfWeek().getValue() - 1L), 1).get(0).awayDays())
                .isEqualTo(institution);
    }

    /** The figures as counting the approved plan days gives them. */
    private int[] countedFromThePlanDays(long unitId, LocalDate day) {
        return countedFromThePlanDays(jdbc, unitId, day);
    }

    /** The unit's employees away and absent on the day, as counting the approved plan days gives them. */
    static int[] countedFromThePlanDays(JdbcClient jdbc, long unitId, LocalDate day) {
        return jdbc.sql("""
                        select count(*) filter (where d.kind in ('KANTOR_LAIN', 'RUMAH', 'LOKASI_LAIN')),
                               count(*) filter (where d.kind in ('CUTI', 'DINAS_LUAR'))
                        from weekly_plan p join plan_day d on d.plan_id = p.id
                        where p.status = 'APPROVED' and p.unit_id = :unit and d.day = :day""")
                .param("unit", unitId).param("day", day)
                .query((rs, n) -> new int[]{rs.getInt(1), rs.getInt(2)}).single();
    }

    private long submit(String nip, String... kinds) throws Exception {
        StringBuilder days = new StringBuilder();
        for (int i = 0; i < kinds.length; i++) {
            days.append(i == 0 ? "" : ",").append("{\"date\":\"").append(MONDAY.plusDays(i)).append("\",\"kind\":\"")
                    .append(kinds[i]).append("\"}");
        }
        String answer = mvc.perform(post("/api/plans").with(httpBasic(nip, "demo12345"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nip\":\"" + nip + "\",\"week\":\"2027-W45\",\"flexType\":\"NONE\",\"days\":[" + days + "]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return Long.parseLong(answer.replaceFirst("(?s).*?\"id\"\\s*:\\s*(\\d+).*", "$1"));
    }

    private void decide(String head, long id, String decision, String body) throws Exception {
        mvc.perform(post("/api/plans/" + id + "/" + decision).with(httpBasic(head, "demo12345"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk());
    }
}
