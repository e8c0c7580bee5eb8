package id.fleksi.shared;

/**
 * Where a proposed change stands that an evaluation's recommendation opened for the person who decides it: still
 * open, applied (the change was saved from it) or dismissed with a reason.
 */
public enum ProposalStatus {
    OPEN, APPLIED, DISMISSED
}
