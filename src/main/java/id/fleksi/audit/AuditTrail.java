package id.fleksi.audit;

import id.fleksi.shared.Actor;
import id.fleksi.shared.web.Paged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Records changes in the caller's transaction, so that a change and its record land or fail together,
 * and lets the PPK and HR browse them.
 */
@Service
public class AuditTrail {

    /** The actor name of changes the application makes by itself (demo data, scheduled jobs). */
    public static final String SYSTEM = "sistem";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditTrail(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Records one change.
     *
     * @param action      what happened, e.g. {@code EMPLOYEE_CREATED}
     * @param subjectType what kind of record changed, e.g. {@code EMPLOYEE}
     * @param subjectKey  which one, by its natural key (a NIP, a unit or task code, a date)
     * @param before      its state before, or {@code null} when it was created
     * @param after       its state after, or {@code null} when it was removed
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Actor actor, String action, String subjectType, String subjectKey, Object before,
                       Object after) {
        record(actor == null ? SYSTEM : actor.username(), action, subjectType, subjectKey, before, after);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String action, String subjectType, String subjectKey, Object before,
                       Object after) {
        jdbc.sql("""
                        insert into audit_event (actor, action, subject_type, subject_key, before_state, after_state)
                        values (:actor, :action, :type, :key, cast(:before as jsonb), cast(:after as jsonb))""")
                .param("actor", actor).param("action", action).param("type", subjectType).param("key", subjectKey)
                .param("before", toJson(before)).param("after", toJson(after))
                .update();
    }

    /** Events matching the query, newest first; counted up to {@link Paged#countLimit}. */
    @Transactional(readOnly = true)
    public Paged<AuditEntry> search(AuditQuery query, int page, int size) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> args = new ArrayList<>();
        if (query.actor() != null && !query.actor().isBlank()) {
            where.append(" and actor = ?");
            args.add(query.actor().strip().toLowerCase(java.util.Locale.ROOT));
        }
        if (query.subjectType() != null && !query.subjectType().isBlank()) {
            where.append(" and subject_type = ?");
            args.add(query.subjectType().strip());
        }
        if (query.subjectKey() != null && !query.subjectKey().isBlank()) {
            where.append(" and subject_key = ?");
            args.add(query.subjectKey().strip());
        }
        if (query.action() != null && !query.action().isBlank()) {
            where.append(" and action = ?");
            args.add(query.action().strip());
        }
        if (query.from() != null) {
            where.append(" and occurred_at >= ?");
            args.add(java.sql.Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            where.append(" and occurred_at < ?");
            args.add(java.sql.Timestamp.from(query.to()));
        }
        // the trail grows by every submission and decision: counting all of it would cost every page more each
        // week, so the count stops past 1,000 (or past the page asked for)
        List<Object> countArgs = new ArrayList<>(args);
        countArgs.add(Paged.countLimit(page, size));
        long counted = jdbc.sql("select count(*) from (select 1 from audit_event" + where + " limit ?) capped")
                .params(countArgs).query(Long.class).single();
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<AuditEntry> items = jdbc.sql("""
                        select id, occurred_at, actor, action, subject_type, subject_key,
                               before_state::text, after_state::text
                        from audit_event""" + where + " order by occurred_at desc, id desc limit ? offset ?")
                .params(pageArgs)
                .query((rs, n) -> new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)))
                .list();
        return Paged.counted(items, page, size, counted);
    }

    private String toJson(Object state) {
        return state == null ? null : json.writeValueAsString(state);
    }

    /** One recorded change; the states are JSON text. */
    public record AuditEntry(long id, Instant occurredAt, String actor, String action, String subjectType,
                             String subjectKey, String before, String after) {
    }

    /** Filters of the audit trail; each may be left {@code null}. {@code to} is exclusive. */
    public record AuditQuery(String actor, String subjectType, String subjectKey, String action, Instant from,
                             Instant to) {
    }
}
