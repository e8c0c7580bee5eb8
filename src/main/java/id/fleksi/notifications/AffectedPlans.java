package id.fleksi.notifications;

import id.fleksi.planning.ApprovedPlansAffected;
import id.fleksi.shared.InstitutionTime;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/**
 * Tells the heads (and today's acting heads) of the units whose approved plans something changed under how many
 * are up for their review and why, one notification per head however many of their units it touches; the link
 * lists them.
 */
@Component
class AffectedPlans {

    static final String LINK = "/persetujuan/terdampak";

    private final Notifications notifications;
    private final JdbcClient jdbc;
    private final Clock clock;

    AffectedPlans(Notifications notifications, JdbcClient jdbc, Clock clock) {
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void affected(ApprovedPlansAffected affected) {
        NotificationKind kind = NotificationKind.valueOf("PLANS_AFFECTED_" + affected.cause());
        Long[] units = affected.units().stream().map(ApprovedPlansAffected.UnitCount::unitId).toArray(Long[]::new);
        Long[] counts = affected.units().stream().map(ApprovedPlansAffected.UnitCount::plans).toArray(Long[]::new);
        List<long[]> heads = jdbc.sql("""
                        select a.id, sum(c.plans)
                        from unnest(cast(:units as bigint[]), cast(:counts as bigint[])) c(unit_id, plans)
                        join unit_authority h on h.unit_id = c.unit_id
                                             and :today between h.in_force_from and h.in_force_until
                        join employee e on e.id = h.employee_id and e.active
                        join account a on a.employee_id = e.id and a.enabled
                        group by a.id
                        order by a.id""")
                .param("units", units).param("counts", counts).param("today", InstitutionTime.today(clock))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        for (long[] head : heads) {
            notifications.post(head[0], kind, LINK, List.of(String.valueOf(head[1]), affected.from().toString()));
        }
    }
}
