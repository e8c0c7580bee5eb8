package id.fleksi.notifications;

import id.fleksi.planning.ApprovedPlansAffected;
import id.fleksi.shared.InstitutionTime;
import id.fleksi.shared.events.AfterCommit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells who must know when something changed under approved plans. The heads (and today's acting heads) of the
 * units concerned: how many of their plans are up for review and why, one notification per head however many of
 * their units it touches, their own plans left out (decided from above). HR: how many across the institution, in
 * how many units. One query for the heads and one insert per group, since a new determination touches every unit
 * of a ministry at once; the link lists the plans.
 */
@Component
class AffectedPlans {

    static final String LINK = "/persetujuan/terdampak";

    private final Notifications notifications;
    private final Recipients recipients;
    private final JdbcClient jdbc;
    private final Clock clock;

    AffectedPlans(Notifications notifications, Recipients recipients, JdbcClient jdbc, Clock clock) {
        this.notifications = notifications;
        this.recipients = recipients;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @AfterCommit
    void affected(ApprovedPlansAffected affected) {
        String from = affected.from().toString();
        Long[] units = affected.units().stream().map(ApprovedPlansAffected.UnitCount::unitId).toArray(Long[]::new);
        // a head's own plan is not theirs to review, nor their acting head's: it is decided from above
        Long[] counts = affected.units().stream().map(unit -> unit.plans() - unit.ofUnitsHeads())
                .toArray(Long[]::new);
        Map<Long, List<String>> heads = new LinkedHashMap<>();
        jdbc.sql("""
                        select a.id, sum(c.plans)
                        from unnest(cast(:units as bigint[]), cast(:counts as bigint[])) c(unit_id, plans)
                        join unit_authority h on h.unit_id = c.unit_id
                                             and :today between h.in_force_from and h.in_force_until
                        join employee_directory e on e.id = h.employee_id and e.active
                        join account_directory a on a.employee_id = e.id and a.enabled
                        where c.plans > 0
                        group by a.id
                        order by a.id""")
                .param("units", units).param("counts", counts).param("today", InstitutionTime.today(clock))
                .query((ResultSet rs) -> {
                    heads.put(rs.getLong(1), List.of(String.valueOf(rs.getLong(2)), from));
                });
        notifications.postEach(heads, NotificationKind.valueOf("PLANS_AFFECTED_" + affected.cause()), LINK);

        long plans = affected.units().stream().mapToLong(ApprovedPlansAffected.UnitCount::plans).sum();
        List<String> args = List.of(String.valueOf(plans), from, String.valueOf(units.length));
        Map<Long, List<String>> hr = new LinkedHashMap<>();
        recipients.withRole("KEPEGAWAIAN").forEach(account -> hr.put(account, args));
        notifications.postEach(hr, NotificationKind.valueOf("REVIEWS_" + affected.cause()), LINK);
    }
}
