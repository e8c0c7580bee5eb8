package id.fleksi.planning;

import id.fleksi.IntegrationTest;
import id.fleksi.attendance.RealisationTestData;
import id.fleksi.rules.PlanVerdict;
import id.fleksi.rules.RuleCode;
import id.fleksi.rules.Severity;
import id.fleksi.shared.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Alternating groups of a unit (Ambon's kerja bergilir) against PostgreSQL: the cap of Pasal 13 ayat (1), the week of
 * the cycle an ISO week is, the weekly plan that starts from the group's week and passes the rules, the unit's
 * presence against the minimum of Pasal 27, and who may arrange groups. Every test makes a unit of its own.
 */
class UnitGroupsTest extends IntegrationTest {

    /** 2026-W51 (14 to 18 December 2026) is odd: week 1 of a 2-week cycle; 2026-W50 is even: week 2. */
    private static final String ODD_WEEK = "2026-W51";
    private static final String EVEN_WEEK = "2026-W50";

    @Autowired
    UnitGroups groups;
    @Autowired
    WeeklyPlans plans;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    MockMvc mvc;

    @Test
    void moreHomeDaysAWeekThanTheCapAreRefusedNamingTheRuleAndArticle() throws Exception {
        RealisationTestData.HeadedUnit unit = RealisationTestData.headedUnit(jdbc);
        Actor head = actor(unit.head());

        assertThatThrownBy(() -> groups.create(head, unit.code(), input("Kelompok A",
                List.of(MONDAY, TUESDAY), List.of(WEDNESDAY, THURSDAY, FRIDAY))))
                .isInstanceOfSatisfying(UnitGroups.Refused.class, refused -> {
                    assertThat(refused.key()).isEqualTo("groups.error.cap");
                    assertThat(refused.rule()).isEqualTo(RuleCode.LOKASI_MAKS_HARI);
                    assertThat(refused.args()).containsExactly(2, 3, 2);
                });
        assertThat(groupCount(unit.code())).isZero();

        mvc.perform(post("/api/units/" + unit.code() + "/groups").with(user(users.loadUserByUsername(unit.head())))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Kelompok A\",\"homeDays\":[[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\"]]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rule").value("LOKASI_MAKS_HARI"))
                .andExpect(jsonPath("$.article").value("Pasal 13 ayat (1)"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("LOKASI_MAKS_HARI")));
        assertThat(groupCount(unit.code())).isZero();

        // the page tells it beside the field and keeps what was typed
        String html = mvc.perform(post("/unit/" + unit.code() + "/kelompok")
                        .with(user(users.loadUserByUsername(unit.head())))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("name", "Kelompok A").param("cycleWeeks", "1")
                        .param("week1", "MONDAY", "TUESDAY", "FRIDAY"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("LOKASI_MAKS_HARI (Pasal 13 ayat (1))", "value=\"Kelompok A\"");
        assertThat(groupCount(unit.code())).isZero();
    }

    @Test
    void twoAlternatingGroupsFillTheWeekFormByOddAndEvenWeeks() throws Exception {
        GroupTestData.Ambon ambon = ambon();

        assertThat(groups.weekOf(id(ambon.a1()), ODD_WEEK)).hasValueSatisfying(week -> {
            assertThat(week.group()).isEqualTo("Kelompok A");
            assertThat(week.cycleWeek()).isEqualTo(1);
            assertThat(week.homeDays()).containsExactly(MONDAY, TUESDAY);
        });
        assertThat(groups.weekOf(id(ambon.a1()), EVEN_WEEK).orElseThrow().homeDays()).containsExactly(THURSDAY, FRIDAY);
        assertThat(groups.weekOf(id(ambon.b1()), ODD_WEEK).orElseThrow().homeDays()).containsExactly(THURSDAY, FRIDAY);
        assertThat(groups.weekOf(id(ambon.b1()), EVEN_WEEK).orElseThrow().homeDays()).containsExactly(MONDAY, TUESDAY);

        mvc.perform(get("/api/me/group-week").param("week", ODD_WEEK).with(user(users.loadUserByUsername(ambon.a1()))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.group").value("Kelompok A"))
                .andExpect(jsonPath("$.cycleWeek").value(1))
                .andExpect(jsonPath("$.dates[0]").value("2026-12-14"))
                .andExpect(jsonPath("$.dates[1]").value("2026-12-15"));

        String form = mvc.perform(get("/saya/rencana").param("minggu", ODD_WEEK)
                        .with(user(users.loadUserByUsername(ambon.a1()))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Diisi dari pola Kelompok A minggu ini");
        assertThat(selectedKinds(form)).containsExactly("RUMAH", "RUMAH", "KANTOR", "KANTOR", "KANTOR");
        String even = mvc.perform(get("/saya/rencana").param("minggu", EVEN_WEEK)
                        .with(user(users.loadUserByUsername(ambon.a1()))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(selectedKinds(even)).containsExactly("KANTOR", "KANTOR", "KANTOR", "RUMAH", "RUMAH");
    }

    @Test
    void thePrefilledPlanPassesTheRulesAndTheHeadSeesTheGroup() throws Exception {
        GroupTestData.Ambon ambon = ambon();
        Actor employee = actor(ambon.a1());
        UnitGroups.GroupWeek week = groups.weekOf(id(ambon.a1()), ODD_WEEK).orElseThrow();
        LocalDate monday = LocalDate.of(2026, 12, 14);
        WeekForm form = WeekForm.standard(monday, Set.of(), Set.copyOf(week.homeDays()));

        PlanVerdict verdict = plans.judge(employee, ambon.a1(), form.toPlan(ODD_WEEK, monday)).orElseThrow();
        assertThat(verdict.violations()).noneMatch(v -> v.severity() == Severity.ERROR);
        assertThat(verdict.valid()).isTrue();
        assertThat(verdict.lokasiDays()).isEqualTo(2);

        WeeklyPlans.Submission submission = plans.submit(employee, ambon.a1(), form.toPlan(ODD_WEEK, monday));
        assertThat(submission.stored()).isTrue();
        String page = mvc.perform(get("/persetujuan/" + submission.id())
                        .with(user(users.loadUserByUsername(ambon.unit().head()))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-testid=\"plan-group\"", "Kelompok A, minggu 1 dari siklus 2 minggu",
                "di rumah Senin, Selasa");
    }

    @Test
    void aDayBelowTheMinimumPresenceIsWarned() throws Exception {
        RealisationTestData.HeadedUnit unit = RealisationTestData.headedUnit(jdbc);
        List<String> staff = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            staff.add(RealisationTestData.employee(jdbc, unit.code()));
        }
        Actor head = actor(unit.head());
        UnitGroups.Group group = groups.create(head, unit.code(), input("Kelompok Senin", List.of(MONDAY)));
        groups.setMembers(head, unit.code(), group.id(), staff);

        // 4 employees, 3 at home on Monday: 1 in the office (25%), below the PPK's 50%
        UnitGroups.Presence presence = groups.overview(head, unit.code()).presence();
        assertThat(presence.staff()).isEqualTo(4);
        assertThat(presence.belowMinimum()).singleElement().satisfies(day -> {
            assertThat(day.weekday()).isEqualTo(MONDAY);
            assertThat(day.inOffice()).isEqualTo(1);
            assertThat(day.inOfficePercent()).isEqualTo(25);
        });
        mvc.perform(get("/api/units/" + unit.code() + "/groups").with(user(users.loadUserByUsername(unit.head()))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.warnings.length()").value(1))
                .andExpect(jsonPath("$.warnings[0].rule").value("LAYANAN_MINIMUM"))
                .andExpect(jsonPath("$.warnings[0].article").value("Pasal 27"))
                .andExpect(jsonPath("$.warnings[0].weekday").value("MONDAY"));
        String html = mvc.perform(get("/unit/" + unit.code() + "/kelompok")
                        .with(user(users.loadUserByUsername(unit.head()))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("data-testid=\"groups-warning\"", "Senin, minggu 1: 1 dari 4 pegawai di kantor (25%)");

        // one of them out of the group: 2 in the office (50%), no longer below
        groups.setMembers(head, unit.code(), group.id(), staff.subList(0, 2));
        assertThat(groups.overview(head, unit.code()).presence().belowMinimum()).isEmpty();
    }

    @Test
    void aHeadOfAnotherUnitAndAnEmployeeAreRefused() throws Exception {
        RealisationTestData.HeadedUnit unit = RealisationTestData.headedUnit(jdbc);
        RealisationTestData.HeadedUnit other = RealisationTestData.headedUnit(jdbc);
        String employee = RealisationTestData.employee(jdbc, unit.code());
        UnitGroups.Group group = groups.create(actor(unit.head()), unit.code(), input("Kelompok A", List.of(MONDAY)));

        assertThatThrownBy(() -> groups.create(actor(other.head()), unit.code(), input("Kelompok B", List.of(FRIDAY))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> groups.setMembers(actor(other.head()), unit.code(), group.id(), List.of(employee)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> groups.overview(actor(other.head()), unit.code()))
                .isInstanceOf(AccessDeniedException.class);
        mvc.perform(post("/api/units/" + unit.code() + "/groups").with(user(users.loadUserByUsername(other.head())))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Kelompok B\",\"homeDays\":[[\"FRIDAY\"]]}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/units/" + unit.code() + "/groups").with(user(users.loadUserByUsername(employee)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Kelompok B\",\"homeDays\":[[\"FRIDAY\"]]}"))
                .andExpect(status().isForbidden());
        // a group of another unit is not found through this one
        mvc.perform(get("/api/units/" + other.code() + "/groups/" + group.id())
                        .with(user(users.loadUserByUsername(other.head()))))
                .andExpect(status().isNotFound());
        assertThat(groupCount(unit.code())).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from unit_group_member m join unit_group g on g.id = m.group_id "
                + "join unit u on u.id = g.unit_id where u.code = :code").param("code", unit.code())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aUnitDesignatedForSifDividesItsDaysByShiftsNotGroups() {
        // the demo's emergency unit, designated for sif by the PPK (Pasal 19 ayat (4)); nothing is written
        assertThatThrownBy(() -> groups.create(actor("kepala.igd"), "RSUD-IGD", input("Kelompok A", List.of(MONDAY))))
                .isInstanceOfSatisfying(UnitGroups.Refused.class, refused -> {
                    assertThat(refused.rule()).isEqualTo(RuleCode.UNIT_SIF);
                    assertThat(refused.key()).isEqualTo("groups.error.sifUnit");
                });
        assertThat(groupCount("RSUD-IGD")).isZero();
        assertThat(groups.overview(actor("kepala.igd"), "RSUD-IGD").sifUnit()).isTrue();
    }

    @Test
    void anEmployeeInNoGroupGetsNoPrefill() throws Exception {
        GroupTestData.Ambon ambon = ambon();
        String loner = RealisationTestData.employee(jdbc, ambon.unit().code());

        assertThat(groups.weekOf(id(loner), ODD_WEEK)).isEmpty();
        mvc.perform(get("/api/me/group-week").param("week", ODD_WEEK).with(user(users.loadUserByUsername(loner))))
                .andExpect(status().isNoContent());
        String form = mvc.perform(get("/saya/rencana").param("minggu", ODD_WEEK)
                        .with(user(users.loadUserByUsername(loner))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).doesNotContain("Diisi dari pola");
        assertThat(selectedKinds(form)).containsOnly("KANTOR");

        // an employee moved to another unit leaves their group's pattern behind
        RealisationTestData.HeadedUnit elsewhere = RealisationTestData.headedUnit(jdbc);
        jdbc.sql("update employee set unit_id = (select id from unit where code = :code) where nip = :nip")
                .param("code", elsewhere.code()).param("nip", ambon.b2()).update();
        assertThat(groups.weekOf(id(ambon.b2()), ODD_WEEK)).isEmpty();
    }

    /**
     * Ambon's practice: two groups take turns at home so that every working day of both weeks of the cycle keeps the
     * unit staffed at or above the minimum; Ambon's own second week (3 days off) is more than Pasal 13 ayat (1)
     * allows and is refused.
     */
    @Test
    void ambonsTwoAlternatingGroupsKeepEveryDayStaffed() {
        GroupTestData.Ambon ambon = ambon();
        Actor head = actor(ambon.unit().head());

        UnitGroups.Presence presence = groups.overview(head, ambon.unit().code()).presence();
        assertThat(presence.cycleWeeks()).isEqualTo(2);
        assertThat(presence.staff()).isEqualTo(5);
        assertThat(presence.weeks()).hasSize(2).allSatisfy(week -> assertThat(week.days()).hasSize(5)
                .allSatisfy(day -> {
                    assertThat(day.belowMinimum()).isFalse();
                    assertThat(day.inOffice() * 100).isGreaterThanOrEqualTo(presence.minOfficePresencePercent()
                            * presence.staff());
                }));
        assertThat(presence.weeks().get(0).days()).extracting(UnitGroups.PresenceDay::inOffice)
                .containsExactly(3, 3, 5, 3, 3);
        assertThat(presence.belowMinimum()).isEmpty();

        assertThatThrownBy(() -> groups.create(head, ambon.unit().code(), input("Kelompok Ambon",
                List.of(THURSDAY, FRIDAY), List.of(WEDNESDAY, THURSDAY, FRIDAY))))
                .isInstanceOfSatisfying(UnitGroups.Refused.class,
                        refused -> assertThat(refused.rule()).isEqualTo(RuleCode.LOKASI_MAKS_HARI));
    }

    @Test
    void anEmployeeBelongsToOneGroupAndEveryChangeIsAudited() {
        GroupTestData.Ambon ambon = ambon();
        Actor head = actor(ambon.unit().head());

        // putting A's member in B moves them
        groups.setMembers(head, ambon.unit().code(), ambon.b().id(), List.of(ambon.b1(), ambon.b2(), ambon.a1()));
        assertThat(groups.weekOf(id(ambon.a1()), ODD_WEEK).orElseThrow().group()).isEqualTo("Kelompok B");
        assertThat(jdbc.sql("select count(*) from unit_group_member where employee_id = :id")
                .param("id", id(ambon.a1())).query(Long.class).single()).isEqualTo(1);
        // an employee of another unit cannot be put in
        String stranger = RealisationTestData.employee(jdbc, RealisationTestData.unit(jdbc));
        assertThatThrownBy(() -> groups.setMembers(head, ambon.unit().code(), ambon.a().id(), List.of(stranger)))
                .isInstanceOfSatisfying(UnitGroups.Refused.class,
                        refused -> assertThat(refused.key()).isEqualTo("groups.error.notInUnit"));

        groups.delete(head, ambon.unit().code(), ambon.a().id());
        assertThat(groups.weekOf(id(ambon.a2()), ODD_WEEK)).isEmpty();
        assertThat(jdbc.sql("""
                        select string_agg(action, ',' order by id) from audit_event
                        where subject_type = 'UNIT_GROUP' and subject_key like :unit""")
                .param("unit", ambon.unit().code() + "/%").query(String.class).single())
                .contains("UNIT_GROUP_CREATED", "UNIT_GROUP_MEMBERS_CHANGED", "UNIT_GROUP_DELETED");
    }

    private GroupTestData.Ambon ambon() {
        return GroupTestData.ambon(jdbc, groups, users);
    }

    @SafeVarargs
    private static UnitGroups.GroupInput input(String name, List<DayOfWeek>... weeks) {
        return GroupTestData.input(name, weeks);
    }

    private Actor actor(String username) {
        return (Actor) users.loadUserByUsername(username);
    }

    private long id(String nip) {
        return jdbc.sql("select id from employee where nip = :nip").param("nip", nip).query(Long.class).single();
    }

    private long groupCount(String unitCode) {
        return jdbc.sql("select count(*) from unit_group g join unit u on u.id = g.unit_id where u.code = :code")
                .param("code", unitCode).query(Long.class).single();
    }

    /** The kind chosen on Monday to Friday of the week form. */
    private static List<String> selectedKinds(String html) {
        List<String> kinds = new ArrayList<>();
        for (int day = 0; day < 5; day++) {
            String select = html.substring(html.indexOf("name=\"days[" + day + "].kind\""));
            select = select.substring(0, select.indexOf("</select>"));
            java.util.regex.Matcher selected = java.util.regex.Pattern
                    .compile("<option value=\"([A-Z_]+)\"[^>]*selected").matcher(select);
            kinds.add(selected.find() ? selected.group(1) : "");
        }
        return kinds;
    }
}
