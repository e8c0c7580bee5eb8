package id.fleksi.organisation;

import id.fleksi.audit.AuditTrail;
import id.fleksi.shared.Actor;
import id.fleksi.shared.InstitutionTime;
import id.fleksi.shared.LikeText;
import id.fleksi.shared.web.Paged;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.groups.Default;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The employees of the institution: HR adds, edits, deactivates and activates them; the PPK reads all,
 * a unit head those of their units and sub-units, an employee their own. Every change is audited.
 */
@Service
@Transactional
public class EmployeeAdministration {

    private final Employees employees;
    private final Units units;
    private final Organisation organisation;
    private final UnitAdministration unitAdministration;
    private final EmployeeRegistration registration;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<AccountStatuses> accounts;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Validator validator;

    EmployeeAdministration(Employees employees, Units units, Organisation organisation,
                           UnitAdministration unitAdministration, EmployeeRegistration registration, AuditTrail audit,
                           ApplicationEventPublisher events, ObjectProvider<AccountStatuses> accounts,
                           JdbcClient jdbc, Clock clock, Validator validator) {
        this.employees = employees;
        this.units = units;
        this.organisation = organisation;
        this.unitAdministration = unitAdministration;
        this.registration = registration;
        this.audit = audit;
        this.events = events;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
        this.validator = validator;
    }

