package id.fleksi.notifications;

import id.fleksi.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The PPK is reminded that the trial (uji coba) version in force ends: once when 14 days or fewer are left, once
 * more when 3 or fewer are, never twice for the same stage. The trial lies in 2043, where only this class saves a
 * version.
 */
class TrialRemindersTest extends IntegrationTest {

    @Autowired
    Reminders reminders;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void thePpkIsRemindedFourteenAndThreeDaysBeforeTheEndOnlyOnceEach() throws Exception {
        save("2043-01-05", "Penetapan sebelum uji coba 2043", null);
        save("2043-02-02", "Uji coba 2043", "2043-03-31");
        long ppk = jdbc.sql("select id from account where username = 'ppk'").query(Long.class).single();

        assertThat(reminders.remindTrialEnding(wib(2043, 3, 16, 7)).orElseThrow().due()).isFalse();
        assertThat(trialNotifications(ppk)).isZero();

        ReminderRun first = reminders.remindTrialEnding(wib(2043, 3, 17, 7)).orElseThrow();
        assertThat(first.due()).isTrue();
        assertThat(first.notified()).isPositive();
        assertThat(trialNotifications(ppk)).isEqualTo(1);
        assertThat(jdbc.sql("select args::text from notification where account_id = ? and kind = 'TRIAL_ENDING'")
                .param(ppk).query(String.class).single()).contains("Uji coba 2043").contains("2043-03-31");

        reminders.remindTrialEnding(wib(2043, 3, 17, 13));
        reminders.remindTrialEnding(wib(2043, 3, 27, 7));
        assertThat(trialNotifications(ppk)).as("the 14-day stage is sent once").isEqualTo(1);

        reminders.remindTrialEnding(wib(2043, 3, 28, 7));
        assertThat(trialNotifications(ppk)).as("3 days before").isEqualTo(2);
        reminders.remindTrialEnding(wib(2043, 3, 31, 7));
        assertThat(reminders.remindTrialEnding(wib(2043, 4, 1, 7)).orElseThrow().due())
                .as("the trial is over").isFalse();
        assertThat(trialNotifications(ppk)).isEqualTo(2);
        long others = jdbc.sql("""
                        select count(*) from notification n
                        where n.kind = 'TRIAL_ENDING' and not exists (
                            select 1 from account_role r where r.account_id = n.account_id and r.role = 'PPK')""")
                .query(Long.class).single();
        assertThat(others).as("only the PPK").isZero();
    }

    private void save(String from, String decree, String trialEndsOn) throws Exception {
        String body = """
                {"effectiveFrom":"%s","decreeNumber":"%s","lokasiEnabled":true,"allowedLocations":["RUMAH"],
                 "maxLokasiDaysPerWeek":2,"lokasiPercentCap":40,"fixedLokasiWeekdays":[],"sifEnabled":false,
                 "sifUnitCodes":[],"dinamisEnabled":false,"lateStartMaxMinutes":0,"newEmployeeMonths":6,
                 "minOfficePresencePercent":50,"additionalCriteria":[],
                 "codeOfConduct":"Pegawai tetap dapat dihubungi selama jam kerja.","trialEndsOn":%s}"""
                .formatted(from, decree, trialEndsOn == null ? "null" : "\"" + trialEndsOn + "\"");
        mvc.perform(put("/api/policy").with(httpBasic("ppk", "demo12345"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated());
    }

    private long trialNotifications(long account) {
        return jdbc.sql("select count(*) from notification where account_id = ? and kind = 'TRIAL_ENDING'")
                .param(account).query(Long.class).single();
    }

    private static Instant wib(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(id.fleksi.shared.InstitutionTime.ZONE).toInstant();
    }
}
