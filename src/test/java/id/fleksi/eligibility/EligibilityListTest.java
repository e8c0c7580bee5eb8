package id.fleksi.eligibility;

import id.fleksi.IntegrationTest;
import id.fleksi.rules.FlexibilityType;
import id.fleksi.shared.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The list of who may use which kind of flexible work ({@code /kelayakan}, {@code GET /api/eligibility}), on
 * the demo institution on 23 November 2026: searched, filtered and paged, each reader within their scope.
 */
class EligibilityListTest extends IntegrationTest {

    private static final String DAY = "2026-11-23";
    private static final String KARTIKA = "198808122010042002";
    private static final String INDAH = "197309231997102009";
    private static final String PUTU = "198012122014081007";
    private static final String UTAMI_OF_BAPPEDA = "197510042010012002";
    private static final String RATNA_PART_TIME = "197204152000022003";
    private static final List<String> IGD_STAFF = List.of("197402061999042006", "198510062007051007",
            "198309122014102008", "199209202015111009", "199411262016072001", "198202162015071002", RATNA_PART_TIME);
    private static final Pattern ROW_NIP = Pattern.compile("data-nip=\"(\\d{18})\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    EligibilityRoster roster;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void hrFindsTheEmergencyUnitStaffEligibleForShiftsAndNotTheOthers() throws Exception {
        String page = page("kepegawaian", get("/kelayakan").param("fleksibel", "SIF").param("status", "layak")
                .param("tanggal", DAY));
        assertThat(nips(page)).containsAll(IGD_STAFF).doesNotContain(KARTIKA, INDAH);
        assertThat(page).contains("data-testid=\"eligibility-table\"", "Keputusan Bupati Sukamaju Nomor 800.1/12/2026",
                "href=\"/pegawai/" + IGD_STAFF.get(0) + "/kelayakan?tanggal=" + DAY + "\"");
    }

    @Test
    void thoseWhoMayNotWorkElsewhereShowTheRuleThatBlocksThem() throws Exception {
        String bkpsdm = page("kepegawaian", get("/kelayakan").param("unit", "BKPSDM").param("fleksibel", "LOKASI")
                .param("status", "tidak").param("tanggal", DAY));
        assertThat(nips(bkpsdm)).contains(INDAH);
        assertThat(row(bkpsdm, INDAH)).contains("PEGAWAI_BARU");
        String diskominfo = page("ppk", get("/kelayakan").param("unit", "DISKOMINFO").param("fleksibel", "LOKASI")
                .param("status", "tidak").param("tanggal", DAY));
        assertThat(nips(diskominfo)).contains(PUTU).doesNotContain(KARTIKA);
        assertThat(row(diskominfo, PUTU)).contains("PEGAWAI_DISIPLIN");
        String eligible = page("ppk", get("/kelayakan").param("unit", "DISKOMINFO").param("fleksibel", "LOKASI")
                .param("status", "layak").param("tanggal", DAY));
        assertThat(nips(eligible)).contains(KARTIKA).doesNotContain(PUTU);
    }

    @Test
    void aUnitIncludesItsSubUnitsAndTheSearchAndTypeNarrowTheList() throws Exception {
        assertThat(nips(page("kepegawaian", get("/kelayakan").param("unit", "RSUD").param("tanggal", DAY))))
                .containsAll(IGD_STAFF).doesNotContain(KARTIKA);
        assertThat(nips(page("kepegawaian", get("/kelayakan").param("jenis", "PPPK_PARUH_WAKTU"))))
                .contains(RATNA_PART_TIME).doesNotContain(IGD_STAFF.get(0), KARTIKA);
        assertThat(nips(page("kepegawaian", get("/kelayakan").param("q", "kartika"))))
                .containsExactly(KARTIKA);
        assertThat(nips(page("kepegawaian", get("/kelayakan").param("q", "1974"))))
                .contains(IGD_STAFF.get(0)).doesNotContain(KARTIKA, INDAH);
    }

