package id.fleksi.policy;

import id.fleksi.IntegrationTest;
import id.fleksi.attendance.RealisationTestData;
import id.fleksi.eligibility.RuleFacts;
import org.springframework.security.core.userdetails.UserDetailsService;
import id.fleksi.rules.Determination;
import id.fleksi.rules.Eligibility;
import id.fleksi.rules.EmployeeFacts;
import id.fleksi.rules.FlexibilityType;
import id.fleksi.rules.PlanDay;
import id.fleksi.rules.RuleCode;
import id.fleksi.rules.Scope;
import id.fleksi.rules.Violation;
import id.fleksi.rules.WeekJudgement;
import id.fleksi.rules.WeekPlan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Settings of the determination scoped to units, positions and named groups, against PostgreSQL: the groups the
 * PPK keeps, the scopes stored with a version (and copied by the next), the checks that refuse a scope, and the
 * practices of the seeds judged with the facts the database holds. Versions start on Mondays of 2046, which no other
 * test reads.
 */
class ScopedSettingsTest extends IntegrationTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Policies policies;

    @Autowired
    RuleFacts facts;

    @Test
    void thePpkKeepsNamedGroupsByNipAndHrReadsThem() throws Exception {
        String unit = RealisationTestData.unit(jdbc);
        String first = RealisationTestData.employee(jdbc, unit);
        String second = RealisationTestData.employee(jdbc, unit);
        long id = group("Kelompok uji " + unit, List.of());

        send(post("/api/policy/groups"), "kepegawaian", Map.of("name", "Bukan HR " + unit))
                .andExpect(status().isForbidden());
        send(post("/api/policy/groups"), "ppk", Map.of("name", "Kelompok uji " + unit))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        send(put("/api/policy/groups/" + id + "/members"), "ppk", Map.of("nips", List.of(first, "199912312099121999")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("members"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("199912312099121999")));
        send(put("/api/policy/groups/" + id + "/members"), "ppk", Map.of("nips", List.of(first, second, first)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members").value(2));
        mvc.perform(get("/api/policy/groups/" + id + "?q=" + second).with(httpBasic("kepegawaian", "demo12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members.total").value(1))
                .andExpect(jsonPath("$.members.items[0].nip").value(second))
                .andExpect(jsonPath("$.members.items[0].unitCode").value(unit));
        mvc.perform(get("/api/policy/groups?q=" + unit).with(httpBasic("kepegawaian", "demo12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].members").value(2));
        mvc.perform(get("/api/policy/groups").with(httpBasic("kepala", "demo12345")))
                .andExpect(status().isForbidden());

        EmployeeFacts member = facts.onRecord(first).orElseThrow().facts();
        assertThat(member.groups()).contains(String.valueOf(id));
        assertThat(member.position()).isEqualTo("Analis Kebijakan");
        assertThat(member.unitPath()).containsSequence(unit, "SETDA");

        send(put("/api/policy/groups/" + id + "/members"), "ppk", Map.of("nips", List.of(second)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.members").value(1));
        assertThat(facts.onRecord(first).orElseThrow().facts().groups()).isEmpty();
        assertThat(jdbc.sql("""
                        select count(*) from audit_event
                        where subject_type = 'POLICY_GROUP' and subject_key = :id""")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(3);

        mvc.perform(delete("/api/policy/groups/" + id).with(httpBasic("ppk", "demo12345")))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/policy/groups/" + id).with(httpBasic("ppk", "demo12345")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aVersionKeepsItsScopesTheNextCopiesThemAndAGroupInUseStays() throws Exception {
        String unit = RealisationTestData.unit(jdbc);
        String nip = RealisationTestData.employee(jdbc, unit);
        long group = group("Penempatan uji " + unit, List.of(nip));

        Map<String, Object> body = PolicyBodies.allowed("2046-03-05", "Uji cakupan 1");
        body.put("dinamisEnabled", true);
        body.put("dinamis", PolicyBodies.dinamis("07:00", "17:00", null, null, null));
        body.put("additionalCriteria", List.of(PolicyBodies.criterion("WFHB", "Penempatan jauh dari homebase",
                "B/1/2046")));
        body.put("scopes", List.of(
                scope("KRITERIA_TAMBAHAN", "WFHB", "GROUP", String.valueOf(group)),
                window(scope("DINAMIS_JAM", null, "UNIT_TREE", unit), "06:00", "19:00"),
                presence(scope("LAYANAN_MINIMUM", null, "UNIT", unit), 75)));
        long firstId = created(send(put("/api/policy"), "ppk", body));
        mvc.perform(get("/api/policy?date=2046-03-05").with(httpBasic("pegawai", "demo12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scopes.length()").value(3))
                .andExpect(jsonPath("$.scopes[0].setting").value("KRITERIA_TAMBAHAN"))
                .andExpect(jsonPath("$.scopes[0].kind").value("GROUP"))
                .andExpect(jsonPath("$.scopes[0].targetName").value("Penempatan uji " + unit))
                .andExpect(jsonPath("$.scopes[1].dinamis.earliestStart").value("06:00"))
                .andExpect(jsonPath("$.scopes[2].minOfficePresencePercent").value(75))
                // the institution-wide fields keep their meaning
                .andExpect(jsonPath("$.dinamis.earliestStart").value("07:00"))
                .andExpect(jsonPath("$.minOfficePresencePercent").value(50));

        Map<String, Object> next = PolicyBodies.allowed("2046-03-12", "Uji cakupan 2");
        next.put("dinamisEnabled", true);
        next.put("dinamis", PolicyBodies.dinamis("07:00", "17:00", null, null, null));
        next.put("additionalCriteria", body.get("additionalCriteria"));
        long secondId = created(send(put("/api/policy"), "ppk", next));
        Determination copied = policies.determinationOn(LocalDate.of(2046, 3, 12)).orElseThrow();
        assertThat(copied.scopes().criteria()).extracting(c -> c.scope().kind()).containsExactly(Scope.Kind.GROUP);
        assertThat(copied.scopes().dinamis()).hasSize(1);
        assertThat(copied.scopes().presence()).extracting(Determination.ScopedPresence::minOfficePresencePercent)
                .containsExactly(75);

        Map<String, Object> none = new LinkedHashMap<>(next);
        none.put("effectiveFrom", "2046-03-19");
        none.put("decreeNumber", "Uji cakupan 3");
        none.put("scopes", List.of());
        created(send(put("/api/policy"), "ppk", none));
        assertThat(policies.determinationOn(LocalDate.of(2046, 3, 19)).orElseThrow().scopes())
                .isEqualTo(Determination.Scopes.NONE);
        assertThat(policies.version(firstId).orElseThrow().scopes()).hasSize(3);
        assertThat(policies.version(secondId).orElseThrow().scopes()).hasSize(3);
        // a version is read with its criteria and scopes in one statement: every column of them comes back
        for (LocalDate day : List.of(LocalDate.of(2046, 3, 5), LocalDate.of(2046, 3, 12))) {
            PolicyVersion inForce = policies.versionOn(day).orElseThrow();
            assertThat(inForce.additionalCriteria()).containsExactly(
                    new PolicyVersion.Criterion("WFHB", "Penempatan jauh dari homebase", "B/1/2046"));
            assertThat(inForce.scopes()).containsExactly(
                    new PolicyScope(ScopedSetting.KRITERIA_TAMBAHAN, "WFHB", Scope.Kind.GROUP, String.valueOf(group),
                            "Penempatan uji " + unit, null, null),
                    new PolicyScope(ScopedSetting.DINAMIS_JAM, null, Scope.Kind.UNIT_TREE, unit,
                            "Unit realisasi " + unit, new PolicyVersion.DinamisHours(
                                    LocalTime.of(6, 0), LocalTime.of(19, 0), null, null, null), null),
                    new PolicyScope(ScopedSetting.LAYANAN_MINIMUM, null, Scope.Kind.UNIT, unit,
                            "Unit realisasi " + unit, null, 75));
            assertThat(inForce).isEqualTo(policies.version(inForce.id()).orElseThrow());
        }

        mvc.perform(delete("/api/policy/groups/" + group).with(httpBasic("ppk", "demo12345")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("Uji cakupan 1")));
    }

    @Test
    void aScopeNamingNothingKnownOrAMinimumScopedToAPositionIsRefused() throws Exception {
        Map<String, Object> body = PolicyBodies.allowed("2046-04-02", "Uji cakupan ditolak");
        body.put("scopes", List.of(
                scope("KRITERIA_TAMBAHAN", "TIDAK-ADA", "UNIT", "TIDAK-ADA-UNIT"),
                presence(scope("LAYANAN_MINIMUM", null, "POSITION", "Analis Kebijakan"), 60),
                scope("KRITERIA_TAMBAHAN", "X", "POSITION", "Jabatan yang tidak dipegang siapa pun"),
                window(scope("DINAMIS_JAM", null, "GROUP", "999999999"), "06:00", "19:00")));
        send(put("/api/policy"), "ppk", body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'scopes[0].target')].message")
                        .value(hasItem(containsString("TIDAK-ADA-UNIT"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'scopes[0].criterionCode')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'scopes[1].kind')].message")
                        .value(hasItem(containsString("Pasal 27"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'scopes[2].target')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'scopes[3].setting')].message")
                        .value(hasItem(containsString("Pasal 20 ayat (2)"))));
        assertThat(policies.versionOn(LocalDate.of(2046, 4, 2)).map(PolicyVersion::decreeNumber))
                .isNotEqualTo(java.util.Optional.of("Uji cakupan ditolak"));
    }

    /**
     * Kemenkeu's Work from Homebase (seed 000: "bagi Pegawai ASN Kementerian Keuangan yang berada di remote area yang
     * memenuhi kriteria tertentu"). The regulation gives no employee a right to flexible work and does not let the PPK
     * name a location per person; it lets the PPK add criteria after coordinating with the Minister (Pasal 26). So the
     * practice is written as an additional criterion WFHB scoped to the named group "Penempatan jauh dari homebase":
     * the group's members are judged by it (HR records who meets the remote-area criteria), and location flexibility
     * is refused to a member who does not meet it, naming Pasal 26 and the group; an employee outside the group is not
     * judged by it at all and keeps the institution's general rules.
     */
    @Test
    void kemenkeuWorkFromHomebaseIsACriterionOfTheGroupPostedFarFromHome() throws Exception {
        String unit = RealisationTestData.unit(jdbc);
        String meets = RealisationTestData.employee(jdbc, unit);
        String notYet = RealisationTestData.employee(jdbc, unit);
        String outside = RealisationTestData.employee(jdbc, unit);
        long group = group("Penempatan jauh dari homebase " + unit, List.of(meets, notYet));
        jdbc.sql("""
                        insert into employee_additional_criterion (employee_id, code, met, recorded_by)
                        values ((select id from employee where nip = :nip), 'WFHB', true, 'kepegawaian')""")
                .param("nip", meets).update();

        Map<String, Object> body = PolicyBodies.allowed("2046-05-07", "Praktik WFHb");
        body.put("allowedLocations", List.of("RUMAH", "LOKASI_LAIN"));
        body.put("minPredikat", null);
        body.put("additionalCriteria", List.of(PolicyBodies.criterion("WFHB",
                "Bertugas di remote area, jauh dari homebase, dan memenuhi kriteria Work from Homebase",
                "S-1/MK.1/2046")));
        body.put("scopes", List.of(scope("KRITERIA_TAMBAHAN", "WFHB", "GROUP", String.valueOf(group))));
        created(send(put("/api/policy"), "ppk", body));
        LocalDate day = LocalDate.of(2046, 5, 7);
        Determination policy = policies.determinationOn(day).orElseThrow();

        assertThat(criterionFindings(meets, policy, day)).isEmpty();
        assertThat(criterionFindings(outside, policy, day)).isEmpty();
        List<Violation> refused = criterionFindings(notYet, policy, day);
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).article().article()).isEqualTo("Pasal 26");
        assertThat(refused.get(0).message().indonesian())
                .contains("WFHB", "Berlaku untuk: kelompok \u201cPenempatan jauh dari homebase " + unit + "\u201d");
        assertThat(refused.get(0).message().english())
                .contains("Applies to: group \u201cPenempatan jauh dari homebase " + unit + "\u201d");
    }

    /**
     * Surakarta's adjusted start and end hours for coaches of student athletes and Wayang Orang performers (seed 000:
     * "Penyesuaian jam masuk dan pulang ... bagi Pelatih Atlet Pelajar dan Wayang Orang"): dinamis work (Pasal 20) with
     * the PPK's hour arrangement (Pasal 20 ayat (2)) of 05.00-22.00 scoped to the positions "Pelatih Atlet Pelajar" and
     * "Seniman Wayang Orang", while everyone else keeps the institution's window of 07.00-17.00.
     */
    @Test
    void surakartaAdjustsTheHoursOfCoachesAndPerformersOnly() throws Exception {
        String unit = RealisationTestData.unit(jdbc);
        String coach = RealisationTestData.employee(jdbc, unit);
        String performer = RealisationTestData.employee(jdbc, unit);
        String clerk = RealisationTestData.employee(jdbc, unit);
        position(coach, "Pelatih Atlet Pelajar");
        position(performer, "Seniman Wayang Orang");

        Map<String, Object> body = PolicyBodies.allowed("2046-06-04", "Praktik Kota Surakarta 2046");
        body.put("dinamisEnabled", true);
        body.put("dinamis", PolicyBodies.dinamis("07:00", "17:00", null, null, null));
        body.put("scopes", List.of(
                window(scope("DINAMIS_JAM", null, "POSITION", "Pelatih Atlet Pelajar"), "05:00", "22:00"),
                window(scope("DINAMIS_JAM", null, "POSITION", "Seniman Wayang Orang"), "05:00", "22:00")));
        created(send(put("/api/policy"), "ppk", body));
        Determination policy = policies.determinationOn(LocalDate.of(2046, 6, 4)).orElseThrow();

        // an evening of training or a performance: 13.00-21.30 every working day
        assertThat(dinamisFindings(coach, policy, "13:00", "21:30")).isEmpty();
        assertThat(dinamisFindings(performer, policy, "13:00", "21:30")).isEmpty();
        List<Violation> clerkDays = dinamisFindings(clerk, policy, "13:00", "21:30");
        assertThat(clerkDays).hasSize(5);
        assertThat(clerkDays.get(0).message().indonesian()).contains("selesai setelah pukul 17.00")
                .doesNotContain("Berlaku untuk");
        // before the coaches' own window, the verdict names their arrangement
        List<Violation> early = dinamisFindings(coach, policy, "04:30", "13:00");
        assertThat(early).hasSize(5);
        assertThat(early.get(0).message().indonesian()).contains("Berlaku untuk: jabatan Pelatih Atlet Pelajar");
        assertThat(early.get(0).message().english()).contains("Applies to: position Pelatih Atlet Pelajar");

        // the coach reads the arrangement they are judged by; the clerk has none of their own
        mvc.perform(get("/api/employees/{nip}/eligibility", coach).param("date", "2046-06-04")
                        .with(httpBasic("ppk", "demo12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scopedArrangements.length()").value(1))
                .andExpect(jsonPath("$.scopedArrangements[0].rule").value("DINAMIS_JAM"))
                .andExpect(jsonPath("$.scopedArrangements[0].article").value("Pasal 20 ayat (2)"))
                .andExpect(jsonPath("$.scopedArrangements[0].setting").value("Jam kerja dinamis 05.00\u201322.00"))
                .andExpect(jsonPath("$.scopedArrangements[0].appliesTo").value("jabatan Pelatih Atlet Pelajar"));
        mvc.perform(get("/api/employees/{nip}/eligibility", clerk).param("date", "2046-06-04")
                        .header("Accept-Language", "en").with(httpBasic("ppk", "demo12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scopedArrangements.length()").value(0));
        mvc.perform(get("/pegawai/{nip}/kelayakan", performer).param("tanggal", "2046-06-04").param("lang", "en")
                        .with(user(users.loadUserByUsername("ppk"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Particular settings that apply")))
                .andExpect(content().string(containsString("Dinamis working hours 05:00\u201322:00")))
                .andExpect(content().string(containsString("Applies to: position Seniman Wayang Orang")));

        // the determination report for the Minister (Pasal 31) lists the scoped arrangements
        String report = mvc.perform(get("/api/reports/determination").param("format", "csv")
                        .param("date", "2046-06-04").with(httpBasic("ppk", "demo12345")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(report).contains("Pengaturan untuk sebagian pegawai", "DINAMIS_JAM",
                "jabatan Pelatih Atlet Pelajar", "jabatan Seniman Wayang Orang", "Pasal 20 ayat (2)");
    }

    private List<Violation> criterionFindings(String nip, Determination policy, LocalDate day) {
        EmployeeFacts employee = facts.onRecord(nip).orElseThrow().facts();
        return Eligibility.of(employee, policy, day).of(FlexibilityType.LOKASI).violations().stream()
                .filter(v -> v.rule() == RuleCode.KRITERIA_TAMBAHAN).toList();
    }

    private List<Violation> dinamisFindings(String nip, Determination policy, String start, String end) {
        EmployeeFacts employee = facts.onRecord(nip).orElseThrow().facts();
        LocalDate monday = LocalDate.of(2046, 6, 4);
        List<PlanDay> days = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            days.add(new PlanDay(monday.plusDays(i), PlanDay.DayKind.KANTOR, LocalTime.parse(start),
                    LocalTime.parse(end), 60, null, null));
        }
        return WeekJudgement.judge(employee, policy, Set.of(), new WeekPlan("2046-W23", WeekPlan.FlexType.DINAMIS,
                days)).violations().stream().filter(v -> v.rule() == RuleCode.DINAMIS_JAM).toList();
    }

    private void position(String nip, String position) {
        jdbc.sql("update employee set position = :position where nip = :nip")
                .param("position", position).param("nip", nip).update();
    }

    private long group(String name, List<String> nips) throws Exception {
        JsonNode created = json.readTree(send(post("/api/policy/groups"), "ppk",
                Map.of("name", name, "description", "Uji"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        long id = created.get("id").asLong();
        if (!nips.isEmpty()) {
            send(put("/api/policy/groups/" + id + "/members"), "ppk", Map.of("nips", nips))
                    .andExpect(status().isOk());
        }
        return id;
    }

    private long created(ResultActions result) throws Exception {
        return json.readTree(result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString())
                .get("id").asLong();
    }

    private ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                               String user, Object body) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "demo12345")).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)));
    }

    private static Map<String, Object> scope(String setting, String criterionCode, String kind, String target) {
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("setting", setting);
        scope.put("criterionCode", criterionCode);
        scope.put("kind", kind);
        scope.put("target", target);
        return scope;
    }

    private static Map<String, Object> window(Map<String, Object> scope, String earliestStart, String latestEnd) {
        scope.put("dinamis", PolicyBodies.dinamis(earliestStart, latestEnd, null, null, null));
        return scope;
    }

    private static Map<String, Object> presence(Map<String, Object> scope, int percent) {
        scope.put("minOfficePresencePercent", percent);
        return scope;
    }
}