    /**
     * Employees the person may read that match the query, by name.
     *
     * @throws AccessDeniedException when a unit head filters on a unit outside their scope
     */
    @Transactional(readOnly = true)
    public Paged<EmployeeSummary> search(Actor actor, EmployeeQuery query, int page, int size) {
        UnitScope scope = organisation.scopeOf(actor);
        String unitCode = UnitAdministration.normalCode(query.unitCode());
        if (!unitCode.isEmpty() && !scope.includesUnit(unitCode)) {
            throw new AccessDeniedException("unit outside the reader's scope");
        }
        if (scope.isEmpty()) {
            return new Paged<>(List.of(), page, size, 0);
        }
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (!scope.wholeInstitution()) {
            where.append(" and e.unit_id = any(:scope)");
            params.put("scope", scope.unitIds().toArray(Long[]::new));
        }
        String q = EmployeeChecks.text(query.q());
        if (!q.isEmpty()) {
            String escaped = LikeText.escape(q);
            // a text with anything but digits in it is no part of a NIP, only of a name
            boolean digits = Nip.digitsOnly(q);
            where.append(digits ? " and (lower(e.name) like :contains or e.nip like :prefix)"
                    : " and lower(e.name) like :contains");
            params.put("contains", "%" + escaped.toLowerCase(Locale.ROOT) + "%");
            if (digits) {
                params.put("prefix", escaped + "%");
            }
        }
        if (!unitCode.isEmpty()) {
            where.append(" and u.code = :unit");
            params.put("unit", unitCode);
        }
        if (query.type() != null) {
            where.append(" and e.employee_type = :type");
            params.put("type", query.type().name());
        }
        if (query.active() != null) {
            where.append(" and e.active = :active");
            params.put("active", query.active());
        }
        String from = " from employee e join unit u on u.id = e.unit_id" + where;
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<EmployeeSummary> items = jdbc.sql("""
                        select e.nip, e.name, e.employee_type, u.code, u.name as unit_name, e.position,
                               e.position_since, e.active""" + from + " order by lower(e.name), e.nip limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> new EmployeeSummary(rs.getString(1), rs.getString(2),
                        EmployeeType.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getObject(7, LocalDate.class), rs.getBoolean(8)))
                .list();
        if (!q.isEmpty()) {
            // a name common in a ministry matches thousands: the count stops at Paged.countLimit, and the unit is
            // joined only when it filters
            params.put("countLimit", Paged.countLimit(page, size));
            String counted = unitCode.isEmpty() ? " from employee e" + where : from;
            return Paged.counted(items, page, size, jdbc.sql("select count(*) from (select 1" + counted
                    + " limit :countLimit) m").params(params).query(Long.class).single());
        }
        String stored = storedCount(query);
        long total = stored == null
                ? jdbc.sql("select count(*)" + from).params(params).query(Long.class).single()
                : jdbc.sql("select coalesce(sum(" + stored + "), 0) from unit_staff s join unit u on u.id = s.unit_id"
                        + " where true" + (scope.wholeInstitution() ? "" : " and s.unit_id = any(:scope)")
                        + (unitCode.isEmpty() ? "" : " and u.code = :unit")).params(params)
                        .query(Long.class).single();
        return new Paged<>(items, page, size, total);
    }

    /**
     * The column of the stored counts of {@code unit_staff} that answers a query without a search text, if one
     * does: all employees, the active or inactive ones, the active ones of a kind.
     */
    private static String storedCount(EmployeeQuery query) {
        if (query.active() == null) {
            return query.type() == null ? "s.employees" : null;
        }
        if (!query.active()) {
            return query.type() == null ? "s.employees - s.active" : null;
        }
        return "s." + Organisation.activeStaffColumn(query.type());
    }

    /**
     * One employee; empty when there is none or the person may not read them, alike, so that nobody learns
     * which NIPs exist outside their scope.
     */
    @Transactional(readOnly = true)
    public Optional<EmployeeDetails> employee(Actor actor, String nip) {
        return employees.findByNip(EmployeeChecks.text(nip))
                .filter(employee -> organisation.mayRead(actor, employee.getId()))
                .map(this::details);
    }

    /**
     * Adds an employee (HR). Their account, with the NIP as username and the initial password that must be
     * changed at first sign-in, follows from {@link EmployeesRegistered} in the same transaction.
     */
    public EmployeeDetails create(Actor actor, NewEmployeeInput input) {
        UnitAdministration.requireHr(actor);
        List<FieldProblem> problems = input.problems(validator, true);
        EmployeeChecks.requireNewNip(input.nip(), candidate -> employees.findByNip(candidate).isPresent(), problems);
        Map<String, Long> unitIds = new HashMap<>();
        EmployeeChecks.requireKnownUnit(input.unitCode(), code -> {
            units.findByCode(code).ifPresent(unit -> unitIds.put(code, unit.getId()));
            return unitIds.containsKey(code);
        }, problems);
        if (!problems.isEmpty()) {
            boolean onlyTaken = problems.size() == 1 && problems.get(0).messageKey().equals("org.employee.error.nipTaken");
            throw new Refusal(onlyTaken, Violations.inOrder(problems, NewEmployeeInput.class));
        }
        EmployeeChecks.Details d = input.fields().details();
        Nip nip = Nip.check(input.nip(), LocalDate.now(clock)).nip();
        registration.register(List.of(new EmployeeRegistration.NewEmployee(nip, d.name(), d.type(),
                unitIds.get(d.unitCode()), d.unitCode(), d.position(), d.positionSince(), d.domicile(),
                input.password())));
        Employee created = employees.findByNip(nip.value()).orElseThrow();
        audit.record(actor, "EMPLOYEE_CREATED", "EMPLOYEE", created.getNip(), null, state(created));
        return details(created);
    }

    /**
     * Changes what HR keeps of an employee: name, type, unit, position, TMT jabatan, domicile.
     *
     * @throws ObjectOptimisticLockingFailureException when {@code version} is given and the employee changed
     */
    public EmployeeDetails update(Actor actor, String nip, EmployeeChange change) {
        UnitAdministration.requireHr(actor);
        Employee employee = employees.findByNip(EmployeeChecks.text(nip)).orElseThrow(() -> NotFound.employee(nip));
        if (change.version() != null && change.version() != employee.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Employee.class, employee.getNip());
        }
        EmployeeChecks.Fields fields = change.fields();
        List<FieldProblem> problems = new ArrayList<>(Violations.of(validator, fields));
        Map<String, Unit> found = new HashMap<>();
        EmployeeChecks.requireKnownUnit(change.unitCode(), code -> {
            units.findByCode(code).ifPresent(unit -> found.put(code, unit));
            return found.containsKey(code);
        }, problems);
        if (!problems.isEmpty()) {
            throw Refusal.invalid(Violations.inOrder(problems, EmployeeChecks.Fields.class));
        }
        EmployeeChecks.Details d = fields.details();
        EmployeeState before = state(employee);
        long unitBefore = employee.getUnit().getId();
        employee.update(d.name(), d.type(), found.get(d.unitCode()), d.position(), d.positionSince(), d.domicile());
        EmployeeState after = state(employee);
        if (!after.equals(before)) {
            employees.saveAndFlush(employee);
            audit.record(actor, "EMPLOYEE_UPDATED", "EMPLOYEE", employee.getNip(), before, after);
            if (employee.getUnit().getId() != unitBefore) {
                events.publishEvent(new PersonnelChanged(PersonnelChanged.Cause.MOVE, employee.getId(),
                        employee.getNip(), InstitutionTime.today(clock), null));
            }
        }
        return details(employee);
    }

    /**
     * Takes an employee out of active service (HR): their account is disabled and their sessions end (by
     * {@link EmployeeActivationChanged}), and any term as unit head ends today.
     */
    public EmployeeDetails deactivate(Actor actor, String nip) {
        UnitAdministration.requireHr(actor);
        Employee employee = employees.findByNip(EmployeeChecks.text(nip)).orElseThrow(() -> NotFound.employee(nip));
        if (employee.getId().equals(actor.employeeId())) {
            throw Refusal.invalid("nip", "org.employee.error.deactivateSelf");
        }
        if (employee.deactivate()) {
            employees.saveAndFlush(employee);
            unitAdministration.endTermsOf(actor, employee.getId(), employee.getNip());
            events.publishEvent(new EmployeeActivationChanged(employee.getId(), employee.getNip(), false));
            audit.record(actor, "EMPLOYEE_DEACTIVATED", "EMPLOYEE", employee.getNip(), Map.of("active", true),
                    Map.of("active", false));
        }
        return details(employee);
    }

    /** Brings an employee back into active service (HR): their account is enabled again. */
    public EmployeeDetails activate(Actor actor, String nip) {
        UnitAdministration.requireHr(actor);
        Employee employee = employees.findByNip(EmployeeChecks.text(nip)).orElseThrow(() -> NotFound.employee(nip));
        if (employee.activate()) {
            employees.saveAndFlush(employee);
            events.publishEvent(new EmployeeActivationChanged(employee.getId(), employee.getNip(), true));
            audit.record(actor, "EMPLOYEE_ACTIVATED", "EMPLOYEE", employee.getNip(), Map.of("active", false),
                    Map.of("active", true));
        }
        return details(employee);
    }

    /**
     * The units a person may pick in a form: all for the PPK and HR, their scope for a head; {@code null} when there
     * are too many to list, and the unit is typed.
     */
    @Transactional(readOnly = true)
    public List<UnitRef> unitChoices(Actor actor) {
        return organisation.unitChoices(organisation.scopeOf(actor)).orElse(null);
    }

    /** The unit filter of the employee list within the person's scope. */
    public UnitFilter unitFilter(Actor actor, String typed) {
        return organisation.unitFilter(organisation.scopeOf(actor), typed);
    }

    private EmployeeDetails details(Employee employee) {
        Unit unit = employee.getUnit();
        return new EmployeeDetails(employee.getNip(), employee.getName(), employee.getType(), unit.getCode(),
                unit.getName(), employee.getPosition(), employee.getPositionSince(), employee.getDomicile(),
                employee.isActive(), employee.getVersion(), organisation.unitsHeadedBy(employee.getId()),
                Optional.ofNullable(accounts.getIfAvailable())
                        .flatMap(statuses -> statuses.of(employee.getId())).orElse(null));
    }

    private static EmployeeState state(Employee employee) {
        return new EmployeeState(employee.getNip(), employee.getName(), employee.getType().name(),
                employee.getUnit().getCode(), employee.getPosition(), employee.getPositionSince().toString(),
                employee.getDomicile(), employee.isActive());
    }

    /** Filters of the employee list; each may be {@code null}. {@code q} is a part of the name or a NIP prefix. */
    public record EmployeeQuery(String q, String unitCode, EmployeeType type, Boolean active) {
    }

    /**
     * A new employee as HR gives them, as text to be checked: the NIP and the initial password here, the other
     * fields as {@link EmployeeChecks.Fields}.
     */
    @ValidInitialPassword(groups = NewEmployeeInput.WithPassword.class)
    public record NewEmployeeInput(@ValidNip String nip, String name, String type, String unitCode, String position,
                                   String positionSince, String domicile,
                                   @NotBlank(message = "{org.error.required}", groups = WithPassword.class)
                                   String password) {

        /** The constraints of a given initial password; an import makes one for a row without. */
        interface WithPassword {
        }

        EmployeeChecks.Fields fields() {
            return new EmployeeChecks.Fields(name, type, unitCode, position, positionSince, domicile);
        }

        /** The problems of the fields, in their order; the password's only when {@code withPassword}. */
        List<FieldProblem> problems(Validator validator, boolean withPassword) {
            Class<?>[] groups = withPassword ? new Class<?>[] {Default.class, WithPassword.class} : new Class<?>[0];
            List<FieldProblem> problems = new ArrayList<>(Violations.of(validator, this, groups));
            problems.addAll(Violations.of(validator, fields()));
            return problems;
        }

        @Override
        public String toString() {
            return "NewEmployeeInput[" + nip + ", " + name + "]";
        }
    }

    /**
     * What HR may change of an employee, as text to be checked.
     *
     * @param version the version read, or {@code null} to skip the check
     */
    public record EmployeeChange(String name, String type, String unitCode, String position, String positionSince,
                                 String domicile, Long version) {

        EmployeeChecks.Fields fields() {
            return new EmployeeChecks.Fields(name, type, unitCode, position, positionSince, domicile);
        }
    }

    /** An employee as the audit trail keeps them (no password, ever). */
    record EmployeeState(String nip, String name, String type, String unitCode, String position,
                         String positionSince, String domicile, boolean active) {
    }
}
