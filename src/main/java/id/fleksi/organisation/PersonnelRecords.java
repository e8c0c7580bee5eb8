package id.fleksi.organisation;

import id.fleksi.audit.AuditTrail;
import id.fleksi.organisation.PersonnelFacts.DisciplineStatus;
import id.fleksi.organisation.PersonnelHistory.AchievementEntry;
import id.fleksi.organisation.PersonnelHistory.CircumstanceEntry;
import id.fleksi.organisation.PersonnelHistory.CriterionEntry;
import id.fleksi.organisation.PersonnelHistory.DisciplineEntry;
import id.fleksi.organisation.PersonnelHistory.InfrastructureEntry;
import id.fleksi.organisation.PersonnelHistory.PredicateEntry;
import id.fleksi.organisation.PersonnelHistory.Subject;
import id.fleksi.rules.InfrastructureItem;
import id.fleksi.rules.Predikat;
import id.fleksi.shared.Actor;
import id.fleksi.shared.web.ApiProblem;
import jakarta.validation.Validator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The personnel records PermenPANRB 4/2025 decides eligibility on, kept by HR (KEPEGAWAIAN): disciplinary
 * sanctions (Pasal 25 ayat (1) huruf a), special circumstances (Pasal 10, 13 ayat (2) huruf b), performance
 * predicates (Pasal 8 ayat (2)–(3)) and the additional criteria of the PPK (Pasal 26); and the employee's own
 * declaration of their work infrastructure (Pasal 15–16). Every change is audited in its transaction.
 * Other modules read the facts with {@link #of(long)}.
 */
@Service
public class PersonnelRecords {

    static final String SUBJECT_TYPE = "EMPLOYEE";

    private static final RowMapper<DisciplineEntry> DISCIPLINE = (rs, n) -> new DisciplineEntry(rs.getLong("id"),
            rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
            DisciplineStatus.valueOf(rs.getString("status")), rs.getString("note"), rs.getString("recorded_by"),
            instant(rs, "recorded_at"), rs.getLong("version"));
    private static final RowMapper<CircumstanceEntry> CIRCUMSTANCE = (rs, n) -> new CircumstanceEntry(
            rs.getLong("id"), rs.getString("reason"), rs.getObject("starts_on", LocalDate.class),
            rs.getObject("ends_on", LocalDate.class), rs.getString("approved_by"), rs.getString("recorded_by"),
            instant(rs, "recorded_at"), rs.getObject("request_id", Long.class), rs.getString("request_number"));
    private static final RowMapper<PredicateEntry> PREDICATE = (rs, n) -> new PredicateEntry(rs.getInt("year"),
            Predikat.valueOf(rs.getString("predikat")), rs.getString("recorded_by"), instant(rs, "recorded_at"));
    private static final RowMapper<AchievementEntry> ACHIEVEMENT = (rs, n) -> new AchievementEntry(
            rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
            rs.getBigDecimal("score"), rs.getString("predikat") == null ? null
            : Predikat.valueOf(rs.getString("predikat")), rs.getString("source"), rs.getString("recorded_by"),
            instant(rs, "recorded_at"));
    private static final RowMapper<InfrastructureEntry> INFRASTRUCTURE = (rs, n) -> new InfrastructureEntry(
            rs.getBoolean("ready"), rs.getString("note"), instant(rs, "declared_at"),
            InfrastructureItem.of(List.of((String[]) rs.getArray("items").getArray())).stream().sorted().toList());
    private static final RowMapper<CriterionEntry> CRITERION = (rs, n) -> new CriterionEntry(rs.getString("code"),
            rs.getBoolean("met"), rs.getString("note"), rs.getString("recorded_by"), instant(rs, "recorded_at"));

    private final JdbcClient jdbc;
    private final Organisation organisation;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Validator validator;

    PersonnelRecords(JdbcClient jdbc, Organisation organisation, AuditTrail audit, ApplicationEventPublisher events,
                     Validator validator) {
        this.events = events;
        this.validator = validator;
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.audit = audit;
    }

    /**
     * The facts the eligibility rules read for an employee, one query per kind of record; an unknown
     * employee has none.
     */
    @Transactional(readOnly = true)
    public PersonnelFacts of(long employeeId) {
        List<PersonnelFacts.Discipline> discipline = jdbc.sql("""
                        select starts_on, ends_on, status from discipline_record
                        where employee_id = :id order by starts_on, id""")
                .param("id", employeeId)
                .query((rs, n) -> new PersonnelFacts.Discipline(rs.getObject(1, LocalDate.class),
                        rs.getObject(2, LocalDate.class), DisciplineStatus.valueOf(rs.getString(3))))
                .list();
        List<PersonnelFacts.SpecialCircumstance> circumstances = jdbc.sql("""
                        select reason, starts_on, ends_on, approved_by from special_circumstance
                        where employee_id = :id order by starts_on, id""")
                .param("id", employeeId)
                .query((rs, n) -> new PersonnelFacts.SpecialCircumstance(rs.getString(1),
                        rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class), rs.getString(4)))
                .list();
        TreeMap<Integer, Predikat> predicates = new TreeMap<>();
        jdbc.sql("select year, predikat from performance_predicate where employee_id = :id")
                .param("id", employeeId)
                .query((ResultSet rs) -> {
                    predicates.put(rs.getInt(1), Predikat.valueOf(rs.getString(2)));
                });
        PersonnelFacts.Infrastructure infrastructure = jdbc.sql("""
                        select ready, note, declared_at from infrastructure_declaration where employee_id = :id""")
                .param("id", employeeId)
                .query((rs, n) -> new PersonnelFacts.Infrastructure(rs.getBoolean(1), rs.getString(2),
                        instant(rs, "declared_at")))
                .optional().orElse(null);
        TreeMap<String, Boolean> criteria = new TreeMap<>();
        jdbc.sql("select code, met from employee_additional_criterion where employee_id = :id")
                .param("id", employeeId)
                .query((ResultSet rs) -> {
                    criteria.put(rs.getString(1), rs.getBoolean(2));
                });
        return new PersonnelFacts(discipline, circumstances, predicates, infrastructure, criteria);
    }

    /**
     * Everything recorded for the employee, for those who may read their record (404 unknown, 403 outside); the SKP
     * achievements for HR and the PPK only.
     */
    @Transactional(readOnly = true)
    PersonnelHistory history(Actor actor, String nip) {
        Found employee = readable(actor, nip);
        long id = employee.id();
        return new PersonnelHistory(employee.subject(),
                jdbc.sql("select * from discipline_record where employee_id = :id order by starts_on desc, id desc")
                        .param("id", id).query(DISCIPLINE).list(),
                jdbc.sql("""
                                select c.*, r.number as request_number from special_circumstance c
                                left join special_circumstance_request r on r.id = c.request_id
                                where c.employee_id = :id order by c.starts_on desc, c.id desc""")
                        .param("id", id).query(CIRCUMSTANCE).list(),
                jdbc.sql("select * from performance_predicate where employee_id = :id order by year desc")
                        .param("id", id).query(PREDICATE).list(),
                infrastructure(id).orElse(null),
                jdbc.sql("select * from employee_additional_criterion where employee_id = :id order by code")
                        .param("id", id).query(CRITERION).list(),
                actor.isHr() || actor.isPpk() ? jdbc.sql("""
                                select * from performance_achievement where employee_id = :id
                                order by period_to desc, period_from desc""")
                        .param("id", id).query(ACHIEVEMENT).list() : null);
    }

    /** The signed-in employee's own declaration, if they made one. */
    @Transactional(readOnly = true)
    Optional<InfrastructureEntry> ownDeclaration(Actor actor) {
        return actor.employeeId() == null ? Optional.empty() : infrastructure(actor.employeeId());
    }

    /** Pasal 25 ayat (1) huruf a: HR records a disciplinary sanction being served or in process. */
    @Transactional
    DisciplineEntry recordDiscipline(Actor actor, String nip, PersonnelInput.Discipline input) {
        Found employee = keptByHr(actor, nip);
        PersonnelInput.Discipline.Checked record = PersonnelInput.valid(validator, input).checked();
        DisciplineEntry created = jdbc.sql("""
                        insert into discipline_record (employee_id, starts_on, ends_on, status, note, recorded_by)
                        values (:employee, :from, :to, :status, :note, :by) returning *""")
                .param("employee", employee.id()).param("from", record.from()).param("to", record.to())
                .param("status", record.status().name()).param("note", record.note())
                .param("by", actor.username())
                .query(DISCIPLINE).single();
        audit.record(actor, "DISCIPLINE_RECORDED", SUBJECT_TYPE, nip, null, created);
        events.publishEvent(new PersonnelChanged(PersonnelChanged.Cause.DISCIPLINE, employee.id(), nip,
                record.from(), record.to()));
        return created;
    }

    /**
     * HR ends or corrects a disciplinary record. When the editor says which version they saw and the record
     * changed since, nothing is overwritten (409).
     */
    @Transactional
    DisciplineEntry updateDiscipline(Actor actor, String nip, long recordId, PersonnelInput.Discipline input) {
        Found employee = keptByHr(actor, nip);
        DisciplineEntry before = jdbc.sql("""
                        select * from discipline_record where id = :id and employee_id = :employee for update""")
                .param("id", recordId).param("employee", employee.id())
                .query(DISCIPLINE).optional()
                .orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND, "personnel.problem.unknownDiscipline"));
        PersonnelInput.Discipline.Checked record = PersonnelInput.valid(validator, input).checked();
        if (input.version() != null && input.version() != before.version()) {
            throw ApiProblem.of(HttpStatus.CONFLICT, "personnel.problem.disciplineChanged");
        }
        DisciplineEntry after = jdbc.sql("""
                        update discipline_record
                        set starts_on = :from, ends_on = :to, status = :status, note = :note, version = version + 1
                        where id = :id returning *""")
                .param("id", recordId).param("from", record.from()).param("to", record.to())
                .param("status", record.status().name()).param("note", record.note())
                .query(DISCIPLINE).single();
        audit.record(actor, "DISCIPLINE_UPDATED", SUBJECT_TYPE, nip, before, after);
        events.publishEvent(new PersonnelChanged(PersonnelChanged.Cause.DISCIPLINE, employee.id(), nip,
                record.from(), record.to()));
        return after;
    }

    /** Pasal 10, 13 ayat (2) huruf b: HR records an approved special circumstance of the employee. */
    @Transactional
    CircumstanceEntry recordSpecialCircumstance(Actor actor, String nip, PersonnelInput.Circumstance input) {
        Found employee = keptByHr(actor, nip);
        PersonnelInput.Circumstance.Checked record = PersonnelInput.valid(validator, input).checked();
        CircumstanceEntry created = jdbc.sql("""
                        insert into special_circumstance (employee_id, reason, starts_on, ends_on, approved_by,
                                                          recorded_by)
                        values (:employee, :reason, :from, :to, :approvedBy, :by)
                        returning *, cast(null as varchar) as request_number""")
                .param("employee", employee.id()).param("reason", record.reason())
                .param("from", record.from()).param("to", record.to())
                .param("approvedBy", record.approvedBy() == null ? actor.username() : record.approvedBy())
                .param("by", actor.username())
                .query(CIRCUMSTANCE).single();
        audit.record(actor, "SPECIAL_CIRCUMSTANCE_RECORDED", SUBJECT_TYPE, nip, null, created);
        return created;
    }

    /** Pasal 8 ayat (2)–(3): HR records the year's performance predicate; the same predicate again changes nothing. */
    @Transactional
    PredicateEntry recordPerformance(Actor actor, String nip, PersonnelInput.Performance input) {
        Found employee = keptByHr(actor, nip);
        PersonnelInput.Performance.Checked record = PersonnelInput.valid(validator, input).checked();
        Optional<PredicateEntry> before = jdbc.sql("""
                        select * from performance_predicate where employee_id = :employee and year = :year for update""")
                .param("employee", employee.id()).param("year", record.year())
                .query(PREDICATE).optional();
        if (before.isPresent() && before.get().predikat() == record.predikat()) {
            return before.get();
        }
        PredicateEntry after = jdbc.sql("""
                        insert into performance_predicate (employee_id, year, predikat, recorded_by)
                        values (:employee, :year, :predikat, :by)
                        on conflict (employee_id, year) do update
                        set predikat = excluded.predikat, recorded_by = excluded.recorded_by, recorded_at = now()
                        returning *""")
                .param("employee", employee.id()).param("year", record.year())
                .param("predikat", record.predikat().name()).param("by", actor.username())
                .query(PREDICATE).single();
        audit.record(actor, "PERFORMANCE_RECORDED", SUBJECT_TYPE, nip, before.orElse(null), after);
        return after;
    }

    /** Pasal 16: the employee declares their own work infrastructure ready or not; nobody else may. */
    @Transactional
    InfrastructureEntry declareInfrastructure(Actor actor, String nip, PersonnelInput.Infrastructure input) {
        Found employee = subject(nip)
                .filter(found -> actor.employeeId() != null && found.id() == actor.employeeId())
                .orElseThrow(() -> ApiProblem.of(HttpStatus.FORBIDDEN, "personnel.problem.notOwnDeclaration"));
        return declare(actor, employee, input);
    }

    /** Pasal 16: the signed-in employee's declaration, from their own page. */
    @Transactional
    InfrastructureEntry declareOwnInfrastructure(Actor actor, PersonnelInput.Infrastructure input) {
        Found employee = Optional.ofNullable(actor.employeeId()).flatMap(this::subject)
                .orElseThrow(() -> ApiProblem.of(HttpStatus.FORBIDDEN, "personnel.problem.notOwnDeclaration"));
        return declare(actor, employee, input);
    }

    /** Pasal 26: HR records whether the employee meets an additional criterion of the PPK. */
    @Transactional
    CriterionEntry recordAdditionalCriterion(Actor actor, String nip, PersonnelInput.Criterion input) {
        Found employee = keptByHr(actor, nip);
        PersonnelInput.Criterion.Checked record = PersonnelInput.valid(validator, input).checked();
        Optional<CriterionEntry> before = jdbc.sql("""
                        select * from employee_additional_criterion
                        where employee_id = :employee and code = :code for update""")
                .param("employee", employee.id()).param("code", record.code())
                .query(CRITERION).optional();
        if (before.isPresent() && before.get().met() == record.met()
                && java.util.Objects.equals(before.get().note(), record.note())) {
            return before.get();
        }
        CriterionEntry after = jdbc.sql("""
                        insert into employee_additional_criterion (employee_id, code, met, note, recorded_by)
                        values (:employee, :code, :met, :note, :by)
                        on conflict (employee_id, code) do update
                        set met = excluded.met, note = excluded.note, recorded_by = excluded.recorded_by,
                            recorded_at = now()
                        returning *""")
                .param("employee", employee.id()).param("code", record.code()).param("met", record.met())
                .param("note", record.note()).param("by", actor.username())
                .query(CRITERION).single();
        audit.record(actor, "ADDITIONAL_CRITERION_RECORDED", SUBJECT_TYPE, nip, before.orElse(null), after);
        return after;
    }

    private InfrastructureEntry declare(Actor actor, Found employee, PersonnelInput.Infrastructure input) {
        PersonnelInput.Infrastructure.Checked declaration = PersonnelInput.valid(validator, input).checked();
        InfrastructureEntry before = jdbc.sql("""
                        select * from infrastructure_declaration where employee_id = :employee for update""")
                .param("employee", employee.id())
                .query(INFRASTRUCTURE).optional().orElse(null);
        InfrastructureEntry after = jdbc.sql("""
                        insert into infrastructure_declaration (employee_id, ready, note, items)
                        values (:employee, :ready, :note, coalesce(cast(:items as varchar[]), '{}'))
                        on conflict (employee_id) do update
                        set ready = excluded.ready, note = excluded.note, declared_at = now(),
                            items = coalesce(cast(:items as varchar[]), infrastructure_declaration.items)
                        returning *""")
                .param("employee", employee.id()).param("ready", declaration.ready())
                .param("note", declaration.note())
                .param("items", declaration.items() == null ? null : declaration.items().toArray(String[]::new),
                        java.sql.Types.ARRAY)
                .query(INFRASTRUCTURE).single();
        audit.record(actor, "INFRASTRUCTURE_DECLARED", SUBJECT_TYPE, employee.subject().nip(), before, after);
        return after;
    }

    private Optional<InfrastructureEntry> infrastructure(long employeeId) {
        return jdbc.sql("select * from infrastructure_declaration where employee_id = :id")
                .param("id", employeeId).query(INFRASTRUCTURE).optional();
    }

    /** The employee whose record the person may read: 404 for an unknown NIP and outside their scope alike. */
    private Found readable(Actor actor, String nip) {
        return subject(nip).filter(employee -> organisation.mayRead(actor, employee.id()))
                .orElseThrow(PersonnelRecords::unknown);
    }

    /** The employee whose records HR changes: 404 for an unknown NIP, 403 for anyone but HR. */
    private Found keptByHr(Actor actor, String nip) {
        Found employee = subject(nip).orElseThrow(PersonnelRecords::unknown);
        if (!actor.isHr()) {
            throw ApiProblem.of(HttpStatus.FORBIDDEN, "personnel.problem.hrOnly");
        }
        return employee;
    }

    private Optional<Found> subject(String nip) {
        return subjectWhere("e.nip = :key", nip);
    }

    private Optional<Found> subject(long employeeId) {
        return subjectWhere("e.id = :key", employeeId);
    }

    private Optional<Found> subjectWhere(String condition, Object key) {
        return jdbc.sql("""
                        select e.id, e.nip, e.name, e.position, e.active, u.code, u.name as unit_name
                        from employee e join unit u on u.id = e.unit_id where\s""" + condition)
                .param("key", key)
                .query((rs, n) -> new Found(rs.getLong("id"), new Subject(rs.getString("nip"), rs.getString("name"),
                        new UnitRef(rs.getString("code"), rs.getString("unit_name")), rs.getString("position"),
                        rs.getBoolean("active"))))
                .optional();
    }

    private static ApiProblem unknown() {
        return ApiProblem.of(HttpStatus.NOT_FOUND, "personnel.problem.unknownEmployee");
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private record Found(long id, Subject subject) {
    }
}
