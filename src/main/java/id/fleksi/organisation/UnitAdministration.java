package id.fleksi.organisation;

import id.fleksi.audit.AuditTrail;
import id.fleksi.shared.Actor;
import id.fleksi.shared.LikeText;
import id.fleksi.shared.web.Paged;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The units of the institution as a hierarchy: HR creates, renames, moves them and appoints their heads;
 * the PPK reads all of them, a unit head the units they head and their sub-units. Every change is audited
 * in its own transaction, and moving a unit or changing its head keeps the history.
 */
@Service
@Transactional
public class UnitAdministration {

    static final String CODE = "[A-Z0-9-]{1,30}";
    static final int MAX_NAME = 200;
    private static final String REQUIRED = "{org.error.required}";

    /** Every unit with its path of codes from the top and its depth, for the order of the hierarchy. */
    private static final String TREE = """
            with recursive tree(id, path, depth) as (
                select id, array[code::text], 0 from unit where parent_id is null
                union all
                select u.id, t.path || u.code::text, t.depth + 1 from unit u join tree t on u.parent_id = t.id)
            """;
    private static final String SUMMARY = TREE + summaries("tree");

    /** The units of {@code rows} (a relation of id, path and depth) with their parent, head and active staff. */
    private static String summaries(String rows) {
        return """
                select u.id, u.code, u.name, p.code as parent_code, p.name as parent_name, u.time_zone,
                       he.nip as head_nip, he.name as head_name, u.version, t.depth,
                       coalesce((select s.active from unit_staff s where s.unit_id = u.id), 0) as staff
                from %s t join unit u on u.id = t.id
                left join unit p on p.id = u.parent_id
                left join unit_head h on h.unit_id = u.id and h.ended_on is null
                left join employee he on he.id = h.employee_id
                """.formatted(rows);
    }

    private final Units units;
    private final Employees employees;
    private final Organisation organisation;
    private final AuditTrail audit;
    private final ActingHeads actingHeads;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Validator validator;

    UnitAdministration(Units units, Employees employees, Organisation organisation, AuditTrail audit,
                       ActingHeads actingHeads, JdbcClient jdbc, Clock clock, ApplicationEventPublisher events,
                       Validator validator) {
        this.units = units;
        this.employees = employees;
        this.organisation = organisation;
        this.audit = audit;
        this.actingHeads = actingHeads;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.validator = validator;
    }

    /** The units the person may read, in the order of the hierarchy. */
    @Transactional(readOnly = true)
    public List<UnitSummary> units(Actor actor) {
        UnitScope scope = organisation.scopeOf(actor);
        if (scope.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SUMMARY + " order by t.path")
                .query((rs, n) -> summary(rs)).list().stream()
                .filter(unit -> scope.includesUnit(unit.code()))
                .toList();
    }

