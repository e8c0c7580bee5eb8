package id.fleksi.tasks;

import id.fleksi.audit.AuditTrail;
import id.fleksi.organisation.Organisation;
import id.fleksi.organisation.UnitRef;
import id.fleksi.organisation.UnitScope;
import id.fleksi.shared.Actor;
import id.fleksi.shared.web.ApiProblem;
import id.fleksi.shared.web.Paged;
import id.fleksi.tasks.TaskViews.Assignee;
import id.fleksi.tasks.TaskViews.TaskRecord;
import id.fleksi.tasks.TaskViews.TaskSummary;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the task inventory (Pasal 9 ayat (2)): HR creates and edits tasks and assigns them; the PPK reads
 * all of them, a unit head those of their units and sub-units. Every change lands in the audit trail in the
 * same transaction.
 */
@Service
class TaskService {

    static final String SUBJECT_TASK = "TASK";
    static final String SUBJECT_ASSIGNMENT = "TASK_ASSIGNMENT";

    private final TaskRepository tasks;
    private final TaskQueries queries;
    private final Organisation organisation;
    private final AuditTrail audit;
    private final Validator validator;
    private final JdbcClient jdbc;
    private final TaskProposals proposals;

    TaskService(TaskRepository tasks, TaskQueries queries, Organisation organisation, AuditTrail audit,
                Validator validator, JdbcClient jdbc, TaskProposals proposals) {
        this.proposals = proposals;
        this.tasks = tasks;
        this.queries = queries;
        this.organisation = organisation;
        this.audit = audit;
        this.validator = validator;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Paged<TaskSummary> search(Actor actor, String unitCode, String search, int page, int size) {
        return search(actor, unitCode, search, false, page, size);
    }

    /** The tasks the person may read; {@code proposed}: only those with an open proposal of an evaluation. */
    @Transactional(readOnly = true)
    public Paged<TaskSummary> search(Actor actor, String unitCode, String search, boolean proposed, int page,
                                     int size) {
        UnitScope scope = organisation.scopeOf(actor);
        if (unitCode != null && !unitCode.isBlank() && !scope.includesUnit(unitCode.strip())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return queries.search(scope, unitCode, search, proposed, page, size);
    }

    /** The units the person may filter by. */
    @Transactional(readOnly = true)
    public List<UnitRef> units(Actor actor) {
        return queries.units(organisation.scopeOf(actor));
    }

    /** A task the person may read: 404 when there is none, 403 when it is outside their units. */
    @Transactional(readOnly = true)
    public TaskRecord get(Actor actor, String code) {
        TaskRecord task = queries.byCode(TaskInput.normalCode(code))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!organisation.scopeOf(actor).includesUnit(task.unitId())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return task;
    }

    @Transactional(readOnly = true)
    public List<Assignee> assignees(Actor actor, String code) {
        return queries.assignees(get(actor, code).id());
    }

    @Transactional
    public TaskRecord create(Actor actor, TaskInput input) {
        requireHr(actor);
        Map<String, String> invalid = problems(input);
        Optional<Long> unitId = unitOf(input, invalid);
        if (!invalid.isEmpty()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "problem.detail.invalid", invalid);
        }
        String code = TaskInput.normalCode(input.code());
        if (tasks.existsByCode(code)) {
            throw new ApiProblem(HttpStatus.CONFLICT, "task.problem.codeTaken", Map.of("code", "task.error.code.taken"),
                    code);
        }
        Task task = tasks.saveAndFlush(new Task(code, unitId.orElseThrow(), input));
        audit.record(actor, "TASK_CREATED", SUBJECT_TASK, code, null, task.state(input.unitCode().strip()));
        return queries.byCode(code).orElseThrow();
    }

    /**
     * Replaces what HR recorded of a task. The code names the task for good; an edit over a version the
     * editor did not see is refused (409).
     */
    @Transactional
    public TaskRecord update(Actor actor, String pathCode, TaskInput input) {
        return update(actor, pathCode, input, null);
    }

    /**
     * As {@link #update(Actor, String, TaskInput)}, the change prepared from an evaluation's open proposal of the
     * task, which it applies in the same transaction.
     *
     * @throws ApiProblem 404 or 409 when the task has no such proposal or it is decided already
     */
    @Transactional
    public TaskRecord update(Actor actor, String pathCode, TaskInput input, Long proposalId) {
        if (proposalId != null) {
            proposals.openOne(actor, proposalId, pathCode);
        }
        TaskRecord updated = change(actor, pathCode, input);
        if (proposalId != null) {
            proposals.applied(actor, proposalId, updated.code());
        }
        return updated;
    }

    private TaskRecord change(Actor actor, String pathCode, TaskInput input) {
        requireHr(actor);
        String code = TaskInput.normalCode(pathCode);
        Task task = tasks.findByCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        TaskInput named = input.code() == null || input.code().isBlank()
                ? new TaskInput(code, input.name(), input.unitCode(), input.characteristics(), input.criteria(),
                input.version(), input.infrastructureNeeds())
                : input;
        Map<String, String> invalid = problems(named);
        if (!code.equals(TaskInput.normalCode(named.code())) && !invalid.containsKey("code")) {
            invalid.put("code", "task.error.code.immutable");
        }
        Optional<Long> unitId = unitOf(named, invalid);
        if (!invalid.isEmpty()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "problem.detail.invalid", invalid);
        }
        if (named.version() != null && named.version() != task.version()) {
            throw new ObjectOptimisticLockingFailureException(Task.class, code);
        }
        Map<String, Object> before = task.state(queries.unitCodeOf(task.unitId()));
        task.apply(unitId.orElseThrow(), named);
        Map<String, Object> after = task.state(named.unitCode().strip());
        if (!before.equals(after)) {
            tasks.saveAndFlush(task);
            audit.record(actor, "TASK_UPDATED", SUBJECT_TASK, code, before, after);
        }
        return queries.byCode(code).orElseThrow();
    }

