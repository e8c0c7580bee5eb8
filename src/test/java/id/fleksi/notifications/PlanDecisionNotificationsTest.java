package id.fleksi.notifications;

import id.fleksi.IntegrationTest;
import id.fleksi.planning.PlanTestUnits;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An employee is told of every decision on their plans, in the application and by e-mail, with who decided (by
 * name, not account) and why; the reminder that a week's plan is missing goes once the plan is submitted. Mails arrive at GreenMail on
 * the port the test settings give the application's mail server.
 */
class PlanDecisionNotificationsTest extends IntegrationTest {

    static final LocalDate MONDAY = LocalDate.of(2027, 11, 22);
    static final String WEEK = "2027-W47";

    @RegisterExtension
    static final TestMailServer mailServer = new TestMailServer();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Notifications notifications;

    @Test
    void theEmployeeIsToldOfTheApprovalAndTheRejectionWithTheReasonAndWhoDecided() throws Exception {
        PlanTestUnits.TestUnit unit = PlanTestUnits.create(jdbc, "KABAR", 2, true);
        String approved = unit.staff().get(0);
        String rejected = unit.staff().get(1);
        jdbc.sql("insert into mail_address (account_id, email) select id, 'kabar.uji@sukamaju.go.id' from account where username = :nip")
                .param("nip", rejected).update();
        long approvedId = submit(approved);
        long rejectedId = submit(rejected);

        mvc.perform(post("/api/plans/" + approvedId + "/approve").with(httpBasic(unit.head(), "demo12345"))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isOk());
        mvc.perform(post("/api/plans/" + rejectedId + "/reject").with(httpBasic(unit.head(), "demo12345"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"Layanan tatap muka hari Selasa\"}")).andExpect(status().isOk());

        String head = "Kepala " + unit.code();
        // the plan names who decided, as people know them, beside the account
        mvc.perform(get("/api/plans/" + approvedId).with(httpBasic(approved, "demo12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decidedBy").value(unit.head()))
                .andExpect(jsonPath("$.decidedByName").value(head));
        NotificationView approval = newest(approved, Locale.forLanguageTag("id"));
        assertThat(approval.kind()).isEqualTo(NotificationKind.PLAN_APPROVED);
        assertThat(approval.title()).isEqualTo("Rencana kerja minggu " + WEEK + " disetujui");
        assertThat(approval.body()).startsWith(head + " menyetujui rencana kerja Anda untuk minggu " + WEEK
                + " (Senin, 22 November 2027 sampai Jumat, 26 November 2027)").endsWith("Catatan pimpinan: \u2013");
        assertThat(approval.link()).isEqualTo("/saya/rencana/" + approvedId);

        NotificationView rejection = newest(rejected, Locale.ENGLISH);
        assertThat(rejection.kind()).isEqualTo(NotificationKind.PLAN_REJECTED);
        assertThat(rejection.title()).isEqualTo("Work plan for week " + WEEK + " rejected");
        assertThat(rejection.body()).contains(head + " rejected your work plan for week " + WEEK,
                "giving as the reason: Layanan tatap muka hari Selasa.");

        List<MimeMessage> mails = mailServer.to("kabar.uji@sukamaju.go.id");
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Rencana kerja minggu " + WEEK + " ditolak");
        assertThat(((String) mails.get(0).getContent()).replace("\r\n", "\n"))
                .contains("Yth. Pegawai " + unit.code() + " 2,", head + " menolak rencana kerja Anda",
                        "dengan alasan:\nLayanan tatap muka hari Selasa", "/saya/rencana/" + rejectedId);
    }

    @Test
    void aSubmittedPlanRetiresTheReminderThatItWasMissing() throws Exception {
        PlanTestUnits.TestUnit unit = PlanTestUnits.create(jdbc, "KABAR", 1, true);
        String nip = unit.staff().get(0);
        long account = accountOf(nip);
        notifications.post(account, NotificationKind.PLAN_MISSING, "/saya/rencana",
                List.of(WEEK, MONDAY.toString(), MONDAY.plusDays(4).toString(), "2027-11-19T16:00"));
        notifications.post(account, NotificationKind.PLAN_MISSING, "/saya/rencana",
                List.of("2027-W46", "2027-11-15", "2027-11-19", "2027-11-12T16:00"));
        assertThat(notifications.unread(account)).isEqualTo(2);

        submit(nip);

        List<NotificationView> left = notifications.of(account, 0, 10, Locale.forLanguageTag("id")).items();
        assertThat(left).extracting(NotificationView::title)
                .containsExactly("Rencana kerja minggu 2027-W46 belum diajukan");
    }

    private long submit(String nip) throws Exception {
        mvc.perform(post("/api/me/code-of-conduct").with(httpBasic(nip, "demo12345"))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isNoContent());
        StringBuilder days = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            days.append(i == 0 ? "" : ",").append("{\"date\":\"").append(MONDAY.plusDays(i))
                    .append("\",\"kind\":\"KANTOR\"}");
        }
        String answer = mvc.perform(post("/api/plans").with(httpBasic(nip, "demo12345"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nip\":\"" + nip + "\",\"week\":\"" + WEEK + "\",\"flexType\":\"NONE\",\"days\":["
                                + days + "]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return Long.parseLong(answer.replaceFirst("(?s).*?\"id\"\\s*:\\s*(\\d+).*", "$1"));
    }

    private NotificationView newest(String nip, Locale locale) {
        return notifications.of(accountOf(nip), 0, 1, locale).items().get(0);
    }

    private long accountOf(String nip) {
        return jdbc.sql("select id from account where username = :nip").param("nip", nip).query(Long.class).single();
    }
}
