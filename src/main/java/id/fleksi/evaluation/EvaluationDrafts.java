package id.fleksi.evaluation;

import id.fleksi.policy.PolicyProposal;
import id.fleksi.policy.PolicyProposals;
import id.fleksi.shared.Actor;
import id.fleksi.shared.ProposalStatus;
import id.fleksi.tasks.TaskProposal;
import id.fleksi.tasks.TaskProposals;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The changes a finalized evaluation's recommendation opened as drafts for whoever decides them: a change of the
 * determination for the PPK (module policy), changes of tasks' criteria for HR (module tasks). They are kept and
 * decided by those modules; the evaluation opens them and reads what became of them.
 */
@Component
class EvaluationDrafts {

    private final PolicyProposals policy;
    private final TaskProposals tasks;

    EvaluationDrafts(PolicyProposals policy, TaskProposals tasks) {
        this.policy = policy;
        this.tasks = tasks;
    }

    /**
     * Opens the drafts asked for, in the finalizing transaction: with HENTIKAN_SEBAGIAN the named tasks get a
     * proposal to stop location flexibility, with SESUAIKAN one to review their criteria.
     */
    void open(Actor actor, Evaluation evaluation, Evaluations.Drafts drafts) {
        String title = title(evaluation);
        if (drafts.determination()) {
            policy.open(actor, evaluation.id(), title, drafts.text());
        }
        if (drafts.tasks()) {
            TaskProposal.Kind kind = evaluation.recommendation() == Recommendation.HENTIKAN_SEBAGIAN
                    ? TaskProposal.Kind.STOP_LOCATION_FLEXIBILITY : TaskProposal.Kind.REVIEW_CRITERIA;
            tasks.open(actor, evaluation.id(), title, evaluation.recommendationTasks(), kind, drafts.text());
        }
    }

    /** The drafts the evaluation opened, the determination's first, then the tasks' by code. */
    List<OpenedDraft> of(long evaluationId) {
        List<OpenedDraft> opened = new ArrayList<>();
        policy.ofEvaluation(evaluationId).ifPresent(p -> opened.add(OpenedDraft.of(p)));
        tasks.ofEvaluation(evaluationId).forEach(t -> opened.add(OpenedDraft.of(t)));
        return opened;
    }

    /** How the proposals name the evaluation: its unit's code (or INSTANSI) and its period. */
    static String title(Evaluation evaluation) {
        return (evaluation.isInstitution() ? EvaluationLevel.INSTANSI.name() : evaluation.unitCode()) + " "
                + evaluation.periodFrom() + " – " + evaluation.periodTo();
    }

    /**
     * A draft the evaluation opened and what became of it.
     *
     * @param subject  DETERMINATION or TASK
     * @param taskCode the task, for a task's draft
     * @param kind     CHANGE_DETERMINATION, STOP_LOCATION_FLEXIBILITY or REVIEW_CRITERIA
     */
    record OpenedDraft(String subject, long id, String taskCode, String kind, String text, ProposalStatus status,
                       String decidedBy, Instant decidedAt, String dismissalReason, LocalDate appliedEffectiveFrom) {

        static OpenedDraft of(PolicyProposal p) {
            return new OpenedDraft("DETERMINATION", p.id(), null, "CHANGE_DETERMINATION", p.text(), p.status(),
                    p.decidedBy(), p.decidedAt(), p.dismissalReason(), p.appliedEffectiveFrom());
        }

        static OpenedDraft of(TaskProposal t) {
            return new OpenedDraft("TASK", t.id(), t.taskCode(), t.kind().name(), t.text(), t.status(),
                    t.decidedBy(), t.decidedAt(), t.dismissalReason(), null);
        }
    }
}
