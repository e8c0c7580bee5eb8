package id.fleksi.planning;

import java.util.Objects;

/**
 * Where a weekly plan stands, and the only ways it moves on. A submitted plan is approved or rejected by its
 * head; an approved plan stays until its head withdraws the approval (it then counts as rejected); a rejected
 * or submitted plan is replaced by a new submission of the same week, an approved one is not. Each move starts
 * from the version the person saw, so that a plan changed meanwhile is not decided blind; the store writes a
 * move only if the plan is still at that version, and decides nothing itself.
 *
 * @param id      the plan
 * @param status  where it stands
 * @param version its version, raised by every change
 */
record PlanState(long id, PlanStatus status, long version) {

    PlanState {
        Objects.requireNonNull(status, "status");
    }

    /**
     * Whether a new submission of the week may take the place of this plan.
     *
     * @throws PlanRefused ALREADY_APPROVED when it is approved
     */
    void replaceBySubmission() {
        if (status == PlanStatus.APPROVED) {
            throw new PlanRefused(PlanRefused.Reason.ALREADY_APPROVED);
        }
    }

    /** The head approves the submitted plan, with a note or none. */
    Move approve(Long versionSeen, String note) {
        return decide(versionSeen, PlanStatus.APPROVED, note);
    }

    /**
     * The head rejects the submitted plan with a reason.
     *
     * @throws PlanRefused REASON_MISSING without one
     */
    Move reject(Long versionSeen, String reason) {
        String given = required(reason);
        return decide(versionSeen, PlanStatus.REJECTED, given);
    }

    /**
     * The head withdraws the approval of an approved plan, with a reason: the plan counts as rejected and the
     * employee may submit the week again.
     *
     * @throws PlanRefused ALREADY_DECIDED unless the plan is approved; CHANGED when it moved on since it was seen;
     *                     REASON_MISSING without a reason
     */
    Move withdrawApproval(Long versionSeen, String reason) {
        if (status != PlanStatus.APPROVED) {
            throw new PlanRefused(PlanRefused.Reason.ALREADY_DECIDED);
        }
        seen(versionSeen);
        return new Move(id, version, status, PlanStatus.REJECTED, required(reason));
    }

    private Move decide(Long versionSeen, PlanStatus to, String note) {
        if (status != PlanStatus.SUBMITTED) {
            throw new PlanRefused(PlanRefused.Reason.ALREADY_DECIDED);
        }
        seen(versionSeen);
        return new Move(id, version, status, to, note);
    }

    /** The version the person saw, when they name one, is the plan's. */
    private void seen(Long versionSeen) {
        if (versionSeen != null && versionSeen != version) {
            throw new PlanRefused(PlanRefused.Reason.CHANGED);
        }
    }

    private static String required(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new PlanRefused(PlanRefused.Reason.REASON_MISSING);
        }
        return reason.strip();
    }

    /**
     * A decision to write: the plan moves from {@code from} to {@code to} if it is still at {@code fromVersion}.
     *
     * @param note the head's note on an approval (may be null) or the reason of a rejection
     */
    record Move(long planId, long fromVersion, PlanStatus from, PlanStatus to, String note) {
    }
}
