package id.fleksi.planning;

import id.fleksi.IntegrationTest;
import id.fleksi.planning.PlanTestUnits.TestUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The weekly loop through the API: submit, read back, approve or reject, in a unit made for each test; the week
 * 2027-W10 (8-12 March 2027) under the demo determination (40% away at most, 50% in the office at least).
 */
class WeeklyPlanApiTest extends IntegrationTest {

    static final String WEEK = "2027-W10";
    static final LocalDate MONDAY = LocalDate.of(2027, 3, 8);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    @Test
    void theCodeOfConductComesBeforeTheFirstPlan() throws Exception {
        TestUnit unit = PlanTestUnits.create(jdbc, "COC", 3, false);
        String nip = unit.staff().get(0);

        submit(nip, week(nip, "KANTOR", "RUMAH", "KANTOR", "KANTOR", "KANTOR"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("kode perilaku")));
        acknowledge(nip);
        submit(nip, week(nip, "KANTOR", "RUMAH", "KANTOR", "KANTOR", "KANTOR"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.verdict.valid").value(true))
                .andExpect(jsonPath("$.verdict.lokasiDays").value(1));
    }

    @Test
    void aPlanWithAnErrorIsNotStoredAndAnswers422WithItsVerdict() throws Exception {
        TestUnit unit = PlanTestUnits.create(jdbc, "ERR", 3, false);
        String nip = ready(unit.staff().get(0));

        submit(nip, week(nip, "RUMAH", "RUMAH", "RUMAH", "KANTOR", "KANTOR"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.violations[?(@.rule == 'LOKASI_MAKS_HARI')].article").value("Pasal 13 ayat (1)"));
        assertThat(jdbc.sql("select count(*) from weekly_plan p join employee e on e.id = p.employee_id where e.nip = :nip")
                .param("nip", nip).query(Long.class).single()).isZero();
    }

    @Test
    void theEmployeeReplacesAnUndecidedPlanAndTheHeadApprovesIt() throws Exception {
        TestUnit unit = PlanTestUnits.create(jdbc, "LOOP", 4, true);
        String nip = ready(unit.staff().get(0));

        long first = id(submit(nip, week(nip, "KANTOR", "RUMAH", "KANTOR", "KANTOR", "KANTOR"))
                .andExpect(status().isCreated()));
        long second = id(submit(nip, week(nip, "KANTOR", "KANTOR", "KANTOR", "RUMAH", "KANTOR"))
                .andExpect(status().isCreated()));
        assertThat(second).isEqualTo(first);

        mvc.perform(get("/api/plans/" + first).with(httpBasic(nip, "demo12345")).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.days[3].kind").value("RUMAH"))
                .andExpect(jsonPath("$.verdict.valid").value(true));

        // a decision on the version read before the replacement is refused: the plan changed meanwhile
        decide(unit.head(), first, "approve", "{\"version\":0}").andExpect(status().isConflict());
        decide(unit.head(), first, "approve", "{\"version\":1,\"note\":\"Silakan\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.decidedBy").value(unit.head()));
        decide(unit.head(), first, "reject", "{\"reason\":\"Terlambat\"}").andExpect(status().isConflict());

        submit(nip, week(nip, "KANTOR", "KANTOR", "KANTOR", "KANTOR", "KANTOR"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("sudah disetujui")));
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where subject_type = 'WEEKLY_PLAN' and subject_key = :key
                        and action in ('PLAN_SUBMITTED', 'PLAN_APPROVED')""")
                .param("key", nip + "/" + WEEK).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aRejectionNeedsAReasonAndTheEmployeeMaySubmitAgain() throws Exception {
        TestUnit unit = PlanTestUnits.create(jdbc, "REJ", 3, true);
        String nip = ready(unit.staff().get(0));
        long id = id(submit(nip, week(nip, "RUMAH", "KANTOR", "KANTOR", "KANTOR", "KANTOR")));

        decide(unit.head(), id, "reject", "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        decide(unit.head(), id, "reject", "{\"reason\":\"Senin ada rapat koordinasi\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REJECTED"));
        mvc.perform(get("/api/plans/" + id).with(httpBasic(nip, "demo12345")))
                .andExpect(jsonPath("$.decisionNote").value("Senin ada rapat koordinasi"));
        submit(nip, week(nip, "KANTOR", "RUMAH", "KANTOR", "KANTOR", "KANTOR"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.id").value(id));
    }

    @Test
    void plansAreReadAndDecidedOnlyWithinScope() throws Exception {
        TestUnit unit = PlanTestUnits.create(jdbc, "SCP", 3, true);
        TestUnit other = PlanTestUnits.create(jdbc, "OTH", 2, true);
        String nip = ready(unit.staff().get(0));
        long id = id(submit(nip, week(nip, "KANTOR", "KANTOR", "KANTOR", "KANTOR", "KANTOR")));

        // another employee, by path (a plan outside one's scope is not found, as an unknown one), by filter, by body
        mvc.perform(get("/api/plans/" + id).with(httpBasic(unit.staff().get(1), "demo12345")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/plans").param("unitCode", unit.code()).with(httpBasic(unit.staff().get(1), "demo12345")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/plans").param("week", WEEK).with(httpBasic(unit.staff().get(1), "demo12345")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        String another = ready(unit.staff().get(1));
        submit(another, week(nip, "KANTOR", "KANTOR", "KANTOR", "KANTOR", "KANTOR")).andExpect(status().isForbidden());
        // the head of another unit, and the employee themself, may not decide
        decide(other.head(), id, "approve", "{}").andExpect(status().isNotFound());
        mvc.perform(get("/api/plans/" + id).with(httpBasic(other.head(), "demo12345"))).andExpect(status().isNotFound());
        // the head of the unit lists and reads it; HR and the PPK read it
        mvc.perform(get("/api/plans").param("week", WEEK).param("status", "submitted")
                        .with(httpBasic(unit.head(), "demo12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].nip", hasItem(nip)))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/plans/" + id).with(httpBasic("kepegawaian", "demo12345"))).andExpect(status().isOk());
        mvc.perform(get("/api/plans/" + id).with(httpBasic("ppk", "demo12345"))).andExpect(status().isOk());
        mvc.perform(get("/api/plans/999999999").with(httpBasic("ppk", "demo12345"))).andExpect(status().isNotFound());
    }

    @Test
    void theCoverageShowsWhoIsWhereEachDay() throws Exception {
        TestUnit unit = PlanTestUnits.create(jdbc, "COV", 4, true);
        String home = ready(unit.staff().get(0));
        String leave = ready(unit.staff().get(1));
        decide(unit.head(), id(submit(home, week(home, "KANTOR", "RUMAH", "KANTOR", "KANTOR", "KANTOR"))),
                "approve", "{}").andExpect(status().isOk());
        decide(unit.head(), id(submit(leave, week(leave, "KANTOR", "CUTI", "KANTOR", "KANTOR", "KANTOR"))),
                "approve", "{}").andExpect(status().isOk());

        mvc.perform(get("/api/units/" + unit.code() + "/coverage").param("week", WEEK)
                        .with(httpBasic(unit.head(), "demo12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.staff").value(4))
                .andExpect(jsonPath("$.days[1].date").value("2027-03-09"))
                // the two without an approved plan are not counted in the office
                .andExpect(jsonPath("$.days[1].inOffice").value(0))
                .andExpect(jsonPath("$.days[1].unknown").value(2))
                .andExpect(jsonPath("$.days[1].away").value(1))
                .andExpect(jsonPath("$.days[1].onLeave").value(1))
                .andExpect(jsonPath("$.days[1].awayPercent").value(25))
                .andExpect(jsonPath("$.days[1].belowMinimum").value(false))
                .andExpect(jsonPath("$.days[1].awayEmployees[0].nip").value(home))
                .andExpect(jsonPath("$.days[0].inOffice").value(2))
                .andExpect(jsonPath("$.standing.approved").value(2))
                .andExpect(jsonPath("$.standing.notSubmitted").value(2))
                .andExpect(jsonPath("$.days[5].workingDay").value(false));
        mvc.perform(get("/api/units/" + unit.code() + "/coverage").param("week", WEEK)
                .with(httpBasic("kepala", "demo12345"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/units/NOPE-UNIT/coverage").param("week", WEEK)
                .with(httpBasic("ppk", "demo12345"))).andExpect(status().isNotFound());
    }

    @Test
    void theUnitsCapsAreCheckedAgainAtApproval() throws Exception {
        TestUnit unit = PlanTestUnits.create(jdbc, "CAP", 5, true);
        // 5 staff, 40% away at most: 2 employees away on Tuesday
        for (int i = 0; i < 2; i++) {
            String nip = ready(unit.staff().get(i));
            decide(unit.head(), id(submit(nip, week(nip, "KANTOR", "RUMAH", "KANTOR", "KANTOR", "KANTOR"))),
                    "approve", "{}").andExpect(status().isOk());
        }
        String third = ready(unit.staff().get(2));
        long id = id(submit(third, week(third, "KANTOR", "RUMAH", "KANTOR", "KANTOR", "KANTOR"))
                .andExpect(jsonPath("$.verdict.valid").value(true))
                .andExpect(jsonPath("$.verdict.violations[?(@.rule == 'KUOTA_LOKASI')].severity").value("WARNING")));
        decide(unit.head(), id, "approve", "{}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations[?(@.rule == 'KUOTA_LOKASI')].article").value("Pasal 14"))
                .andExpect(jsonPath("$.violations[?(@.rule == 'KUOTA_LOKASI')].date").value("2027-03-09"));
        mvc.perform(get("/api/plans/" + id).with(httpBasic(third, "demo12345")))
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
    }

    @Test
    void aUnitHeadsPlanIsDecidedFromAboveNotByTheirActingHead() throws Exception {
        // the first of the unit heads it and works in it; the second acts for them (Plh) today
        TestUnit unit = PlanTestUnits.create(jdbc, "PLH", 4, false);
        String head = ready(unit.staff().get(0));
        String acting = unit.staff().get(1);
        jdbc.sql("""
                        insert into unit_head (unit_id, employee_id, started_on)
                        values ((select id from unit where code = :unit), (select id from employee where nip = :nip),
                                date '2024-01-02')""")
                .param("unit", unit.code()).param("nip", head).update();
        jdbc.sql("""
                        insert into acting_head (unit_id, employee_id, kind, starts_on, ends_on, letter, created_by)
                        values ((select id from unit where code = :unit), (select id from employee where nip = :nip),
                                'PLH', current_date - 1, current_date + 30, 'Sprint 1/2026', 'uji')""")
                .param("unit", unit.code()).param("nip", acting).update();
        String colleague = ready(unit.staff().get(2));
        long headsPlan = id(submit(head, week(head, "KANTOR", "RUMAH", "KANTOR", "KANTOR", "KANTOR")));
        long colleaguesPlan = id(submit(colleague, week(colleague, "KANTOR", "KANTOR", "RUMAH", "KANTOR", "KANTOR")));

        // the acting head decides the colleague's plan, not the plan of the head who named them
        String inbox = mvc.perform(get("/persetujuan").param("minggu", WEEK)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user(users.loadUserByUsername(acting))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(inbox).contains("data-plan=\"" + colleaguesPlan + "\"")
                .doesNotContain("data-plan=\"" + headsPlan + "\"");
        mvc.perform(get("/api/plans/" + headsPlan).with(httpBasic(acting, "demo12345"))).andExpect(status().isOk());
        decide(acting, headsPlan, "approve", "{}").andExpect(status().isForbidden());
        decide(acting, colleaguesPlan, "approve", "{}").andExpect(status().isOk());
        // the head of SETDA, the unit above, does
        decide("198003132015011001", headsPlan, "approve", "{}").andExpect(status().isOk());
    }

    @Test
    void aSubmissionSaysWhyItIsRefused() throws Exception {
        TestUnit unit = PlanTestUnits.create(jdbc, "WHY", 2, true);
        String nip = ready(unit.staff().get(0));
        String office = "KANTOR";

        // a NIP nobody has
        submit(nip, week("199912312099121999", office, office, office, office, office))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Tidak ada pegawai dengan NIP tersebut."));
        // the head reads the employee's record, but a plan is submitted by its employee
        submit(ready(unit.head()), week(nip, office, office, office, office, office))
                .andExpect(status().isForbidden());
        // a colleague may not even read it
        submit(ready(unit.staff().get(1)), week(nip, office, office, office, office, office))
                .andExpect(status().isForbidden());
        // an employee no longer active
        jdbc.sql("update employee set active = false where nip = :nip").param("nip", nip).update();
        submit(nip, week(nip, office, office, office, office, office))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("tidak aktif lagi")));
        assertThat(jdbc.sql("select count(*) from weekly_plan p join employee e on e.id = p.employee_id where e.nip = :nip")
                .param("nip", nip).query(Long.class).single()).isZero();
    }

    @Test
    void aWeekBeforeTheRegulationIsRefusedNamingTheWeek() throws Exception {
        mvc.perform(post("/api/plans/validate").with(httpBasic("pegawai", "demo12345"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"nip":"198808122010042002","week":"2025-W01","flexType":"NONE",
                                 "days":[{"date":"2024-12-30","kind":"KANTOR"}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("week"));
    }

    ResultActions submit(String account, String body) throws Exception {
        return mvc.perform(post("/api/plans").with(httpBasic(account, "demo12345")).header("Accept-Language", "id")
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    ResultActions decide(String account, long id, String decision, String body) throws Exception {
        return mvc.perform(post("/api/plans/" + id + "/" + decision).with(httpBasic(account, "demo12345"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    /** The employee, after acknowledging the code of conduct. */
    String ready(String nip) throws Exception {
        acknowledge(nip);
        return nip;
    }

    void acknowledge(String nip) throws Exception {
        mvc.perform(post("/api/me/code-of-conduct").with(httpBasic(nip, "demo12345"))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isNoContent());
    }

    long id(ResultActions result) throws Exception {
        JsonNode body = json.readTree(result.andReturn().getResponse().getContentAsString());
        return body.get("id").asLong();
    }

    /** Monday to Friday of 2027-W10, one kind a day, standard hours. */
    static String week(String nip, String... kinds) {
        StringBuilder days = new StringBuilder();
        for (int i = 0; i < kinds.length; i++) {
            days.append(i == 0 ? "" : ",").append("{\"date\":\"").append(MONDAY.plusDays(i))
                    .append("\",\"kind\":\"").append(kinds[i]).append("\"}");
        }
        return "{\"nip\":\"" + nip + "\",\"week\":\"" + WEEK + "\",\"flexType\":\"NONE\",\"days\":[" + days + "]}";
    }
}
