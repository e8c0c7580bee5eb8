package id.fleksi.notifications;

import id.fleksi.IntegrationTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduled reminders, called as the scheduler calls them but at chosen times: the days used here lie
 * between the demo determination's start (5 January 2026, deadline Friday 16.00) and today, where no test can
 * add a version, or in 2038, where only this class does. Mails arrive at GreenMail, which this class starts on
 * the port the test settings give the application's mail server.
 */
class RemindersTest extends IntegrationTest {

    @RegisterExtension
    static final TestMailServer mailServer = new TestMailServer();

    @Autowired
    Reminders reminders;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConfigurableApplicationContext context;

    private ReminderFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ReminderFixtures(jdbc);
    }

    @Test
    void aShiftWorkerFollowsTheirRosterAndIsNotRemindedOfAWeeklyPlan() {
        long unit = fixtures.unit("UJI-NTF-SIF", null);
        long nurse = fixtures.employee("Nurul Sif", unit);
        long nurseAccount = fixtures.account("uji-ntf-nurul", nurse, null);
        long clerk = fixtures.account("uji-ntf-kasih", fixtures.employee("Kasih Kantor", unit), null);
        jdbc.sql("""
                        insert into shift_rotation (unit_id, starts_on, cells)
                        values (:unit, date '2026-03-02', array['P','P','P','P','P','OFF','OFF'])""")
                .param("unit", unit).update();
        jdbc.sql("insert into shift_rotation_member (unit_id, employee_id, offset_days) values (:unit, :nurse, 0)")
                .param("unit", unit).param("nurse", nurse).update();

        reminders.remindMissingPlans(wib(2026, 4, 10, 16, 0)).orElseThrow();

        assertThat(notifications(clerk)).containsExactly("PLAN_MISSING");
        assertThat(notifications(nurseAccount)).isEmpty();
    }

    @Test
    void anEmployeeWithoutAPlanIsRemindedOnceAfterTheDeadlineAndOneWhoSubmittedIsNot() throws Exception {
        long unit = fixtures.unit("UJI-NTF-PLAN", null);
        long late = fixtures.account("uji-ntf-rina", fixtures.employee("Rina Lestari", unit), "rina.uji@sukamaju.go.id");
        long noAddress = fixtures.account("uji-ntf-budi", fixtures.employee("Budi Santoso", unit), null);
        long submitter = fixtures.employee("Sari Wulandari", unit);
        long onTime = fixtures.account("uji-ntf-sari", submitter, "sari.uji@sukamaju.go.id");
        // plans for the week of 16 March 2026 (2026-W12) are due on Friday 13 March, 16.00 WIB
        fixtures.plan(submitter, unit, LocalDate.of(2026, 3, 16), "SUBMITTED");

        ReminderRun early = reminders.remindMissingPlans(wib(2026, 3, 13, 15, 59)).orElseThrow();
        assertThat(early.due()).isFalse();
        assertThat(early.period()).isEqualTo("2026-W12");
        assertThat(notifications(late)).isEmpty();
        assertThat(mailsTo("rina.uji@sukamaju.go.id")).isEmpty();

        ReminderRun run = reminders.remindMissingPlans(wib(2026, 3, 13, 16, 0)).orElseThrow();
        assertThat(run.due()).isTrue();
        assertThat(notifications(late)).containsExactly("PLAN_MISSING");
        assertThat(notifications(noAddress)).containsExactly("PLAN_MISSING");
        assertThat(notifications(onTime)).isEmpty();
        assertThat(mailsTo("sari.uji@sukamaju.go.id")).isEmpty();

        List<MimeMessage> mails = mailsTo("rina.uji@sukamaju.go.id");
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        assertThat(mail.getSubject()).isEqualTo("Pengingat: rencana kerja minggu 2026-W12 belum diajukan");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("fleksi@sukamaju.go.id");
        String body = ((String) mail.getContent()).replace("\r\n", "\n");
        assertThat(body).startsWith("Yth. Rina Lestari,")
                .contains("Batas pengajuan rencana kerja minggu 2026-W12 (Senin, 16 Maret 2026 sampai Jumat, 20 Maret 2026)"
                        + " adalah Jumat, 13 Maret 2026, 16.00 WIB")
                .contains("Ajukan rencana kerja Anda sekarang")
                .contains("https://fleksi.sukamaju.go.id/saya/rencana\n");
        assertThat(jdbc.sql("select emailed_to from reminder_sent where account_id = ? and period = '2026-W12'")
                .param(late).query(String.class).single()).isEqualTo("rina.uji@sukamaju.go.id");

        // a second run, or a second instance, leaves out whoever was reminded and sends nothing more
        ReminderRun again = reminders.remindMissingPlans(wib(2026, 3, 14, 9, 5)).orElseThrow();
        assertThat(again.due()).isTrue();
        assertThat(again.notified()).isZero();
        assertThat(again.recipients()).isZero();
        assertThat(run.recipients()).isPositive();
        assertThat(notifications(late)).hasSize(1);
        assertThat(mailsTo("rina.uji@sukamaju.go.id")).hasSize(1);

        assertThat(jdbc.sql("""
                        select count(*) from audit_event where actor = 'sistem' and action = 'REMINDERS_RUN'
                        and subject_key = 'plan-reminders@2026-W12'""")
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void theReminderFollowsTheDeadlineOfTheDeterminationInForce() throws Exception {
        // a version from Monday 4 January 2038 whose plans are due on Wednesday at 10.00
        jdbc.sql("""
                insert into policy_version (effective_from, decree_number, lokasi_enabled, max_lokasi_days_per_week,
                    lokasi_percent_cap, sif_enabled, dinamis_enabled, new_employee_months,
                    min_office_presence_percent, code_of_conduct, created_by, plan_deadline_weekday, plan_deadline_time)
                values (date '2038-01-04', 'Keputusan uji batas rencana 2038', true, 2, 40, false, false, 6, 50,
                    'Kode perilaku uji.', 'uji', 'WEDNESDAY', time '10:00')""").update();
        long unit = fixtures.unit("UJI-NTF-2038", null);
        long account = fixtures.account("uji-ntf-dewi", fixtures.employee("Dewi Anggraini", unit), null);

        assertThat(reminders.remindMissingPlans(wib(2038, 1, 6, 9, 59)).orElseThrow().due()).isFalse();
        assertThat(notifications(account)).isEmpty();
        ReminderRun run = reminders.remindMissingPlans(wib(2038, 1, 6, 10, 0)).orElseThrow();
        assertThat(run.due()).isTrue();
        assertThat(run.period()).isEqualTo("2038-W02");
        assertThat(notifications(account)).containsExactly("PLAN_MISSING");
    }

    @Test
    void aUnitHeadIsRemindedDailyOfThePlansWaitingInTheirUnitsAndSubUnits() throws Exception {
        long unit = fixtures.unit("UJI-NTF-HEAD", null);
        long subUnit = fixtures.unit("UJI-NTF-HEAD-SUB", unit);
        long otherUnit = fixtures.unit("UJI-NTF-OTHER", null);
        long headEmployee = fixtures.employee("Hendra Wijaya", unit);
        long head = fixtures.account("uji-ntf-hendra", headEmployee, "hendra.uji@sukamaju.go.id");
        fixtures.head(unit, headEmployee);
        LocalDate monday = LocalDate.of(2026, 5, 11);
        fixtures.plan(fixtures.employee("Ani", unit), unit, monday, "SUBMITTED");
        fixtures.plan(fixtures.employee("Bayu", unit), unit, monday.plusWeeks(1), "SUBMITTED");
        fixtures.plan(fixtures.employee("Citra", subUnit), subUnit, monday, "SUBMITTED");
        fixtures.plan(fixtures.employee("Dodi", unit), unit, monday, "APPROVED");
        fixtures.plan(fixtures.employee("Eka", otherUnit), otherUnit, monday, "SUBMITTED");
        // the head's own plan is decided above them
        fixtures.plan(headEmployee, unit, monday, "SUBMITTED");

        ReminderRun run = reminders.remindWaitingPlans(wib(2026, 5, 8, 7, 0)).orElseThrow();
        assertThat(run.period()).isEqualTo("2026-05-08");
        assertThat(notifications(head)).containsExactly("PLANS_WAITING");
        String text = jdbc.sql("select args::text from notification where account_id = ?").param(head)
                .query(String.class).single();
        assertThat(text).isEqualTo("[\"3\", \"2026-05-08\"]");

        List<MimeMessage> mails = mailsTo("hendra.uji@sukamaju.go.id");
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Pengingat: 3 rencana kerja menunggu keputusan Anda");
        assertThat(((String) mails.get(0).getContent()).replace("\r\n", "\n"))
                .contains("Per Jumat, 8 Mei 2026, ada 3 rencana kerja mingguan di unit dan sub-unit yang Anda pimpin")
                .contains("https://fleksi.sukamaju.go.id/persetujuan\n");

        // once a day: the same day again sends nothing, the next day reminds again
        reminders.remindWaitingPlans(wib(2026, 5, 8, 13, 0));
        assertThat(notifications(head)).hasSize(1);
        reminders.remindWaitingPlans(wib(2026, 5, 11, 7, 0));
        assertThat(notifications(head)).hasSize(2);
        assertThat(mailsTo("hendra.uji@sukamaju.go.id")).hasSize(2);
    }

    /**
     * Two instances' schedulers fire at once: the first takes the lock row in the table shedlock, the second
     * finds it taken and does nothing. The first is held inside its run (by a listener of the event it publishes
     * while it still holds the lock) until the second has tried.
     */
    @Test
    void aJobRunsOnceWhileAnotherRunHoldsItsLock() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread[] held = new Thread[1];
        ApplicationListener<ApplicationEvent> holdFirstRun = event -> {
            if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof ReminderRun
                    && Thread.currentThread() == held[0]) {
                running.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        context.addApplicationListener(holdFirstRun);
        try {
            CompletableFuture<Optional<ReminderRun>> first = new CompletableFuture<>();
            held[0] = new Thread(() -> {
                try {
                    first.complete(reminders.remindMissingPlans(wib(2026, 5, 13, 8, 0)));
                } catch (RuntimeException e) {
                    first.completeExceptionally(e);
                }
            });
            held[0].start();
            assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();

            assertThat(jdbc.sql("""
                            select lock_until > timezone('utc', now()) and locked_by <> ''
                            from shedlock where name = 'plan-reminders'""")
                    .query(Boolean.class).single()).isTrue();
            // the second instance: a run that would be due, refused by the lock
            assertThat(reminders.remindMissingPlans(wib(2026, 6, 19, 17, 0))).isEmpty();
            assertThat(sentFor("2026-W26")).isZero();

            release.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS)).hasValueSatisfying(run -> assertThat(run.due()).isFalse());
            held[0].join(TimeUnit.SECONDS.toMillis(30));
        } finally {
            release.countDown();
            context.removeApplicationListener(holdFirstRun);
        }

        // released, the lock lets the next run through
        assertThat(jdbc.sql("select lock_until <= timezone('utc', now()) from shedlock where name = 'plan-reminders'")
                .query(Boolean.class).single()).isTrue();
        assertThat(reminders.remindMissingPlans(wib(2026, 6, 19, 17, 0))).hasValueSatisfying(run ->
                assertThat(run.due()).isTrue());
        assertThat(sentFor("2026-W26")).isPositive();
    }

    @Test
    void theSchedulerIsOffInTestsWhichCallTheJobsThemselves() {
        assertThat(context.getBeanNamesForType(ReminderSchedule.class)).isEmpty();
        assertThat(context.getBeanNamesForType(Reminders.class)).hasSize(1);
    }

    private static Instant wib(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(id.fleksi.shared.InstitutionTime.ZONE)
                .toInstant();
    }

    private List<String> notifications(long accountId) {
        return jdbc.sql("select kind from notification where account_id = ? order by id").param(accountId)
                .query(String.class).list();
    }

    private long sentFor(String period) {
        return jdbc.sql("select count(*) from reminder_sent where period = ?").param(period)
                .query(Long.class).single();
    }

    private static List<MimeMessage> mailsTo(String address) {
        return mailServer.to(address);
    }
}
