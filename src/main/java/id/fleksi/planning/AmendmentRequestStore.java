package id.fleksi.planning;

import id.fleksi.rules.PlanDay;
import id.fleksi.rules.WeekPlan;
import id.fleksi.shared.web.Paged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The requests to change approved plans and the days they ask for, in PostgreSQL. */
@Repository
class AmendmentRequestStore {

    private static final String COLUMNS = """
            r.id, r.plan_id, r.status, r.flex_type, r.reason, r.verdict::text as verdict, r.plan_version,
            r.requested_by, r.requested_at, r.decided_at, r.decided_by, r.decided_by_name, r.decision_note""";

    private final JdbcClient jdbc;

    AmendmentRequestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a request of the plan; empty when another request of it waits already. */
    Optional<Long> insert(long planId, long planVersion, WeekPlan plan, String reason, String verdictJson,
                          int warnings, String by, Instant at) {
        Optional<Long> id = jdbc.sql("""
                        insert into plan_amendment_request (plan_id, status, flex_type, reason, verdict, warnings,
                                                            plan_version, requested_by, requested_at)
                        values (:plan, 'REQUESTED', :flex, :reason, cast(:verdict as jsonb), :warnings, :version, :by,
                                :at)
                        on conflict (plan_id) where status = 'REQUESTED' do nothing
                        returning id""")
                .param("plan", planId).param("flex", plan.flexType().name()).param("reason", reason)
                .param("verdict", verdictJson).param("warnings", warnings).param("version", planVersion)
                .param("by", by).param("at", Timestamp.from(at))
                .query(Long.class).optional();
        id.ifPresent(request -> {
            for (PlanDay day : plan.days()) {
                jdbc.sql("""
                                insert into plan_amendment_request_day (request_id, day, kind, start_time, end_time,
                                                                        break_minutes, office_unit_code, note)
                                values (:request, :day, :kind, :start, :end, :break, :office, :note)""")
                        .param("request", request).param("day", day.date()).param("kind", day.kind().name())
                        .param("start", day.start()).param("end", day.end()).param("break", day.breakMinutes())
                        .param("office", day.officeUnitCode()).param("note", day.note())
                        .update();
            }
        });
        return id;
    }

