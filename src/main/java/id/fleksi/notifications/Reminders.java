package id.fleksi.notifications;

import id.fleksi.audit.AuditTrail;
import id.fleksi.policy.PlanDeadline;
import id.fleksi.policy.Policies;
import id.fleksi.policy.PolicyInForce;
import id.fleksi.policy.TrialEnding;
import id.fleksi.rules.WorkWeek;
import id.fleksi.shared.InstitutionTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.threeten.extra.YearWeek;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

/**
 * The reminders of the weekly loop. Each job posts a notification and, where the person gave an address, mails
 * it; the table {@code reminder_sent} holds one row per account, kind and period, so a second run or a second
 * instance never reminds anyone twice. ShedLock lets one instance at a time run a job: called while another
 * holds the lock, a job does nothing and answers empty. The scheduler calls these with the current time; tests
 * call them with any.
 */
@Service
public class Reminders {

    public static final String PLAN_JOB = "plan-reminders";
    public static final String HEAD_JOB = "head-reminders";
    public static final String TRIAL_JOB = "trial-reminders";
    /** The days before a trial's last day on which the PPK is reminded, once each. */
    static final List<Integer> TRIAL_STAGES = List.of(Policies.TRIAL_REMINDER_DAYS, 3);
    static final String RUN = "REMINDERS_RUN";
    static final String SUBJECT = "REMINDER_JOB";
    /*
     * Where the reminders lead: the home pages, from which employees plan and heads decide. When the planning
     * module's pages exist, these can point at them directly.
     */
    static final String PLAN_LINK = "/saya/rencana";
    static final String DECISIONS_LINK = "/persetujuan";
    static final String POLICY_LINK = "/kebijakan";

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final JdbcClient jdbc;
    private final Policies policies;
    private final Notifications notifications;
    private final NotificationMails mails;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    Reminders(JdbcClient jdbc, Policies policies, Notifications notifications, NotificationMails mails,
              AuditTrail audit, ApplicationEventPublisher events, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.policies = policies;
        this.notifications = notifications;
        this.mails = mails;
        this.audit = audit;
        this.events = events;
        this.transaction = transaction;
    }

