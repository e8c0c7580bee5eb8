package id.fleksi.planning;

import id.fleksi.IntegrationTest;
import id.fleksi.audit.AuditTrail;
import id.fleksi.organisation.Organisation;
import id.fleksi.planning.PlanTestUnits.TestUnit;
import id.fleksi.rules.PlanDay;
import id.fleksi.rules.Violation;
import id.fleksi.shared.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
 * An employee asks to change their approved plan and the head of the plan's unit decides (Pasal 8 ayat (2)): the
 * approved change moves the plan's days, keeps each changed day in its history and the stored presence figures
 * follow; a rejection leaves the plan; a cap broken between the request and the decision refuses the approval; one
 * request waits at a time, the employee may withdraw it, and nobody outside the plan's reach learns of it.
 */
class PlanAmendmentRequestTest extends IntegrationTest {

    /** Monday of 2027-W47, a week ahead of the clock and without holidays. */
    static final LocalDate MONDAY = PlanRecallTest.MONDAY;
    static final String ALL_OFFICE = "KANTOR,KANTOR,KANTOR,KANTOR,KANTOR";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    @Test
    void anApprovedChangeMovesTheDaysKeepsTheirHistoryAndTheFiguresFollow() throws Exception {
        TestUnit unit = PlanTestUnits.create(jdbc, "UBAH", 6, true);
        String employee = ready(unit.staff().get(0));
        long plan = approved(unit, employee, ALL_OFFICE);
        long unitId = unitId(unit);

        long request = Long.parseLong(ask(employee, plan, "KANTOR,RUMAH,KANTOR,CUTI,KANTOR", "Merawat orang tua")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("REQUESTED"))
                .andExpect(jsonPath("$.verdict.valid").value(true))
                .andReturn().getResponse().getContentAsString().replaceFirst("(?s).*?\"id\"\\s*:\\s*(\\d+).*", "$1"));
        // one at a time
        ask(employee, plan, "KANTOR,KANTOR,RUMAH,KANTOR,KANTOR", "Lagi").andExpect(status().isConflict());
        // the plan stays as approved until the head decides; the head is told
        assertThat(kindOn(plan, MONDAY.plusDays(1))).isEqualTo("KANTOR");
        assertThat(notices(unit.head(), "PLAN_AMENDMENT_REQUESTED")).isEqualTo(1);
        mvc.perform(get("/api/plans/" + plan + "/amendment-requests").with(httpBasic(unit.head(), "demo12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].reason").value("Merawat orang tua"))
                .andExpect(jsonPath("$.items[0].days[1].kind").value("RUMAH"));

        decide(unit.head(), request, "{\"decision\":\"APPROVED\",\"note\":\"Silakan\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.decisionNote").value("Silakan"));
        decide(unit.head(), request, "{\"decision\":\"APPROVED\"}").andExpect(status().isConflict());

        assertThat(kindOn(plan, MONDAY.plusDays(1))).isEqualTo("RUMAH");
        assertThat(kindOn(plan, MONDAY.plusDays(3))).isEqualTo("CUTI");
        mvc.perform(get("/api/plans/" + plan).with(httpBasic(employee, "demo12345")))
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.amendments.length()").value(2))
                .andExpect(jsonPath("$.amendments[0].kind").value("REQUEST"))
                .andExpect(jsonPath("$.amendments[0].before").value("KANTOR"))
                .andExpect(jsonPath("$.amendments[0].after").value("RUMAH"))
                .andExpect(jsonPath("$.amendments[0].reason").value("Merawat orang tua"));
        for (int day = 0; day < 5; day++) {
            assertThat(stored(unitId, MONDAY.plusDays(day))).as("day " + day)
                    .containsExactly(PresenceFiguresTest.countedFromThePlanDays(jdbc, unitId, MONDAY.plusDays(day)));
        }
        assertThat(stored(unitId, MONDAY.plusDays(1))).containsExactly(1, 0);
        assertThat(stored(unitId, MONDAY.plusDays(3))).containsExactly(0, 1);
        assertThat(jdbc.sql("select rumah, cuti from plan_away_week where plan_id = :plan").param("plan", plan)
                .query((rs, n) -> new int[]{rs.getInt(1), rs.getInt(2)}).single()).containsExactly(1, 1);
        assertThat(audits(employee, "PLAN_AMENDMENT_REQUESTED")).isEqualTo(1);
        assertThat(audits(employee, "PLAN_AMENDMENT_APPROVED")).isEqualTo(1);
        assertThat(notices(employee, "PLAN_AMENDMENT_APPROVED")).isEqualTo(1);