    Optional<AmendmentRequest> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from plan_amendment_request r where r.id = :id")
                .param("id", id).query((rs, n) -> request(rs, days(id))).optional();
    }

    /** The plan's request waiting for the head, if any. */
    Optional<AmendmentRequest> pending(long planId) {
        return jdbc.sql("select id from plan_amendment_request where plan_id = :plan and status = 'REQUESTED'")
                .param("plan", planId).query(Long.class).optional().flatMap(this::find);
    }

    /** A page of the plan's requests, the latest first. */
    Paged<AmendmentRequest> ofPlan(long planId, int page, int size) {
        long total = jdbc.sql("select count(*) from plan_amendment_request where plan_id = :plan")
                .param("plan", planId).query(Long.class).single();
        List<AmendmentRequest> items = jdbc.sql("select " + COLUMNS + " from plan_amendment_request r"
                        + " where r.plan_id = :plan order by r.requested_at desc, r.id desc limit :limit offset :offset")
                .param("plan", planId).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> request(rs, List.of())).list();
        Map<Long, List<PlanDay>> days = daysOf(items.stream().map(AmendmentRequest::id).toList());
        return new Paged<>(items.stream().map(r -> withDays(r, days.getOrDefault(r.id(), List.of()))).toList(), page,
                size, total);
    }

    private static final String WAITING_FROM = " from plan_amendment_request r join weekly_plan p on p.id = r.plan_id"
            + " join employee_directory e on e.id = p.employee_id join unit_directory u on u.id = p.unit_id";

    /**
     * A page of the requests waiting for a decision in these units ({@code null}: all), never the decider's own,
     * nor those of a head whose plans go to a unit above {@code deciderUnits} (as the plans waiting are filtered).
     */
    Paged<Waiting> waiting(Set<Long> units, Long excludeEmployee, Set<Long> deciderUnits, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = waitingWhere(units, excludeEmployee, deciderUnits, params);
        long total = waitingCount(units, excludeEmployee, deciderUnits);
        List<Waiting> items = jdbc.sql("select r.id, r.plan_id, p.iso_week, e.nip, e.name, u.code, r.reason,"
                        + " r.requested_at" + WAITING_FROM + where
                        + " order by r.requested_at, r.id limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> new Waiting(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant()))
                .list();
        return new Paged<>(items, page, size, total);
    }

    /** How many requests wait for a decision, with the filter of {@link #waiting}. */
    long waitingCount(Set<Long> units, Long excludeEmployee, Set<Long> deciderUnits) {
        Map<String, Object> params = new HashMap<>();
        String where = waitingWhere(units, excludeEmployee, deciderUnits, params);
        return jdbc.sql("select count(*)" + WAITING_FROM + where).params(params).query(Long.class).single();
    }

    private static String waitingWhere(Set<Long> units, Long excludeEmployee, Set<Long> deciderUnits,
                                       Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where r.status = 'REQUESTED' and p.status = 'APPROVED'");
        if (units != null) {
            where.append(" and p.unit_id = any(:units)");
            params.put("units", units.toArray(Long[]::new));
        }
        if (excludeEmployee != null) {
            where.append(" and p.employee_id <> :excluded");
            params.put("excluded", excludeEmployee);
        }
        if (deciderUnits != null) {
            where.append(" and not exists (select 1 from unit_authority h join unit_directory hu on hu.id = h.unit_id"
                    + " where h.employee_id = p.employee_id and h.authority = 'HEAD'"
                    + " and (hu.parent_id is null or hu.parent_id <> all(:decider)))");
            params.put("decider", deciderUnits.toArray(Long[]::new));
        }
        return where.toString();
    }

    /** Moves a waiting request on (approved, rejected or withdrawn); false when it is no longer waiting. */
    boolean close(long id, AmendmentRequest.Status to, String by, String byName, String note, Instant at) {
        return jdbc.sql("""
                        update plan_amendment_request
                        set status = :status, decided_at = :at, decided_by = :by, decided_by_name = :byName,
                            decision_note = :note
                        where id = :id and status = 'REQUESTED'""")
                .param("status", to.name()).param("at", Timestamp.from(at)).param("by", by).param("byName", byName)
                .param("note", note).param("id", id).update() == 1;
    }

    private Map<Long, List<PlanDay>> daysOf(List<Long> ids) {
        Map<Long, List<PlanDay>> days = new HashMap<>();
        if (ids.isEmpty()) {
            return days;
        }
        jdbc.sql("""
                        select request_id, day, kind, start_time, end_time, break_minutes, office_unit_code, note
                        from plan_amendment_request_day where request_id in (:ids) order by request_id, day""")
                .param("ids", ids)
                .query((ResultSet rs) -> {
                    days.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(PlanStore.dayAt(rs, 2));
                });
        return days;
    }

    private List<PlanDay> days(long id) {
        return daysOf(List.of(id)).getOrDefault(id, List.of());
    }

    private static AmendmentRequest withDays(AmendmentRequest r, List<PlanDay> days) {
        return new AmendmentRequest(r.id(), r.planId(), r.status(), r.flexType(), days, r.reason(), r.verdictJson(),
                r.planVersion(), r.requestedBy(), r.requestedAt(), r.decidedAt(), r.decidedBy(), r.decidedByName(),
                r.decisionNote());
    }

    private static AmendmentRequest request(ResultSet rs, List<PlanDay> days) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new AmendmentRequest(rs.getLong("id"), rs.getLong("plan_id"),
                AmendmentRequest.Status.valueOf(rs.getString("status")),
                WeekPlan.FlexType.valueOf(rs.getString("flex_type")), days, rs.getString("reason"),
                rs.getString("verdict"), rs.getLong("plan_version"), rs.getString("requested_by"),
                rs.getTimestamp("requested_at").toInstant(), decided == null ? null : decided.toInstant(),
                rs.getString("decided_by"), rs.getString("decided_by_name"), rs.getString("decision_note"));
    }

    /** A request waiting in a head's inbox. */
    record Waiting(long id, long planId, String isoWeek, String nip, String employeeName, String unitCode,
                   String reason, Instant requestedAt) {
    }
}
