package id.fleksi.planning;

import id.fleksi.audit.AuditTrail;
import id.fleksi.organisation.Organisation;
import id.fleksi.organisation.PersonnelChanged;
import id.fleksi.organisation.UnitScope;
import id.fleksi.policy.CalendarChanged;
import id.fleksi.shared.Actor;
import id.fleksi.shared.InstitutionTime;
import id.fleksi.shared.events.AfterCommit;
import id.fleksi.shared.web.Paged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Approved weekly plans that something changed under, for their heads to look at again. A disciplinary sanction
 * recorded (Pasal 25 ayat (1) huruf a) or a move to another unit puts up the employee's approved plans of the
 * weeks it touches; a holiday added, those of its week; a new determination, every approved plan from its first
 * week. Only weeks not yet over. The head keeps a plan as approved, or withdraws the approval with a reason: the
 * plan becomes rejected and the employee is told as of any rejection.
 * <p>
 * The plans are put up once the change that affects them is committed, in a transaction of their own, through the
 * event registry ({@link AfterCommit}): a change rolled back puts up nothing, and one committed just before a
 * crash puts its plans up when the application starts again.
 */
@Service
public class PlanReviews {

    static final String SUBJECT = "WEEKLY_PLAN";
    /** What a {@link Review} is read from: the review {@code r}, its plan {@code p}, employee {@code e}, unit {@code u}. */
    private static final String COLUMNS = """
            select r.plan_id, r.cause, r.cause_from, r.flagged_on, p.iso_week, p.week_start, p.version, e.nip, e.name,
                   u.code, p.employee_id
            """;

