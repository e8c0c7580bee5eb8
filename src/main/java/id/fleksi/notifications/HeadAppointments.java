package id.fleksi.notifications;

import id.fleksi.organisation.HeadAppointed;
import id.fleksi.shared.events.AfterCommit;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Every appointment of a unit's head or acting head (Plt./Plh.) reaches each PPK as a notification once it is
 * committed ({@link AfterCommit}): who, which unit, from when, and who appointed them.
 */
@Component
class HeadAppointments {

    private final Notifications notifications;
    private final Recipients recipients;

    HeadAppointments(Notifications notifications, Recipients recipients) {
        this.notifications = notifications;
        this.recipients = recipients;
    }

    @AfterCommit
    void appointed(HeadAppointed appointment) {
        boolean head = "HEAD".equals(appointment.role());
        List<String> args = new ArrayList<>(List.of(appointment.nip(), appointment.name(), appointment.unitCode(),
                appointment.unitName(), appointment.from().toString(), appointment.appointedBy()));
        if (!head) {
            args.add(appointment.until().toString());
            args.add(appointment.role().equals("PLT") ? "Plt." : "Plh.");
        }
        for (long ppk : recipients.withRole("PPK")) {
            notifications.post(ppk, head ? NotificationKind.HEAD_APPOINTED : NotificationKind.ACTING_HEAD_APPOINTED,
                    "/unit/" + appointment.unitCode(), args);
        }
    }
}
