package id.fleksi.notifications;

import id.fleksi.planning.PlanDecided;
import id.fleksi.planning.PlanRecalled;
import id.fleksi.planning.PlanSubmitted;
import id.fleksi.rules.WorkWeek;
import id.fleksi.shared.events.AfterCommit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

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

    PlanDecisions(Notifications notifications, NotificationMails mails, JdbcClient jdbc, Recipients recipients) {
        this.notifications = notifications;
        this.mails = mails;
        this.jdbc = jdbc;
        this.recipients = recipients;
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
        String link = "/saya/rencana/" + recall.planId();
        for (Recipients.Recipient recipient : recipients.ofEmployees(List.of(recall.employeeId()))) {
            notifications.post(recipient.accountId(), NotificationKind.PLAN_RECALLED, link, args);
            if (mails.enabled() && recipient.email() != null) {
                mails.send(recipient.email(), recipient.name(), NotificationKind.PLAN_RECALLED, args, link);
            }
        }
    }

    /** The reminder that this week's plan is missing no longer holds once the plan is submitted. */
    @AfterCommit
    void submitted(PlanSubmitted submission) {
        jdbc.sql("""
                        delete from notification n using account_directory a
                        where a.id = n.account_id and a.employee_id = :employee
                          and n.kind = :kind and n.args ->> 0 = :week""")
                .param("employee", submission.employeeId()).param("kind", NotificationKind.PLAN_MISSING.name())
                .param("week", submission.isoWeek()).update();
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