    private final JdbcClient jdbc;
    private final WeeklyPlans plans;
    private final PlanStore store;
    private final Organisation organisation;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanReviews(JdbcClient jdbc, WeeklyPlans plans, PlanStore store, Organisation organisation, AuditTrail audit,
                ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.store = store;
        this.organisation = organisation;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @AfterCommit
    void personnelChanged(PersonnelChanged change) {
        Map<String, Object> params = new HashMap<>();
        params.put("employee", change.employeeId());
        params.put("from", change.from());
        if (change.to() != null) {
            params.put("to", change.to());
        }
        flag(change.cause().name(), change.from(), "p.employee_id = :employee and p.week_start + 6 >= :from"
                + (change.to() == null ? "" : " and p.week_start <= :to"), params);
    }

    @AfterCommit
    void calendarChanged(CalendarChanged change) {
        if (change.cause() == CalendarChanged.Cause.HOLIDAY) {
            flag(change.cause().name(), change.from(), """
                    exists (select 1 from unnest(cast(:days as date[])) h(day)
                            where h.day between p.week_start and p.week_start + 6)""",
                    Map.of("days", change.days().stream().map(Date::valueOf).toArray(Date[]::new)));
        } else {
            flag(change.cause().name(), change.from(), "p.week_start + 6 >= :from", Map.of("from", change.from()));
        }
    }

    /**
     * Puts the approved plans of weeks not yet over that {@code condition} (on the plan {@code p}) selects up for
     * review, and announces how many per unit.
     */
    private void flag(String cause, LocalDate from, String condition, Map<String, Object> params) {
        LocalDate today = InstitutionTime.today(clock);
        List<ApprovedPlansAffected.UnitCount> units = jdbc.sql("""
                        with flagged as (
                            insert into plan_review (plan_id, unit_id, employee_id, cause, cause_from, flagged_on)
                            select p.id, p.unit_id, p.employee_id, :cause, :causeFrom, :today from weekly_plan p
                            where p.status = 'APPROVED' and p.week_start >= :weekFrom and (%s)
                            on conflict (plan_id) do update
                                set cause = excluded.cause, cause_from = excluded.cause_from,
                                    flagged_on = excluded.flagged_on
                            returning unit_id, employee_id)
                        select f.unit_id, count(*), count(h.employee_id)
                        from flagged f
                            left join (select distinct unit_id, employee_id from unit_authority
                                       where :today between in_force_from and in_force_until) h
                                   on h.unit_id = f.unit_id and h.employee_id = f.employee_id
                        group by f.unit_id order by f.unit_id"""
                        .formatted(condition))
                .params(params).param("cause", cause).param("causeFrom", from).param("today", today)
                .param("weekFrom", today.minusDays(6))
                .query((rs, n) -> new ApprovedPlansAffected.UnitCount(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .list();
        if (!units.isEmpty()) {
            events.publishEvent(new ApprovedPlansAffected(cause, from, units));
        }
    }

    /**
     * The plans up for review that the person may decide: those of their units and sub-units, all for the PPK
     * (and for HR, to read), never their own; a page of the reviews is chosen first, newest first, and only its
     * plans are read.
     */
    @Transactional(readOnly = true)
    public Paged<Review> list(Actor actor, int page, int size) {
        Long[] units = scope(actor);
        long self = actor.employeeId() == null ? -1 : actor.employeeId();
        List<Review> rows = jdbc.sql("""
                        with shown as (
                            select r.plan_id, r.flagged_on from plan_review r
                            where r.employee_id <> :self""" + inUnits(units) + """
                            order by r.flagged_on desc, r.plan_id
                            limit :size offset :offset)
                        """ + COLUMNS + """
                        from shown s
                            join plan_review r on r.plan_id = s.plan_id
                            join weekly_plan p on p.id = r.plan_id
                            join employee_directory e on e.id = p.employee_id
                            join unit_directory u on u.id = p.unit_id
                        order by s.flagged_on desc, s.plan_id""")
                .params(units == null ? Map.of() : Map.of("units", units))
                .param("self", self).param("size", size).param("offset", (long) page * size)
                .query(PlanReviews::review)
                .list();
        return new Paged<>(rows, page, size, count(units, self, Long.MAX_VALUE));
    }

    /**
     * How many plans wait for the person's review, for the inbox: counted on the reviews alone and at most up to
     * {@code cap} (after a new determination a ministry has a quarter of a million).
     */
    @Transactional(readOnly = true)
    public long count(Actor actor, int cap) {
        return count(scope(actor), actor.employeeId() == null ? -1 : actor.employeeId(), cap);
    }

    private long count(Long[] units, long self, long cap) {
        JdbcClient.StatementSpec count = jdbc.sql("""
                        select count(*) from (select 1 from plan_review r where r.employee_id <> :self""" + inUnits(units)
                        + " limit :cap) capped")
                .param("self", self).param("cap", cap);
        return (units == null ? count : count.param("units", units)).query(Long.class).single();
    }

    /** The condition on the units of a head's scope; none for the PPK ({@code units} null). */
    private static String inUnits(Long[] units) {
        return units == null ? "" : " and r.unit_id = any(:units)";
    }

    /** One plan up for review that the person may decide, or read (HR reads every one). */
    @Transactional(readOnly = true)
    public Optional<Review> find(Actor actor, long planId) {
        return review(actor, planId, !actor.isHr());
    }

    /** The head keeps the plan as approved: it is no longer up for review. */
    @Transactional
    public void keep(Actor actor, long planId) {
        Review review = reviewable(actor, planId).orElseThrow(() -> new PlanRefused(PlanRefused.Reason.NO_PLAN));
        jdbc.sql("delete from plan_review where plan_id = :id").param("id", planId).update();
        audit.record(actor, "PLAN_REVIEW_KEPT", SUBJECT, review.nip() + "/" + review.isoWeek(),
                Map.of("cause", review.cause()), Map.of("status", "APPROVED"));
    }

    /**
     * The head withdraws the approval: the plan becomes rejected with the reason, and the employee is told.
     *
     * @throws PlanRefused when the plan changed meanwhile
     */
    @Transactional
    public void withdraw(Actor actor, long planId, Long version, String reason) {
        Review review = reviewable(actor, planId).orElseThrow(() -> new PlanRefused(PlanRefused.Reason.NO_PLAN));
        PlanState.Move move = new PlanState(planId, PlanStatus.APPROVED, review.version())
                .withdrawApproval(version, reason);
        if (!store.move(move, actor.username(), actor.displayName(), clock.instant())) {
            throw new PlanRefused(PlanRefused.Reason.CHANGED);
        }
        jdbc.sql("delete from plan_review where plan_id = :id").param("id", planId).update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", "REJECTED");
        after.put("note", move.note());
        audit.record(actor, "PLAN_APPROVAL_WITHDRAWN", SUBJECT, review.nip() + "/" + review.isoWeek(),
                Map.of("status", "APPROVED", "cause", review.cause()), after);
        events.publishEvent(new PlanDecided(planId, review.employeeId(), review.nip(), review.isoWeek(),
                review.weekStart(), false, move.note(), actor.displayName()));
    }

    private Optional<Review> reviewable(Actor actor, long planId) {
        return review(actor, planId, true);
    }

    private Optional<Review> review(Actor actor, long planId, boolean toDecide) {
        Optional<StoredPlan> plan = plans.storedPlan(planId);
        if (plan.isEmpty() || !organisation.mayRead(actor, plan.get().summary().employeeId())) {
            return Optional.empty();
        }
        if (toDecide && !plans.mayDecide(actor, plan.get().summary())) {
            throw new AccessDeniedException("not the head of the plan's unit");
        }
        return jdbc.sql(COLUMNS + """
                        from plan_review r
                            join weekly_plan p on p.id = r.plan_id
                            join employee_directory e on e.id = p.employee_id
                            join unit_directory u on u.id = p.unit_id
                        where r.plan_id = :id and p.status = 'APPROVED'""")
                .param("id", planId)
                .query(PlanReviews::review)
                .optional();
    }

    private static Review review(ResultSet rs, int row) throws SQLException {
        return new Review(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                rs.getObject(4, LocalDate.class), rs.getString(5), rs.getObject(6, LocalDate.class), rs.getLong(7),
                rs.getString(8), rs.getString(9), rs.getString(10), rs.getLong(11));
    }

    /** The units whose plans the person decides, or null for all (the PPK; HR, who reads them). */
    private Long[] scope(Actor actor) {
        if (actor.isPpk() || actor.isHr()) {
            return null;
        }
        UnitScope scope = actor.employeeId() == null ? UnitScope.NONE
                : organisation.headedScopeOf(actor.employeeId());
        return scope.unitIds().toArray(Long[]::new);
    }

    /** An approved plan up for review: why (the cause and the day it holds from), when it was put up, whose. */
    public record Review(long planId, String cause, LocalDate causeFrom, LocalDate flaggedOn, String isoWeek,
                         LocalDate weekStart, long version, String nip, String name, String unitCode,
                         long employeeId) {
    }
}
