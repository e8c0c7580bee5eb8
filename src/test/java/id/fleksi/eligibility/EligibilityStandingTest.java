package id.fleksi.eligibility;

import id.fleksi.IntegrationTest;
import id.fleksi.attendance.RealisationTestData;
import id.fleksi.organisation.EmployeeType;
import id.fleksi.rules.FlexibilityType;
import id.fleksi.shared.Actor;
import id.fleksi.shared.InstitutionTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
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
 * The stored standings of eligibility: the list filtered through them gives the same rows and count as judging
 * every employee, a disciplinary case HR records changes the employee's standing, a determination version other
 * than the one they were computed under sends the list back to judging everyone, and only HR and the PPK
 * recompute them. On the demo institution on 23 November 2026 and a unit of the test's own; today's standings
 * are computed again after each test, as at start.
 */
class EligibilityStandingTest extends IntegrationTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EligibilityRoster roster;

    @Autowired
    EligibilityStandings standings;

    @Autowired
    EligibilityStandingSchedule schedule;

    @Autowired
    Clock clock;

    private Actor hr;
    private String unit;
    private List<String> staff;

    @BeforeEach
    void computedForTheDay() throws Exception {
        schedule.atStart().get(2, TimeUnit.MINUTES);
        hr = (Actor) users.loadUserByUsername("kepegawaian");
        unit = RealisationTestData.headedUnit(jdbc).code();
        staff = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            staff.add(RealisationTestData.employee(jdbc, unit));
        }
        standings.recompute(DAY, "uji");
    }

    @AfterEach
    void today() {
        standings.recompute(InstitutionTime.today(clock), EligibilityStandings.SCHEDULE);
    }

    @Test
    void theStoredStandingsGiveTheSameListAsJudgingEveryone() {
        List<String> units = Arrays.asList(null, "RSUD", "DISKOMINFO", unit);
        List<String> searches = Arrays.asList(null, "a", "Realisasi", "19");
        List<FlexibilityType> kinds = Arrays.asList(null, FlexibilityType.LOKASI, FlexibilityType.SIF,
                FlexibilityType.DINAMIS);
        List<EmployeeType> types = Arrays.asList(null, EmployeeType.PNS);
        long compared = 0;
        for (boolean eligible : List.of(true, false)) {
            for (FlexibilityType kind : kinds) {
                for (String unitCode : units) {
                    for (String search : searches) {
                        for (EmployeeType type : types) {
                            compared += sameBothWays(new EligibilityRoster.Query(search, unitCode, type, kind,
                                    eligible));
                        }
                    }
                }
            }
        }
        // both answers are about employees, not two empty lists
        assertThat(compared).isPositive();
        // the unit's own staff are all in one of the two lists for any kind
        assertThat(sameBothWays(new EligibilityRoster.Query(null, unit, null, null, true))
                + sameBothWays(new EligibilityRoster.Query(null, unit, null, null, false)))
                .isEqualTo(staff.size() + 1);
    }

    /** The first two pages of four through the stored standings and by judging everyone, the same; the total. */
    private long sameBothWays(EligibilityRoster.Query query) {
        for (int page = 0; page < 2; page++) {
            EligibilityRoster.Roster stored = roster.list(hr, query, DAY, page, 4, EligibilityRoster.CHUNK, true);
            EligibilityRoster.Roster judged = roster.list(hr, query, DAY, page, 4, EligibilityRoster.CHUNK, false);
            assertThat(stored.standingComputedAt()).as(query.toString()).isNotNull();
            assertThat(judged.standingComputedAt()).isNull();
            assertThat(stored.rows()).as(query + " page " + page).isEqualTo(judged.rows());
        }
        return roster.list(hr, query, DAY, 0, 4).rows().total();
    }

    @Test
    void aDisciplinaryCaseHrRecordsChangesTheEmployeesStanding() throws Exception {
        String nip = staff.get(0);
        // a standing that says the opposite, as if judged before the case
        jdbc.sql("update eligibility_standing set lokasi = true, sif = true, dinamis = true where employee_id = "
                + "(select id from employee where nip = :nip)").param("nip", nip).update();
        mvc.perform(post("/api/employees/{nip}/discipline", nip).with(httpBasic("kepegawaian", "demo12345"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"from\":\"2026-11-01\",\"status\":\"SERVING\",\"note\":\"Hukuman disiplin\"}"))
                .andExpect(status().isCreated());

        assertThat(jdbc.sql("""
                        select day, lokasi or sif or dinamis from eligibility_standing
                        where employee_id = (select id from employee where nip = :nip)""")
                .param("nip", nip).query((rs, n) -> rs.getObject(1, LocalDate.class) + " " + rs.getBoolean(2))
                .single()).isEqualTo(DAY + " false");
        EligibilityRoster.Roster notEligible = roster.list(hr,
                new EligibilityRoster.Query(nip, null, null, null, false), DAY, 0, 25);
        assertThat(notEligible.standingComputedAt()).isNotNull();
        assertThat(notEligible.rows().items()).extracting(EligibilityRoster.Row::nip).containsExactly(nip);
        assertThat(notEligible.rows().items().get(0).lokasi().rules()).contains("PEGAWAI_DISIPLIN");
        // the unit's counts follow
        sameBothWays(new EligibilityRoster.Query(null, unit, null, null, true));
        sameBothWays(new EligibilityRoster.Query(null, unit, null, FlexibilityType.LOKASI, false));
    }

    @Test
    void anotherDeterminationVersionSendsTheListBackToJudgingEveryone() {
        // DISKOMINFO, where some may work elsewhere and some may not (its stored standings only are changed)
        EligibilityRoster.Query query = new EligibilityRoster.Query(null, "DISKOMINFO", null, FlexibilityType.LOKASI,
                true);
        EligibilityRoster.Roster live = roster.list(hr, query, DAY, 0, 25, EligibilityRoster.CHUNK, false);
        List<String> mayWorkElsewhere = live.rows().items().stream().map(EligibilityRoster.Row::nip).toList();
        long staffOfUnit = roster.list(hr, new EligibilityRoster.Query(null, "DISKOMINFO", null, null, null), DAY, 0,
                25).rows().total();
        assertThat(mayWorkElsewhere).isNotEmpty().hasSizeLessThan((int) staffOfUnit);
        // standings that say the opposite of today's judgement, as if judged by another determination
        jdbc.sql("""
                        update eligibility_standing s set lokasi = not (e.nip = any(:nips))
                        from employee e where e.id = s.employee_id
                        and e.unit_id in (select unit_id from unit_below((select id from unit where code = 'DISKOMINFO')))""")
                .param("nips", mayWorkElsewhere.toArray(String[]::new)).update();
        EligibilityRoster.Roster stored = roster.list(hr, query, DAY, 0, 25);
        assertThat(stored.standingComputedAt()).isNotNull();
        assertThat(stored.rows().items()).extracting(EligibilityRoster.Row::nip)
                .hasSize((int) staffOfUnit - mayWorkElsewhere.size()).doesNotContainAnyElementsOf(mayWorkElsewhere);

        jdbc.sql("""
                        update eligibility_standing_run set policy_version_id = coalesce(policy_version_id, 0) + 1000000
                        where id = (select max(id) from eligibility_standing_run)""").update();
        EligibilityRoster.Roster judged = roster.list(hr, query, DAY, 0, 25);
        assertThat(judged.standingComputedAt()).isNull();
        assertThat(judged).isEqualTo(live);
    }

    @Test
    void thePageAndTheApiSayWhenTheStandingsWereComputed() throws Exception {
        mvc.perform(get("/kelayakan").param("status", "tidak").param("tanggal", DAY.toString())
                        .with(user(users.loadUserByUsername("kepegawaian"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Status kelayakan pada saringan ini dihitung")))
                .andExpect(content().string(containsString("action=\"/kelayakan/hitung-ulang\"")));
        mvc.perform(get("/kelayakan").param("status", "tidak").param("tanggal", DAY.toString())
                        .param("lang", "en").with(user(users.loadUserByUsername("kepala"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Eligibility for this filter was computed at")))
                .andExpect(content().string(not(containsString("hitung-ulang"))));
        // another day than the stored one: every employee is judged, and nothing is said
        mvc.perform(get("/kelayakan").param("status", "tidak").param("tanggal", "2026-11-24")
                        .with(user(users.loadUserByUsername("ppk"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Status kelayakan pada saringan ini dihitung"))));
        mvc.perform(get("/api/eligibility").param("date", DAY.toString()).param("eligible", "false")
                        .with(httpBasic("kepegawaian", "demo12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.standingComputedAt").isString())
                .andExpect(jsonPath("$.total").isNumber());
        mvc.perform(get("/api/eligibility").param("date", DAY.toString())
                        .with(httpBasic("kepegawaian", "demo12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.standingComputedAt").value(nullValue()));
    }

    @Test
    void onlyHrAndThePpkRecomputeTodaysStandingsAndItIsAudited() throws Exception {
        for (String account : List.of("pegawai", "kepala")) {
            mvc.perform(post("/kelayakan/hitung-ulang").with(csrf()).with(user(users.loadUserByUsername(account))))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/kelayakan/hitung-ulang").with(user(users.loadUserByUsername("ppk"))))
                .andExpect(status().isForbidden());
        assertThat(standings.latest()).get().extracting(EligibilityStandings.Run::day).isEqualTo(DAY);
        long audited = audited();
        for (String account : List.of("kepegawaian", "ppk")) {
            mvc.perform(post("/kelayakan/hitung-ulang").with(csrf()).with(user(users.loadUserByUsername(account))))
                    .andExpect(status().isFound())
                    .andExpect(redirectedUrl("/kelayakan"));
        }
        LocalDate today = InstitutionTime.today(clock);
        assertThat(standings.latest()).get().extracting(EligibilityStandings.Run::day).isEqualTo(today);
        assertThat(audited()).isEqualTo(audited + 2);
        assertThat(jdbc.sql("select count(*) from eligibility_standing where day <> :day").param("day", today)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from eligibility_standing").query(Long.class).single())
                .isEqualTo(jdbc.sql("select count(*) from employee_directory where active").query(Long.class)
                        .single());
    }

    private long audited() {
        return jdbc.sql("select count(*) from audit_event where action = 'ELIGIBILITY_STANDING_RECOMPUTED'")
                .query(Long.class).single();
    }
}
