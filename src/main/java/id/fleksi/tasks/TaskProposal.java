package id.fleksi.tasks;

import id.fleksi.shared.InstitutionTime;
import id.fleksi.shared.ProposalStatus;

import java.time.Instant;
import java.time.LocalDate;

/** A change of a task's criteria that an evaluation's recommendation proposed for HR, and what became of it. */
public record TaskProposal(long id, String taskCode, String taskName, long evaluationId, String evaluationTitle,
                           Kind kind, String text, String openedBy, Instant openedAt, ProposalStatus status,
                           String decidedBy, Instant decidedAt, String dismissalReason) {

    /** What the evaluation proposes for the task. */
    public enum Kind {
        /** Stop location flexibility for the task: its criterion of Pasal 23 huruf a no longer met. */
        STOP_LOCATION_FLEXIBILITY,
        /** Review the task's criteria (Pasal 22–24). */
        REVIEW_CRITERIA
    }

    /** The day it was opened, in the institution's time. */
    public LocalDate openedOn() {
        return openedAt.atZone(InstitutionTime.ZONE).toLocalDate();
    }

    public boolean isOpen() {
        return status == ProposalStatus.OPEN;
    }
}
