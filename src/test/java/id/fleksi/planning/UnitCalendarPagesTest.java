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
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The unit calendar from approved plans, week and month, in 2027-W32 (9-13 August 2027) under the demo
 * determination (50% in the office at least): one employee at home on Tuesday, three of four on leave on
 * Thursday, which leaves the unit below its minimum presence (leave is not flexible work, so its approval is not
 * refused; the calendar shows it).
 */
class UnitCalendarPagesTest extends IntegrationTest {

    static final String WEEK = "2027-W32";
    static final LocalDate MONDAY = LocalDate.of(2027, 8, 9);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    UserDetailsService users;

    @Test
    void theWeekShowsWhoIsAwayAndTheDayBelowTheMinimum() throws Exception {
        TestUnit unit = staffedUnit("CAL");

        mvc.perform(get("/unit/" + unit.code() + "/kalender").param("minggu", WEEK).with(as(unit.head())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("data-week=\"" + WEEK + "\""),
                        // Tuesday: the employee at home, 3 of 4 in the office
                        containsString("Pegawai " + unit.code() + " 1 (Rumah)"),
                        containsString("3/4 di kantor (75%)"),
                        // Thursday: three on leave, 1 of 4 in the office, below the PPK's 50%
                        containsString("data-date=\"2027-08-12\" data-below-minimum=\"true\""),
                        containsString("1/4 di kantor (25%)"),
                        containsString("di bawah minimum 50% (Pasal 27)"),
                        containsString("data-date=\"2027-08-10\" data-below-minimum=\"false\""),
                        containsString("?minggu=2027-W33"),
                        containsString("?bulan=2027-08"))));
        // HR and the PPK read any unit's calendar
        mvc.perform(get("/unit/" + unit.code() + "/kalender").param("minggu", WEEK).with(as("kepegawaian")))
                .andExpect(status().isOk());
        mvc.perform(get("/unit/" + unit.code() + "/kalender").param("minggu", WEEK).with(as("ppk")))
                .andExpect(status().isOk());
    }

    @Test
    void theMonthIsAHeatmapWithTheShareInTheOfficeAndTheBelowMinimumDayMarked() throws Exception {
        TestUnit unit = staffedUnit("CAM");

        mvc.perform(get("/unit/" + unit.code() + "/kalender").param("bulan", "2027-08").with(as(unit.head())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("data-month=\"2027-08\""),
                        // every week touching August, 2027-W30 (26 July) to 2027-W35 (30 August)
                        containsString("data-week=\"2027-W30\""),
                        containsString("data-week=\"2027-W35\""),
                        containsString("data-date=\"2027-08-12\" data-below-minimum=\"true\" class=\"heat-1\""),
                        containsString("Kamis 12 Agustus: 1 dari 4 pegawai di kantor (25%)"),
                        containsString("data-date=\"2027-08-10\" data-below-minimum=\"false\" class=\"heat-3\""),
                        // 17 August is a national holiday
                        containsString("data-date=\"2027-08-17\" data-below-minimum=\"false\" class=\"heat-off\""),
                        containsString("?bulan=2027-09"),
                        containsString("▼"))));
    }

    @Test
    void employeesWithoutAnApprovedPlanAreCountedApartNeverAsInTheOffice() throws Exception {
        TestUnit unit = PlanTestUnits.create(jdbc, "CAU", 4, true);
        // one approved (at home on Tuesday), one rejected, one waiting, one who submitted nothing
        approve(unit, submit(ready(unit.staff().get(0)), "KANTOR", "RUMAH", "KANTOR", "KANTOR", "KANTOR"));
        long rejected = submit(ready(unit.staff().get(1)), "KANTOR", "KANTOR", "KANTOR", "KANTOR", "KANTOR");
        mvc.perform(post("/api/plans/" + rejected + "/reject").with(httpBasic(unit.head(), "demo12345"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Lengkapi tugasnya\"}"))
                .andExpect(status().isOk());
        submit(ready(unit.staff().get(2)), "KANTOR", "KANTOR", "KANTOR", "KANTOR", "KANTOR");

        mvc.perform(get("/unit/" + unit.code() + "/kalender").param("minggu", WEEK).with(as(unit.head())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("1 disetujui, 1 menunggu persetujuan, 1 ditolak, 1 belum mengajukan, dari 4 pegawai aktif."),
                        containsString("data-without-approved=\"3\""),
                        containsString("Belum punya rencana yang disetujui (3)"),
                        // the one who submitted nothing first, then the rejected, then the waiting
                        containsString("data-nip=\"" + unit.staff().get(3) + "\" data-status=\"NONE\""),
                        containsString("data-nip=\"" + unit.staff().get(1) + "\" data-status=\"REJECTED\""),
                        containsString("data-nip=\"" + unit.staff().get(2) + "\" data-status=\"SUBMITTED\""),
                        // Monday: only the approved plan says who is in the office
                        containsString("1/4 di kantor (25%)"),
                        containsString("0/4 di kantor (0%)"),
                        containsString("3 belum punya rencana disetujui"),
                        // nobody is below the minimum for sure: the three may still come
                        containsString("data-date=\"2027-08-10\" data-below-minimum=\"false\""),
                        containsString("/persetujuan?minggu=" + WEEK + "&amp;unit=" + unit.code()))));
        String page = mvc.perform(get("/unit/" + unit.code() + "/kalender").param("minggu", WEEK)
                .with(as(unit.head()))).andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("data-status=\"NONE\""))
                .isLessThan(page.indexOf("data-status=\"REJECTED\""));
        assertThat(page.indexOf("data-status=\"REJECTED\""))
                .isLessThan(page.indexOf("data-status=\"SUBMITTED\""));
        // HR reads the calendar but decides nothing: no way to the inbox
        mvc.perform(get("/unit/" + unit.code() + "/kalender").param("minggu", WEEK).with(as("kepegawaian")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/persetujuan?minggu="))));
        // a week nobody planned: nobody in the office, everyone without a plan, no day below the minimum
        mvc.perform(get("/unit/" + unit.code() + "/kalender").param("minggu", "2027-W34").with(as(unit.head())))
                .andExpect(content().string(allOf(
                        containsString("0 disetujui, 0 menunggu persetujuan, 0 ditolak, 4 belum mengajukan"),
                        containsString("0/4 di kantor (0%)"),
                        containsString("4 belum punya rencana disetujui"),
                        not(containsString("data-below-minimum=\"true\"")))));
        mvc.perform(get("/api/units/" + unit.code() + "/coverage").param("week", WEEK)
                        .with(httpBasic(unit.head(), "demo12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.standing.notSubmitted").value(1))
                .andExpect(jsonPath("$.standing.pending[0].status").doesNotExist())
                .andExpect(jsonPath("$.days[0].inOffice").value(1))
                .andExpect(jsonPath("$.days[0].unknown").value(3));
        // the month marks how many have no approved plan
        mvc.perform(get("/unit/" + unit.code() + "/kalender").param("bulan", "2027-08").with(as(unit.head())))
                .andExpect(content().string(allOf(containsString("?3"),
                        containsString("3 pegawai belum punya rencana disetujui"), containsString("?4"))));
    }

    @Test
    void anotherUnitsHeadAndEmployeesMayNotReadTheCalendar() throws Exception {
        TestUnit unit = PlanTestUnits.create(jdbc, "CAX", 2, true);
        TestUnit other = PlanTestUnits.create(jdbc, "CAY", 2, true);

        mvc.perform(get("/unit/" + unit.code() + "/kalender").param("minggu", WEEK).with(as(other.head())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/unit/" + unit.code() + "/kalender").param("bulan", "2027-08").with(as(other.head())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/unit/" + unit.code() + "/kalender").with(as(unit.staff().get(0))))
                .andExpect(status().isForbidden());
        // the unit's own head reads it
        mvc.perform(get("/unit/" + unit.code() + "/kalender").with(as(unit.head()))).andExpect(status().isOk());
    }

    /** Four employees: the first at home on Tuesday, the other three on leave on Thursday, all approved. */
    private TestUnit staffedUnit(String prefix) throws Exception {
        TestUnit unit = PlanTestUnits.create(jdbc, prefix, 4, true);
        approve(unit, submit(ready(unit.staff().get(0)), "KANTOR", "RUMAH", "KANTOR", "KANTOR", "KANTOR"));
        for (int i = 1; i < 4; i++) {
            approve(unit, submit(ready(unit.staff().get(i)), "KANTOR", "KANTOR", "KANTOR", "CUTI", "KANTOR"));
        }
        return unit;
    }

    private void approve(TestUnit unit, long id) throws Exception {
        mvc.perform(post("/api/plans/" + id + "/approve").with(httpBasic(unit.head(), "demo12345"))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isOk());
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private String ready(String nip) throws Exception {
        mvc.perform(post("/api/me/code-of-conduct").with(httpBasic(nip, "demo12345"))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isNoContent());
        return nip;
    }

    private long submit(String nip, String... kinds) throws Exception {
        StringBuilder days = new StringBuilder();
        for (int i = 0; i < kinds.length; i++) {
            days.append(i == 0 ? "" : ",").append("{\"date\":\"").append(MONDAY.plusDays(i))
                    .append("\",\"kind\":\"").append(kinds[i]).append("\"}");
        }
        String body = "{\"nip\":\"" + nip + "\",\"week\":\"" + WEEK + "\",\"flexType\":\"NONE\",\"days\":[" + days
                + "]}";
        String answer = mvc.perform(post("/api/plans").with(httpBasic(nip, "demo12345"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(answer).get("id").asLong();
    }
}
