package id.fleksi.attendance;

import id.fleksi.audit.AuditTrail;
import id.fleksi.policy.CalendarChanged;
import id.fleksi.shared.Actor;
import id.fleksi.shared.InstitutionTime;
import id.fleksi.shared.events.AfterCommit;
import id.fleksi.shared.web.ApiProblem;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.Serializable;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The findings of plan against attendance stored per week for the whole institution (tables
 * {@code discrepancy_week} and {@code discrepancy_finding}, published as the views
 * {@code attendance_discrepancy_week} and {@code attendance_discrepancy_finding}), so that an evaluation of half a
 * year reads figures rather than judging tens of millions of employee-days again. A week is recomputed in one
 * transaction and one set-based statement from {@code attendance_reconciliation}, judged up to yesterday.
 *
 * <p>A week is marked stale when its attendance records change (a trigger of {@code attendance_record}, whatever
 * wrote them: the API, a CSV import, a check-in), when the holidays or the determination it is judged by change
 * ({@link CalendarChanged}), and, checked before each nightly run, when a plan of the week was decided after the
 * week was computed. The nightly run recomputes the stale weeks and the last {@value #RECENT_WEEKS} weeks.
 */
@Service
public class DiscrepancyWeeks {

    /** The weeks up to the current one recomputed every night, stale or not. */
    public static final int RECENT_WEEKS = 5;
    /** The weeks one request may recompute at most: half a year. */
    public static final int MAX_WEEKS = 27;
    /** The job's lock name in {@code shedlock}. */
    static final String JOB = "attendance-discrepancy-weeks";

    private final JdbcClient jdbc;
    private final ReconciliationQuery query;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DiscrepancyWeeks(JdbcClient jdbc, ReconciliationQuery query, AuditTrail audit,
                     PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.query = query;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * The stored weeks at a glance: how many are computed, the latest computation, and how many wait (stale, or
     * marked before they were ever computed).
     */
    public record Status(long computed, Instant latest, LocalDate firstComputed, LocalDate lastComputed,
                         long waiting) {
    }

    /** What a recomputation did: the weeks from {@code from} to {@code to} (Mondays), and the findings stored. */
    public record Recomputed(LocalDate from, LocalDate to, int weeks, long findings) implements Serializable {
    }

    @Transactional(readOnly = true)
    public Status status() {
        return jdbc.sql("""
                        select count(*) filter (where computed_at is not null), max(computed_at),
                               min(week_start) filter (where computed_at is not null),
                               max(week_start) filter (where computed_at is not null),
                               count(*) filter (where stale and week_start <= :yesterday)
                        from discrepancy_week""")
                .param("yesterday", yesterday())
                .query((rs, n) -> new Status(rs.getLong(1),
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant(),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getLong(5)))
                .single();
    }

    /**
     * Recomputes, at someone's request, the weeks of the days from {@code from} to {@code to} that have a day judged
     * (up to yesterday), each in its own transaction, and records the request in the audit trail.
     *
     * @throws ApiProblem 400 when the period is reversed, starts after yesterday or spans more than
     *                    {@value #MAX_WEEKS} weeks
     */
    public Recomputed recompute(Actor actor, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw ApiProblem.field("to", "attendance.discrepancyWeeks.error.reversed");
        }
        LocalDate first = monday(from);
        LocalDate last = monday(to.isAfter(yesterday()) ? yesterday() : to);
        if (last.isBefore(first)) {
            throw ApiProblem.field("from", "attendance.discrepancyWeeks.error.future");
        }
        if (ChronoUnit.WEEKS.between(first, last) + 1 > MAX_WEEKS) {
            throw ApiProblem.field("to", "attendance.discrepancyWeeks.error.tooLong");
        }
        List<LocalDate> weeks = new ArrayList<>();
        for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
            weeks.add(monday);
        }
        long findings = recomputeEach(weeks);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("from", first.toString());
        after.put("to", last.toString());
        after.put("weeks", weeks.size());
        after.put("findings", findings);
        transactions.executeWithoutResult(status -> audit.record(actor, "DISCREPANCY_WEEKS_RECOMPUTED",
                "DISCREPANCY_WEEK", first + "/" + last, null, after));
        return new Recomputed(first, last, weeks.size(), findings);
    }

    /**
     * The nightly run: marks the weeks whose plans were decided after they were computed, then recomputes the stale
     * weeks with a day judged and the last {@value #RECENT_WEEKS} weeks up to yesterday's. Runs once across
     * instances.
     *
     * @return the weeks recomputed; empty when another run holds the lock
     */
    @SchedulerLock(name = JOB, lockAtMostFor = "PT6H")
    public Optional<List<LocalDate>> recomputeDue() {
        LocalDate yesterday = yesterday();
        transactions.executeWithoutResult(status -> markDecidedPlans());
        TreeSet<LocalDate> weeks = new TreeSet<>(jdbc.sql("""
                        select week_start from discrepancy_week where stale and week_start <= :yesterday""")
                .param("yesterday", yesterday).query(LocalDate.class).list());
        for (int back = 0; back < RECENT_WEEKS; back++) {
            weeks.add(monday(yesterday).minusWeeks(back));
        }
        recomputeEach(List.copyOf(weeks));
        return Optional.of(List.copyOf(weeks));
    }

    /**
     * Recomputes one week for the whole institution in one transaction, judged up to yesterday (or its Sunday):
     * the week's row is locked first, so that records arriving meanwhile mark it stale again once it is committed.
     *
     * @return the findings stored
     */
    long recomputeWeek(LocalDate monday) {
        LocalDate sunday = monday.plusDays(6);
        LocalDate judged = sunday.isAfter(yesterday()) ? yesterday() : sunday;
        Long findings = transactions.execute(status -> {
            jdbc.sql("""
                            insert into discrepancy_week as w (week_start, computed_at, judged_until, stale)
                            values (:monday, :at, :judged, false)
                            on conflict (week_start) do update
                                set computed_at = excluded.computed_at, judged_until = excluded.judged_until,
                                    stale = false""")
                    .param("monday", monday).param("at", Timestamp.from(clock.instant())).param("judged", judged)
                    .update();
            jdbc.sql("delete from discrepancy_finding where week_start = :monday").param("monday", monday).update();
            JdbcClient.StatementSpec insert = jdbc.sql("""
                    insert into discrepancy_finding (week_start, employee_id, unit_id, rule, findings, minutes)
                    with r as (%s),
                    c as (
                        select employee_id, min(unit_id) as unit_id,
                               count(*) filter (where absent) as absent,
                               count(*) filter (where elsewhere) as elsewhere,
                               count(*) filter (where off_hours) + count(*) filter (where incomplete) as off_hours,
                               count(*) filter (where no_output) as no_output,
                               sum(required) as required, sum(worked) as worked
                        from r group by employee_id)
                    select cast(:monday as date), c.employee_id, c.unit_id, f.rule, f.findings, f.minutes
                    from c cross join lateral (values
                        ('REALISASI_HADIR', c.absent, null::int),
                        ('REALISASI_LOKASI', c.elsewhere, null),
                        ('REALISASI_JAM_HARIAN', c.off_hours, null),
                        ('REALISASI_JAM_MINGGUAN',
                         case when cast(:monday as date) + 4 <= cast(:judged as date) and c.worked < c.required
                              then 1 else 0 end,
                         case when cast(:monday as date) + 4 <= cast(:judged as date) and c.worked < c.required
                              then (c.required - c.worked)::int end),
                        ('REALISASI_HASIL', c.no_output, null)) as f (rule, findings, minutes)
                    where f.findings > 0""".formatted(ReconciliationQuery.CALL));
            return (long) query.bind(insert, monday, sunday, judged, null).update();
        });
        return findings == null ? 0 : findings;
    }

    private long recomputeEach(List<LocalDate> weeks) {
        long findings = 0;
        for (LocalDate monday : weeks) {
            findings += recomputeWeek(monday);
        }
        return findings;
    }

    /** Holidays added or a determination saved: the computed weeks they touch are judged again. */
    @AfterCommit
    void calendarChanged(CalendarChanged change) {
        if (change.cause() == CalendarChanged.Cause.HOLIDAY) {
            markStale("""
                    exists (select 1 from unnest(cast(:days as date[])) h (day)
                            where h.day between w.week_start and w.week_start + 6)""",
                    Map.of("days", change.days().stream().map(Date::valueOf).toArray(Date[]::new)));
        } else {
            markStale("w.week_start + 6 >= :from", Map.of("from", change.from()));
        }
    }

    /**
     * Marks stale the computed weeks a plan of which was decided (approved, rejected, changed) after the week was
     * computed. Planning depends on attendance, so attendance reads its published plans rather than its events.
     */
    void markDecidedPlans() {
        jdbc.sql("""
                        update discrepancy_week w set stale = true, marked_at = now()
                        from (select p.week_start, max(p.decided_at) as decided from plan_directory p
                              where p.decided_at > (select min(computed_at) from discrepancy_week
                                                    where not stale and computed_at is not null)
                              group by p.week_start) d
                        where d.week_start = w.week_start and not w.stale and d.decided > w.computed_at""")
                .update();
    }

    private void markStale(String condition, Map<String, Object> params) {
        jdbc.sql("""
                        update discrepancy_week w set stale = true, marked_at = now()
                        where not w.stale and w.computed_at is not null and (%s)""".formatted(condition))
                .params(params).update();
    }

    private LocalDate yesterday() {
        return InstitutionTime.today(clock).minusDays(1);
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