    /**
     * One page of the units the person may read, in the order of the hierarchy, those whose code or name contains
     * {@code query} (all when it is empty); the staff are counted for the page's units only.
     */
    @Transactional(readOnly = true)
    public Paged<UnitSummary> units(Actor actor, String query, int page, int size) {
        UnitScope scope = organisation.scopeOf(actor);
        if (scope.isEmpty()) {
            return new Paged<>(List.of(), page, size, 0);
        }
        String text = query == null ? "" : query.strip();
        String pattern = text.isEmpty() ? null
                : "%" + LikeText.escape(text.toLowerCase(Locale.ROOT)) + "%";
        String chosen = TREE + """
                , chosen as (
                    select t.id, t.path, t.depth from tree t join unit u on u.id = t.id
                    where (:all or u.id = any(:ids))
                      and (cast(:pattern as text) is null or lower(u.code) like :pattern or lower(u.name) like :pattern))
                """;
        Long[] ids = scope.unitIds().toArray(Long[]::new);
        long total = jdbc.sql(chosen + "select count(*) from chosen")
                .param("all", scope.wholeInstitution()).param("ids", ids).param("pattern", pattern)
                .query(Long.class).single();
        List<UnitSummary> items = jdbc.sql(chosen
                        + summaries("(select * from chosen order by path limit :size offset :offset)")
                        + " order by t.path")
                .param("all", scope.wholeInstitution()).param("ids", ids).param("pattern", pattern)
                .param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> summary(rs)).list();
        return new Paged<>(items, page, size, total);
    }

    /**
     * One unit with its sub-units and histories.
     *
     * @throws AccessDeniedException when the unit exists but lies outside the person's scope
     */
    @Transactional(readOnly = true)
    public Optional<UnitDetails> unit(Actor actor, String code) {
        Optional<UnitDetails> unit = details(normalCode(code));
        if (unit.isPresent() && !organisation.scopeOf(actor).includesUnit(unit.get().code())) {
            throw new AccessDeniedException("unit outside the reader's scope");
        }
        return unit;
    }

    /** Creates a unit, optionally with its first head (HR). */
    public UnitDetails create(Actor actor, NewUnit input) {
        requireHr(actor);
        List<FieldProblem> problems = new ArrayList<>(Violations.of(validator, input));
        String code = normalCode(input.code());
        String name = EmployeeChecks.text(input.name());
        Optional<UnitZone> zone = UnitZone.named(input.timeZone());
        Optional<Unit> parent = parent(input.parentCode(), problems);
        Optional<Employee> head = EmployeeChecks.text(input.headNip()).isEmpty() ? Optional.empty()
                : checkHead(actor, input.headNip(), "headNip", problems);
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        if (units.existsByCode(code)) {
            throw Refusal.conflict("code", "org.unit.error.codeTaken", code);
        }
        Unit unit = units.save(new Unit(code, name, parent.orElse(null), zone.orElseThrow()));
        head.ifPresent(employee -> startTerm(actor, unit.getId(), employee.getId()));
        audit.record(actor, "UNIT_CREATED", "UNIT", code, null,
                new UnitState(code, name, parent.map(Unit::getCode).orElse(null), zone.orElseThrow().zoneId(),
                        head.map(Employee::getNip).orElse(null)));
        return details(code).orElseThrow();
    }

    /**
     * Renames a unit, changes its zone, or moves it under another parent (HR). A move is refused when the
     * new parent is the unit itself or one of its sub-units, and is kept in the unit's move history.
     *
     * @throws ObjectOptimisticLockingFailureException when {@code version} is given and the unit changed since
     */
    public UnitDetails update(Actor actor, String code, UnitChange change) {
        requireHr(actor);
        Unit unit = units.findByCode(normalCode(code)).orElseThrow(() -> NotFound.unit(code));
        if (change.version() != null && change.version() != unit.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Unit.class, unit.getCode());
        }
        List<FieldProblem> problems = new ArrayList<>(Violations.of(validator, change));
        String name = EmployeeChecks.text(change.name());
        Optional<UnitZone> zone = UnitZone.named(change.timeZone());
        Optional<Unit> parent = parent(change.parentCode(), problems);
        if (parent.isPresent() && wouldCycle(unit, parent.get())) {
            problems.add(FieldProblem.of("parentCode", "org.unit.error.cycle", parent.get().getCode(),
                    unit.getCode()));
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        UnitState before = state(unit);
        Unit oldParent = unit.getParent();
        if (!name.equals(unit.getName()) || zone.orElseThrow() != unit.getZone()) {
            unit.rename(name, zone.orElseThrow());
            audit.record(actor, "UNIT_UPDATED", "UNIT", unit.getCode(), before, state(unit));
        }
        Unit newParent = parent.orElse(null);
        if (!Objects.equals(id(oldParent), id(newParent))) {
            UnitState beforeMove = state(unit);
            unit.moveTo(newParent);
            jdbc.sql("""
                            insert into unit_move (unit_id, old_parent_id, new_parent_id, moved_on, moved_by)
                            values (:unit, :old, :new, :on, :by)""")
                    .param("unit", unit.getId()).param("old", id(oldParent)).param("new", id(newParent))
                    .param("on", today()).param("by", actor.username())
                    .update();
            audit.record(actor, "UNIT_MOVED", "UNIT", unit.getCode(), beforeMove, state(unit));
        }
        units.saveAndFlush(unit);
        return details(unit.getCode()).orElseThrow();
    }

    /**
     * Makes an active employee the head of a unit (HR): the current head's term ends today and the new one
     * starts today; earlier terms stay in the history. Appointing the current head again changes nothing.
     */
    public UnitDetails appointHead(Actor actor, String code, String nip) {
        requireHr(actor);
        Long unitId = jdbc.sql("select id from unit where code = :code for update")
                .param("code", normalCode(code)).query(Long.class).optional()
                .orElseThrow(() -> NotFound.unit(code));
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Employee> head = checkHead(actor, nip, "nip", problems);
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        Employee employee = head.orElseThrow();
        Optional<String> current = currentHeadNip(unitId);
        if (current.filter(employee.getNip()::equals).isEmpty()) {
            endTerm(unitId);
            startTerm(actor, unitId, employee.getId());
            audit.record(actor, "UNIT_HEAD_CHANGED", "UNIT", normalCode(code),
                    Map.of("headNip", current.orElse("")), Map.of("headNip", employee.getNip()));
        }
        return details(normalCode(code)).orElseThrow();
    }

    /**
     * Ends today every term the employee holds as head, and every acting-head delegation to them in force or
     * yet to begin (when they leave active service).
     */
    void endTermsOf(Actor actor, long employeeId, String nip) {
        List<Object[]> terms = jdbc.sql("""
                        select u.id, u.code from unit_head h join unit u on u.id = h.unit_id
                        where h.employee_id = :id and h.ended_on is null for update of h""")
                .param("id", employeeId)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).list();
        for (Object[] term : terms) {
            endTerm((Long) term[0]);
            audit.record(actor, "UNIT_HEAD_CHANGED", "UNIT", (String) term[1], Map.of("headNip", nip),
                    Map.of("headNip", ""));
        }
        actingHeads.endAllOf(actor, employeeId);
    }

    private Optional<UnitDetails> details(String code) {
        return jdbc.sql(SUMMARY + " where u.code = :code").param("code", code)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    UnitSummary unit = summary(rs);
                    return new UnitDetails(unit.code(), unit.name(), unit.parentCode(), unit.parentName(),
                            unit.timeZone(), unit.zone(), unit.head(), unit.activeEmployees(), rs.getLong("version"),
                            subUnits(id), headHistory(id), moves(id));
                })
                .optional();
    }

    private List<UnitRef> subUnits(long unitId) {
        return jdbc.sql("select code, name from unit where parent_id = :id order by code").param("id", unitId)
                .query((rs, n) -> new UnitRef(rs.getString(1), rs.getString(2))).list();
    }

    private List<UnitDetails.HeadTerm> headHistory(long unitId) {
        return jdbc.sql("""
                        select e.nip, e.name, h.started_on, h.ended_on from unit_head h
                        join employee e on e.id = h.employee_id
                        where h.unit_id = :id order by h.started_on desc, h.id desc""")
                .param("id", unitId)
                .query((rs, n) -> new UnitDetails.HeadTerm(rs.getString(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)))
                .list();
    }

    private List<UnitDetails.UnitMove> moves(long unitId) {
        return jdbc.sql("""
                        select op.code, op.name, np.code, np.name, m.moved_on, m.moved_by, m.moved_at
                        from unit_move m
                        left join unit op on op.id = m.old_parent_id
                        left join unit np on np.id = m.new_parent_id
                        where m.unit_id = :id order by m.moved_at desc, m.id desc""")
                .param("id", unitId)
                .query((rs, n) -> new UnitDetails.UnitMove(ref(rs.getString(1), rs.getString(2)),
                        ref(rs.getString(3), rs.getString(4)), rs.getObject(5, LocalDate.class), rs.getString(6),
                        rs.getTimestamp(7).toInstant()))
                .list();
    }

    private static UnitSummary summary(ResultSet rs) throws SQLException {
        String headNip = rs.getString("head_nip");
        String zoneId = rs.getString("time_zone");
        return new UnitSummary(rs.getString("code"), rs.getString("name"), rs.getString("parent_code"),
                rs.getString("parent_name"), zoneId, UnitZone.ofZoneId(zoneId).orElse(null),
                headNip == null ? null : new EmployeeRef(headNip, rs.getString("head_name")),
                rs.getLong("staff"), rs.getInt("depth"));
    }

    private static UnitRef ref(String code, String name) {
        return code == null ? null : new UnitRef(code, name);
    }

    /** Whether placing {@code unit} under {@code parent} would make it its own ancestor. */
    private boolean wouldCycle(Unit unit, Unit parent) {
        return jdbc.sql("""
                        with recursive up(id, parent_id) as (
                            select id, parent_id from unit where id = :parent
                            union
                            select u.id, u.parent_id from unit u join up on u.id = up.parent_id)
                        select exists(select 1 from up where id = :unit)""")
                .param("parent", parent.getId()).param("unit", unit.getId())
                .query(Boolean.class).single();
    }

    private Optional<String> currentHeadNip(long unitId) {
        return jdbc.sql("""
                        select e.nip from unit_head h join employee e on e.id = h.employee_id
                        where h.unit_id = :id and h.ended_on is null""")
                .param("id", unitId).query(String.class).optional();
    }

    private void endTerm(long unitId) {
        jdbc.sql("update unit_head set ended_on = :today where unit_id = :id and ended_on is null")
                .param("today", today()).param("id", unitId).update();
    }

    /** A head's term from today, which the PPK hears of. */
    private void startTerm(Actor actor, long unitId, long employeeId) {
        jdbc.sql("insert into unit_head (unit_id, employee_id, started_on) values (:unit, :employee, :today)")
                .param("unit", unitId).param("employee", employeeId).param("today", today()).update();
        events.publishEvent(jdbc.sql("""
                        select u.code, u.name, e.nip, e.name from unit u, employee e where u.id = :unit and e.id = :employee""")
                .param("unit", unitId).param("employee", employeeId)
                .query((rs, n) -> new HeadAppointed(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        "HEAD", today(), null, actor.username()))
                .single());
    }

    private Optional<Unit> parent(String parentCode, List<FieldProblem> problems) {
        String code = normalCode(parentCode);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        Optional<Unit> parent = units.findByCode(code);
        if (parent.isEmpty()) {
            problems.add(FieldProblem.of("parentCode", "org.unit.error.unknownParent", code));
        }
        return parent;
    }

    /**
     * The employee to head a unit: active, and never the person appointing (no account gives itself a unit head's
     * authority; another officer of HR appoints them).
     */
    private Optional<Employee> checkHead(Actor actor, String nip, String field, List<FieldProblem> problems) {
        String clean = EmployeeChecks.text(nip);
        if (clean.isEmpty()) {
            problems.add(FieldProblem.of(field, "org.error.required"));
            return Optional.empty();
        }
        Optional<Employee> employee = employees.findByNip(clean);
        if (employee.isEmpty()) {
            problems.add(FieldProblem.of(field, "org.unit.error.unknownHead", clean));
        } else if (!employee.get().isActive()) {
            problems.add(FieldProblem.of(field, "org.unit.error.inactiveHead", clean));
            return Optional.empty();
        } else if (employee.get().getId().equals(actor.employeeId())) {
            problems.add(FieldProblem.of(field, "org.unit.error.selfAppointment"));
            return Optional.empty();
        }
        return employee;
    }

    private static UnitState state(Unit unit) {
        return new UnitState(unit.getCode(), unit.getName(),
                unit.getParent() == null ? null : unit.getParent().getCode(), unit.getTimeZone().getId(), null);
    }

    private static Long id(Unit unit) {
        return unit == null ? null : unit.getId();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    static String normalCode(String code) {
        return EmployeeChecks.text(code).toUpperCase(Locale.ROOT);
    }

    static void requireHr(Actor actor) {
        if (actor == null || !actor.isHr()) {
            throw new AccessDeniedException("only HR (KEPEGAWAIAN) changes the organisation");
        }
    }

    /** A new unit as HR gives it; {@code parentCode} and {@code headNip} may be empty. */
    public record NewUnit(@NotBlank(message = REQUIRED) @TextMatches(regexp = CODE, upperCase = true,
                                  message = "{org.unit.error.code}") String code,
                          @NotBlank(message = REQUIRED) @TextLength(max = MAX_NAME) String name,
                          String parentCode,
                          @NotBlank(message = REQUIRED) @ValidZone String timeZone,
                          String headNip) {
    }

    /**
     * A change of a unit: its name, its zone, its parent (empty: the top of the hierarchy).
     *
     * @param version the version read, or {@code null} to skip the check
     */
    public record UnitChange(@NotBlank(message = REQUIRED) @TextLength(max = MAX_NAME) String name,
                             String parentCode,
                             @NotBlank(message = REQUIRED) @ValidZone String timeZone,
                             Long version) {
    }

    /** A unit as the audit trail keeps it. */
    record UnitState(String code, String name, String parentCode, String timeZone, String headNip) {
    }
}
