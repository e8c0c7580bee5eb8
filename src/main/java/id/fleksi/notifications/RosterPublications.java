package id.fleksi.notifications;

import id.fleksi.rosters.ShiftsPublished;
import id.fleksi.shared.events.AfterCommit;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Tells each employee whose shifts a unit head published that their month's roster is out (Pasal 19 ayat (3)):
 * in the application and by e-mail, once the publication is committed ({@link AfterCommit}).
 */
@Component
class RosterPublications {

    static final String LINK = "/saya/sif";

    private final Notifications notifications;
    private final NotificationMails mails;
    private final Recipients recipients;

    RosterPublications(Notifications notifications, NotificationMails mails, Recipients recipients) {
        this.notifications = notifications;
        this.mails = mails;
        this.recipients = recipients;
    }

    @AfterCommit
    void published(ShiftsPublished publication) {
        for (Recipients.Recipient recipient : recipients.ofEmployees(publication.employeeIds())) {
            notifications.post(recipient.accountId(), NotificationKind.ROSTER_PUBLISHED, LINK, args(publication));
        }
    }

    /** The e-mail, apart from the notification: a mail server that fails leaves the notice posted. */
    @AfterCommit
    void mail(ShiftsPublished publication) {
        if (!mails.enabled()) {
            return;
        }
        for (Recipients.Recipient recipient : recipients.ofEmployees(publication.employeeIds())) {
            if (recipient.email() != null) {
                mails.send(recipient.email(), recipient.name(), NotificationKind.ROSTER_PUBLISHED,
                        args(publication), LINK);
            }
        }
    }

    /** The unit's code and name, the month, who published it. */
    private static List<String> args(ShiftsPublished publication) {
        return List.of(publication.unitCode(), publication.unitName(), publication.month().toString(),
                publication.publishedBy());
    }
}
