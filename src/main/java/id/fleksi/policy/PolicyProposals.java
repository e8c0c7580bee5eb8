package id.fleksi.policy;

import id.fleksi.audit.AuditTrail;
import id.fleksi.shared.Actor;
import id.fleksi.shared.ProposalStatus;
import id.fleksi.shared.web.ApiProblem;
import id.fleksi.shared.web.Paged;
import id.fleksi.shared.web.ProposalStatuses;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Proposed changes of the determination that evaluations open (Pasal 35): the evaluation opens one with the text of
 * what to change; the PPK prepares the change from it (the new version saved from it applies it) or dismisses it
 * with a reason. Every step lands in the audit trail.
 */
@Service
@Transactional(readOnly = true)
public class PolicyProposals {

    static final String SUBJECT = "POLICY_PROPOSAL";
    /** The longest text of a proposal and of a dismissal's reason. */
    public static final int MAX_TEXT = 4000;

    private static final String COLUMNS = """
            id, evaluation_id, evaluation_title, text, opened_by, opened_at, status, decided_by, decided_at,
            dismissal_reason, applied_effective_from""";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PolicyProposals(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Opens a proposed change of the determination for the evaluation; the evaluation has checked that the person
     * may finalize it. An evaluation opens one at most: asked again, the one it opened is returned unchanged.
     *
     * @param text what to change, at most {@link #MAX_TEXT} characters
     */
    @Transactional
    public PolicyProposal open(Actor actor, long evaluationId, String evaluationTitle, String text) {
        String checked = text == null ? "" : text.strip();
        if (checked.isEmpty() || checked.length() > MAX_TEXT) {
            throw new IllegalArgumentException("a proposal needs a text of 1 to " + MAX_TEXT + " characters");
        }
        Optional<Long> id = jdbc.sql("""
                        insert into policy_proposal (evaluation_id, evaluation_title, text, opened_by, opened_at)
                        values (:evaluation, :title, :text, :by, :at)
                        on conflict (evaluation_id) do nothing returning id""")
                .param("evaluation", evaluationId).param("title", evaluationTitle).param("text", checked)
                .param("by", actor.username()).param("at", Timestamp.from(clock.instant()))
                .query(Long.class).optional();
        if (id.isEmpty()) {
            return ofEvaluation(evaluationId).orElseThrow();
        }
        PolicyProposal opened = find(id.get()).orElseThrow();
        audit.record(actor, "POLICY_PROPOSAL_OPENED", SUBJECT, key(opened), null, state(opened));
        events.publishEvent(new PolicyProposalOpened(opened.id(), evaluationId, evaluationTitle));
        return opened;
    }

    /** The proposal the evaluation opened, if any. */
    public Optional<PolicyProposal> ofEvaluation(long evaluationId) {
        return jdbc.sql("select " + COLUMNS + " from policy_proposal where evaluation_id = :evaluation")
                .param("evaluation", evaluationId).query((rs, n) -> row(rs)).optional();
    }

    public Optional<PolicyProposal> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from policy_proposal where id = :id").param("id", id)
                .query((rs, n) -> row(rs)).optional();
    }

    /** The proposals of a status (all without one), the newest first. */
    public Paged<PolicyProposal> list(ProposalStatus status, int page, int size) {
        String where = status == null ? "" : " where status = :status";
        long total = bind(jdbc.sql("select count(*) from policy_proposal" + where), status)
                .query(Long.class).single();
        List<PolicyProposal> items = bind(jdbc.sql("select " + COLUMNS + " from policy_proposal" + where
                        + " order by opened_at desc, id desc limit :size offset :offset"), status)
                .param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> row(rs)).list();
        return new Paged<>(items, page, size, total);
    }

    /**
     * The open proposal a change is prepared from, for the PPK.
     *
     * @throws ApiProblem 404 when there is none, 409 when it was applied or dismissed already
     */
    public PolicyProposal openOne(Actor actor, long id) {
        requirePpk(actor);
        PolicyProposal proposal = find(id).orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND,
                "policy.proposal.problem.unknown", id));
        if (!proposal.isOpen()) {
            throw ApiProblem.of(HttpStatus.CONFLICT, "policy.proposal.problem.decided", id);
        }
        return proposal;
    }

    /** Marks the proposal applied by the version just saved from it, in the same transaction. */
    @Transactional
    void applied(Actor actor, long id, PolicyVersion version) {
        PolicyProposal before = openOne(actor, id);
        decide(id, "APPLIED", actor, null, version.effectiveFrom());
        PolicyProposal after = find(id).orElseThrow();
        audit.record(actor, "POLICY_PROPOSAL_APPLIED", SUBJECT, key(after), state(before), state(after));
    }

    /**
     * The PPK dismisses an open proposal, saying why.
     *
     * @throws ApiProblem 400 without a reason or with one too long, 404 or 409 as {@link #openOne}
     */
    @Transactional
    public PolicyProposal dismiss(Actor actor, long id, String reason) {
        PolicyProposal before = openOne(actor, id);
        String checked = ProposalStatuses.reason(reason);
        decide(id, "DISMISSED", actor, checked, null);
        PolicyProposal after = find(id).orElseThrow();
        audit.record(actor, "POLICY_PROPOSAL_DISMISSED", SUBJECT, key(after), state(before), state(after));
        return after;
    }

    private void decide(long id, String status, Actor actor, String reason, LocalDate effectiveFrom) {
        int changed = jdbc.sql("""
                        update policy_proposal set status = :status, decided_by = :by, decided_at = :at,
                               dismissal_reason = :reason, applied_effective_from = :from
                        where id = :id and status = 'OPEN'""")
                .param("status", status).param("by", actor.username()).param("at", Timestamp.from(clock.instant()))
                .param("reason", reason).param("from", effectiveFrom).param("id", id).update();
        if (changed == 0) {
            throw ApiProblem.of(HttpStatus.CONFLICT, "policy.proposal.problem.decided", id);
        }
    }

    private static void requirePpk(Actor actor) {
        if (!actor.isPpk()) {
            throw new AccessDeniedException("the PPK decides the determination");
        }
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, ProposalStatus status) {
        return status == null ? statement : statement.param("status", status.name());
    }

    private static String key(PolicyProposal proposal) {
        return proposal.id() + "/" + proposal.evaluationTitle();
    }

    private static Map<String, Object> state(PolicyProposal proposal) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("evaluationId", proposal.evaluationId());
        state.put("text", proposal.text());
        state.put("status", proposal.status().name());
        state.put("dismissalReason", proposal.dismissalReason());
        state.put("appliedEffectiveFrom", proposal.appliedEffectiveFrom() == null ? null
                : proposal.appliedEffectiveFrom().toString());
        return state;
    }

    private static PolicyProposal row(ResultSet rs) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new PolicyProposal(rs.getLong("id"), rs.getLong("evaluation_id"), rs.getString("evaluation_title"),
                rs.getString("text"), rs.getString("opened_by"), rs.getTimestamp("opened_at").toInstant(),
                ProposalStatus.valueOf(rs.getString("status")), rs.getString("decided_by"),
                decided == null ? null : decided.toInstant(), rs.getString("dismissal_reason"),
                rs.getObject("applied_effective_from", LocalDate.class));
    }
}
