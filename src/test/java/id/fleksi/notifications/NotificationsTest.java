package id.fleksi.notifications;

import id.fleksi.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Each person reads and marks only their own notifications, in the pages and the API, in their language. */
class NotificationsTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Notifications notifications;

    @Autowired
    UserDetailsService users;

    private ReminderFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ReminderFixtures(jdbc);
    }

    @Test
    void theApiListsOnlyTheCallersOwnNotificationsNewestFirstInTheirLanguage() throws Exception {
        long unit = fixtures.unit("UJI-NTF-API", null);
        long mine = fixtures.account("uji-ntf-api-a", fixtures.employee("Agus Salim", unit), null);
        long theirs = fixtures.account("uji-ntf-api-b", fixtures.employee("Bunga Citra", unit), null);
        long first = planMissing(mine, "2030-W02", "2030-01-07");
        long second = planMissing(mine, "2030-W03", "2030-01-14");
        long other = planMissing(theirs, "2030-W04", "2030-01-21");

        mvc.perform(get("/api/notifications").with(httpBasic("uji-ntf-api-a", ReminderFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].id").value(second))
                .andExpect(jsonPath("$.items[1].id").value(first))
                .andExpect(jsonPath("$.items[0].kind").value("PLAN_MISSING"))
                .andExpect(jsonPath("$.items[0].title").value("Rencana kerja minggu 2030-W03 belum diajukan"))
                .andExpect(jsonPath("$.items[0].body").value(containsString("(Senin, 14 Januari 2030 sampai Jumat, 18 Januari 2030)")))
                .andExpect(jsonPath("$.items[0].link").value("/"))
                .andExpect(jsonPath("$.items[0].readAt").doesNotExist());
        mvc.perform(get("/api/notifications?size=1").with(httpBasic("uji-ntf-api-a", ReminderFixtures.PASSWORD))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].title").value("Work plan for week 2030-W03 not submitted"))
                .andExpect(jsonPath("$.items[0].body").value(containsString("(Monday, 14 January 2030 to Friday, 18 January 2030)")));

        // another's notification is not found, and stays unread
        mvc.perform(post("/api/notifications/" + other + "/read").with(httpBasic("uji-ntf-api-a", ReminderFixtures.PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("tidak ditemukan")));
        assertThat(notifications.unread(theirs)).isEqualTo(1);

        mvc.perform(post("/api/notifications/" + first + "/read").with(httpBasic("uji-ntf-api-a", ReminderFixtures.PASSWORD)))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/notifications/" + first + "/read").with(httpBasic("uji-ntf-api-a", ReminderFixtures.PASSWORD)))
                .andExpect(status().isNoContent());
        assertThat(notifications.unread(mine)).isEqualTo(1);
        mvc.perform(get("/api/notifications").with(httpBasic("uji-ntf-api-a", ReminderFixtures.PASSWORD)))
                .andExpect(jsonPath("$.items[1].readAt").isNotEmpty());
    }

    @Test
    void thePageShowsOnlyOwnNotificationsWithTheUnreadCountAndMarksThemRead() throws Exception {
        long unit = fixtures.unit("UJI-NTF-PAGE", null);
        long mine = fixtures.account("uji-ntf-page-a", fixtures.employee("Cahya Putri", unit), null);
        long theirs = fixtures.account("uji-ntf-page-b", fixtures.employee("Dimas Pratama", unit), null);
        long first = planMissing(mine, "2031-W10", "2031-03-03");
        planMissing(mine, "2031-W11", "2031-03-10");
        long other = planMissing(theirs, "2031-W12", "2031-03-17");

        mvc.perform(get("/notifikasi").with(as("uji-ntf-page-a")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Rencana kerja minggu 2031-W10 belum diajukan"),
                        containsString("Rencana kerja minggu 2031-W11 belum diajukan"),
                        not(containsString("2031-W12")),
                        containsString("2 belum dibaca"),
                        containsString("/notifikasi/" + first + "/dibaca"),
                        not(containsString("??")))));

        mvc.perform(post("/notifikasi/" + other + "/dibaca").with(as("uji-ntf-page-a")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/notifikasi/" + first + "/dibaca").with(as("uji-ntf-page-a")).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/notifikasi?page=0"));
        mvc.perform(get("/notifikasi").with(as("uji-ntf-page-a")))
                .andExpect(content().string(allOf(containsString("1 belum dibaca"),
                        not(containsString("/notifikasi/" + first + "/dibaca")))));

        mvc.perform(post("/notifikasi/dibaca-semua").with(as("uji-ntf-page-a")).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/notifikasi"))
                .andExpect(flash().attribute("successKey", "notification.allRead"));
        assertThat(notifications.unread(mine)).isZero();
        assertThat(notifications.unread(theirs)).isEqualTo(1);
        mvc.perform(get("/notifikasi?lang=en").with(as("uji-ntf-page-a")))
                .andExpect(content().string(allOf(containsString("Work plan for week 2031-W10 not submitted"),
                        not(containsString("unread")), not(containsString("??")))));
    }

    @Test
    void aPersonSetsChangesAndRemovesTheirOwnEmailAddress() throws Exception {
        long unit = fixtures.unit("UJI-NTF-MAIL", null);
        long account = fixtures.account("uji-ntf-surel", fixtures.employee("Eko Prasetyo", unit), null);

        mvc.perform(get("/akun/surel").with(as("uji-ntf-surel")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"email\""), not(containsString("??")))));
        mvc.perform(post("/akun/surel").with(as("uji-ntf-surel")).with(csrf()).param("email", "eko-di-kantor"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("is-invalid"),
                        containsString("Isi alamat surel yang lengkap"), containsString("value=\"eko-di-kantor\""))));
        assertThat(email(account)).isNull();

        mvc.perform(post("/akun/surel").with(as("uji-ntf-surel")).with(csrf())
                        .param("email", " Eko.Prasetyo@Sukamaju.go.id ").param("username", "orang-lain"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/akun/surel"))
                .andExpect(flash().attribute("successKey", "notification.email.saved"));
        assertThat(email(account)).isEqualTo("eko.prasetyo@sukamaju.go.id");
        assertThat(jdbc.sql("select username from account where id = ?").param(account).query(String.class).single())
                .isEqualTo("uji-ntf-surel");
        mvc.perform(get("/akun/surel").with(as("uji-ntf-surel")))
                .andExpect(content().string(containsString("value=\"eko.prasetyo@sukamaju.go.id\"")));

        mvc.perform(post("/akun/surel").with(as("uji-ntf-surel")).with(csrf()).param("email", ""))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("successKey", "notification.email.removed"));
        assertThat(email(account)).isNull();
        assertThat(jdbc.sql("""
                        select count(*) from audit_event
                        where action = 'ACCOUNT_EMAIL_CHANGED' and subject_key = 'uji-ntf-surel' and actor = 'uji-ntf-surel'""")
                .query(Long.class).single()).isEqualTo(2);
    }

    private long planMissing(long accountId, String week, String monday) {
        return notifications.post(accountId, NotificationKind.PLAN_MISSING, "/",
                List.of(week, monday, java.time.LocalDate.parse(monday).plusDays(4).toString(),
                        java.time.LocalDate.parse(monday).minusDays(3) + "T16:00"));
    }

    private String email(long accountId) {
        return jdbc.sql("select email from mail_address where account_id = ?").param(accountId).query(String.class).optional()
                .orElse(null);
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
