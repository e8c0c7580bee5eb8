package id.fleksi.outputs;

import id.fleksi.audit.AuditTrail;
import id.fleksi.documents.DocumentRefused;
import id.fleksi.documents.Documents;
import id.fleksi.organisation.Organisation;
import id.fleksi.organisation.UnitScope;
import id.fleksi.shared.Actor;
import id.fleksi.shared.InstitutionTime;
import id.fleksi.shared.LikeText;
import id.fleksi.shared.web.ApiProblem;
import id.fleksi.shared.web.Paged;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The outputs employees record for their days and the heads' reviews of them. An employee records only their own;
 * a head (or acting head, Plt/Plh) reviews those of the employees of the units they head and the units below, never
 * their own; HR and the PPK read all. An output outside the reader's scope is answered as one that does not exist.
 */
@Service
public class WorkOutputs {

    /** The most days after its day an output may still be recorded (a month of daily records). */
    public static final int DAYS_BACK = 31;
    public static final int DESCRIPTION_MAX = 500;
    public static final int LINK_MAX = 500;
    public static final int NOTE_MAX = 500;
    /** The longest range of days a list covers (a quarter). */
    public static final int RANGE_MAX_DAYS = 93;
    /** The purpose under which {@link Documents} keeps an output's evidence. */
    static final String EVIDENCE = "OUTPUT_EVIDENCE";

    private static final String SELECT = """
            select o.id, o.employee_id, e.nip, e.name, u.code as unit_code, o.day, t.code as task_code,
                   t.name as task_name, o.description, o.link, o.status, o.review_note, o.reviewed_at, o.reviewed_by,
                   o.created_at, o.document_id
            from work_output o
            join employee_directory e on e.id = o.employee_id
            join unit_directory u on u.id = e.unit_id
            left join task_directory t on t.id = o.task_id
            """;

    private final JdbcClient jdbc;
    private final Organisation organisation;
    private final AuditTrail audit;
    private final Documents documents;
    private final Validator validator;
    private final Clock clock;