    /**
     * After the plan deadline of the determination in force, reminds each active employee (with an account in
     * the role PEGAWAI) who has no plan, in any status, for the next ISO week; not those who work in shifts
     * (the view {@code shift_worker} of the rosters module), whose week is their published roster.
     *
     * @return what the run did; empty when another run holds the lock
     */
    @SchedulerLock(name = PLAN_JOB)
    public Optional<ReminderRun> remindMissingPlans(Instant now) {
        ZonedDateTime at = now.atZone(InstitutionTime.ZONE);
        LocalDate today = at.toLocalDate();
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(1);
        String week = isoWeek(monday);
        Optional<PlanDeadline> deadline = policies.inForceOn(today).map(PolicyInForce::planDeadline);
        if (deadline.isEmpty() || at.isBefore(deadline.get().inWeekOf(today))) {
            return Optional.of(finish(ReminderRun.notDue(PLAN_JOB, week)));
        }
        List<String> args = List.of(week, monday.toString(), WorkWeek.lastWorkingDay(monday).toString(),
                deadline.get().inWeekOf(today).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).toString());
        List<Recipient> recipients = jdbc.sql("""
                        select a.id, a.display_name, m.email
                        from employee_directory e
                        join account_directory a on a.employee_id = e.id and a.enabled
                        join account_role_directory r on r.account_id = a.id and r.role = 'PEGAWAI'
                        left join mail_address m on m.account_id = a.id
                        where e.active
                          and not exists (select 1 from plan_directory p where p.employee_id = e.id and p.iso_week = :week)
                          -- shift workers follow the roster their head publishes (Pasal 19 ayat (3))
                          and not exists (select 1 from shift_worker w where w.employee_id = e.id)
                          and not exists (select 1 from reminder_sent s where s.account_id = a.id
                                          and s.kind = :kind and s.period = :week)
                        order by a.id""")
                .param("week", week).param("kind", NotificationKind.PLAN_MISSING.name())
                .query((rs, n) -> new Recipient(rs.getLong(1), rs.getString(2), rs.getString(3), args))
                .list();
        return Optional.of(finish(remind(PLAN_JOB, NotificationKind.PLAN_MISSING, week, PLAN_LINK, recipients)));
    }

    /**
     * Reminds each unit head, once a day, of the plans that wait for a decision (status SUBMITTED) in the units
     * they head, or act as head of today (Plt/Plh), and all their sub-units, with how many; their own plan is not
     * theirs to decide and is left out.
     *
     * @return what the run did; empty when another run holds the lock
     */
    @SchedulerLock(name = HEAD_JOB)
    public Optional<ReminderRun> remindWaitingPlans(Instant now) {
        LocalDate today = now.atZone(InstitutionTime.ZONE).toLocalDate();
        List<Recipient> recipients = jdbc.sql("""
                        with scope(head_id, unit_id) as (
                            -- heads and today's acting heads (Plt/Plh), each over their units and sub-units
                            select distinct h.employee_id, b.unit_id from unit_authority h
                                cross join lateral unit_below(h.unit_id) b
                            where :today between h.in_force_from and h.in_force_until)
                        select a.id, a.display_name, m.email, count(distinct p.id)
                        from scope s
                        join employee_directory e on e.id = s.head_id and e.active
                        join account_directory a on a.employee_id = e.id and a.enabled
                        left join mail_address m on m.account_id = a.id
                        join plan_directory p on p.unit_id = s.unit_id and p.status = 'SUBMITTED'
                                          and p.employee_id <> s.head_id
                        group by a.id, a.display_name, m.email
                        order by a.id""")
                .param("today", today)
                .query((rs, n) -> new Recipient(rs.getLong(1), rs.getString(2), rs.getString(3),
                        List.of(String.valueOf(rs.getLong(4)), today.toString())))
                .list();
        return Optional.of(finish(remind(HEAD_JOB, NotificationKind.PLANS_WAITING, today.toString(), DECISIONS_LINK,
                recipients)));
    }

    /**
     * Reminds each PPK that the trial (uji coba) version of the determination in force ends soon: once when
     * {@value Policies#TRIAL_REMINDER_DAYS} days or fewer are left and once more when 3 or fewer are; a run that
     * missed a day catches up on the next, and a stage already sent is never sent again.
     *
     * @return what the run did; empty when another run holds the lock
     */
    @SchedulerLock(name = TRIAL_JOB)
    public Optional<ReminderRun> remindTrialEnding(Instant now) {
        LocalDate today = now.atZone(InstitutionTime.ZONE).toLocalDate();
        Optional<TrialEnding> ending = policies.trialEnding(today);
        if (ending.isEmpty()) {
            return Optional.of(finish(ReminderRun.notDue(TRIAL_JOB, today.toString())));
        }
        TrialEnding trial = ending.get();
        int stage = TRIAL_STAGES.stream().filter(days -> trial.daysLeft() <= days)
                .min(Integer::compare).orElseThrow();
        String period = trial.version() + "-" + stage;
        List<String> args = List.of(trial.decreeNumber(), trial.endsOn().toString(),
                String.valueOf(trial.daysLeft()));
        List<Recipient> recipients = jdbc.sql("""
                        select a.id, a.display_name, m.email
                        from account_directory a
                        join account_role_directory r on r.account_id = a.id and r.role = 'PPK'
                        left join mail_address m on m.account_id = a.id
                        where a.enabled
                          and not exists (select 1 from reminder_sent s where s.account_id = a.id
                                          and s.kind = :kind and s.period = :period)
                        order by a.id""")
                .param("kind", NotificationKind.TRIAL_ENDING.name()).param("period", period)
                .query((rs, n) -> new Recipient(rs.getLong(1), rs.getString(2), rs.getString(3), args))
                .list();
        return Optional.of(finish(remind(TRIAL_JOB, NotificationKind.TRIAL_ENDING, period, POLICY_LINK,
                recipients)));
    }

    private ReminderRun remind(String job, NotificationKind kind, String period, String link,
                               List<Recipient> recipients) {
        int notified = 0;
        int mailed = 0;
        int mailFailed = 0;
        for (Recipient recipient : recipients) {
            // the row, the notification and nothing else in one short transaction; the mail after it commits
            Long sent = transaction.execute(status -> {
                Optional<Long> row = jdbc.sql("""
                                insert into reminder_sent (account_id, kind, period) values (:account, :kind, :period)
                                on conflict (account_id, kind, period) do nothing
                                returning id""")
                        .param("account", recipient.accountId()).param("kind", kind.name()).param("period", period)
                        .query(Long.class).optional();
                row.ifPresent(id -> notifications.post(recipient.accountId(), kind, link, recipient.args()));
                return row.orElse(null);
            });
            if (sent == null) {
                continue;
            }
            notified++;
            if (recipient.email() != null && mails.enabled()) {
                if (mails.send(recipient.email(), recipient.name(), kind, recipient.args(), link)) {
                    jdbc.sql("update reminder_sent set emailed_to = :email where id = :id")
                            .param("email", recipient.email()).param("id", sent).update();
                    mailed++;
                } else {
                    mailFailed++;
                }
            }
        }
        return new ReminderRun(job, period, true, recipients.size(), notified, recipients.size() - notified, mailed,
                mailFailed);
    }

    /** Records the run in the audit trail and tells the application about it. */
    private ReminderRun finish(ReminderRun run) {
        transaction.executeWithoutResult(status ->
                audit.record(AuditTrail.SYSTEM, RUN, SUBJECT, run.job() + "@" + run.period(), null, run));
        log.info("Reminder run {}", run);
        events.publishEvent(run);
        return run;
    }

    static String isoWeek(LocalDate day) {
        return YearWeek.from(day).toString();
    }

    private record Recipient(long accountId, String name, String email, List<String> args) {
    }
}
