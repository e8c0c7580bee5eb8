package id.fleksi.planning;

/** A plan or a decision the weekly loop refuses, with the reason the person reads (a message key). */
public class PlanRefused extends RuntimeException {

    private final Reason reason;

    public PlanRefused(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** Why, each with the message key that tells the person what to do. */
    public enum Reason {
        /** No employee has the NIP given. */
        NO_EMPLOYEE(404, "planning.refused.noEmployee"),
        /** No plan has the id given. */
        NO_PLAN(404, "planning.refused.noPlan"),
        /** The employee is no longer active. */
        INACTIVE(409, "planning.refused.inactive"),
        /** The code of conduct of the determination in force is not acknowledged yet. */
        CODE_OF_CONDUCT(409, "planning.refused.codeOfConduct"),
        /** The week's plan is approved: it is not replaced by a new submission. */
        ALREADY_APPROVED(409, "planning.refused.alreadyApproved"),
        /** The plan was decided already. */
        ALREADY_DECIDED(409, "planning.refused.alreadyDecided"),
        /** The plan changed since the decider read it. */
        CHANGED(409, "planning.refused.changed"),
        /** A rejection needs a reason. */
        REASON_MISSING(400, "planning.refused.reasonMissing"),
        /** Only an approved plan is recalled or amended. */
        NOT_APPROVED(409, "planning.refused.notApproved"),
        /** A recall needs a reason. */
        RECALL_REASON_MISSING(400, "planning.refused.recallReasonMissing"),
        /** The reason is longer than can be kept. */
        REASON_TOO_LONG(400, "planning.refused.reasonTooLong"),
        /** A change of an approved plan needs the employee's reason. */
        AMENDMENT_REASON_MISSING(400, "planning.refused.amendmentReasonMissing"),
        /** The days asked for are the plan's as approved. */
        NO_CHANGE(400, "planning.refused.noChange"),
        /** Another change of the plan waits for the head already. */
        AMENDMENT_PENDING(409, "planning.refused.amendmentPending"),
        /** The plan's week is over: nothing is left to change. */
        WEEK_OVER(409, "planning.refused.weekOver"),
        /** No request to change a plan has the id given. */
        NO_REQUEST(404, "planning.refused.noRequest"),
        /** The request was decided or withdrawn already. */
        REQUEST_CLOSED(409, "planning.refused.requestClosed"),
        /** A decision on a request is APPROVED or REJECTED. */
        DECISION_MISSING(400, "planning.refused.decisionMissing"),
        /** A rejected request needs a note the employee reads. */
        NOTE_MISSING(400, "planning.refused.noteMissing");

        private final int status;
        private final String messageKey;

        Reason(int status, String messageKey) {
            this.status = status;
            this.messageKey = messageKey;
        }

        public int status() {
            return status;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