        // both read the history on their pages
        mvc.perform(get("/saya/rencana/" + plan).with(as(employee)))
                .andExpect(content().string(containsString("data-kind=\"REQUEST\"")))
                .andExpect(content().string(containsString("data-testid=\"request-amendment\"")));
        mvc.perform(get("/persetujuan/" + plan).with(as(unit.head())))
                .andExpect(content().string(containsString("data-testid=\"plan-amendments\"")))
                .andExpect(content().string(containsString("data-testid=\"change-history\"")));

        // a day taken out of an approved plan leaves the stored figures as the days are
        jdbc.sql("delete from plan_day where plan_id = :plan and day = :day").param("plan", plan)
                .param("day", MONDAY.plusDays(3)).update();
        assertThat(stored(unitId, MONDAY.plusDays(3))).containsExactly(0, 0)
                .containsExactly(PresenceFiguresTest.countedFromThePlanDays(jdbc, unitId, MONDAY.plusDays(3)));
        assertThat(jdbc.sql("select rumah, cuti from plan_away_week where plan_id = :plan").param("plan", plan)
                .query((rs, n) -> new int[]{rs.getInt(1), rs.getInt(2)}).single()).containsExactly(1, 0);
    }

    @Test
    void aRejectedChangeLeavesThePlanAndTheEmployeeReadsTheNote() throws Exception {
        TestUnit unit = PlanTestUnits.create(jdbc, "UBAH", 6, true);
        String employee = ready(unit.staff().get(0));
        long plan = approved(unit, employee, ALL_OFFICE);
        long request = id(ask(employee, plan, "RUMAH,KANTOR,KANTOR,KANTOR,KANTOR", "Menunggu teknisi")
                .andExpect(status().isCreated()));

        decide(unit.head(), request, "{\"decision\":\"REJECTED\"}").andExpect(status().isBadRequest());
        decide(unit.head(), request, "{\"decision\":\"MAYBE\",\"note\":\"x\"}").andExpect(status().isBadRequest());
        decide(unit.head(), request, "{\"decision\":\"REJECTED\",\"note\":\"Senin ada rapat pimpinan\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"));

        assertThat(kindOn(plan, MONDAY)).isEqualTo("KANTOR");
        assertThat(jdbc.sql("select count(*) from plan_amendment where plan_id = :plan").param("plan", plan)
                .query(Long.class).single()).isZero();
        assertThat(notices(employee, "PLAN_AMENDMENT_REJECTED")).isEqualTo(1);
        assertThat(audits(employee, "PLAN_AMENDMENT_REJECTED")).isEqualTo(1);
        mvc.perform(get("/saya/rencana/" + plan).with(as(employee)))
                .andExpect(content().string(containsString("data-testid=\"amendment-note\"")))
                .andExpect(content().string(containsString("Senin ada rapat pimpinan")));
    }

    @Test
    void aChangeFineWhenAskedIsRefusedWhenTheUnitNoLongerAllowsItAtTheDecision() throws Exception {
        // 4 staff; the demo determination keeps 50% in the office
        TestUnit unit = PlanTestUnits.create(jdbc, "UBAH", 4, true);
        String employee = ready(unit.staff().get(0));
        long plan = approved(unit, employee, ALL_OFFICE);
        long request = id(ask(employee, plan, "KANTOR,RUMAH,KANTOR,KANTOR,KANTOR", "Pemasangan internet di rumah")
                .andExpect(status().isCreated()));
        // meanwhile two colleagues' leave on that Tuesday is approved: 2 of 4 in the office, 50%
        approved(unit, ready(unit.staff().get(1)), "KANTOR,CUTI,KANTOR,KANTOR,KANTOR");
        approved(unit, ready(unit.staff().get(2)), "KANTOR,CUTI,KANTOR,KANTOR,KANTOR");

        decide(unit.head(), request, "{\"decision\":\"APPROVED\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations[0].rule").value("LAYANAN_MINIMUM"))
                .andExpect(jsonPath("$.violations[0].article").value("Pasal 27"));
        assertThat(kindOn(plan, MONDAY.plusDays(1))).isEqualTo("KANTOR");
        assertThat(requestStatus(request)).isEqualTo("REQUESTED");

        // the page says so with the rule, and the head can still reject it
        mvc.perform(post("/persetujuan/" + plan + "/perubahan").with(as(unit.head())).with(csrf())
                        .param("request", String.valueOf(request)).param("keputusan", "SETUJUI"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"change-refused\"")))
                .andExpect(content().string(containsString("data-rule=\"LAYANAN_MINIMUM\"")));
        mvc.perform(post("/persetujuan/" + plan + "/perubahan").with(as(unit.head())).with(csrf())
                        .param("request", String.valueOf(request)).param("keputusan", "TOLAK"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("change-note-error")));
        mvc.perform(post("/persetujuan/" + plan + "/perubahan").with(as(unit.head())).with(csrf())
                        .param("request", String.valueOf(request)).param("keputusan", "TOLAK")
                        .param("note", "Layanan minimum hari Selasa"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/persetujuan/" + plan));
        assertThat(requestStatus(request)).isEqualTo("REJECTED");
    }

    @Test
    void theTwoDayCapAndAnUnchangedWeekAreRefusedWhenAsked() throws Exception {
        TestUnit unit = PlanTestUnits.create(jdbc, "UBAH", 6, true);
        String employee = ready(unit.staff().get(0));
        long plan = approved(unit, employee, "KANTOR,RUMAH,KANTOR,KANTOR,KANTOR");

        ask(employee, plan, "RUMAH,RUMAH,RUMAH,KANTOR,KANTOR", "Tiga hari di rumah")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.verdict.valid").value(false))
                .andExpect(jsonPath("$.verdict.violations[?(@.rule == 'LOKASI_MAKS_HARI')].article")
                        .value("Pasal 13 ayat (1)"));
        ask(employee, plan, "KANTOR,RUMAH,KANTOR,KANTOR,KANTOR", "Sama saja").andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from plan_amendment_request where plan_id = :plan").param("plan", plan)
                .query(Long.class).single()).isZero();

        // a plan not approved is not changed this way: it is submitted again
        String second = ready(unit.staff().get(1));
        long submitted = submit(second, ALL_OFFICE);
        ask(second, submitted, "RUMAH,KANTOR,KANTOR,KANTOR,KANTOR", "Belum disetujui").andExpect(status().isConflict());
    }

    @Test
    void nobodyOutsideThePlansReachAsksReadsOrDecidesAndTheEmployeeWithdraws() throws Exception {
        TestUnit unit = PlanTestUnits.create(jdbc, "UBAH", 6, true);
        TestUnit other = PlanTestUnits.create(jdbc, "UBAH", 6, true);
        String employee = ready(unit.staff().get(0));
        String colleague = ready(unit.staff().get(1));
        long plan = approved(unit, employee, ALL_OFFICE);

        // another employee neither asks nor reads; the head does not ask in the employee's place
        ask(colleague, plan, "RUMAH,KANTOR,KANTOR,KANTOR,KANTOR", "Bukan rencana saya").andExpect(status().isNotFound());
        ask(unit.head(), plan, "RUMAH,KANTOR,KANTOR,KANTOR,KANTOR", "Atas nama pegawai")
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/plans/" + plan + "/amendment-requests").with(httpBasic(colleague, "demo12345")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/saya/rencana/" + plan + "/perubahan").with(as(colleague))).andExpect(status().isNotFound());

        long request = id(ask(employee, plan, "RUMAH,KANTOR,KANTOR,KANTOR,KANTOR", "Menunggu kiriman")
                .andExpect(status().isCreated()));
        // another unit's head: as if it did not exist; the employee decides nothing
        decide(other.head(), request, "{\"decision\":\"APPROVED\"}").andExpect(status().isNotFound());
        mvc.perform(get("/api/plans/" + plan + "/amendment-requests").with(httpBasic(other.head(), "demo12345")))
                .andExpect(status().isNotFound());
        decide(employee, request, "{\"decision\":\"APPROVED\"}").andExpect(status().isForbidden());
        // only the employee withdraws
        withdraw(colleague, request).andExpect(status().isNotFound());
        withdraw(unit.head(), request).andExpect(status().isForbidden());
        withdraw(employee, request).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("WITHDRAWN"));
        withdraw(employee, request).andExpect(status().isConflict());
        decide(unit.head(), request, "{\"decision\":\"APPROVED\"}").andExpect(status().isConflict());
        assertThat(kindOn(plan, MONDAY)).isEqualTo("KANTOR");
        assertThat(audits(employee, "PLAN_AMENDMENT_WITHDRAWN")).isEqualTo(1);

        // withdrawn, another may be asked
        ask(employee, plan, "KANTOR,KANTOR,RUMAH,KANTOR,KANTOR", "Jadwal baru").andExpect(status().isCreated());
    }

    @Autowired
    WeeklyPlans plans;
    @Autowired
    PlanStore planStore;
    @Autowired
    AmendmentRequestStore requestStore;
    @Autowired
    StoredVerdicts verdicts;
    @Autowired
    Organisation organisation;
    @Autowired
    AuditTrail audit;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void daysAlreadyPastAreNotChangedAndAWeekOverNotAtAll() throws Exception {
        TestUnit unit = PlanTestUnits.create(jdbc, "UBAH", 6, true);
        String employee = ready(unit.staff().get(0));
        long plan = approved(unit, employee, ALL_OFFICE);
        Actor actor = actor(employee);
        // on the plan's Wednesday, Monday and Tuesday have passed
        PlanAmendmentRequests onWednesday = requests(MONDAY.plusDays(2));
        List<PlanDay> mondayChanged = days("RUMAH,KANTOR,KANTOR,KANTOR,KANTOR");

        PlanAmendmentRequests.Requested refused = transactions.execute(status -> onWednesday.request(actor, plan,
                null, mondayChanged, "Kemarin di rumah"));
        assertThat(refused.stored()).isFalse();
        assertThat(refused.verdict().violations().stream().filter(Violation::blocks).map(v -> v.rule().name()))
                .containsExactly("PERUBAHAN_RENCANA");
        assertThat(refused.verdict().violations().get(0).date()).isEqualTo(MONDAY);

        PlanAmendmentRequests.Requested thursday = transactions.execute(status -> onWednesday.request(actor, plan,
                null, days("KANTOR,KANTOR,KANTOR,RUMAH,KANTOR"), "Kamis di rumah"));
        assertThat(thursday.stored()).isTrue();

        PlanAmendmentRequests afterTheWeek = requests(MONDAY.plusDays(7));
        assertThatThrownBy(() -> transactions.execute(status -> afterTheWeek.request(actor, plan, null,
                days("KANTOR,KANTOR,KANTOR,KANTOR,RUMAH"), "Terlambat")))
                .isInstanceOf(PlanRefused.class).extracting(e -> ((PlanRefused) e).reason())
                .isEqualTo(PlanRefused.Reason.WEEK_OVER);

        // the page shows the past days and does not take them from the form
        mvc.perform(get("/saya/rencana/" + plan).with(as(employee)))
                .andExpect(content().string(containsString("data-testid=\"pending-amendment\"")))
                .andExpect(content().string(not(containsString("data-testid=\"request-amendment\""))));
    }

    @Test
    void theEmployeeAsksOnThePageAndNothingTypedIsLostOnARefusal() throws Exception {
        TestUnit unit = PlanTestUnits.create(jdbc, "UBAH", 6, true);
        String employee = ready(unit.staff().get(0));
        long plan = approved(unit, employee, ALL_OFFICE);

        mvc.perform(get("/saya/rencana/" + plan + "/perubahan").with(as(employee)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"amendment-form\"")));
        // three days at home and no reason: both told, the days as typed
        mvc.perform(post("/saya/rencana/" + plan + "/perubahan").with(as(employee)).with(csrf())
                        .params(form("RUMAH,RUMAH,RUMAH,KANTOR,KANTOR")).param("days[0].note", "Catatan saya"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("reason-error")))
                .andExpect(content().string(containsString("Catatan saya")));
        mvc.perform(post("/saya/rencana/" + plan + "/perubahan").with(as(employee)).with(csrf())
                        .params(form("RUMAH,RUMAH,RUMAH,KANTOR,KANTOR")).param("reason", "Renovasi kantor"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"not-stored\"")))
                .andExpect(content().string(containsString("LOKASI_MAKS_HARI")))
                .andExpect(content().string(containsString("Renovasi kantor")));
        mvc.perform(post("/saya/rencana/" + plan + "/perubahan").with(as(employee)).with(csrf())
                        .params(form("RUMAH,RUMAH,KANTOR,KANTOR,KANTOR")).param("reason", "Renovasi kantor"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/saya/rencana/" + plan));

        // the head sees it in the inbox, marked as a change, and on the plan's page old beside new
        mvc.perform(get("/persetujuan").with(as(unit.head())))
                .andExpect(content().string(containsString("data-testid=\"inbox-changes\"")))
                .andExpect(content().string(containsString("data-plan=\"" + plan + "\"")))
                // the navigation's badge counts it with the plans waiting
                .andExpect(content().string(containsString("0 rencana dan 1 permintaan perubahan menunggu keputusan")));
        mvc.perform(get("/persetujuan/" + plan).with(as(unit.head())))
                .andExpect(content().string(containsString("data-testid=\"pending-change\"")))
                .andExpect(content().string(containsString("data-changed=\"true\"")));

        // the employee withdraws it on the page
        mvc.perform(post("/saya/rencana/" + plan + "/perubahan/tarik").with(as(employee)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select status from plan_amendment_request where plan_id = :plan").param("plan", plan)
                .query(String.class).single()).isEqualTo("WITHDRAWN");
    }

    private PlanAmendmentRequests requests(LocalDate today) {
        Clock clock = Clock.fixed(today.atTime(9, 0).atZone(ZoneId.of("Asia/Jakarta")).toInstant(),
                ZoneId.of("Asia/Jakarta"));
        return new PlanAmendmentRequests(plans, planStore, requestStore, verdicts, organisation, audit, events, clock);
    }

    private Actor actor(String nip) {
        return (Actor) users.loadUserByUsername(nip);
    }

    private static List<PlanDay> days(String kinds) {
        String[] each = kinds.split(",");
        return java.util.stream.IntStream.range(0, each.length)
                .mapToObj(i -> new PlanDay(MONDAY.plusDays(i), PlanDay.DayKind.valueOf(each[i]), null, null, null,
                        null, null))
                .toList();
    }

    private static org.springframework.util.MultiValueMap<String, String> form(String kinds) {
        org.springframework.util.LinkedMultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
        form.add("flexType", "NONE");
        String[] each = kinds.split(",");
        for (int i = 0; i < 7; i++) {
            form.add("days[" + i + "].kind", i < each.length ? each[i] : "");
        }
        return form;
    }

    private ResultActions ask(String who, long plan, String kinds, String reason) throws Exception {
        return mvc.perform(post("/api/plans/" + plan + "/amendment-requests").with(httpBasic(who, "demo12345"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"" + reason + "\",\"days\":[" + jsonDays(kinds) + "]}"));
    }

    private ResultActions decide(String who, long request, String body) throws Exception {
        return mvc.perform(post("/api/plan-amendment-requests/" + request + "/decision")
                .with(httpBasic(who, "demo12345")).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions withdraw(String who, long request) throws Exception {
        return mvc.perform(post("/api/plan-amendment-requests/" + request + "/withdraw")
                .with(httpBasic(who, "demo12345")));
    }

    private static long id(ResultActions answer) throws Exception {
        return Long.parseLong(answer.andReturn().getResponse().getContentAsString()
                .replaceFirst("(?s).*?\"id\"\\s*:\\s*(\\d+).*", "$1"));
    }

    private static String jsonDays(String kinds) {
        String[] each = kinds.split(",");
        StringBuilder days = new StringBuilder();
        for (int i = 0; i < each.length; i++) {
            days.append(i == 0 ? "" : ",").append("{\"date\":\"").append(MONDAY.plusDays(i))
                    .append("\",\"kind\":\"").append(each[i]).append("\"}");
        }
        return days.toString();
    }

    private long approved(TestUnit unit, String nip, String kinds) throws Exception {
        long id = submit(nip, kinds);
        mvc.perform(post("/api/plans/" + id + "/approve").with(httpBasic(unit.head(), "demo12345"))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isOk());
        return id;
    }

    private long submit(String nip, String kinds) throws Exception {
        return id(mvc.perform(post("/api/plans").with(httpBasic(nip, "demo12345"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nip\":\"" + nip + "\",\"week\":\"2027-W47\",\"flexType\":\"NONE\",\"days\":["
                                + jsonDays(kinds) + "]}"))
                .andExpect(status().isCreated()));
    }

    private String ready(String nip) throws Exception {
        mvc.perform(post("/api/me/code-of-conduct").with(httpBasic(nip, "demo12345"))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isNoContent());
        return nip;
    }

    private String kindOn(long plan, LocalDate day) {
        return jdbc.sql("select kind from plan_day where plan_id = :plan and day = :day").param("plan", plan)
                .param("day", day).query(String.class).single();
    }

    private String requestStatus(long request) {
        return jdbc.sql("select status from plan_amendment_request where id = :id").param("id", request)
                .query(String.class).single();
    }

    private long unitId(TestUnit unit) {
        return jdbc.sql("select id from unit where code = :code").param("code", unit.code()).query(Long.class).single();
    }

    private int[] stored(long unitId, LocalDate day) {
        return jdbc.sql("select away, absent from presence_day where unit_id = :unit and day = :day")
                .param("unit", unitId).param("day", day)
                .query((rs, n) -> new int[]{rs.getInt(1), rs.getInt(2)}).optional().orElse(new int[]{0, 0});
    }

    private long audits(String nip, String action) {
        return jdbc.sql("select count(*) from audit_event where action = :action and subject_key like :key")
                .param("action", action).param("key", nip + "/%").query(Long.class).single();
    }

    private long notices(String nip, String kind) {
        return jdbc.sql("""
                        select count(*) from notification n join account a on a.id = n.account_id
                        where a.username = :nip and n.kind = :kind""")
                .param("nip", nip).param("kind", kind).query(Long.class).single();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
