package id.fleksi.planning;

import id.fleksi.IntegrationTest;
import id.fleksi.shared.InstitutionTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.UUID;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What changes under an approved plan reaches its head: a disciplinary sanction or a holiday puts the approved
 * plans of the weeks it touches (not yet over) up for review, the head is notified and finds them listed, and
 * keeps each or withdraws its approval with a reason, which the employee is told of.
 */
class PlanReviewsTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;

    private String unit;
    private String head;
    private String nip;
    private String colleague;
    private LocalDate nextMonday;

    @BeforeEach
    void aUnitWithItsHeadAndTwoEmployeesWithApprovedPlansForNextWeek() {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        unit = "TINJAU-" + suffix;
        jdbc.sql("""
                        insert into unit (code, name, parent_id, time_zone)
                        values (:code, 'Unit tinjau ulang', (select id from unit where code = 'SETDA'), 'Asia/Jakarta')""")
                .param("code", unit).update();
        head = employee("Kepala Tinjau " + suffix, "kepala.tinjau." + suffix.toLowerCase());
        jdbc.sql("""
                        insert into unit_head (unit_id, employee_id, started_on)
                        values ((select id from unit where code = :unit),
                                (select employee_id from account where username = :head), date '2024-01-02')""")
                .param("unit", unit).param("head", head).update();
        nip = employee("Rani Tinjau " + suffix, null);
        colleague = employee("Sinta Tinjau " + suffix, null);
        nextMonday = InstitutionTime.today(clock).with(DayOfWeek.MONDAY).plusWeeks(1);
        plan(nip, nextMonday);
        plan(colleague, nextMonday);
        // a week long over is never put up for review
        plan(nip, nextMonday.minusWeeks(6));
    }

    @Test
    void aSanctionPutsTheEmployeesApprovedPlansUpForReviewAndTheHeadWithdrawsOne() throws Exception {
        mvc.perform(post("/api/employees/{nip}/discipline", nip).with(httpBasic("kepegawaian", "demo12345"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"from\":\"" + nextMonday.minusWeeks(8) + "\",\"status\":\"SERVING\",\"note\":\"Hukuman disiplin\"}"))
                .andExpect(status().isCreated());

        assertThat(reviewed()).containsExactly(nip + " DISCIPLINE");
        assertThat(notifications(head)).containsExactly("PLANS_AFFECTED_DISCIPLINE /persetujuan/terdampak 1");
        // HR is told how many and where, and reads the plan without the head's choice
        long hrNotice = jdbc.sql("""
                        select max(n.id) from notification n join account a on a.id = n.account_id
                        where a.username = 'kepegawaian' and n.kind = 'REVIEWS_DISCIPLINE'""")
                .query(Long.class).single();
        assertThat(jdbc.sql("select args::text from notification where id = :id").param("id", hrNotice)
                .query(String.class).single()).isEqualTo("[\"1\", \"" + nextMonday.minusWeeks(8) + "\", \"1\"]");
        mvc.perform(get("/notifikasi").with(as("kepegawaian")))
                .andExpect(content().string(allOf(
                        containsString("1 rencana kerja yang sudah disetujui perlu ditinjau ulang oleh kepala unit"),
                        containsString("di 1 unit"), not(containsString("{2}")))));
        mvc.perform(get("/persetujuan/terdampak").with(as("kepegawaian")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Rani Tinjau"), containsString("daftar ini untuk dibaca"),
                        not(containsString("href=\"/persetujuan\"")))));
        mvc.perform(get("/persetujuan/terdampak/" + planOf(nip, nextMonday)).with(as("kepegawaian")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"review-read-only\""),
                        not(containsString("data-testid=\"review-keep\"")))));
        mvc.perform(post("/persetujuan/terdampak/" + planOf(nip, nextMonday) + "/tetap").with(as("kepegawaian"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/persetujuan").with(as(head)))
                .andExpect(content().string(containsString("1 rencana disetujui perlu ditinjau ulang")));
        long planId = planOf(nip, nextMonday);
        mvc.perform(get("/persetujuan/terdampak").with(as(head)))
                .andExpect(content().string(allOf(containsString("Rani Tinjau"), not(containsString("Sinta Tinjau")),
                        containsString("Sanksi disiplin dicatat, berlaku mulai"))));
        // the employee cannot open it; the page asks for a reason before withdrawing
        mvc.perform(get("/persetujuan/terdampak/" + planId).with(user(users.loadUserByUsername("pegawai"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/persetujuan/terdampak/" + planId + "/cabut").with(as(head)).with(csrf())
                        .param("reason", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tulis alasannya")));
        assertThat(planStatus(planId)).isEqualTo("APPROVED");

        mvc.perform(post("/persetujuan/terdampak/" + planId + "/cabut").with(as(head)).with(csrf())
                        .param("reason", "Selama menjalani hukuman disiplin bekerja di kantor."))
                .andExpect(redirectedUrl("/persetujuan/terdampak"))
                .andExpect(flash().attribute("successKey", "review.withdrawn"));
        assertThat(planStatus(planId)).isEqualTo("REJECTED");
        assertThat(reviewed()).isEmpty();
        assertThat(notifications(nip)).containsExactly("PLAN_REJECTED /saya/rencana/" + planId + " "
                + isoWeek(nextMonday));
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where action = 'PLAN_APPROVAL_WITHDRAWN'
                        and subject_key = :key""").param("key", nip + "/" + isoWeek(nextMonday))
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aHolidayPutsTheWeeksApprovedPlansUpForReviewAndTheHeadKeepsThem() throws Exception {
        LocalDate wednesday = nextMonday.plusDays(2);
        jdbc.sql("delete from holiday where day = :day").param("day", wednesday).update();
        // the head's own approved plan goes up for review too, but is decided from above: not counted for them
        String headNip = jdbc.sql("select e.nip from employee e join account a on a.employee_id = e.id where a.username = :u")
                .param("u", head).query(String.class).single();
        plan(headNip, nextMonday);
        mvc.perform(post("/hari-libur").with(user(users.loadUserByUsername("kepegawaian"))).with(csrf())
                        .param("date", wednesday.toString()).param("name", "Libur uji tinjau")
                        .param("kind", "CUTI_BERSAMA"))
                .andExpect(status().is3xxRedirection());
        try {
            assertThat(reviewed()).containsExactlyInAnyOrder(nip + " HOLIDAY", colleague + " HOLIDAY",
                    headNip + " HOLIDAY");
            assertThat(notifications(head)).containsExactly("PLANS_AFFECTED_HOLIDAY /persetujuan/terdampak 2");

            long planId = planOf(colleague, nextMonday);
            mvc.perform(post("/persetujuan/terdampak/" + planId + "/tetap").with(as(head)).with(csrf()))
                    .andExpect(flash().attribute("successKey", "review.kept"));
            assertThat(planStatus(planId)).isEqualTo("APPROVED");
            assertThat(reviewed()).containsExactlyInAnyOrder(nip + " HOLIDAY", headNip + " HOLIDAY");
            // another head's plans are not theirs to review
            mvc.perform(post("/persetujuan/terdampak/" + planOf(nip, nextMonday) + "/tetap")
                            .with(user(users.loadUserByUsername("kepala"))).with(csrf()))
                    .andExpect(status().isNotFound());
        } finally {
            jdbc.sql("delete from holiday where day = :day").param("day", wednesday).update();
        }
    }

    private String employee(String name, String username) {
        // a valid NIP of someone born between 1965 and 1984, appointed in January 2010
        java.util.Random random = new java.util.Random(UUID.randomUUID().getLeastSignificantBits());
        String unique = LocalDate.of(1965, 1, 1).plusDays(random.nextInt(7000))
                .format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + "201001" + "1"
                + String.format("%03d", 1 + random.nextInt(999));
        jdbc.sql("""
                        insert into employee (nip, name, employee_type, unit_id, position, position_since)
                        values (:nip, :name, 'PNS', (select id from unit where code = :unit), 'Analis', date '2020-01-02')""")
                .param("nip", unique).param("name", name).param("unit", unit).update();
        String login = username == null ? unique : username;
        jdbc.sql("""
                        insert into account (username, display_name, password_hash, employee_id)
                        values (:login, :name, '{noop}tidak-dipakai', (select id from employee where nip = :nip))""")
                .param("login", login).param("name", name).param("nip", unique).update();
        jdbc.sql("insert into account_role (account_id, role) select id, 'PEGAWAI' from account where username = :login")
                .param("login", login).update();
        return login;
    }

    private void plan(String nip, LocalDate monday) {
        long id = jdbc.sql("""
                        insert into weekly_plan (employee_id, unit_id, iso_week, week_start, flex_type, status, verdict,
                                                 warnings, submitted_at, submitted_by, decided_at, decided_by)
                        values ((select id from employee where nip = :nip), (select id from unit where code = :unit),
                                :week, :monday, 'NONE', 'APPROVED',
                                cast('{"valid":true,"requiredMinutes":2250,"plannedMinutes":2250,"lokasiDays":0,"violations":[],"exceptionsApplied":[]}' as jsonb),
                                0, now(), :nip, now(), 'kepala-uji')
                        returning id""")
                .param("nip", nip).param("unit", unit).param("week", isoWeek(monday)).param("monday", monday)
                .query(Long.class).single();
        for (int i = 0; i < 5; i++) {
            jdbc.sql("insert into plan_day (plan_id, day, kind) values (:plan, :day, 'KANTOR')")
                    .param("plan", id).param("day", monday.plusDays(i)).update();
        }
    }

    private long planOf(String nip, LocalDate monday) {
        return jdbc.sql("""
                        select p.id from weekly_plan p join employee e on e.id = p.employee_id
                        where e.nip = :nip and p.week_start = :monday""")
                .param("nip", nip).param("monday", monday).query(Long.class).single();
    }

    private String planStatus(long planId) {
        return jdbc.sql("select status from weekly_plan where id = :id").param("id", planId).query(String.class)
                .single();
    }

    private List<String> reviewed() {
        return jdbc.sql("""
                        select e.nip || ' ' || r.cause from plan_review r join weekly_plan p on p.id = r.plan_id
                        join employee e on e.id = p.employee_id join unit u on u.id = p.unit_id
                        where u.code = :unit order by e.nip""")
                .param("unit", unit).query(String.class).list();
    }

    private List<String> notifications(String username) {
        return jdbc.sql("""
                        select n.kind || ' ' || n.link || ' ' || (n.args ->> 0) from notification n
                        join account a on a.id = n.account_id where a.username = :u order by n.id""")
                .param("u", username).query(String.class).list();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private static String isoWeek(LocalDate monday) {
        return "%d-W%02d".formatted(monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
