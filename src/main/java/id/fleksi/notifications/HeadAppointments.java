package id.fleksi.notifications;

import id.fleksi.organisation.HeadAppointed;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Every appointment of a unit's head or acting head (Plt./Plh.) reaches each PPK as a notification, in the same
 * transaction as the appointment: who, which unit, from when, and who appointed them.
 */
@Component
class HeadAppointments {

    private final Notifications notifications;
    private final JdbcClient jdbc;

    HeadAppointments(Notifications notifications, JdbcClient jdbc) {
        this.notifications = notifications;
        this.jdbc = jdbc;
    }

    @EventListener
    void appointed(HeadAppointed appointment) {
        boolean head = "HEAD".equals(appointment.role());
        List<String> args = new ArrayList<>(List.of(appointment.nip(), appointment.name(), appointment.unitCode(),
                appointment.unitName(), appointment.from().toString(), appointment.appointedBy()));
        if (!head) {
            args.add(appointment.until().toString());
            args.add(appointment.role().equals("PLT") ? "Plt." : "Plh.");
        }
        List<Long> ppks = jdbc.sql("""
                        select a.id from account_directory a
                        join account_role_directory r on r.account_id = a.id and r.role = 'PPK'
                        where a.enabled order by a.id""")
                .query(Long.class).list();
        for (long ppk : ppks) {
            notifications.post(ppk, head ? NotificationKind.HEAD_APPOINTED : NotificationKind.ACTING_HEAD_APPOINTED,
                    "/unit/" + appointment.unitCode(), args);
        }
    }
}
