package id.fleksi.notifications;

import id.fleksi.planning.ApprovedPlansAffected;
import id.fleksi.shared.InstitutionTime;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Tells who must know when something changed under approved plans. The heads (and today's acting heads) of the
 * units concerned: how many of their plans are up for review and why, one notification per head however many of
 * their units it touches, their own plans left out (decided from above). HR: how many across the institution, in
 * how many units. Each group in one statement, since a new determination touches every unit of a ministry at once; the link lists the plans.
 */
@Component
class AffectedPlans {

    static final String LINK = "/persetujuan/terdampak";

    private final JdbcClient jdbc;
    private final Clock clock;

    AffectedPlans(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void affected(ApprovedPlansAffected affected) {
        Long[] units = affected.units().stream().map(ApprovedPlansAffected.UnitCount::unitId).toArray(Long[]::new);
        // a head's own plan is not theirs to review, nor their acting head's: it is decided from above
        Long[] counts = affected.units().stream().map(unit -> unit.plans() - unit.ofUnitsHeads())
                .toArray(Long[]::new);
        NotificationKind toHeads = NotificationKind.valueOf("PLANS_AFFECTED_" + affected.cause());
        jdbc.sql("""
                        insert into notification (account_id, kind, title_key, body_key, args, link)
                        select a.id, :kind, :title, :body, jsonb_build_array(sum(c.plans)::text, :from), :link
                        from unnest(cast(:units as bigint[]), cast(:counts as bigint[])) c(unit_id, plans)
                        join unit_authority h on h.unit_id = c.unit_id
                                             and :today between h.in_force_from and h.in_force_until
                        join employee_directory e on e.id = h.employee_id and e.active
                        join account_directory a on a.employee_id = e.id and a.enabled
                        where c.plans > 0
                        group by a.id
                        order by a.id""")
                .param("units", units).param("counts", counts).param("today", InstitutionTime.today(clock))
                .param("kind", toHeads.name()).param("title", toHeads.titleKey()).param("body", toHeads.bodyKey())
                .param("from", affected.from().toString()).param("link", LINK)
                .update();
        long plans = affected.units().stream().mapToLong(ApprovedPlansAffected.UnitCount::plans).sum();
        NotificationKind toHr = NotificationKind.valueOf("REVIEWS_" + affected.cause());
        jdbc.sql("""
                        insert into notification (account_id, kind, title_key, body_key, args, link)
                        select a.id, :kind, :title, :body, jsonb_build_array(:plans, :from, :units), :link
                        from account_directory a
                        join account_role_directory r on r.account_id = a.id and r.role = 'KEPEGAWAIAN'
                        where a.enabled
                        order by a.id""")
                .param("kind", toHr.name()).param("title", toHr.titleKey()).param("body", toHr.bodyKey())
                .param("plans", String.valueOf(plans)).param("from", affected.from().toString())
                .param("units", String.valueOf(units.length)).param("link", LINK)
                .update();
    }
}
