package id.fleksi.evaluation;

/** An evaluation, finding or indicator the module refuses, with the reason the person reads (a message key). */
public class EvaluationRefused extends RuntimeException {

    private final Reason reason;
    private final transient Object[] args;

    public EvaluationRefused(Reason reason, Object... args) {
        super(reason.name());
        this.reason = reason;
        this.args = args.clone();
    }

    public Reason reason() {
        return reason;
    }

    public Object[] args() {
        return args.clone();
    }

    /** Why, each with its HTTP status, the field it concerns (or {@code null}) and the message key. */
    public enum Reason {
        NO_EVALUATION(404, null, "evaluation.refused.noEvaluation"),
        NO_UNIT(404, "unitCode", "evaluation.refused.noUnit"),
        PERIOD_MISSING(400, "periodFrom", "evaluation.refused.periodMissing"),
        PERIOD_ORDER(400, "periodTo", "evaluation.refused.periodOrder"),
        PERIOD_TOO_LONG(400, "periodTo", "evaluation.refused.periodTooLong"),
        EXISTS(409, null, "evaluation.refused.exists"),
        FINAL(409, null, "evaluation.refused.final"),
        CHANGED(409, null, "evaluation.refused.changed"),
        FINDINGS_MISSING(400, "findings", "evaluation.refused.findingsMissing"),
        FINDINGS_TOO_LONG(400, "findings", "evaluation.refused.findingsTooLong"),
        RECOMMENDATION_MISSING(400, "recommendation", "evaluation.refused.recommendationMissing"),
        TASKS_MISSING(400, "tasks", "evaluation.refused.tasksMissing"),
        TASK_UNKNOWN(400, null, "evaluation.refused.taskUnknown"),
        NOT_READY(409, null, "evaluation.refused.notReady"),
        DRAFTS_NOT_ASKED(400, "proposeDetermination", "evaluation.refused.draftsNotAsked"),
        PROPOSAL_MISSING(400, "proposal", "evaluation.refused.proposalMissing"),
        PROPOSAL_TOO_LONG(400, "proposal", "evaluation.refused.proposalTooLong");

        private final int status;
        private final String field;
        private final String messageKey;

        Reason(int status, String field, String messageKey) {
            this.status = status;
            this.field = field;
            this.messageKey = messageKey;
        }

        public int status() {
            return status;
        }

        public String field() {
            return field;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
