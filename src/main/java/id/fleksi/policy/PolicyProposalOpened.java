package id.fleksi.policy;

/** An evaluation opened a proposed change of the determination for the PPK to decide. */
public record PolicyProposalOpened(long proposalId, long evaluationId, String evaluationTitle) {
}
