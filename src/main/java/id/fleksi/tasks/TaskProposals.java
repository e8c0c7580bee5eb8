package id.fleksi.tasks;

import id.fleksi.audit.AuditTrail;
import id.fleksi.organisation.Organisation;
import id.fleksi.organisation.UnitScope;
import id.fleksi.shared.Actor;
import id.fleksi.shared.ProposalStatus;
import id.fleksi.shared.web.ApiProblem;
import id.fleksi.shared.web.Paged;
import id.fleksi.shared.web.ProposalStatuses;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Proposed changes of tasks' criteria that evaluations open (Pasal 35): to stop location flexibility for a task, or to
 * review its criteria. HR prepares the change in the task's form (saving it applies the proposal) or dismisses it with
 * a reason; the PPK reads all of them, a unit head those of their units' tasks. Every step lands in the audit trail.
 */
@Service
@Transactional(readOnly = true)
public class TaskProposals {

    static final String SUBJECT = "TASK_PROPOSAL";
    /** The longest text of a proposal. */
    public static final int MAX_TEXT = 4000;

    private static final String SELECT = """
            select p.id, t.code, t.name, p.evaluation_id, p.evaluation_title, p.kind, p.text, p.opened_by, p.opened_at,
                   p.status, p.decided_by, p.decided_at, p.dismissal_reason
            from task_proposal p join task t on t.id = p.task_id""";

    private final JdbcClient jdbc;
    private final Organisation organisation;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TaskProposals(JdbcClient jdbc, Organisation organisation, AuditTrail audit, ApplicationEventPublisher events,
                  Clock clock) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Opens a proposal of the kind for each task named, for the evaluation; the evaluation has checked that the
     * person may finalize it and that it may name these tasks. A task the evaluation already proposed a change of
     * keeps that one.
     *
     * @return the proposals the evaluation has of these tasks, by task code
     */
    @Transactional
    public List<TaskProposal> open(Actor actor, long evaluationId, String evaluationTitle, List<String> taskCodes,
                                   TaskProposal.Kind kind, String text) {
        String checked = text == null ? "" : text.strip();
        if (checked.isEmpty() || checked.length() > MAX_TEXT) {
            throw new IllegalArgumentException("a proposal needs a text of 1 to " + MAX_TEXT + " characters");
        }
        List<String> opened = new ArrayList<>();
        for (String code : taskCodes) {
            Optional<Long> id = jdbc.sql("""
                            insert into task_proposal (task_id, evaluation_id, evaluation_title, kind, text, opened_by,
                                                       opened_at)
                            select t.id, :evaluation, :title, :kind, :text, :by, :at from task t where t.code = :code
                            on conflict (evaluation_id, task_id) do nothing returning id""")
                    .param("code", TaskInput.normalCode(code)).param("evaluation", evaluationId)
                    .param("title", evaluationTitle).param("kind", kind.name()).param("text", checked)
                    .param("by", actor.username()).param("at", Timestamp.from(clock.instant()))
                    .query(Long.class).optional();
            id.flatMap(this::find).ifPresent(proposal -> {
                audit.record(actor, "TASK_PROPOSAL_OPENED", SUBJECT, key(proposal), null, state(proposal));
                opened.add(proposal.taskCode());
            });
        }
        if (!opened.isEmpty()) {
            events.publishEvent(new TaskProposalsOpened(evaluationId, evaluationTitle, List.copyOf(opened)));
        }
        return ofEvaluation(evaluationId);
    }

    /** The proposals the evaluation opened, by task code. */
    public List<TaskProposal> ofEvaluation(long evaluationId) {
        return jdbc.sql(SELECT + " where p.evaluation_id = :evaluation order by t.code")
                .param("evaluation", evaluationId).query((rs, n) -> row(rs)).list();
    }

    Optional<TaskProposal> find(long id) {
        return jdbc.sql(SELECT + " where p.id = :id").param("id", id).query((rs, n) -> row(rs)).optional();
    }

    /** The open proposals of a task, the oldest first. */
    List<TaskProposal> openOf(String taskCode) {
        return jdbc.sql(SELECT + " where t.code = :code and p.status = 'OPEN' order by p.opened_at, p.id")
                .param("code", taskCode).query((rs, n) -> row(rs)).list();
    }

