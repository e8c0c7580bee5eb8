package id.fleksi.policy;

import id.fleksi.shared.InstitutionTime;
import id.fleksi.shared.ProposalStatus;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A change of the determination that an evaluation's recommendation proposed for the PPK, and what became of it.
 *
 * @param appliedEffectiveFrom the date from which the version saved from it is in force, once applied
 */
public record PolicyProposal(long id, long evaluationId, String evaluationTitle, String text, String openedBy,
                             Instant openedAt, ProposalStatus status, String decidedBy, Instant decidedAt,
                             String dismissalReason, LocalDate appliedEffectiveFrom) {

    /** The day it was opened, in the institution's time. */
    public LocalDate openedOn() {
        return openedAt.atZone(InstitutionTime.ZONE).toLocalDate();
    }

    public boolean isOpen() {
        return status == ProposalStatus.OPEN;
    }
}
