package id.fleksi.planning;

import id.fleksi.IntegrationTest;
import id.fleksi.planning.PlanTestUnits.TestUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A head recalls an employee to the office on a day of an approved plan (PANGGILAN_KANTOR, Pasal 8 ayat (2); 27):
 * the day becomes an office day in place, what it was is kept, the employee is told, the figures kept from approved
 * plans follow, and only location-flexible days of today or later of plans in the head's units are recalled.
 */
class PlanRecallTest extends IntegrationTest {

    /** Monday of 2027-W47, a week ahead of the clock and without holidays. */
    static final LocalDate MONDAY = LocalDate.of(2027, 11, 22);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    @Test
    void aRecalledDayBecomesAnOfficeDayWithItsHistoryTheNoticeAndTheFiguresFollowing() throws Exception {
        TestUnit unit = PlanTestUnits.create(jdbc, "PANGGIL", 6, true);
        String employee = ready(unit.staff().get(0));
        long plan = approved(unit, employee, "KANTOR", "RUMAH", "CUTI", "RUMAH", "KANTOR");
        long unitId = unitId(unit);
        assertThat(stored(unitId, MONDAY.plusDays(1))).containsExactly(counted(unitId, MONDAY.plusDays(1)));

        mvc.perform(post("/api/plans/" + plan + "/recall").with(httpBasic(unit.head(), "demo12345"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"" + MONDAY.plusDays(1) + "\",\"reason\":\"Kunjungan tim audit BPK\","
                                + "\"version\":" + version(plan) + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.days[1].kind").value("KANTOR"))
                .andExpect(jsonPath("$.days[3].kind").value("RUMAH"))
                .andExpect(jsonPath("$.amendments[0].kind").value("RECALL"))
                .andExpect(jsonPath("$.amendments[0].before").value("RUMAH"))
                .andExpect(jsonPath("$.amendments[0].after").value("KANTOR"))
                .andExpect(jsonPath("$.amendments[0].reason").value("Kunjungan tim audit BPK"));

        // the unit's stored figures say what counting the plan days says, on the day and in the plan's week
        assertThat(stored(unitId, MONDAY.plusDays(1))).containsExactly(counted(unitId, MONDAY.plusDays(1)))
                .containsExactly(0, 0);
        assertThat(jdbc.sql("select rumah, cuti from plan_away_week where plan_id = :plan").param("plan", plan)
                .query((rs, n) -> new int[]{rs.getInt(1), rs.getInt(2)}).single()).containsExactly(1, 1);
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where action = 'PLAN_RECALLED' and subject_key like :key""")
                .param("key", employee + "/%").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                        select count(*) from notification n join account a on a.id = n.account_id
                        where a.username = :nip and n.kind = 'PLAN_RECALLED' and n.args ->> 2 = 'Kunjungan tim audit BPK'""")
                .param("nip", employee).query(Long.class).single()).isEqualTo(1);

        // the employee reads it on their plan, the head on the plan's page
        mvc.perform(get("/saya/rencana/" + plan).with(as(employee)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"plan-recalls\"")))
                .andExpect(content().string(containsString("Kunjungan tim audit BPK")));
        mvc.perform(get("/persetujuan/" + plan).with(as(unit.head())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"plan-amendments\"")))
                .andExpect(content().string(containsString("data-testid=\"recall-form\"")));
    }

    @Test
    void leaveTheDayItselfAnotherUnitsHeadTheEmployeeAndAStaleVersionAreRefused() throws Exception {
        TestUnit unit = PlanTestUnits.create(jdbc, "PANGGIL", 6, true);
        TestUnit other = PlanTestUnits.create(jdbc, "PANGGIL", 6, true);
        String employee = ready(unit.staff().get(0));
        long plan = approved(unit, employee, "KANTOR", "RUMAH", "CUTI", "RUMAH", "KANTOR");
        long version = version(plan);

        mvc.perform(recall(plan, unit.head(), MONDAY.plusDays(2), version))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations[0].rule").value("PANGGILAN_KANTOR"))
                .andExpect(jsonPath("$.violations[0].article").value("Pasal 8 ayat (2); 27"));
        mvc.perform(recall(plan, unit.head(), MONDAY.plusDays(7), version))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(recall(plan, other.head(), MONDAY.plusDays(1), version)).andExpect(status().isNotFound());
        mvc.perform(recall(plan, employee, MONDAY.plusDays(1), version)).andExpect(status().isForbidden());
        mvc.perform(recall(plan, unit.head(), MONDAY.plusDays(1), version - 1)).andExpect(status().isConflict());
        mvc.perform(post("/api/plans/" + plan + "/recall").with(httpBasic(unit.head(), "demo12345"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"" + MONDAY.plusDays(1) + "\",\"reason\":\" \"}"))
                .andExpect(status().isBadRequest());

        assertThat(version(plan)).isEqualTo(version);
        assertThat(jdbc.sql("select count(*) from plan_amendment where plan_id = :plan").param("plan", plan)
                .query(Long.class).single()).isZero();

        // a submitted plan is not recalled: it is decided
        String second = ready(unit.staff().get(1));
        long submitted = submit(second, "KANTOR", "RUMAH", "KANTOR", "KANTOR", "KANTOR");
        mvc.perform(recall(submitted, unit.head(), MONDAY.plusDays(1), null)).andExpect(status().isConflict());
    }

    @Test
    void theHeadConfirmsOnThePageAndNothingTypedIsLostWhenAFieldIsMissing() throws Exception {
        TestUnit unit = PlanTestUnits.create(jdbc, "PANGGIL", 6, true);
        String employee = ready(unit.staff().get(0));
        long plan = approved(unit, employee, "KANTOR", "KANTOR", "LOKASI_LAIN", "KANTOR", "KANTOR");

        mvc.perform(post("/persetujuan/" + plan + "/panggil").with(as(unit.head())).with(csrf())
                        .param("day", MONDAY.plusDays(2).toString()).param("reason", "Rapat koordinasi pelayanan"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rapat koordinasi pelayanan")))
                .andExpect(content().string(containsString("recall-confirmed-error")));
        assertThat(kindOn(plan, MONDAY.plusDays(2))).isEqualTo("LOKASI_LAIN");

        mvc.perform(post("/persetujuan/" + plan + "/panggil").with(as(unit.head())).with(csrf())
                        .param("day", MONDAY.plusDays(2).toString()).param("reason", "Rapat koordinasi pelayanan")
                        .param("confirmed", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/persetujuan/" + plan));
        assertThat(kindOn(plan, MONDAY.plusDays(2))).isEqualTo("KANTOR");
        // nothing left to recall: the form is gone
        mvc.perform(get("/persetujuan/" + plan).with(as(unit.head())))
                .andExpect(content().string(not(containsString("data-testid=\"recall-form\""))));
    }

    @Test
    void aWithdrawnApprovalTakesItsDaysOutOfTheStoredFigures() throws Exception {
        TestUnit unit = PlanTestUnits.create(jdbc, "PANGGIL", 6, true);
        String employee = ready(unit.staff().get(0));
        long plan = approved(unit, employee, "RUMAH", "KANTOR", "CUTI", "KANTOR", "KANTOR_LAIN");
        long unitId = unitId(unit);

        jdbc.sql("update weekly_plan set status = 'REJECTED', decision_note = 'Dicabut' where id = :plan")
                .param("plan", plan).update();

        for (int day = 0; day < 5; day++) {
            assertThat(stored(unitId, MONDAY.plusDays(day))).as("day " + day)
                    .containsExactly(counted(unitId, MONDAY.plusDays(day))).containsExactly(0, 0);
        }
        assertThat(jdbc.sql("select count(*) from plan_away_week where plan_id = :plan").param("plan", plan)
                .query(Long.class).single()).isZero();
    }

    private org.springframework.test.web.servlet.RequestBuilder recall(long plan, String who, LocalDate day,
                                                                        Long version) {
        return post("/api/plans/" + plan + "/recall").with(httpBasic(who, "demo12345"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"date\":\"" + day + "\",\"reason\":\"Layanan tatap muka\""
                        + (version == null ? "" : ",\"version\":" + version) + "}");
    }

    private long approved(TestUnit unit, String nip, String... kinds) throws Exception {
        long id = submit(nip, kinds);
        mvc.perform(post("/api/plans/" + id + "/approve").with(httpBasic(unit.head(), "demo12345"))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isOk());
        return id;
    }

    private long submit(String nip, String... kinds) throws Exception {
        StringBuilder days = new StringBuilder();
        for (int i = 0; i < kinds.length; i++) {
            days.append(i == 0 ? "" : ",").append("{\"date\":\"").append(MONDAY.plusDays(i)).append("\",\"kind\":\"")
                    .append(kinds[i]).append("\"")
                    .append(kinds[i].equals("KANTOR_LAIN") ? ",\"officeUnitCode\":\"SETDA\"" : "").append("}");
        }
        String answer = mvc.perform(post("/api/plans").with(httpBasic(nip, "demo12345"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nip\":\"" + nip + "\",\"week\":\"2027-W47\",\"flexType\":\"NONE\",\"days\":[" + days + "]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return Long.parseLong(answer.replaceFirst("(?s).*?\"id\"\\s*:\\s*(\\d+).*", "$1"));
    }

    private String ready(String nip) throws Exception {
        mvc.perform(post("/api/me/code-of-conduct").with(httpBasic(nip, "demo12345"))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isNoContent());
        return nip;
    }

    private long version(long plan) {
        return jdbc.sql("select version from weekly_plan where id = :id").param("id", plan).query(Long.class).single();
    }

    private String kindOn(long plan, LocalDate day) {
        return jdbc.sql("select kind from plan_day where plan_id = :plan and day = :day").param("plan", plan)
                .param("day", day).query(String.class).single();
    }

    private long unitId(TestUnit unit) {
        return jdbc.sql("select id from unit where code = :code").param("code", unit.code()).query(Long.class).single();
    }

    private int[] stored(long unitId, LocalDate day) {
        return jdbc.sql("select away, absent from presence_day where unit_id = :unit and day = :day")
                .param("unit", unitId).param("day", day)
                .query((rs, n) -> new int[]{rs.getInt(1), rs.getInt(2)}).optional().orElse(new int[]{0, 0});
    }

    private int[] counted(long unitId, LocalDate day) {
        return PresenceFiguresTest.countedFromThePlanDays(jdbc, unitId, day);
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
