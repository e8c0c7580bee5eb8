package id.fleksi.planning;

import id.fleksi.IntegrationTest;
import id.fleksi.planning.InboxDecisions.Outcome;
import id.fleksi.planning.PlanTestUnits.TestUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import jakarta.servlet.http.Cookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The unit head's inbox in the browser's terms: what it lists, the decisions one by one and in bulk, and the
 * refusals a head reads (the unit's quota of Pasal 14, a missing reason, a plan changed meanwhile, another unit's
 * plan). Week 2027-W31 (2-6 August 2027) under the demo determination: 40% away at most, 50% in the office at
 * least.
 */
class InboxPagesTest extends IntegrationTest {

    static final String WEEK = "2027-W31";
    static final LocalDate MONDAY = LocalDate.of(2027, 8, 2);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    UserDetailsService users;

    @Test
    void theInboxListsOnlyThePlansOfTheHeadsUnitsWithVerdictAndEffect() throws Exception {
        TestUnit mine = PlanTestUnits.create(jdbc, "INB", 3, true);
        TestUnit other = PlanTestUnits.create(jdbc, "INX", 2, true);
        String employee = ready(mine.staff().get(0));
        String stranger = ready(other.staff().get(0));
        long id = submit(employee, "KANTOR", "RUMAH", "KANTOR", "KANTOR", "KANTOR");
        long foreign = submit(stranger, "KANTOR", "KANTOR", "RUMAH", "KANTOR", "KANTOR");

        mvc.perform(get("/persetujuan").param("minggu", WEEK).with(as(mine.head())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("data-plan=\"" + id + "\""),
                        not(containsString("data-plan=\"" + foreign + "\"")),
                        containsString("Pegawai " + mine.code() + " 1"),
                        // the days as badges, R on Tuesday
                        containsString("Sel: Rumah"),
                        // the verdict's warning with its article and rule page (no infrastructure declared)
                        containsString("href=\"/aturan/INFRASTRUKTUR?nip="),
                        containsString("Pasal 15"),
                        // what approving it does to the unit on Tuesday: 2 of 3 in the office
                        containsString("Sel: 2/3 di kantor (67%)"))));
        // narrowed to the head's unit; another unit is not theirs to filter on
        mvc.perform(get("/persetujuan").param("unit", mine.code()).with(as(mine.head())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-plan=\"" + id + "\"")));
        mvc.perform(get("/persetujuan").param("unit", other.code()).with(as(mine.head())))
                .andExpect(status().isForbidden());
        // the PPK decides any unit's plans
        mvc.perform(get("/persetujuan").param("minggu", WEEK).param("unit", other.code()).with(as("ppk")))
                .andExpect(content().string(containsString("data-plan=\"" + foreign + "\"")));
    }

    @Test
    void aPlanPageShowsTheFullVerdictAndTheHeadApprovesItWithANote() throws Exception {
        TestUnit unit = PlanTestUnits.create(jdbc, "INP", 4, true);
        String employee = ready(unit.staff().get(0));
        long id = submit(employee, "KANTOR", "RUMAH", "KANTOR", "RUMAH", "KANTOR");

        mvc.perform(get("/persetujuan/" + id).with(as(unit.head())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("data-testid=\"approve-form\""),
                        containsString("data-testid=\"reject-form\""),
                        containsString("data-rule=\"INFRASTRUKTUR\""),
                        containsString("2 hari fleksibel lokasi"),
                        containsString("name=\"version\" value=\"0\""))));
        // the employee themself may not open the inbox
        mvc.perform(get("/persetujuan/" + id).with(as(employee))).andExpect(status().isForbidden());

        MvcResult result = mvc.perform(post("/persetujuan/" + id + "/setujui").param("version", "0")
                        .param("note", "Selamat bekerja").with(as(unit.head())).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/persetujuan"))
                .andReturn();
        assertThat(outcomes(result)).extracting(Outcome::result).containsExactly(Outcome.Result.APPROVED);
        assertThat(statusOf(id)).isEqualTo("APPROVED");
        assertThat(jdbc.sql("select decision_note from weekly_plan where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("Selamat bekerja");
        afterRedirect(result, unit.head())
                .andExpect(content().string(allOf(containsString("data-testid=\"inbox-outcomes\""),
                        containsString("1 disetujui, 0 ditolak, 0 tidak dapat diputuskan"))));
        mvc.perform(get("/persetujuan/" + id).with(as(unit.head())))
                .andExpect(content().string(allOf(containsString("data-status=\"APPROVED\""),
                        not(containsString("data-testid=\"approve-form\"")))));
    }

    @Test
    void approvingThreePlansAtOnceWhereTheQuotaLetsTwoThroughRefusesTheThirdNamingPasal14() throws Exception {
        // 5 staff, 40% away at most: the third employee at home on Tuesday would make 60%
        TestUnit unit = PlanTestUnits.create(jdbc, "INQ", 5, true);
        long[] ids = new long[3];
        for (int i = 0; i < 3; i++) {
            ids[i] = submit(ready(unit.staff().get(i)), "KANTOR", "RUMAH", "KANTOR", "KANTOR", "KANTOR");
        }

        mvc.perform(get("/persetujuan/konfirmasi").param("keputusan", "SETUJUI")
                        .param("id", String.valueOf(ids[0]), String.valueOf(ids[1]), String.valueOf(ids[2]))
                        .with(as(unit.head())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Setujui 3 rencana?"),
                        containsString("name=\"plans[2].id\" value=\"" + ids[2] + "\""),
                        containsString("name=\"plans[2].version\" value=\"0\""),
                        containsString("data-rule=\"INFRASTRUKTUR\""))));

        MvcResult result = mvc.perform(bulk("SETUJUI", ids).with(as(unit.head())))
                .andExpect(redirectedUrl("/persetujuan"))
                .andReturn();
        List<Outcome> outcomes = outcomes(result);
        assertThat(outcomes).extracting(Outcome::result).containsExactly(Outcome.Result.APPROVED,
                Outcome.Result.APPROVED, Outcome.Result.REFUSED);
        assertThat(outcomes.get(2).findings()).anySatisfy(finding -> {
            assertThat(finding.rule()).isEqualTo("KUOTA_LOKASI");
            assertThat(finding.article()).isEqualTo("Pasal 14");
            assertThat(finding.date()).isEqualTo(MONDAY.plusDays(1));
        });
        assertThat(statusOf(ids[2])).isEqualTo("SUBMITTED");
        afterRedirect(result, unit.head())
                .andExpect(content().string(allOf(containsString("2 disetujui, 0 ditolak, 1 tidak dapat diputuskan"),
                        containsString("data-plan=\"" + ids[2] + "\" data-result=\"REFUSED\""),
                        containsString("href=\"/aturan/KUOTA_LOKASI?nip="),
                        containsString("Pasal 14"),
                        containsString("melebihi 40% yang ditetapkan PPK"))));
    }

    @Test
    void aRejectionWithoutAReasonIsRefusedNextToTheReasonField() throws Exception {
        TestUnit unit = PlanTestUnits.create(jdbc, "INR", 3, true);
        long one = submit(ready(unit.staff().get(0)), "RUMAH", "KANTOR", "KANTOR", "KANTOR", "KANTOR");
        long two = submit(ready(unit.staff().get(1)), "KANTOR", "KANTOR", "KANTOR", "KANTOR", "RUMAH");

        mvc.perform(post("/persetujuan/" + one + "/tolak").param("version", "0").param("reason", "  ")
                        .with(as(unit.head())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"reason-error\""),
                        containsString("Tuliskan alasan penolakan"))));
        mvc.perform(bulk("TOLAK", one, two).with(as(unit.head())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"confirm-form\""),
                        containsString("id=\"reason-error\""))));
        assertThat(statusOf(one)).isEqualTo("SUBMITTED");
        assertThat(statusOf(two)).isEqualTo("SUBMITTED");

        MvcResult result = mvc.perform(bulk("TOLAK", one, two).param("reason", "Senin ada apel pagi")
                        .with(as(unit.head())))
                .andExpect(redirectedUrl("/persetujuan")).andReturn();
        assertThat(outcomes(result)).extracting(Outcome::result).containsOnly(Outcome.Result.REJECTED);
        assertThat(statusOf(one)).isEqualTo("REJECTED");
        assertThat(jdbc.sql("select decision_note from weekly_plan where id = :id").param("id", two)
                .query(String.class).single()).isEqualTo("Senin ada apel pagi");
    }

    @Test
    void aDecisionOnTheVersionSeenBeforeTheEmployeeSubmittedAgainReportsThePlanChanged() throws Exception {
        TestUnit unit = PlanTestUnits.create(jdbc, "INV", 3, true);
        String employee = ready(unit.staff().get(0));
        long id = submit(employee, "KANTOR", "RUMAH", "KANTOR", "KANTOR", "KANTOR");
        // the head opened version 0; the employee moves the home day meanwhile
        assertThat(submit(employee, "KANTOR", "KANTOR", "RUMAH", "KANTOR", "KANTOR")).isEqualTo(id);

        MvcResult result = mvc.perform(bulk("SETUJUI", id).with(as(unit.head())))
                .andExpect(redirectedUrl("/persetujuan")).andReturn();
        assertThat(outcomes(result)).extracting(Outcome::result).containsExactly(Outcome.Result.CHANGED);
        assertThat(statusOf(id)).isEqualTo("SUBMITTED");
        afterRedirect(result, unit.head())
                .andExpect(content().string(containsString("berubah sementara itu")));
    }

    @Test
    void anotherUnitsHeadNeitherFindsNorDecidesThePlans() throws Exception {
        TestUnit unit = PlanTestUnits.create(jdbc, "INS", 3, true);
        TestUnit other = PlanTestUnits.create(jdbc, "INT", 2, true);
        long id = submit(ready(unit.staff().get(0)), "KANTOR", "RUMAH", "KANTOR", "KANTOR", "KANTOR");

        mvc.perform(get("/persetujuan/" + id).with(as(other.head()))).andExpect(status().isNotFound());
        mvc.perform(post("/persetujuan/" + id + "/setujui").param("version", "0")
                .with(as(other.head())).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/persetujuan/" + id + "/tolak").param("version", "0").param("reason", "Tidak")
                .with(as(other.head())).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/persetujuan/konfirmasi").param("keputusan", "SETUJUI").param("id", String.valueOf(id))
                .with(as(other.head()))).andExpect(status().isNotFound());
        // an id slipped into the form of the bulk decision is checked again: not found, as an unknown one, and
        // left alone, while the head's own plan is decided
        long own = submit(ready(other.staff().get(0)), "KANTOR", "KANTOR", "KANTOR", "KANTOR", "KANTOR");
        MvcResult slipped = mvc.perform(bulk("SETUJUI", own, id).with(as(other.head())))
                .andExpect(redirectedUrl("/persetujuan")).andReturn();
        assertThat(outcomes(slipped)).extracting(Outcome::result)
                .containsExactly(Outcome.Result.APPROVED, Outcome.Result.MISSING);
        assertThat(statusOf(id)).isEqualTo("SUBMITTED");
        assertThat(statusOf(own)).isEqualTo("APPROVED");
        mvc.perform(get("/persetujuan").with(as(other.head())))
                .andExpect(content().string(not(containsString("data-plan=\"" + id + "\""))));
    }

    @Test
    void theNavigationAndTheHomePageShowHowManyPlansWait() throws Exception {
        TestUnit unit = PlanTestUnits.create(jdbc, "INN", 3, true);
        submit(ready(unit.staff().get(0)), "KANTOR", "RUMAH", "KANTOR", "KANTOR", "KANTOR");
        submit(ready(unit.staff().get(1)), "KANTOR", "KANTOR", "RUMAH", "KANTOR", "KANTOR");

        mvc.perform(get("/beranda/pimpinan").with(as(unit.head())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"nav-inbox\""),
                        containsString("2 rencana dan 0 permintaan perubahan menunggu keputusan"),
                        containsString("Rencana kerja menunggu keputusan Anda: 2"),
                        containsString("href=\"/unit/" + unit.code() + "/kalender\""))));
    }

    // --- helpers

    /** More than 100 selected plans send the head back to the inbox with what to do; nothing is decided. */
    @Test
    void moreThanAHundredSelectedPlansAreSentBackWithAMessage() throws Exception {
        TestUnit unit = PlanTestUnits.create(jdbc, "INB", 1, true);
        long id = submit(ready(unit.staff().get(0)), "KANTOR", "RUMAH", "KANTOR", "KANTOR", "KANTOR");
        long[] ids = new long[101];
        String[] texts = new String[101];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = id + i;
            texts[i] = String.valueOf(id + i);
        }
        MvcResult decided = mvc.perform(bulk("SETUJUI", ids).with(as(unit.head())))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/persetujuan"))
                .andReturn();
        assertThat(decided.getFlashMap().get("errorFlashKey")).isEqualTo("inbox.bulk.tooMany");
        assertThat(statusOf(id)).isEqualTo("SUBMITTED");
        mvc.perform(get("/persetujuan/konfirmasi").param("keputusan", "SETUJUI").param("id", texts)
                        .with(as(unit.head())))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("errorFlashKey", "inbox.bulk.tooMany"));
        afterRedirect(decided, unit.head())
                .andExpect(content().string(containsString("Pilih paling banyak 100 rencana sekaligus")));
    }

    /** The inbox the redirect after a decision leads to, in the same session, with the decision's outcomes. */
    ResultActions afterRedirect(MvcResult decision, String head) throws Exception {
        Cookie session = decision.getResponse().getCookie("FLEKSI_SESSION");
        assertThat(session).as("the session that holds the outcomes").isNotNull();
        return mvc.perform(get("/persetujuan").cookie(session).with(as(head)));
    }

    MockHttpServletRequestBuilder bulk(String decision, long... ids) {
        MockHttpServletRequestBuilder request = post("/persetujuan/keputusan").param("keputusan", decision)
                .with(csrf());
        for (int i = 0; i < ids.length; i++) {
            request.param("plans[" + i + "].id", String.valueOf(ids[i])).param("plans[" + i + "].version", "0");
        }
        return request;
    }

    @SuppressWarnings("unchecked")
    static List<Outcome> outcomes(MvcResult result) {
        return (List<Outcome>) result.getFlashMap().get("outcomes");
    }

    String statusOf(long id) {
        return jdbc.sql("select status from weekly_plan where id = :id").param("id", id).query(String.class).single();
    }

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    String ready(String nip) throws Exception {
        mvc.perform(post("/api/me/code-of-conduct").with(httpBasic(nip, "demo12345"))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isNoContent());
        return nip;
    }

    long submit(String nip, String... kinds) throws Exception {
        return submit(nip, WEEK, MONDAY, kinds);
    }

    long submit(String nip, String week, LocalDate monday, String... kinds) throws Exception {
        StringBuilder days = new StringBuilder();
        for (int i = 0; i < kinds.length; i++) {
            days.append(i == 0 ? "" : ",").append("{\"date\":\"").append(monday.plusDays(i))
                    .append("\",\"kind\":\"").append(kinds[i]).append("\"}");
        }
        String body = "{\"nip\":\"" + nip + "\",\"week\":\"" + week + "\",\"flexType\":\"NONE\",\"days\":[" + days
                + "]}";
        String answer = mvc.perform(post("/api/plans").with(httpBasic(nip, "demo12345"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(answer).get("id").asLong();
    }
}