    /**
     * The proposals of the tasks the person may read, of a status (all without one), the newest first.
     */
    public Paged<TaskProposal> list(Actor actor, ProposalStatus status, int page, int size) {
        UnitScope scope = organisation.scopeOf(actor);
        if (scope.isEmpty()) {
            return new Paged<>(List.of(), page, size, 0);
        }
        String where = " where (:whole or t.unit_id = any(cast(:units as bigint[])))"
                + (status == null ? "" : " and p.status = :status");
        long total = bind(jdbc.sql("select count(*) from task_proposal p join task t on t.id = p.task_id" + where),
                scope, status).query(Long.class).single();
        List<TaskProposal> items = bind(jdbc.sql(SELECT + where
                        + " order by p.opened_at desc, p.id desc limit :size offset :offset"), scope, status)
                .param("size", size).param("offset", (long) page * size).query((rs, n) -> row(rs)).list();
        return new Paged<>(items, page, size, total);
    }

    /**
     * The open proposal HR prepares a change of the task from.
     *
     * @throws ApiProblem 404 when the task has no such proposal, 409 when it was applied or dismissed already
     */
    public TaskProposal openOne(Actor actor, long id, String taskCode) {
        TaskService.requireHr(actor);
        TaskProposal proposal = find(id).filter(p -> taskCode == null
                        || p.taskCode().equals(TaskInput.normalCode(taskCode)))
                .orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND, "task.proposal.problem.unknown", id));
        if (!proposal.isOpen()) {
            throw ApiProblem.of(HttpStatus.CONFLICT, "task.proposal.problem.decided", id);
        }
        return proposal;
    }

    /** Marks the proposal applied by the change of the task just saved, in the same transaction. */
    @Transactional
    void applied(Actor actor, long id, String taskCode) {
        TaskProposal before = openOne(actor, id, taskCode);
        decide(id, "APPLIED", actor, null);
        TaskProposal after = find(id).orElseThrow();
        audit.record(actor, "TASK_PROPOSAL_APPLIED", SUBJECT, key(after), state(before), state(after));
    }

    /**
     * HR dismisses an open proposal, saying why.
     *
     * @throws ApiProblem 400 without a reason or with one too long, 404 or 409 as {@link #openOne}
     */
    @Transactional
    public TaskProposal dismiss(Actor actor, long id, String reason) {
        TaskProposal before = openOne(actor, id, null);
        decide(id, "DISMISSED", actor, ProposalStatuses.reason(reason));
        TaskProposal after = find(id).orElseThrow();
        audit.record(actor, "TASK_PROPOSAL_DISMISSED", SUBJECT, key(after), state(before), state(after));
        return after;
    }

    private void decide(long id, String status, Actor actor, String reason) {
        int changed = jdbc.sql("""
                        update task_proposal set status = :status, decided_by = :by, decided_at = :at,
                               dismissal_reason = :reason
                        where id = :id and status = 'OPEN'""")
                .param("status", status).param("by", actor.username()).param("at", Timestamp.from(clock.instant()))
                .param("reason", reason).param("id", id).update();
        if (changed == 0) {
            throw ApiProblem.of(HttpStatus.CONFLICT, "task.proposal.problem.decided", id);
        }
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, UnitScope scope,
                                                 ProposalStatus status) {
        JdbcClient.StatementSpec bound = statement.param("whole", scope.wholeInstitution())
                .param("units", scope.unitIds().toArray(Long[]::new));
        return status == null ? bound : bound.param("status", status.name());
    }

    private static String key(TaskProposal proposal) {
        return proposal.taskCode() + "/" + proposal.id();
    }

    private static Map<String, Object> state(TaskProposal proposal) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("taskCode", proposal.taskCode());
        state.put("evaluationId", proposal.evaluationId());
        state.put("kind", proposal.kind().name());
        state.put("text", proposal.text());
        state.put("status", proposal.status().name());
        state.put("dismissalReason", proposal.dismissalReason());
        return state;
    }

    private static TaskProposal row(ResultSet rs) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new TaskProposal(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                rs.getLong("evaluation_id"), rs.getString("evaluation_title"),
                TaskProposal.Kind.valueOf(rs.getString("kind")), rs.getString("text"), rs.getString("opened_by"),
                rs.getTimestamp("opened_at").toInstant(), ProposalStatus.valueOf(rs.getString("status")),
                rs.getString("decided_by"), decided == null ? null : decided.toInstant(),
                rs.getString("dismissal_reason"));
    }
}
