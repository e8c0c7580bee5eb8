package id.fleksi.notifications;

import id.fleksi.organisation.CircumstanceRequestChanged;
import id.fleksi.shared.events.AfterCommit;
import id.fleksi.shared.web.PathRules;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Each step of a request for a special circumstance reaches whoever acts next or asked, once it is committed
 * ({@link AfterCommit}), in the application and by e-mail: a new request the heads who recommend it, a
 * recommendation (or none) HR and the employee, HR's decision the employee.
 */
@Component
class CircumstanceSteps {

    private final Notifications notifications;
    private final NotificationMails mails;
    private final Recipients recipients;

    CircumstanceSteps(Notifications notifications, NotificationMails mails, Recipients recipients) {
        this.notifications = notifications;
        this.mails = mails;
        this.recipients = recipients;
    }

    @AfterCommit
    void changed(CircumstanceRequestChanged step) {
        NotificationKind kind = NotificationKind.valueOf("CIRCUMSTANCE_" + step.status());
        List<Recipients.Recipient> to = new ArrayList<>();
        switch (step.status()) {
            case "REQUESTED" -> to.addAll(recipients.ofEmployees(step.headEmployeeIds()));
            case "RECOMMENDED", "NOT_RECOMMENDED" -> {
                to.addAll(recipients.ofEmployees(List.of(step.employeeId())));
                to.addAll(recipients.havingRole(PathRules.HR));
            }
            default -> to.addAll(recipients.ofEmployees(List.of(step.employeeId())));
        }
        List<String> args = List.of(step.number(), step.employeeName(), step.from().toString(), step.to().toString(),
                step.by(), step.note() == null ? "\u2013" : step.note());
        String link = "/keadaan-khusus/" + step.requestId();
        List<Long> told = new ArrayList<>();
        for (Recipients.Recipient recipient : to) {
            if (told.contains(recipient.accountId())) {
                continue;
            }
            told.add(recipient.accountId());
            notifications.post(recipient.accountId(), kind, link, args);
            if (mails.enabled() && recipient.email() != null) {
                mails.send(recipient.email(), recipient.name(), kind, args, link);
            }
        }
    }
}
