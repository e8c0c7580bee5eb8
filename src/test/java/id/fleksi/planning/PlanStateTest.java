package id.fleksi.planning;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The only ways a weekly plan moves on: every move from every state, allowed or refused with its reason. */
class PlanStateTest {

    private static final PlanState SUBMITTED = new PlanState(7, PlanStatus.SUBMITTED, 3);
    private static final PlanState APPROVED = new PlanState(7, PlanStatus.APPROVED, 4);
    private static final PlanState REJECTED = new PlanState(7, PlanStatus.REJECTED, 4);

    @Test
    void aSubmittedPlanIsApprovedOrRejectedFromTheVersionSeen() {
        assertThat(SUBMITTED.approve(3L, null))
                .isEqualTo(new PlanState.Move(7, 3, PlanStatus.SUBMITTED, PlanStatus.APPROVED, null));
        assertThat(SUBMITTED.approve(null, "Selamat bekerja").to()).isEqualTo(PlanStatus.APPROVED);
        assertThat(SUBMITTED.reject(3L, "  Terlalu banyak hari di rumah  "))
                .isEqualTo(new PlanState.Move(7, 3, PlanStatus.SUBMITTED, PlanStatus.REJECTED,
                        "Terlalu banyak hari di rumah"));
        refused(() -> SUBMITTED.approve(2L, null), PlanRefused.Reason.CHANGED);
        refused(() -> SUBMITTED.reject(3L, " "), PlanRefused.Reason.REASON_MISSING);
        refused(() -> SUBMITTED.withdrawApproval(3L, "alasan"), PlanRefused.Reason.ALREADY_DECIDED);
    }

    @Test
    void aDecidedPlanIsNotDecidedAgain() {
        for (PlanState decided : new PlanState[] {APPROVED, REJECTED}) {
            refused(() -> decided.approve(4L, null), PlanRefused.Reason.ALREADY_DECIDED);
            refused(() -> decided.reject(4L, "alasan"), PlanRefused.Reason.ALREADY_DECIDED);
        }
    }

    @Test
    void anApprovalIsWithdrawnWithAReasonAndThePlanCountsAsRejected() {
        assertThat(APPROVED.withdrawApproval(4L, "Sanksi disiplin"))
                .isEqualTo(new PlanState.Move(7, 4, PlanStatus.APPROVED, PlanStatus.REJECTED, "Sanksi disiplin"));
        refused(() -> APPROVED.withdrawApproval(4L, null), PlanRefused.Reason.REASON_MISSING);
        refused(() -> APPROVED.withdrawApproval(3L, "Sanksi disiplin"), PlanRefused.Reason.CHANGED);
        refused(() -> REJECTED.withdrawApproval(4L, "Sanksi disiplin"), PlanRefused.Reason.ALREADY_DECIDED);
    }

    @Test
    void aNewSubmissionReplacesASubmittedOrRejectedPlanButNotAnApprovedOne() {
        SUBMITTED.replaceBySubmission();
        REJECTED.replaceBySubmission();
        refused(APPROVED::replaceBySubmission, PlanRefused.Reason.ALREADY_APPROVED);
    }

    private static void refused(Runnable move, PlanRefused.Reason reason) {
        assertThatThrownBy(move::run).isInstanceOfSatisfying(PlanRefused.class,
                refusal -> assertThat(refusal.reason()).isEqualTo(reason));
    }
}
