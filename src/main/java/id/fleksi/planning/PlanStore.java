package id.fleksi.planning;

import id.fleksi.rules.PlanDay;
import id.fleksi.rules.UnitPresence;
import id.fleksi.rules.WeekPlan;
import id.fleksi.shared.web.Paged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

/** Weekly plans and their days in PostgreSQL. */
@Repository
class PlanStore {

    /** The request's attribute holding its stored waiting counts by filter ({@link #oncePerPage}). */
    private static final String WAITING_COUNTS = PlanStore.class.getName() + ".waitingCounts";
    private static final String SUMMARY_COLUMNS = """
            p.id, p.iso_week, p.week_start, p.flex_type, p.status, p.warnings, p.submitted_at, p.decided_at,
            p.decided_by, p.decided_by_name, p.decision_note, p.version, p.verdict::text as verdict,
            e.id as employee_id, e.nip, e.name, u.id as unit_id, u.code as unit_code, u.name as unit_name""";

    private final JdbcClient jdbc;

    PlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether any employee has this NIP, whoever asks: to tell an unknown NIP from someone else's. */
    boolean employeeExists(String nip) {
        return jdbc.sql("select exists(select 1 from employee_directory where nip = :nip)").param("nip", nip)
                .query(Boolean.class).single();
    }

    /** Where the employee's plan of the week stands, if there is one; locked until the transaction ends. */
    Optional<PlanState> stateOf(long employeeId, String isoWeek) {
        return jdbc.sql("""
                        select id, status, version from weekly_plan
                        where employee_id = :employee and iso_week = :week for update""")
                .param("employee", employeeId).param("week", isoWeek)
                .query((rs, n) -> new PlanState(rs.getLong(1), PlanStatus.valueOf(rs.getString(2)), rs.getLong(3)))
                .optional();
    }

    /**
     * Stores a submitted plan with its days in one statement: a new one, or in place of the employee's plan of the
     * week {@code replaced} (as {@link #stateOf} read it; null when there was none), which
     * {@link PlanState#replaceBySubmission()} allowed. Empty when the week's plan is not the one seen (written
     * meanwhile); the caller's transaction then rolls back, the replaced plan's days with it. A new plan is an
     * insert and a replacement an update, so that only the plan figures' triggers of the one or the other run.
     */
    Optional<Long> submit(Owner owner, WeekPlan plan, String verdictJson, int warnings, String submittedBy,
                          Instant at, PlanState replaced) {
        String stored;
        if (replaced == null) {
            stored = """
                    insert into weekly_plan (employee_id, unit_id, iso_week, week_start, flex_type, status, verdict,
                                             warnings, submitted_at, submitted_by)
                    values (:employee, :unit, :week, :monday, :flex, 'SUBMITTED', cast(:verdict as jsonb), :warnings,
                            :at, :by)
                    on conflict (employee_id, iso_week) do nothing
                    returning id""";
        } else {
            jdbc.sql("delete from plan_day where plan_id = :id").param("id", replaced.id()).update();
            stored = """
                    update weekly_plan
                    set unit_id = :unit, flex_type = :flex, status = 'SUBMITTED', verdict = cast(:verdict as jsonb),
                        warnings = :warnings, submitted_at = :at, submitted_by = :by, decided_at = null,
                        decided_by = null, decided_by_name = null, decision_note = null, version = version + 1
                    where id = :id and version = :replaced
                    returning id""";
        }
        return withDays(jdbc.sql("with plan as (%s), days as (%s) select id from plan"
                        .formatted(stored, INSERT_DAYS.formatted("plan.id", "plan cross join"))), plan.days())
                .param("employee", owner.employeeId()).param("unit", owner.unitId()).param("week", plan.isoWeek())
                .param("monday", plan.monday()).param("flex", plan.flexType().name()).param("verdict", verdictJson)
                .param("warnings", warnings).param("at", Timestamp.from(at)).param("by", submittedBy)
                .param("id", replaced == null ? null : replaced.id(), java.sql.Types.BIGINT)
                .param("replaced", replaced == null ? null : replaced.version(), java.sql.Types.BIGINT)
                .query(Long.class).optional();
    }