    WorkOutputs(JdbcClient jdbc, Organisation organisation, AuditTrail audit, Documents documents, Validator validator,
                Clock clock) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.audit = audit;
        this.documents = documents;
        this.validator = validator;
        this.clock = clock;
    }

    /** One of the employee's tasks, to choose from. */
    public record TaskChoice(String code, String name) {
    }

    /** What a list shows: a range of days, an employee by NIP or name, a status. */
    public record Filter(LocalDate from, LocalDate to, String search, OutputStatus status) {
    }

    /** An evidence file as it was sent: the name the sender gave it and its bytes, read once. */
    public record Evidence(String fileName, InputStream content) {
    }

    /** The largest evidence file accepted, in whole megabytes. */
    public long evidenceMaxMegabytes() {
        return documents.maxMegabytes();
    }

    /**
     * Records an output of the signed-in employee.
     *
     * @throws ApiProblem 403 for an account that is no employee; 400 for a value that is wrongly written (each field
     *                    with its message); 422 for a day out of range or a task the employee does not hold
     */
    @Transactional
    public WorkOutput record(Actor actor, OutputInput input) {
        return record(actor, input, null);
    }

    /**
     * Records an output of the signed-in employee with its evidence file, if any: both are kept, or neither.
     *
     * @throws ApiProblem as {@link #record(Actor, OutputInput)}; 422 also for an evidence file that is empty, too
     *                    large, or no PDF, PNG or JPEG (field {@code evidence}, with the other fields' errors)
     */
    @Transactional
    public WorkOutput record(Actor actor, OutputInput input, Evidence evidence) {
        long employeeId = employee(actor);
        OutputInput given = input == null ? new OutputInput(null, null, null, null) : input;
        Map<String, String> invalid = problems(given);
        boolean malformed = !invalid.isEmpty();
        if (!invalid.containsKey("date")) {
            LocalDate day = LocalDate.parse(given.date().strip());
            LocalDate today = InstitutionTime.today(clock);
            if (day.isAfter(today)) {
                invalid.put("date", "outputs.error.date.future");
            } else if (ChronoUnit.DAYS.between(day, today) > DAYS_BACK) {
                invalid.put("date", "outputs.error.date.old");
            }
        }
        String taskCode = blankToNull(given.taskCode());
        Long taskId = null;
        if (taskCode != null && !invalid.containsKey("taskCode")) {
            taskId = jdbc.sql("select task_id from held_task where employee_id = :employee and upper(code) = upper(:code)")
                    .param("employee", employeeId).param("code", taskCode).query(Long.class).optional()
                    .orElse(null);
            if (taskId == null) {
                invalid.put("taskCode", "outputs.error.task");
            }
        }
        Documents.Checked file = null;
        if (evidence != null) {
            try {
                file = documents.check(evidence.fileName(), evidence.content());
            } catch (DocumentRefused refused) {
                invalid.put("evidence", refused.messageKey());
            }
        }
        if (!invalid.isEmpty()) {
            Map<String, String> ordered = new LinkedHashMap<>();
            for (String field : List.of("date", "taskCode", "description", "link", "evidence")) {
                if (invalid.containsKey(field)) {
                    ordered.put(field, invalid.get(field));
                }
            }
            if (malformed) {
                throw new ApiProblem(HttpStatus.BAD_REQUEST, "problem.detail.invalid", ordered);
            }
            throw ordered.size() == 1 && ordered.containsKey("evidence")
                    ? evidenceRefused(ordered.get("evidence"))
                    : new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "outputs.problem.refused", ordered);
        }
        LocalDate day = LocalDate.parse(given.date().strip());
        long id = jdbc.sql("""
                        insert into work_output (employee_id, day, task_id, description, link, created_at, created_by)
                        values (:employee, :day, :task, :description, :link, :at, :by)
                        returning id""")
                .param("employee", employeeId).param("day", day).param("task", taskId)
                .param("description", given.description().strip()).param("link", blankToNull(given.link()))
                .param("at", Timestamp.from(clock.instant())).param("by", actor.username())
                .query(Long.class).single();
        WorkOutput output = find(id).orElseThrow();
        audit.record(actor, "OUTPUT_RECORDED", "WORK_OUTPUT", String.valueOf(id), null, state(output));
        if (file != null) {
            return attach(actor, output, file);
        }
        return output;
    }

    /**
     * Attaches an evidence file to one of the employee's own outputs while it waits for review or was returned,
     * in place of the one attached before (which is removed). A refused file changes nothing.
     *
     * @throws ApiProblem 404 for an output that is not the employee's own; 400 without a file; 409 for an output
     *                    accepted already; 422 for a file that is empty, too large, or no PDF, PNG or JPEG
     */
    @Transactional
    public WorkOutput attachEvidence(Actor actor, long id, Evidence evidence) {
        long employeeId = employee(actor);
        WorkOutput output = jdbc.sql(SELECT + " where o.id = :id for update of o").param("id", id)
                .query(WorkOutputs::row).optional()
                .filter(found -> found.employeeId() == employeeId)
                .orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND, "outputs.problem.notFound"));
        if (evidence == null) {
            throw ApiProblem.field("evidence", "outputs.error.evidence.required");
        }
        if (output.status() == OutputStatus.ACCEPTED) {
            throw ApiProblem.of(HttpStatus.CONFLICT, "outputs.problem.evidenceClosed");
        }
        Documents.Checked file;
        try {
            file = documents.check(evidence.fileName(), evidence.content());
        } catch (DocumentRefused refused) {
            throw evidenceRefused(refused.messageKey());
        }
        return attach(actor, output, file);
    }

    /**
     * The evidence file of an output the reader may see (as {@link #list}: their own, their units' and sub-units'
     * for a head or acting head, all for HR and the PPK); empty for one outside the reader's scope or without one.
     */
    @Transactional(readOnly = true)
    public Optional<Documents.Stored> evidence(Actor actor, long id) {
        return jdbc.sql(SELECT + " where o.id = :id").param("id", id)
                .query((rs, n) -> Map.entry(row(rs, n), rs.getLong("document_id"))).optional()
                .filter(found -> found.getKey().hasEvidence() && sees(actor, found.getKey()))
                .flatMap(found -> documents.read(found.getValue()));
    }

    private WorkOutput attach(Actor actor, WorkOutput output, Documents.Checked file) {
        Long before = jdbc.sql("select document_id from work_output where id = :id and document_id is not null")
                .param("id", output.id()).query(Long.class).optional().orElse(null);
        long document = documents.store(actor, EVIDENCE, file);
        jdbc.sql("update work_output set document_id = :document where id = :id")
                .param("document", document).param("id", output.id()).update();
        if (before != null) {
            documents.delete(actor, before);
            audit.record(actor, "OUTPUT_EVIDENCE_REMOVED", "WORK_OUTPUT", String.valueOf(output.id()),
                    Map.of("documentId", before), null);
        }
        audit.record(actor, "OUTPUT_EVIDENCE_STORED", "WORK_OUTPUT", String.valueOf(output.id()), null,
                Map.of("documentId", document, "fileName", file.fileName(), "contentType",
                        file.type().contentType()));
        return find(output.id()).orElseThrow();
    }

    private ApiProblem evidenceRefused(String messageKey) {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "documents.problem.refused",
                Map.of("evidence", messageKey), documents.maxMegabytes());
    }

    /** Whether the reader may see the output: their own, one of the units they head, or any for HR and the PPK. */
    private boolean sees(Actor actor, WorkOutput output) {
        if (actor.readsWholeInstitution()) {
            return true;
        }
        if (actor.employeeId() == null) {
            return false;
        }
        return output.employeeId() == actor.employeeId()
                || organisation.headedScopeOf(actor.employeeId()).includesUnit(output.unitCode());
    }

    /**
     * The head's review of an output of their units.
     *
     * @throws ApiProblem 404 for an output outside the head's units; 400 for a decision that is neither ACCEPTED nor
     *                    RETURNED or a note too long; 403 for the head's own output; 409 for one reviewed already;
     *                    422 for a return without a note
     */
    @Transactional
    public WorkOutput review(Actor actor, long id, ReviewInput input) {
        WorkOutput output = jdbc.sql(SELECT + " where o.id = :id for update of o").param("id", id)
                .query(WorkOutputs::row).optional()
                .filter(found -> reviews(actor, found))
                .orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND, "outputs.problem.notFound"));
        String decisionText = input == null || input.decision() == null ? "" : input.decision().strip();
        OutputStatus decision = switch (decisionText.toUpperCase(Locale.ROOT)) {
            case "ACCEPTED" -> OutputStatus.ACCEPTED;
            case "RETURNED" -> OutputStatus.RETURNED;
            default -> throw ApiProblem.field("decision", "outputs.error.decision");
        };
        String note = input == null ? null : blankToNull(input.note());
        if (note != null && note.length() > NOTE_MAX) {
            throw ApiProblem.field("note", "outputs.error.note.long");
        }
        if (Long.valueOf(output.employeeId()).equals(actor.employeeId())) {
            throw ApiProblem.of(HttpStatus.FORBIDDEN, "outputs.problem.own");
        }
        if (output.status() != OutputStatus.SUBMITTED) {
            throw ApiProblem.of(HttpStatus.CONFLICT, "outputs.problem.reviewed");
        }
        if (decision == OutputStatus.RETURNED && note == null) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "outputs.problem.noteRequired",
                    Map.of("note", "outputs.error.note.required"));
        }
        jdbc.sql("""
                        update work_output set status = :status, review_note = :note, reviewed_at = :at,
                                               reviewed_by = :by
                        where id = :id""")
                .param("status", decision.name()).param("note", note).param("at", Timestamp.from(clock.instant()))
                .param("by", actor.displayName()).param("id", id).update();
        WorkOutput reviewed = find(id).orElseThrow();
        audit.record(actor, "OUTPUT_REVIEWED", "WORK_OUTPUT", String.valueOf(id), state(output), state(reviewed));
        return reviewed;
    }

    /**
     * The outputs the reader may see, newest first: their own for an employee (whatever else is asked), their own and
     * those of their units and sub-units for a head, all for HR and the PPK.
     */
    @Transactional(readOnly = true)
    public Paged<WorkOutput> list(Actor actor, Filter filter, int page, int size) {
        return page(actor, filter, page, size, false);
    }

    /** The outputs waiting for the head's review in their units and sub-units, never their own, oldest day first. */
    @Transactional(readOnly = true)
    public Paged<WorkOutput> waiting(Actor actor, Filter filter, int page, int size) {
        Filter waiting = new Filter(filter.from(), filter.to(), filter.search(), OutputStatus.SUBMITTED);
        return page(actor, waiting, page, size, true);
    }

    /** The employee's own outputs of the days from {@code from} on, newest first (at most 100). */
    @Transactional(readOnly = true)
    public List<WorkOutput> own(Actor actor, LocalDate from) {
        long employeeId = employee(actor);
        return jdbc.sql(SELECT + " where o.employee_id = :employee and o.day >= :from order by o.day desc, o.id desc"
                        + " limit 100")
                .param("employee", employeeId).param("from", from).query(WorkOutputs::row).list();
    }

    /** The tasks the employee holds, by code. */
    @Transactional(readOnly = true)
    public List<TaskChoice> tasksOf(Actor actor) {
        if (actor.employeeId() == null) {
            return List.of();
        }
        return jdbc.sql("select code, name from held_task where employee_id = :employee order by code")
                .param("employee", actor.employeeId())
                .query((rs, n) -> new TaskChoice(rs.getString(1), rs.getString(2))).list();
    }

    public LocalDate today() {
        return InstitutionTime.today(clock);
    }

    private Paged<WorkOutput> page(Actor actor, Filter filter, int page, int size, boolean reviewing) {
        StringBuilder where = new StringBuilder(" where o.day between :from and :to");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("from", filter.from());
        params.put("to", filter.to());
        if (reviewing) {
            UnitScope scope = actor.employeeId() == null ? UnitScope.NONE
                    : organisation.headedScopeOf(actor.employeeId());
            where.append(" and e.unit_id = any(:units) and o.employee_id <> :self");
            params.put("units", scope.unitIds().toArray(Long[]::new));
            params.put("self", actor.employeeId() == null ? -1L : actor.employeeId());
        } else if (!actor.readsWholeInstitution()) {
            // from live data: a delegation (Plt/Plh) in force today counts even when the session began before it
            UnitScope scope = actor.employeeId() == null ? UnitScope.NONE
                    : organisation.headedScopeOf(actor.employeeId());
            where.append(" and (o.employee_id = :self or e.unit_id = any(:units))");
            params.put("units", scope.unitIds().toArray(Long[]::new));
            params.put("self", actor.employeeId() == null ? -1L : actor.employeeId());
        }
        String search = blankToNull(filter.search());
        if (search != null) {
            where.append(" and (e.nip like :prefix or lower(e.name) like :contains)");
            String escaped = LikeText.escape(search.strip());
            params.put("prefix", escaped + "%");
            params.put("contains", "%" + escaped.toLowerCase(Locale.ROOT) + "%");
        }
        if (filter.status() != null) {
            where.append(" and o.status = :status");
            params.put("status", filter.status().name());
        }
        long total = jdbc.sql("""
                        select count(*) from work_output o
                        join employee_directory e on e.id = o.employee_id""" + where)
                .params(params).query(Long.class).single();
        String order = reviewing ? " order by o.day, o.id" : " order by o.day desc, o.id desc";
        List<WorkOutput> items = jdbc.sql(SELECT + where + order + " limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query(WorkOutputs::row).list();
        return new Paged<>(items, page, size, total);
    }

    /** Whether the head reviews this output: it is their own (refused later, with its reason) or of their units. */
    private boolean reviews(Actor actor, WorkOutput output) {
        if (actor.employeeId() == null) {
            return false;
        }
        if (Long.valueOf(output.employeeId()).equals(actor.employeeId())) {
            return true;
        }
        return organisation.headedScopeOf(actor.employeeId()).includesUnit(output.unitCode());
    }

    private Optional<WorkOutput> find(long id) {
        return jdbc.sql(SELECT + " where o.id = :id").param("id", id).query(WorkOutputs::row).optional();
    }

    private static long employee(Actor actor) {
        if (actor.employeeId() == null) {
            throw ApiProblem.of(HttpStatus.FORBIDDEN, "outputs.problem.noEmployee");
        }
        return actor.employeeId();
    }

    /** The fields Bean Validation refuses, each with the message key that says why (one per field). */
    private Map<String, String> problems(OutputInput input) {
        Map<String, String> found = new java.util.TreeMap<>();
        for (ConstraintViolation<OutputInput> violation : validator.validate(input)) {
            String template = violation.getMessageTemplate();
            if (template.startsWith("{") && template.endsWith("}")) {
                found.merge(violation.getPropertyPath().toString(), template.substring(1, template.length() - 1),
                        (first, second) -> first.compareTo(second) <= 0 ? first : second);
            }
        }
        Map<String, String> invalid = new LinkedHashMap<>();
        for (String field : List.of("date", "taskCode", "description", "link")) {
            if (found.containsKey(field)) {
                invalid.put(field, found.get(field));
            }
        }
        return invalid;
    }

    private static Map<String, Object> state(WorkOutput output) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("nip", output.nip());
        state.put("day", output.day().toString());
        state.put("taskCode", output.taskCode());
        state.put("description", output.description());
        state.put("link", output.link());
        state.put("status", output.status().name());
        state.put("reviewNote", output.reviewNote());
        state.put("hasEvidence", output.hasEvidence());
        return state;
    }

    private static WorkOutput row(ResultSet rs, int n) throws SQLException {
        Timestamp reviewedAt = rs.getTimestamp("reviewed_at");
        return new WorkOutput(rs.getLong("id"), rs.getLong("employee_id"), rs.getString("nip"), rs.getString("name"),
                rs.getString("unit_code"), rs.getObject("day", LocalDate.class), rs.getString("task_code"),
                rs.getString("task_name"), rs.getString("description"), rs.getString("link"),
                OutputStatus.valueOf(rs.getString("status")), rs.getString("review_note"),
                reviewedAt == null ? null : reviewedAt.toInstant(), rs.getString("reviewed_by"),
                rs.getTimestamp("created_at").toInstant(), rs.getObject("document_id") != null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