    /**
     * Gives an active employee the task. An employee may hold several tasks; assigning the same task twice
     * changes nothing.
     *
     * @return whether the employee did not hold the task before
     */
    @Transactional
    public boolean assign(Actor actor, String taskCode, String nip) {
        requireHr(actor);
        TaskRecord task = get(actor, taskCode);
        if (nip == null || nip.isBlank()) {
            throw ApiProblem.field("nip", "task.error.required");
        }
        String wanted = nip.strip();
        EmployeeState employee = jdbc.sql("select id, active, name from employee_directory where nip = ?").param(wanted)
                .query((rs, n) -> new EmployeeState(rs.getLong(1), rs.getBoolean(2), rs.getString(3)))
                .optional()
                .orElseThrow(() -> ApiProblem.field("nip", "task.error.employee.unknown"));
        if (!employee.active()) {
            throw ApiProblem.field("nip", "task.error.employee.inactive");
        }
        int added = jdbc.sql("""
                        insert into task_assignment (task_id, employee_id) values (?, ?)
                        on conflict (task_id, employee_id) do nothing""")
                .params(task.id(), employee.id()).update();
        if (added > 0) {
            audit.record(actor, "TASK_ASSIGNED", SUBJECT_ASSIGNMENT, task.code() + "/" + wanted, null,
                    assignment(task.code(), wanted, employee.name()));
        }
        return added > 0;
    }

    @Transactional
    public void unassign(Actor actor, String taskCode, String nip) {
        requireHr(actor);
        TaskRecord task = get(actor, taskCode);
        Assignee holder = holder(task, nip).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        jdbc.sql("""
                        delete from task_assignment
                        where task_id = ? and employee_id = (select id from employee_directory where nip = ?)""")
                .params(task.id(), holder.nip()).update();
        audit.record(actor, "TASK_UNASSIGNED", SUBJECT_ASSIGNMENT, task.code() + "/" + holder.nip(),
                assignment(task.code(), holder.nip(), holder.name()), null);
    }

    /** Who holds the task under this NIP, for the confirmation before removing them; 404 when nobody. */
    @Transactional(readOnly = true)
    public Assignee assignee(Actor actor, String taskCode, String nip) {
        return holder(get(actor, taskCode), nip).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The fields of the input that Bean Validation refuses, each with the message key that says why. */
    Map<String, String> problems(TaskInput input) {
        Map<String, String> invalid = new LinkedHashMap<>();
        for (ConstraintViolation<TaskInput> violation : validator.validate(input)) {
            String template = violation.getMessageTemplate();
            String key = template.startsWith("{") && template.endsWith("}")
                    ? template.substring(1, template.length() - 1) : "task.error.invalid";
            // a value of a list is told beside the list: infrastructureNeeds[0].<list element> is infrastructureNeeds
            invalid.merge(violation.getPropertyPath().toString().replaceFirst("\\[\\d*]\\.<list element>$", ""), key,
                    (first, second) -> "task.error.required".equals(second) ? second : first);
        }
        return invalid;
    }

    private Optional<Long> unitOf(TaskInput input, Map<String, String> invalid) {
        if (input.unitCode() == null || input.unitCode().isBlank()) {
            return Optional.empty();
        }
        Optional<Long> unitId = queries.unitIdByCode(input.unitCode().strip());
        if (unitId.isEmpty()) {
            invalid.putIfAbsent("unitCode", "task.error.unit.unknown");
        }
        return unitId;
    }

    private Optional<Assignee> holder(TaskRecord task, String nip) {
        String wanted = nip == null ? "" : nip.strip();
        return queries.assignees(task.id()).stream().filter(a -> a.nip().equals(wanted)).findFirst();
    }

    private static Map<String, Object> assignment(String taskCode, String nip, String name) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("taskCode", taskCode);
        state.put("nip", nip);
        state.put("name", name);
        return state;
    }

    static void requireHr(Actor actor) {
        if (!actor.isHr()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    private record EmployeeState(long id, boolean active, String name) {
    }
}
