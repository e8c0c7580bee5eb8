package id.fleksi.organisation;

import id.fleksi.audit.AuditTrail;
import id.fleksi.shared.Actor;
import id.fleksi.shared.InstitutionTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acting heads of units (Pelaksana Tugas, Pelaksana Harian). The unit's head or HR names an active employee
 * to act as head for a period; while it is in force (the institution's day) the delegate reaches the unit
 * like its head does ({@link Organisation#UNITS_HEADED}), and the head keeps their own authority. An acting
 * head cannot delegate further, periods of one unit never overlap, and one can be ended early. Every change
 * is audited.
 */
@Service
@Transactional
public class ActingHeads {

    static final int MAX_LETTER = 200;
    /** A suggestion of the form as it comes back: "Rina Wati (199001012015012001)", the NIP maybe spaced. */
    private static final Pattern SUGGESTION = Pattern.compile(".*\\(([0-9 ]+)\\)\\s*");
    /** The most staff the form suggests by name. */
    static final int CANDIDATES = 300;

    private static final String SELECT = """
            select a.id, u.code, e.nip, e.name, a.kind, a.starts_on, a.ends_on, a.letter, a.created_by,
                   a.created_at, a.ended_on, a.ended_by
            from acting_head a join unit u on u.id = a.unit_id join employee e on e.id = a.employee_id
            """;

    private final JdbcClient jdbc;
    private final Organisation organisation;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ActingHeads(JdbcClient jdbc, Organisation organisation, AuditTrail audit, Clock clock,
                ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /**
     * The unit's acting heads, current, future and past, for anyone who may read the unit.
     *
     * @throws NotFound              when there is no such unit
     * @throws AccessDeniedException when the unit lies outside the reader's scope
     */
    @Transactional(readOnly = true)
    public UnitActingHeads of(Actor actor, String code) {
        UnitRow unit = readableUnit(actor, code);
        LocalDate today = today();
        Map<ActingHead.Status, List<ActingHead>> byStatus = new LinkedHashMap<>();
        for (ActingHead.Status status : ActingHead.Status.values()) {
            byStatus.put(status, new ArrayList<>());
        }
        jdbc.sql(SELECT + " where a.unit_id = :unit order by a.starts_on desc, a.id desc")
                .param("unit", unit.id())
                .query((rs, n) -> row(rs)).list()
                .forEach(acting -> byStatus.get(acting.statusOn(today)).add(acting));
        boolean mayDelegate = mayDelegate(actor, unit.id());
        return new UnitActingHeads(new UnitRef(unit.code(), unit.name()), today, mayDelegate,
                byStatus.get(ActingHead.Status.CURRENT), byStatus.get(ActingHead.Status.FUTURE),
                byStatus.get(ActingHead.Status.PAST), mayDelegate ? candidates(unit.id()) : List.of());
    }

    /**
     * Whom the form suggests: the active staff of the unit and its sub-units, by name, at most
     * {@value #CANDIDATES}; anyone else is named by NIP.
     */
    private List<EmployeeRef> candidates(long unitId) {
        return jdbc.sql("""
                        select e.nip, e.name from employee e join unit_below(:unit) b on b.unit_id = e.unit_id
                        where e.active
                          and not exists(select 1 from unit_head h
                                         where h.unit_id = :unit and h.employee_id = e.id and h.ended_on is null)
                        order by e.name, e.nip
                        limit :max""")
                .param("unit", unitId).param("max", CANDIDATES)
                .query((rs, n) -> new EmployeeRef(rs.getString(1), rs.getString(2))).list();
    }

    /** One acting head of the unit, for anyone who may read the unit. */
    @Transactional(readOnly = true)
    public Optional<ActingHead> find(Actor actor, String code, long id) {
        UnitRow unit = readableUnit(actor, code);
        return jdbc.sql(SELECT + " where a.unit_id = :unit and a.id = :id")
                .param("unit", unit.id()).param("id", id)
                .query((rs, n) -> row(rs)).optional();
    }

    /**
     * Names an acting head of the unit (its head or HR). Refused when a field is missing or wrong, the
     * period starts before today or ends before it starts, the employee is not active or is the unit's head,
     * or the period overlaps another acting head of the unit.
     *
     * @throws AccessDeniedException when the person is neither HR nor the unit's head (an acting head
     *                               cannot delegate further)
     */
    public ActingHead create(Actor actor, String code, NewActingHead input) {
        UnitRow unit = readableUnit(actor, code);
        requireDelegator(actor, unit);
        // one delegation of the unit at a time: the overlap check and the insert run under the unit's lock
        jdbc.sql("select id from unit where id = :id for update").param("id", unit.id()).query(Long.class).single();
        LocalDate today = today();
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Long> employeeId = delegate(actor, input.nip(), unit.id(), problems);
        Optional<ActingHeadKind> kind = kind(input.kind(), problems);
        Optional<LocalDate> startsOn = date("startsOn", input.startsOn(), problems);
        Optional<LocalDate> endsOn = date("endsOn", input.endsOn(), problems);
        if (startsOn.isPresent() && startsOn.get().isBefore(today)) {
            problems.add(FieldProblem.of("startsOn", "delegation.error.startsInPast"));
        }
        if (startsOn.isPresent() && endsOn.isPresent() && endsOn.get().isBefore(startsOn.get())) {
            problems.add(FieldProblem.of("endsOn", "delegation.error.endsBeforeStart"));
        }
        String letter = EmployeeChecks.text(input.letter());
        if (letter.isEmpty()) {
            problems.add(FieldProblem.of("letter", "delegation.error.required"));
        } else if (letter.length() > MAX_LETTER) {
            problems.add(FieldProblem.of("letter", "delegation.error.tooLong", String.valueOf(MAX_LETTER)));
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        Optional<ActingHead> overlapping = jdbc.sql(SELECT + """
                         where a.unit_id = :unit and a.starts_on <= :to
                           and (case when a.ended_on is null then a.ends_on
                                     else least(a.ends_on, a.ended_on - 1) end) >= :from
                         order by a.starts_on limit 1""")
                .param("unit", unit.id()).param("from", startsOn.get()).param("to", endsOn.get())
                .query((rs, n) -> row(rs)).optional();
        if (overlapping.isPresent()) {
            ActingHead other = overlapping.get();
            throw Refusal.conflict("startsOn", "delegation.error.overlap", other.employee().name(),
                    other.startsOn().toString(), other.lastDay().toString());
        }
        long id = jdbc.sql("""
                        insert into acting_head (unit_id, employee_id, kind, starts_on, ends_on, letter, created_by)
                        values (:unit, :employee, :kind, :from, :to, :letter, :by) returning id""")
                .param("unit", unit.id()).param("employee", employeeId.get()).param("kind", kind.get().name())
                .param("from", startsOn.get()).param("to", endsOn.get()).param("letter", letter)
                .param("by", actor.username())
                .query(Long.class).single();
        ActingHead created = byId(id);
        audit.record(actor, "ACTING_HEAD_CREATED", "ACTING_HEAD", unit.code(), null, state(created));
        events.publishEvent(new HeadAppointed(unit.code(), unit.name(), created.employee().nip(),
                created.employee().name(), created.kind().name(), created.startsOn(), created.endsOn(),
                actor.username()));
        return created;
    }

    /**
     * Ends an acting head early (its unit's head or HR): from today on it is no longer in force; one that has
     * not begun never will be.
     *
     * @return whether it was ended; {@code false} when it was already over or ended
     */
    public Ending end(Actor actor, String code, long id) {
        UnitRow unit = readableUnit(actor, code);
        requireDelegator(actor, unit);
        ActingHead before = jdbc.sql(SELECT + " where a.unit_id = :unit and a.id = :id for update of a")
                .param("unit", unit.id()).param("id", id)
                .query((rs, n) -> row(rs)).optional()
                .orElseThrow(() -> new NotFound("delegation.problem.notFound", String.valueOf(id)));
        ActingHead.Status status = before.statusOn(today());
        if (status == ActingHead.Status.PAST) {
            return Ending.ALREADY_OVER;
        }
        endEarly(actor, before);
        return status == ActingHead.Status.FUTURE ? Ending.CANCELLED : Ending.ENDED;
    }

    /** What ending an acting head did: ended it from today, cancelled it before it began, or nothing. */
    public enum Ending {
        ENDED, CANCELLED, ALREADY_OVER
    }

    /** Ends today every acting-head delegation to the employee that is in force or yet to begin. */
    void endAllOf(Actor actor, long employeeId) {
        jdbc.sql(SELECT + " where a.employee_id = :employee and a.ended_on is null and a.ends_on >= :today"
                        + " for update of a")
                .param("employee", employeeId).param("today", today())
                .query((rs, n) -> row(rs)).list()
                .forEach(acting -> endEarly(actor, acting));
    }

    private void endEarly(Actor actor, ActingHead before) {
        jdbc.sql("update acting_head set ended_on = :today, ended_by = :by where id = :id")
                .param("today", today()).param("by", actor.username()).param("id", before.id()).update();
        audit.record(actor, "ACTING_HEAD_ENDED", "ACTING_HEAD", before.unitCode(), state(before),
                state(byId(before.id())));
    }

    private UnitRow readableUnit(Actor actor, String code) {
        String normal = UnitAdministration.normalCode(code);
        UnitRow unit = jdbc.sql("select id, code, name from unit where code = :code").param("code", normal)
                .query((rs, n) -> new UnitRow(rs.getLong(1), rs.getString(2), rs.getString(3))).optional()
                .orElseThrow(() -> NotFound.unit(normal));
        if (!organisation.scopeOf(actor).includesUnit(unit.id())) {
            throw new AccessDeniedException("unit outside the reader's scope");
        }
        return unit;
    }

    /** HR, or the unit's own head; never an acting head, who cannot delegate further. */
    private boolean mayDelegate(Actor actor, long unitId) {
        if (actor.isHr()) {
            return true;
        }
        return actor.employeeId() != null && isHeadOf(unitId, actor.employeeId());
    }

    /** Whether the employee is the unit's own head now (not an acting head). */
    private boolean isHeadOf(long unitId, long employeeId) {
        return jdbc.sql("""
                        select exists(select 1 from unit_head
                                      where unit_id = :unit and employee_id = :employee and ended_on is null)""")
                .param("unit", unitId).param("employee", employeeId).query(Boolean.class).single();
    }

    private void requireDelegator(Actor actor, UnitRow unit) {
        if (!mayDelegate(actor, unit.id())) {
            throw new AccessDeniedException("only HR or the unit's head names acting heads of " + unit.code());
        }
    }

    /**
     * The employee to act as head: active, not the unit's head, and never the person naming them. Named by NIP,
     * spaces and the name around it allowed ("Rina Wati (19900101 201501 2 001)", as the form's suggestions
     * write it), or by the exact name of one of the unit's staff.
     */
    private Optional<Long> delegate(Actor actor, String named, long unitId, List<FieldProblem> problems) {
        String text = EmployeeChecks.text(named);
        if (text.isEmpty()) {
            problems.add(FieldProblem.of("nip", "delegation.error.required"));
            return Optional.empty();
        }
        Matcher suggested = SUGGESTION.matcher(text);
        String digits = suggested.matches() ? suggested.group(1).replaceAll("[^0-9]", "")
                : text.matches("[0-9 .\\-]+") ? text.replaceAll("[^0-9]", "") : "";
        String clean;
        if (digits.isEmpty()) {
            List<String> found = jdbc.sql("""
                            select e.nip from employee e join unit_below(:unit) b on b.unit_id = e.unit_id
                            where e.active and lower(e.name) = lower(:name)
                            limit 2""")
                    .param("unit", unitId).param("name", text).query(String.class).list();
            if (found.size() != 1) {
                problems.add(FieldProblem.of("nip", found.isEmpty() ? "delegation.error.unknownName"
                        : "delegation.error.sameName", text));
                return Optional.empty();
            }
            clean = found.get(0);
        } else if (digits.length() != 18) {
            problems.add(FieldProblem.of("nip", "delegation.error.nipLength", String.valueOf(digits.length())));
            return Optional.empty();
        } else {
            clean = digits;
        }
        Optional<Object[]> employee = jdbc.sql("select id, active from employee where nip = :nip")
                .param("nip", clean).query((rs, n) -> new Object[] {rs.getLong(1), rs.getBoolean(2)}).optional();
        if (employee.isEmpty()) {
            problems.add(FieldProblem.of("nip", "delegation.error.unknownEmployee", clean));
            return Optional.empty();
        }
        long id = (Long) employee.get()[0];
        if (!(Boolean) employee.get()[1]) {
            problems.add(FieldProblem.of("nip", "delegation.error.inactive", clean));
            return Optional.empty();
        }
        if (isHeadOf(unitId, id)) {
            problems.add(FieldProblem.of("nip", "delegation.error.isHead", clean));
            return Optional.empty();
        }
        if (Long.valueOf(id).equals(actor.employeeId())) {
            problems.add(FieldProblem.of("nip", "delegation.error.self"));
            return Optional.empty();
        }
        return Optional.of(id);
    }

    private static Optional<ActingHeadKind> kind(String value, List<FieldProblem> problems) {
        String text = EmployeeChecks.text(value).toUpperCase(Locale.ROOT);
        if (text.isEmpty()) {
            problems.add(FieldProblem.of("kind", "delegation.error.required"));
            return Optional.empty();
        }
        try {
            return Optional.of(ActingHeadKind.valueOf(text));
        } catch (IllegalArgumentException unknown) {
            problems.add(FieldProblem.of("kind", "delegation.error.kind"));
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(String field, String value, List<FieldProblem> problems) {
        String text = EmployeeChecks.text(value);
        if (text.isEmpty()) {
            problems.add(FieldProblem.of(field, "delegation.error.required"));
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException notADate) {
            problems.add(FieldProblem.of(field, "delegation.error.date", text));
            return Optional.empty();
        }
    }

    private ActingHead byId(long id) {
        return jdbc.sql(SELECT + " where a.id = :id").param("id", id).query((rs, n) -> row(rs)).single();
    }

    private static ActingHead row(ResultSet rs) throws SQLException {
        return new ActingHead(rs.getLong("id"), rs.getString("code"),
                new EmployeeRef(rs.getString("nip"), rs.getString("name")), ActingHeadKind.valueOf(rs.getString("kind")),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                rs.getString("letter"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                rs.getObject("ended_on", LocalDate.class), rs.getString("ended_by"));
    }

    private static ActingHeadState state(ActingHead acting) {
        return new ActingHeadState(acting.id(), acting.employee().nip(), acting.kind().name(),
                acting.startsOn().toString(), acting.endsOn().toString(), acting.letter(),
                acting.endedOn() == null ? null : acting.endedOn().toString());
    }

    private LocalDate today() {
        return InstitutionTime.today(clock);
    }

    /** A new acting head as the form or a caller gives it; dates ISO (2026-11-23), kind PLT or PLH. */
    public record NewActingHead(String nip, String kind, String startsOn, String endsOn, String letter) {
    }

    /** A unit's acting heads on the institution's {@code today}, and whether the reader may name or end them. */
    /** @param candidates whom the form suggests, for those who may name an acting head */
    public record UnitActingHeads(UnitRef unit, LocalDate today, boolean mayDelegate, List<ActingHead> current,
                                  List<ActingHead> future, List<ActingHead> past, List<EmployeeRef> candidates) {

        public UnitActingHeads {
            current = List.copyOf(current);
            future = List.copyOf(future);
            past = List.copyOf(past);
            candidates = List.copyOf(candidates);
        }
    }

    /** An acting head as the audit trail keeps it. */
    record ActingHeadState(long id, String nip, String kind, String startsOn, String endsOn, String letter,
                           String endedOn) {
    }

    private record UnitRow(long id, String code, String name) {
    }
}
