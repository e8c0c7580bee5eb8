package id.fleksi.notifications;

import id.fleksi.planning.PlanAmendmentDecided;
import id.fleksi.planning.PlanAmendmentRequested;
import id.fleksi.planning.PlanDecided;
import id.fleksi.planning.PlanRecalled;
import id.fleksi.planning.PlanSubmitted;
import id.fleksi.rules.WorkWeek;
import id.fleksi.shared.InstitutionTime;
import id.fleksi.shared.events.AfterCommit;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * What the employee is told of their plans: once a decision is committed it reaches them as a notification
 * (approved, or rejected with the reason, and by whom) and by e-mail; a submitted plan retires the reminder that the
 * week's plan was missing. Each through the event registry ({@link AfterCommit}): none is lost on a crash.
 */
@Component
class PlanDecisions {

    private final Notifications notifications;
    private final NotificationMails mails;
    private final JdbcClient jdbc;
    private final Recipients recipients;
    private final Clock clock;

    PlanDecisions(Notifications notifications, NotificationMails mails, JdbcClient jdbc, Recipients recipients,
                  Clock clock) {
        this.notifications = notifications;
        this.mails = mails;
        this.jdbc = jdbc;
        this.recipients = recipients;
        this.clock = clock;
    }

    @AfterCommit
    void decided(PlanDecided decision) {
        for (Recipients.Recipient recipient : recipients.ofEmployees(List.of(decision.employeeId()))) {
            notifications.post(recipient.accountId(), kind(decision), link(decision), args(decision));
        }
    }

    /** The e-mail, apart from the notification: a mail server that fails leaves the notice posted. */
    @AfterCommit
    void mail(PlanDecided decision) {
        if (!mails.enabled()) {
            return;
        }
        for (Recipients.Recipient recipient : recipients.ofEmployees(List.of(decision.employeeId()))) {
            if (recipient.email() != null) {
                mails.send(recipient.email(), recipient.name(), kind(decision), args(decision), link(decision));
            }
        }
    }

    /** A recall to the office reaches the employee as a notification and by e-mail, as a decision does. */
    @AfterCommit
    void recalled(PlanRecalled recall) {
        List<String> args = List.of(recall.isoWeek(), recall.day().toString(), recall.reason(), recall.recalledBy());
        tell(List.of(recall.employeeId()), NotificationKind.PLAN_RECALLED, "/saya/rencana/" + recall.planId(), args);
    }

    /**
     * A request to change an approved plan reaches the heads of the plan's unit and its acting heads of today (not the
     * employee themselves) as a notification and by e-mail.
     */
    @AfterCommit
    void amendmentRequested(PlanAmendmentRequested request) {
        List<Long> heads = jdbc.sql("""
                        select distinct h.employee_id from unit_authority h
                        join employee_directory e on e.id = h.employee_id and e.active
                        where h.unit_id = :unit and :today between h.in_force_from and h.in_force_until
                          and h.employee_id <> :employee""")
                .param("unit", request.unitId()).param("today", InstitutionTime.today(clock))
                .param("employee", request.employeeId()).query(Long.class).list();
        tell(heads, NotificationKind.PLAN_AMENDMENT_REQUESTED, "/persetujuan/" + request.planId(),
                List.of(request.isoWeek(), request.employeeName(), request.reason()));
    }

    /** The head's decision on a change reaches the employee as a notification and by e-mail. */
    @AfterCommit
    void amendmentDecided(PlanAmendmentDecided decision) {
        tell(List.of(decision.employeeId()), decision.approved() ? NotificationKind.PLAN_AMENDMENT_APPROVED
                        : NotificationKind.PLAN_AMENDMENT_REJECTED, "/saya/rencana/" + decision.planId(),
                List.of(decision.isoWeek(), decision.note() == null ? "\u2013" : decision.note(),
                        decision.decidedBy()));
    }

    private void tell(List<Long> employees, NotificationKind kind, String link, List<String> args) {
        if (employees.isEmpty()) {
            return;
        }
        for (Recipients.Recipient recipient : recipients.ofEmployees(employees)) {
            notifications.post(recipient.accountId(), kind, link, args);
            if (mails.enabled() && recipient.email() != null) {
                mails.send(recipient.email(), recipient.name(), kind, args, link);
            }
        }
    }

    /**
     * The reminder that this week's plan is missing no longer holds once the plan is submitted: retired in the
     * submission's own transaction, so that it goes exactly when the plan is stored, with no event to record and
     * deliver afterwards on every submission of a Friday afternoon.
     */
    @EventListener
    void submitted(PlanSubmitted submission) {
        // the kind written out, so that the plan kept for the statement takes the reminders' own index
        jdbc.sql("""
                        delete from notification n using account_directory a
                        where a.id = n.account_id and a.employee_id = :employee
                          and n.kind = 'PLAN_MISSING' and n.args ->> 0 = :week""")
                .param("employee", submission.employeeId()).param("week", submission.isoWeek()).update();
    }

    private static NotificationKind kind(PlanDecided decision) {
        return decision.approved() ? NotificationKind.PLAN_APPROVED : NotificationKind.PLAN_REJECTED;
    }

    private static String link(PlanDecided decision) {
        return "/saya/rencana/" + decision.planId();
    }

    /** The week, its Monday and Friday, the note or reason ("–" when none), who decided. */
    private static List<String> args(PlanDecided decision) {
        List<String> args = new ArrayList<>();
        args.add(decision.isoWeek());
        args.add(decision.monday().toString());
        args.add(WorkWeek.lastWorkingDay(decision.monday()).toString());
        args.add(decision.note() == null || decision.note().isBlank() ? "\u2013" : decision.note());
        args.add(decision.decidedBy());
        return args;
    }
}
