package id.fleksi.planning;

import id.fleksi.IntegrationTest;
import id.fleksi.dashboard.Dashboards;
import id.fleksi.planning.PlanTestUnits.TestUnit;
import id.fleksi.policy.Policies;
import id.fleksi.rules.Determination;
import id.fleksi.rules.Scope;
import id.fleksi.shared.Actor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The minimum office presence the PPK scoped to a unit tree (LAYANAN_MINIMUM, Pasal 27) is the one every figure
 * compares a unit's day with, as the approval does: the inbox, the unit's coverage, the dashboard's figures computed
 * in SQL and the evaluation. The week 2071-W10 (no other test reads 2071) has a trial version of its own
 * ({@link ScopedMinimumTestData}): a unit inside the scope has a day at 75% in the office (below its 80%, not below
 * the institution's 50%); a unit outside has the same day and keeps the institution's minimum.
 */
class ScopedMinimumFiguresTest extends IntegrationTest {

    static final LocalDate MONDAY = LocalDate.of(2071, 3, 2);
    static final String WEEK = "2071-W10";
    static final LocalDate TUESDAY = MONDAY.plusDays(1);

    static TestUnit parent;
    static TestUnit inner;
    static TestUnit outer;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Policies policies;
    @Autowired
    PresenceFigures figures;
    @Autowired
    Dashboards dashboards;
    @Autowired
    JsonMapper json;

    @BeforeAll
    static void unitsAndVersion(@Autowired JdbcClient jdbc, @Autowired MockMvc mvc, @Autowired JsonMapper json)
            throws Exception {
        ScopedMinimumTestData.Tree tree = ScopedMinimumTestData.create(jdbc, mvc, json, MONDAY);
        parent = tree.parent();
        inner = tree.inner();
        outer = tree.outer();
    }

    @Test
    void theVersionScopesTheMinimumToTheUnitTreeForItsWeekOnly() {
        Determination version = policies.determinationOn(MONDAY).orElseThrow();
        assertThat(version.minOfficePresencePercent()).isEqualTo(50);
        assertThat(version.scopes().presence()).extracting(Determination.ScopedPresence::minOfficePresencePercent)
                .containsExactly(80);
        assertThat(policies.determinationOn(MONDAY.plusWeeks(1)).map(d -> d.scopes().presence()).orElse(List.of()))
                .as("the trial's week only").noneMatch(s -> s.scope().target().equals(parent.code()));
    }

    @Test
    void theCoverageOfAUnitInsideTheScopeFlagsADayTheInstitutionsMinimumWouldNot() throws Exception {
        mvc.perform(get("/api/units/" + inner.code() + "/coverage").param("week", WEEK)
                        .with(httpBasic("ppk", "demo12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.minOfficePresencePercent").value(80))
                .andExpect(jsonPath("$.minimumScope.kind").value("UNIT_TREE"))
                .andExpect(jsonPath("$.minimumScope.target").value(parent.code()))
                .andExpect(jsonPath("$.days[1].away").value(1))
                .andExpect(jsonPath("$.days[1].belowMinimum").value(true))
                .andExpect(jsonPath("$.days[0].belowMinimum").value(false));
        mvc.perform(get("/api/units/" + outer.code() + "/coverage").param("week", WEEK)
                        .with(httpBasic("ppk", "demo12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.minOfficePresencePercent").value(50))
                .andExpect(jsonPath("$.minimumScope").doesNotExist())
                .andExpect(jsonPath("$.days[1].away").value(1))
                .andExpect(jsonPath("$.days[1].belowMinimum").value(false));
        // the calendar page says whose minimum it is, in both languages
        mvc.perform(get("/unit/" + inner.code() + "/kalender").param("minggu", WEEK).with(as(inner.head())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"calendar-scoped-minimum\""),
                        containsString("80% adalah minimum kehadiran di kantor yang ditetapkan PPK khusus untuk unit "
                                + parent.code()))));
        mvc.perform(get("/unit/" + inner.code() + "/kalender").param("minggu", WEEK).param("lang", "en")
                        .with(as(inner.head())))
                .andExpect(content().string(containsString("80% is the minimum office presence the PPK set for unit "
                        + parent.code())));
        mvc.perform(get("/unit/" + outer.code() + "/kalender").param("minggu", WEEK).with(as(outer.head())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-testid=\"calendar-scoped-minimum\""))));
    }

    @Test
    void theInboxJudgesAWaitingPlanByItsUnitsMinimum() throws Exception {
        // the first employee asks for Tuesday at home too: 2 of 4 in the office (50%), below 80%, not below 50%
        long inside = ScopedMinimumTestData.plan(jdbc, inner.staff().get(0), MONDAY, "SUBMITTED");
        long outside = ScopedMinimumTestData.plan(jdbc, outer.staff().get(0), MONDAY, "SUBMITTED");

        mvc.perform(get("/persetujuan/" + inside).with(as(inner.head())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"plan-scoped-minimum\""),
                        containsString("di bawah minimum 80% (Pasal 27)"))));
        mvc.perform(get("/persetujuan/" + outside).with(as(outer.head())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("data-testid=\"plan-scoped-minimum\"")),
                        not(containsString("di bawah minimum")))));
    }

    @Test
    void theFiguresInSqlCompareEachUnitsDayWithItsOwnMinimum() {
        long innerId = unitId(inner.code());
        long outerId = unitId(outer.code());
        Set<Long> both = Set.of(innerId, outerId);
        Determination version = policies.determinationOn(MONDAY).orElseThrow();

        PresenceFigures.RankedWeek scoped = figures.ranked(both, MONDAY, PresenceFigures.Caps.of(version), Set.of(),
                0, 10, 10);
        assertThat(scoped.breachCount()).isEqualTo(1);
        assertThat(scoped.breaches()).extracting(d -> d.code() + " " + d.day())
                .containsExactly(inner.code() + " " + TUESDAY);
        assertThat(scoped.units()).extracting(u -> u.code() + " " + u.minOfficePresencePercent())
                .containsExactly(inner.code() + " 80", outer.code() + " 50");
        // the institution's minimum alone would find nothing
        assertThat(figures.ranked(both, MONDAY, new PresenceFigures.Caps(40, 50), Set.of(), 0, 10, 10).breachCount())
                .isZero();
        // the nearer scope wins: the unit's own 60% before its parent's 80%, whatever the order listed
        PresenceFigures.Caps nearer = new PresenceFigures.Caps(40, 50, List.of(
                new Determination.ScopedPresence(new Scope(Scope.Kind.UNIT_TREE, parent.code(), null), 80),
                new Determination.ScopedPresence(new Scope(Scope.Kind.UNIT, inner.code(), null), 60)));
        PresenceFigures.RankedWeek own = figures.ranked(both, MONDAY, nearer, Set.of(), 0, 10, 10);
        assertThat(own.breachCount()).isZero();
        assertThat(own.units()).extracting(PresenceFigures.UnitWeek::minOfficePresencePercent).containsExactly(60, 50);

        // the dashboard: the head of the unit inside sees the day below its minimum, the other head does not
        Dashboards.Board insideBoard = dashboards.board(actor(inner.head()), MONDAY);
        assertThat(insideBoard.units()).singleElement().satisfies(row -> {
            assertThat(row.cells().get(1).belowMinimum()).isTrue();
            assertThat(row.cells().get(0).belowMinimum()).isFalse();
        });
        assertThat(insideBoard.breachCount()).isEqualTo(1);
        Dashboards.Board outsideBoard = dashboards.board(actor(outer.head()), MONDAY);
        assertThat(outsideBoard.units()).singleElement()
                .satisfies(row -> assertThat(row.cells()).noneMatch(Dashboards.Cell::belowMinimum));
        assertThat(outsideBoard.breachCount()).isZero();
    }

    @Test
    void theEvaluationListsTheDayBelowTheUnitsOwnMinimum() throws Exception {
        String body = "{\"periodFrom\":\"%s\",\"periodTo\":\"%s\",\"unitCode\":\"%s\"}".formatted(MONDAY,
                MONDAY.plusDays(4), parent.code());
        String answer = mvc.perform(post("/api/evaluations").with(httpBasic(parent.head(), "demo12345"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode breaches = json.readTree(answer).get("figures").get("coverageBreaches");
        assertThat(breaches).hasSize(1);
        assertThat(breaches.get(0).get("date").asString()).isEqualTo(TUESDAY.toString());
        assertThat(breaches.get(0).get("unitCode").asString()).isEqualTo(inner.code());
        assertThat(breaches.get(0).get("inOfficePercent").asInt()).isEqualTo(75);
        assertThat(breaches.get(0).get("minimumPercent").asInt()).isEqualTo(80);
    }

    private long unitId(String code) {
        return jdbc.sql("select id from unit where code = :code").param("code", code).query(Long.class).single();
    }

    private Actor actor(String username) {
        return (Actor) users.loadUserByUsername(username);
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
