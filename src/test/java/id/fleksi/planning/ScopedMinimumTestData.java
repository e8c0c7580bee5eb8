package id.fleksi.planning;

import id.fleksi.planning.PlanTestUnits.TestUnit;
import id.fleksi.policy.PolicyBodies;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.threeten.extra.YearWeek;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A week of its own with a minimum office presence scoped to a unit tree (LAYANAN_MINIMUM, Pasal 27): a trial
 * version of that week only (50% for the institution, 80% for a parent unit and its sub-units; the week after, the
 * version before applies again), a parent unit with a head, a unit of 4 below it and a unit of 4 outside, each with
 * a head. In both units the second employee is approved at home on Tuesday: 3 of 4 in the office (75%), below the
 * scoped 80%, not below the institution's 50%.
 */
public final class ScopedMinimumTestData {

    /** The kinds of a plan's days Monday to Friday: Tuesday at home. */
    public static final List<String> HOME_ON_TUESDAY = List.of("KANTOR", "RUMAH", "KANTOR", "KANTOR", "KANTOR");
    public static final int SCOPED_PERCENT = 80;

    private ScopedMinimumTestData() {
    }

    /** The week, its units and the scope's parent. */
    public record Tree(LocalDate monday, String week, TestUnit parent, TestUnit inner, TestUnit outer) {
    }

    /** Makes the units, the approved plans and the trial version of the week starting on {@code monday}. */
    public static Tree create(JdbcClient jdbc, MockMvc mvc, JsonMapper json, LocalDate monday) throws Exception {
        TestUnit parent = PlanTestUnits.create(jdbc, "MINPUSAT", 0, true);
        TestUnit inner = PlanTestUnits.create(jdbc, "MINDALAM", 4, true);
        TestUnit outer = PlanTestUnits.create(jdbc, "MINLUAR", 4, true);
        jdbc.sql("update unit set parent_id = (select id from unit where code = :parent) where code = :code")
                .param("parent", parent.code()).param("code", inner.code()).update();
        for (TestUnit unit : List.of(inner, outer)) {
            plan(jdbc, unit.staff().get(1), monday, "APPROVED");
        }
        Map<String, Object> body = PolicyBodies.allowed(monday.toString(), "Uji minimum unit " + monday);
        body.put("trialEndsOn", monday.plusDays(6).toString());
        body.put("scopes", List.of(PolicyBodies.presenceScope("UNIT_TREE", parent.code(), SCOPED_PERCENT)));
        mvc.perform(put("/api/policy").with(httpBasic("ppk", "demo12345")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(status().isCreated());
        return new Tree(monday, YearWeek.from(monday).toString(), parent, inner, outer);
    }

    /** A plan of the employee's week with Tuesday at home, stored as it stands after submission or approval. */
    public static long plan(JdbcClient jdbc, String nip, LocalDate monday, String status) {
        boolean approved = status.equals("APPROVED");
        long id = jdbc.sql("""
                        insert into weekly_plan (employee_id, unit_id, iso_week, week_start, flex_type, status, verdict,
                                                 warnings, submitted_at, submitted_by, decided_at, decided_by)
                        select e.id, e.unit_id, :week, :monday, 'NONE', :status,
                               cast('{"valid":true,"requiredMinutes":2250,"plannedMinutes":2250,"lokasiDays":1,"violations":[],"exceptionsApplied":[]}' as jsonb),
                               0, now(), :nip, case when :approved then now() end, case when :approved then 'ppk' end
                        from employee e where e.nip = :nip
                        returning id""")
                .param("week", YearWeek.from(monday).toString()).param("monday", monday).param("status", status)
                .param("nip", nip).param("approved", approved).query(Long.class).single();
        for (int i = 0; i < HOME_ON_TUESDAY.size(); i++) {
            jdbc.sql("insert into plan_day (plan_id, day, kind) values (:plan, :day, :kind)")
                    .param("plan", id).param("day", monday.plusDays(i)).param("kind", HOME_ON_TUESDAY.get(i))
                    .update();
        }
        return id;
    }
}