    @Test
    void aUnitHeadSeesOnlyTheEmployeesOfTheirUnits() throws Exception {
        List<String> seen = nips(page("kepala", get("/kelayakan").param("tanggal", DAY)));
        assertThat(seen).contains(KARTIKA, PUTU).doesNotContain(INDAH, UTAMI_OF_BAPPEDA, IGD_STAFF.get(0));
        mvc.perform(get("/kelayakan").param("unit", "BAPPEDA").with(user(users.loadUserByUsername("kepala"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/eligibility").param("date", DAY).param("size", "200")
                        .with(httpBasic("kepala", "demo12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].nip", hasItems(KARTIKA, PUTU)))
                .andExpect(jsonPath("$.items[*].nip", not(hasItem(UTAMI_OF_BAPPEDA))))
                .andExpect(jsonPath("$.items[*].unitCode", everyItem(not(
                        org.hamcrest.Matchers.in(List.of("SETDA", "BKPSDM", "BAPPEDA", "RSUD", "RSUD-IGD"))))));
        mvc.perform(get("/api/eligibility").param("unitCode", "BAPPEDA").with(httpBasic("kepala", "demo12345")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theApiAnswersTheSameWithTheBlockingRules() throws Exception {
        mvc.perform(get("/api/eligibility").param("date", DAY).param("flexibility", "SIF").param("eligible", "true")
                        .param("size", "200").with(httpBasic("kepegawaian", "demo12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].nip", hasItems(IGD_STAFF.toArray(String[]::new))))
                .andExpect(jsonPath("$.items[*].nip", not(hasItem(KARTIKA))))
                .andExpect(jsonPath("$.items[*].sif.eligible", everyItem(org.hamcrest.Matchers.is(true))))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(200));
        mvc.perform(get("/api/eligibility").param("date", DAY).param("flexibility", "LOKASI")
                        .param("eligible", "false").param("size", "200").with(httpBasic("ppk", "demo12345")))
                .andExpect(jsonPath("$.items[*].nip", hasItems(INDAH, PUTU)))
                .andExpect(jsonPath("$.items[*].nip", not(hasItem(KARTIKA))))
                .andExpect(jsonPath("$.items[?(@.nip == '" + INDAH + "')].lokasi.rules[*]", hasItem("PEGAWAI_BARU")))
                .andExpect(jsonPath("$.items[?(@.nip == '" + PUTU + "')].lokasi.rules[*]", hasItem("PEGAWAI_DISIPLIN")))
                .andExpect(jsonPath("$.items[?(@.nip == '" + INDAH + "')].unitCode", hasItem("BKPSDM")))
                .andExpect(jsonPath("$.items[?(@.nip == '" + INDAH + "')].name", hasItem("Indah Setiawan")));
        mvc.perform(get("/api/eligibility").param("date", DAY).param("q", KARTIKA)
                        .with(httpBasic("kepegawaian", "demo12345")))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].lokasi.eligible").value(true))
                .andExpect(jsonPath("$.items[0].lokasi.rules").isEmpty())
                .andExpect(jsonPath("$.items[0].sif.eligible").value(false))
                .andExpect(jsonPath("$.items[0].sif.rules[*]", hasItem("UNIT_SIF")))
                .andExpect(jsonPath("$.items[0].dinamis.eligible").value(true));
    }

    @Test
    void theNewEmployeeBecomesEligibleWhenTheirPeriodEnds() throws Exception {
        mvc.perform(get("/api/eligibility").param("date", "2027-04-01").param("q", INDAH)
                        .with(httpBasic("kepegawaian", "demo12345")))
                .andExpect(jsonPath("$.items[0].lokasi.rules[*]", not(hasItem("PEGAWAI_BARU"))));
    }

    @Test
    void unknownFiltersAreRefusedNamingTheField() throws Exception {
        mvc.perform(get("/api/eligibility").param("type", "HONORER").with(httpBasic("kepegawaian", "demo12345")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("type"));
        mvc.perform(get("/api/eligibility").param("flexibility", "WFH").with(httpBasic("kepegawaian", "demo12345")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("flexibility"))
                .andExpect(jsonPath("$.errors[0].message", containsString("LOKASI")));
    }

    @Test
    void everyoneIsOnExactlyOnePageWithAndWithoutAFilter() throws Exception {
        for (String filter : List.of("", "&flexibility=LOKASI&eligible=false", "&eligible=true")) {
            JsonNode all = api("/api/eligibility?date=" + DAY + "&size=200" + filter);
            long total = all.get("total").asLong();
            assertThat(total).isEqualTo(all.get("items").size()).isPositive();
            List<String> paged = new ArrayList<>();
            for (int page = 0; page * 4 < total; page++) {
                JsonNode part = api("/api/eligibility?date=" + DAY + "&size=4&page=" + page + filter);
                assertThat(part.get("total").asLong()).isEqualTo(total);
                part.get("items").forEach(item -> paged.add(item.get("nip").asString()));
            }
            List<String> whole = new ArrayList<>();
            all.get("items").forEach(item -> whole.add(item.get("nip").asString()));
            assertThat(paged).as("pages of 4" + filter).containsExactlyElementsOf(whole);
        }
        String first = page("kepegawaian", get("/kelayakan"));
        String second = page("kepegawaian", get("/kelayakan").param("page", "1"));
        assertThat(nips(first)).hasSize(25);
        assertThat(nips(second)).isNotEmpty().doesNotContainAnyElementsOf(nips(first));
        assertThat(first).contains("href=\"/kelayakan?page=1\"");
    }

    @Test
    void judgingInSmallChunksGivesTheSameList() {
        Actor hr = (Actor) users.loadUserByUsername("kepegawaian");
        LocalDate day = LocalDate.parse(DAY);
        for (FlexibilityType kind : FlexibilityType.values()) {
            for (boolean eligible : List.of(true, false)) {
                EligibilityRoster.Query query = new EligibilityRoster.Query(null, null, null, kind, eligible);
                for (int page = 0; page < 3; page++) {
                    assertThat(roster.list(hr, query, day, page, 5, 3, false))
                            .isEqualTo(roster.list(hr, query, day, page, 5, EligibilityRoster.CHUNK, false));
                }
            }
        }
    }

    private String page(String account, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(users.loadUserByUsername(account))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private JsonNode api(String path) throws Exception {
        return json.readTree(mvc.perform(get(path).with(httpBasic("kepegawaian", "demo12345")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static List<String> nips(String page) {
        Set<String> found = new LinkedHashSet<>();
        Matcher rows = ROW_NIP.matcher(page);
        while (rows.find()) {
            found.add(rows.group(1));
        }
        return List.copyOf(found);
    }

    /** The table row of the employee, from its start to the next row. */
    private static String row(String page, String nip) {
        int start = page.indexOf("data-nip=\"" + nip + "\"");
        assertThat(start).as("row of " + nip).isNotNegative();
        int end = page.indexOf("</tr>", start);
        return page.substring(start, end);
    }
}