    Optional<StoredPlan> find(long id) {
        return jdbc.sql("select " + SUMMARY_COLUMNS
                        + " from weekly_plan p join employee_directory e on e.id = p.employee_id"
                        + " join unit_directory u on u.id = p.unit_id where p.id = :id")
                .param("id", id)
                .query((rs, n) -> new StoredPlan(summary(rs), days(rs.getLong("id"))))
                .optional();
    }

    /** The employee's plan of the week, if any. */
    Optional<StoredPlan> ofWeek(long employeeId, String isoWeek) {
        return jdbc.sql("select id from weekly_plan where employee_id = :employee and iso_week = :week")
                .param("employee", employeeId).param("week", isoWeek)
                .query(Long.class).optional().flatMap(this::find);
    }

    /** The employee's latest approved plan before the week, for a new plan to start from. */
    Optional<StoredPlan> lastApprovedBefore(long employeeId, LocalDate monday) {
        return jdbc.sql("""
                        select id from weekly_plan where employee_id = :employee and status = 'APPROVED'
                        and week_start < :monday order by week_start desc limit 1""")
                .param("employee", employeeId).param("monday", monday)
                .query(Long.class).optional().flatMap(this::find);
    }

    /** A page of plans matching the filter, the latest week first, within a week in the order they were submitted. */
    Paged<PlanSummary> list(PlanFilter filter, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        String from = " from weekly_plan p join employee_directory e on e.id = p.employee_id"
                + " join unit_directory u on u.id = p.unit_id";
        long total = count(filter);
        List<PlanSummary> items = jdbc.sql("select " + SUMMARY_COLUMNS + from + where
                        + " order by p.week_start desc, p.submitted_at, p.id limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> summary(rs)).list();
        return new Paged<>(items, page, size, total);
    }

    /**
     * How many plans the filter finds. Plans waiting for a decision, filtered by unit alone, are the stored count of
     * each unit's waiting plans ({@code unit_waiting}, kept by the database) less the waiting plans the filter leaves
     * out (the decider's own, and those of heads whose plans go to a unit above the decider's), which are few and read
     * by their employees; any other filter is counted on the plans alone (it names no other table).
     */
    long count(PlanFilter filter) {
        if (filter.employeeId() != null || filter.isoWeek() != null || filter.status() != PlanStatus.SUBMITTED) {
            Map<String, Object> params = new HashMap<>();
            return count(where(filter, params), params);
        }
        return oncePerPage(filter, () -> waitingCount(filter));
    }

    /**
     * A stored waiting count once per page: the navigation's badge and the inbox's list ask for the same filter's
     * count in one GET request, and for the head of a directorate general each asking costs milliseconds. Counted
     * afresh outside a GET request (a form's POST, the scheduled jobs).
     */
    private static long oncePerPage(PlanFilter filter, LongSupplier count) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)
                || !"GET".equals(request.getRequest().getMethod())) {
            return count.getAsLong();
        }
        @SuppressWarnings("unchecked")
        Map<PlanFilter, Long> known = (Map<PlanFilter, Long>) request.getAttribute(WAITING_COUNTS,
                RequestAttributes.SCOPE_REQUEST);
        if (known == null) {
            known = new HashMap<>();
            request.setAttribute(WAITING_COUNTS, known, RequestAttributes.SCOPE_REQUEST);
        }
        return known.computeIfAbsent(filter, unused -> count.getAsLong());
    }

    private long waitingCount(PlanFilter filter) {
        Map<String, Object> params = new HashMap<>(PresenceFigures.units(filter.unitIds()));
        long stored = jdbc.sql("select coalesce(sum(submitted), 0) from unit_waiting where true"
                        + PresenceFigures.among("unit_id", filter.unitIds()))
                .params(params).query(Long.class).single();
        List<String> leftOut = new ArrayList<>();
        if (filter.excludeEmployeeId() != null) {
            leftOut.add("select :excluded");
            params.put("excluded", filter.excludeEmployeeId());
        }
        if (filter.deciderUnits() != null) {
            leftOut.add("select h.employee_id from unit_authority h join unit_directory hu on hu.id = h.unit_id"
                    + " where h.authority = 'HEAD' and (hu.parent_id is null"
                    + " or hu.parent_id not in (select unnest(cast(:decider as bigint[]))))");
            params.put("decider", filter.deciderUnits().toArray(Long[]::new));
        }
        if (leftOut.isEmpty()) {
            return stored;
        }
        // each person left out is looked up by their waiting plans (a few at most), rather than every waiting plan
        // of the units (tens of thousands under a directorate general on a Friday) checked against the people; the
        // units are tested on each of those plans with = any (PresenceFigures.among would join them to every lookup)
        long excluded = jdbc.sql("select count(*) from (" + String.join(" union ", leftOut) + ") x(employee_id)"
                        + " cross join lateral (select 1 from weekly_plan p where p.employee_id = x.employee_id"
                        + " and p.status = 'SUBMITTED'"
                        + (filter.unitIds() == null ? "" : " and p.unit_id = any(cast(:units as bigint[]))")
                        + " offset 0) w")
                .params(params).query(Long.class).single();
        return stored - excluded;
    }

    private long count(String where, Map<String, Object> params) {
        return jdbc.sql("select count(*) from weekly_plan p" + where).params(params).query(Long.class).single();
    }

    private static String where(PlanFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where true");
        if (filter.employeeId() != null) {
            where.append(" and p.employee_id = :employee");
            params.put("employee", filter.employeeId());
        }
        if (filter.unitIds() != null) {
            where.append(PresenceFigures.among("p.unit_id", filter.unitIds()));
            params.putAll(PresenceFigures.units(filter.unitIds()));
        }
        if (filter.isoWeek() != null) {
            where.append(" and p.iso_week = :week");
            params.put("week", filter.isoWeek());
        }
        if (filter.status() != null) {
            where.append(" and p.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.deciderUnits() != null) {
            where.append(" and not exists (select 1 from unit_authority h join unit_directory hu on hu.id = h.unit_id"
                    + " where h.employee_id = p.employee_id and h.authority = 'HEAD'"
                    + " and (hu.parent_id is null or hu.parent_id not in (select unnest(cast(:decider as bigint[])))))");
            params.put("decider", filter.deciderUnits().toArray(Long[]::new));
        }
        if (filter.excludeEmployeeId() != null) {
            where.append(" and p.employee_id <> :excluded");
            params.put("excluded", filter.excludeEmployeeId());
        }
        return where.toString();
    }

    /** The unit's active staff and what its approved plans of the week hold, the given employee's aside. */
    UnitPresence.UnitWeek unitWeek(long unitId, String unitCode, LocalDate monday, Long besidesEmployee) {
        // the unit's active employees (the organisation's stored count) on every row, and once alone when no
        // approved plan has days in the week. The unit, the week and the employee come through sub-selects: the
        // plan (by the unit's index) is the same for every unit and week, and the database keeps it; seeing the
        // values, it would plan again on every call for a unit smaller or a week emptier than the average (2 ms a
        // time on a large institution, more than the query itself).
        int[] staff = {0};
        Map<LocalDate, UnitPresence.DayCount> others = new HashMap<>();
        jdbc.sql("""
                        with given as (select cast(:unit as bigint) as unit, cast(:monday as date) as monday,
                                              cast(:besides as bigint) as besides)
                        select s.active, w.day, w.kind
                        from (select coalesce((select active from unit_staff
                                               where unit_id = (select unit from given)), 0) as active) s
                        left join (select d.day, d.kind from weekly_plan p join plan_day d on d.plan_id = p.id
                                   join employee_directory e on e.id = p.employee_id and e.active
                                   where p.unit_id = (select unit from given)
                                     and p.week_start = (select monday from given)
                                     and p.status = 'APPROVED'
                                     and p.employee_id <> (select besides from given)) w on true""")
                .param("unit", unitId).param("monday", monday).param("besides", besidesEmployee == null ? -1L
                        : besidesEmployee)
                .query((ResultSet rs) -> {
                    staff[0] = rs.getInt(1);
                    LocalDate day = rs.getObject(2, LocalDate.class);
                    if (day != null) {
                        others.merge(day, UnitPresence.count(PlanDay.DayKind.valueOf(rs.getString(3))),
                                UnitPresence.DayCount::plus);
                    }
                });
        return new UnitPresence.UnitWeek(unitCode, Math.max(staff[0], 1), others);
    }

    /** Who of the unit is away or absent on each day of the week by their approved plans. */
    List<AwayDay> awayDays(long unitId, LocalDate monday) {
        return jdbc.sql("""
                        select d.day, d.kind, e.nip, e.name, p.id from weekly_plan p join plan_day d on d.plan_id = p.id
                        join employee_directory e on e.id = p.employee_id and e.active
                        where p.unit_id = :unit and p.week_start = :monday and p.status = 'APPROVED'
                          and d.kind = any(:kinds)
                        order by d.day, e.name""")
                .param("unit", unitId).param("monday", monday)
                .param("kinds", PlanDay.DayKind.names(PlanDay.DayKind.LOKASI, PlanDay.DayKind.ABSENT))
                .query((rs, n) -> new AwayDay(rs.getObject(1, LocalDate.class),
                        PlanDay.DayKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getLong(5)))
                .list();
    }

    /**
     * The parents of the units the employee heads now (a unit at the top has none: {@code null}); the heads of
     * those parents, or the PPK, decide the employee's plans.
     */
    List<Long> parentsOfUnitsHeadedBy(long employeeId) {
        return jdbc.sql("""
                        select u.parent_id from unit_authority h join unit_directory u on u.id = h.unit_id
                        where h.employee_id = :employee and h.authority = 'HEAD'""")
                .param("employee", employeeId)
                .query((rs, n) -> (Long) rs.getObject(1, Long.class)).list();
    }

    /** The ids of the unit with this code and all its sub-units (empty when there is no such unit). */
    Set<Long> subtree(String code) {
        return Set.copyOf(jdbc.sql("""
                        select unit_id from unit_below((select id from unit_directory where code = :code))""")
                .param("code", code).query(Long.class).list());
    }

    /**
     * Where the plans of the unit's active employees stand for the week, with the first {@code names} of those
     * without an approved plan: not submitted first, then rejected, then waiting, by name.
     */
    Coverage.Standing standing(long unitId, String isoWeek, int names) {
        List<Coverage.Pending> pending = jdbc.sql("""
                        select e.nip, e.name, p.status from employee_directory e
                        left join weekly_plan p on p.employee_id = e.id and p.iso_week = :week
                        where e.unit_id = :unit and e.active and p.status is distinct from 'APPROVED'
                        order by case p.status when 'REJECTED' then 1 when 'SUBMITTED' then 2 else 0 end, e.name, e.nip
                        limit :names""")
                .param("unit", unitId).param("week", isoWeek).param("names", names)
                .query((rs, n) -> new Coverage.Pending(rs.getString(1), rs.getString(2),
                        rs.getString(3) == null ? null : PlanStatus.valueOf(rs.getString(3))))
                .list();
        return jdbc.sql("""
                        select count(*), count(*) filter (where p.status = 'APPROVED'),
                               count(*) filter (where p.status = 'SUBMITTED'), count(*) filter (where p.status = 'REJECTED'),
                               count(*) filter (where p.id is null)
                        from employee_directory e left join weekly_plan p on p.employee_id = e.id and p.iso_week = :week
                        where e.unit_id = :unit and e.active""")
                .param("unit", unitId).param("week", isoWeek)
                .query((rs, n) -> new Coverage.Standing(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5), pending))
                .single();
    }

    Optional<UnitKey> unit(String code) {
        return jdbc.sql("select id, code, name from unit_directory where code = :code").param("code", code)
                .query((rs, n) -> new UnitKey(rs.getLong(1), rs.getString(2), rs.getString(3))).optional();
    }

    /**
     * Writes a decision {@link PlanState} allowed, if the plan is still at the version it started from: false when
     * it changed meanwhile.
     */
    boolean move(PlanState.Move move, String by, String byName, Instant at) {
        return jdbc.sql("""
                        update weekly_plan set status = :status, decided_at = :at, decided_by = :by,
                               decided_by_name = :byName, decision_note = :note, version = version + 1
                        where id = :id and version = :version""")
                .param("status", move.to().name()).param("at", Timestamp.from(at)).param("by", by)
                .param("byName", byName).param("note", move.note())
                .param("id", move.planId()).param("version", move.fromVersion())
                .update() == 1;
    }

    /**
     * Turns a day of an approved plan into an office day and keeps what it was, if the plan is still approved at the
     * version read: false when it changed meanwhile. The figures kept from approved plans follow the day
     * (planning V1).
     */
    boolean recall(long planId, long version, PlanDay before, String reason, String by, String byName, Instant at) {
        if (jdbc.sql("""
                        update weekly_plan set version = version + 1
                        where id = :id and version = :version and status = 'APPROVED'""")
                .param("id", planId).param("version", version).update() != 1) {
            return false;
        }
        jdbc.sql("""
                        insert into plan_amendment (plan_id, day, kind, before_kind, before_start, before_end,
                                                    before_break, before_office, before_note, after_kind, reason,
                                                    amended_by, amended_by_name, amended_at)
                        values (:plan, :day, 'RECALL', :kind, :start, :end, :break, :office, :note, 'KANTOR', :reason,
                                :by, :byName, :at)""")
                .param("plan", planId).param("day", before.date()).param("kind", before.kind().name())
                .param("start", before.start()).param("end", before.end()).param("break", before.breakMinutes())
                .param("office", before.officeUnitCode()).param("note", before.note()).param("reason", reason)
                .param("by", by).param("byName", byName).param("at", Timestamp.from(at))
                .update();
        jdbc.sql("update plan_day set kind = 'KANTOR', office_unit_code = null where plan_id = :plan and day = :day")
                .param("plan", planId).param("day", before.date()).update();
        return true;
    }

    /**
     * Changes an approved plan as the employee's request asks, if the plan is still approved at the version the
     * request was made on: false when it changed meanwhile. Each changed day keeps what it was
     * ({@code plan_amendment}, kind {@code REQUEST}); the plan takes the request's verdict. The figures kept from
     * approved plans follow the days changed, added and dropped (planning V1, V2; root V20, V24).
     */
    boolean amend(StoredPlan plan, AmendmentRequest request, String verdictJson, int warnings, String by,
                  String byName, Instant at) {
        if (jdbc.sql("""
                        update weekly_plan set version = version + 1, flex_type = :flex, verdict = cast(:verdict as jsonb),
                                               warnings = :warnings
                        where id = :id and version = :version and status = 'APPROVED'""")
                .param("id", plan.summary().id()).param("version", request.planVersion())
                .param("flex", request.flexType().name()).param("verdict", verdictJson).param("warnings", warnings)
                .update() != 1) {
            return false;
        }
        Map<LocalDate, PlanDay> before = new HashMap<>();
        plan.days().forEach(day -> before.put(day.date(), day));
        Map<LocalDate, PlanDay> after = new HashMap<>();
        request.days().forEach(day -> after.put(day.date(), day));
        for (LocalDate date : id.fleksi.rules.PlanChange.changedDays(plan.days(), request.days())) {
            PlanDay old = before.get(date);
            PlanDay now = after.get(date);
            jdbc.sql("""
                            insert into plan_amendment (plan_id, day, kind, before_kind, before_start, before_end,
                                                        before_break, before_office, before_note, after_kind, reason,
                                                        amended_by, amended_by_name, amended_at, request_id)
                            values (:plan, :day, 'REQUEST', :kind, :start, :end, :break, :office, :note, :after,
                                    :reason, :by, :byName, :at, :request)""")
                    .param("plan", plan.summary().id()).param("day", date)
                    .param("kind", old == null ? null : old.kind().name())
                    .param("start", old == null ? null : old.start()).param("end", old == null ? null : old.end())
                    .param("break", old == null ? null : old.breakMinutes())
                    .param("office", old == null ? null : old.officeUnitCode())
                    .param("note", old == null ? null : old.note())
                    .param("after", now == null ? null : now.kind().name()).param("reason", request.reason())
                    .param("by", by).param("byName", byName).param("at", Timestamp.from(at))
                    .param("request", request.id())
                    .update();
            if (now == null) {
                jdbc.sql("delete from plan_day where plan_id = :plan and day = :day")
                        .param("plan", plan.summary().id()).param("day", date).update();
            } else if (old == null) {
                insertDays(plan.summary().id(), List.of(now));
            } else {
                jdbc.sql("""
                                update plan_day set kind = :kind, start_time = :start, end_time = :end,
                                                    break_minutes = :break, office_unit_code = :office, note = :note
                                where plan_id = :plan and day = :day""")
                        .param("plan", plan.summary().id()).param("day", date).param("kind", now.kind().name())
                        .param("start", now.start()).param("end", now.end()).param("break", now.breakMinutes())
                        .param("office", now.officeUnitCode()).param("note", now.note())
                        .update();
            }
        }
        return true;
    }

    /**
     * Inserts a plan's days in one statement, given as the arrays of {@link #withDays}, so that the figures following
     * the plan's days (statement triggers on {@code plan_day}) are brought up to date once for the plan rather than
     * once for each day: {@code %1$s} is the plan's id, an expression over {@code %2$s}, what the days are joined to
     * (nothing, or a row set ending in {@code cross join}).
     */
    private static final String INSERT_DAYS = """
            insert into plan_day (plan_id, day, kind, start_time, end_time, break_minutes, office_unit_code, note)
            select %1$s, cast(d.day as date), d.kind, cast(d.start_time as time), cast(d.end_time as time),
                   d.break_minutes, d.office, d.note
            from %2$s unnest(cast(:days as text[]), cast(:kinds as text[]), cast(:starts as text[]),
                             cast(:ends as text[]), cast(:breaks as int[]), cast(:offices as text[]),
                             cast(:notes as text[]))
                 as d(day, kind, start_time, end_time, break_minutes, office, note)""";

    private void insertDays(long planId, List<PlanDay> days) {
        withDays(jdbc.sql(INSERT_DAYS.formatted(":plan", "")), days).param("plan", planId).update();
    }

    /** The days as the columns' arrays {@link #INSERT_DAYS} reads, one element a day. */
    private static JdbcClient.StatementSpec withDays(JdbcClient.StatementSpec statement, List<PlanDay> days) {
        int n = days.size();
        String[] dates = new String[n];
        String[] kinds = new String[n];
        String[] starts = new String[n];
        String[] ends = new String[n];
        Integer[] breaks = new Integer[n];
        String[] offices = new String[n];
        String[] notes = new String[n];
        for (int i = 0; i < n; i++) {
            PlanDay day = days.get(i);
            dates[i] = day.date().toString();
            kinds[i] = day.kind().name();
            starts[i] = day.start() == null ? null : day.start().toString();
            ends[i] = day.end() == null ? null : day.end().toString();
            breaks[i] = day.breakMinutes();
            offices[i] = day.officeUnitCode();
            notes[i] = day.note();
        }
        return statement.param("days", dates).param("kinds", kinds).param("starts", starts).param("ends", ends)
                .param("breaks", breaks).param("offices", offices).param("notes", notes);
    }

    /** The days of the plan changed after its approval, in the order they were changed. */
    List<PlanAmendment> amendments(long planId) {
        return jdbc.sql("""
                        select day, kind, before_kind, after_kind, reason, amended_by_name, amended_at
                        from plan_amendment where plan_id = :plan order by amended_at, id""")
                .param("plan", planId)
                .query((rs, n) -> new PlanAmendment(rs.getObject(1, LocalDate.class), rs.getString(2),
                        kindOrNull(rs.getString(3)), kindOrNull(rs.getString(4)),
                        rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
                .list();
    }

    private static PlanDay.DayKind kindOrNull(String kind) {
        return kind == null ? null : PlanDay.DayKind.valueOf(kind);
    }

    /**
     * A plan day read from seven columns starting at {@code from}: day, kind, start, end, break minutes, office
     * unit code and note.
     */
    static PlanDay dayAt(ResultSet rs, int from) throws SQLException {
        return new PlanDay(rs.getObject(from, LocalDate.class), PlanDay.DayKind.valueOf(rs.getString(from + 1)),
                rs.getObject(from + 2, LocalTime.class), rs.getObject(from + 3, LocalTime.class),
                (Integer) rs.getObject(from + 4), rs.getString(from + 5), rs.getString(from + 6));
    }

    /** The days of several plans, by plan, in one query. */
    Map<Long, List<PlanDay>> daysOf(List<Long> planIds) {
        Map<Long, List<PlanDay>> days = new HashMap<>();
        if (planIds.isEmpty()) {
            return days;
        }
        jdbc.sql("""
                        select plan_id, day, kind, start_time, end_time, break_minutes, office_unit_code, note
                        from plan_day where plan_id in (:ids) order by plan_id, day""")
                .param("ids", planIds)
                .query((ResultSet rs) -> {
                    days.computeIfAbsent(rs.getLong(1), id -> new java.util.ArrayList<>()).add(dayAt(rs, 2));
                });
        return days;
    }

    private List<PlanDay> days(long planId) {
        return jdbc.sql("""
                        select day, kind, start_time, end_time, break_minutes, office_unit_code, note
                        from plan_day where plan_id = :id order by day""")
                .param("id", planId)
                .query((rs, n) -> new PlanDay(rs.getObject(1, LocalDate.class),
                        PlanDay.DayKind.valueOf(rs.getString(2)), rs.getObject(3, LocalTime.class),
                        rs.getObject(4, LocalTime.class), (Integer) rs.getObject(5), rs.getString(6), rs.getString(7)))
                .list();
    }

    private static PlanSummary summary(ResultSet rs) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new PlanSummary(rs.getLong("id"), rs.getString("iso_week"), rs.getObject("week_start", LocalDate.class),
                WeekPlan.FlexType.valueOf(rs.getString("flex_type")), PlanStatus.valueOf(rs.getString("status")),
                rs.getInt("warnings"), rs.getTimestamp("submitted_at").toInstant(),
                decided == null ? null : decided.toInstant(), rs.getString("decided_by"),
                rs.getString("decided_by_name"), rs.getString("decision_note"), rs.getLong("version"),
                rs.getString("verdict"),
                rs.getLong("employee_id"), rs.getString("nip"), rs.getString("name"), rs.getLong("unit_id"),
                rs.getString("unit_code"), rs.getString("unit_name"));
    }

    /** The employee a plan is for, with the unit whose head decides it. */
    record Owner(long employeeId, long unitId, String unitCode) {
    }

    record UnitKey(long id, String code, String name) {
    }

    /**
     * What to list: {@code null} means any; an empty set of units means none. {@code deciderUnits}: only plans a
     * head of these units decides, so not the plan of a unit head whose unit's parent lies outside them (a head's
     * own plan is decided from above); {@code null}: no such limit.
     */
    record PlanFilter(Long employeeId, Set<Long> unitIds, String isoWeek, PlanStatus status, Long excludeEmployeeId,
                      Set<Long> deciderUnits) {

        PlanFilter {
            unitIds = unitIds == null ? null : Set.copyOf(unitIds);
            deciderUnits = deciderUnits == null ? null : Set.copyOf(deciderUnits);
        }
    }

    record AwayDay(LocalDate date, PlanDay.DayKind kind, String nip, String name, long planId) {
    }
}
