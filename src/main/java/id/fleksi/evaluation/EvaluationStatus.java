package id.fleksi.evaluation;

/** A draft computes its figures on each reading; a final evaluation keeps those of the day it was finalized. */
public enum EvaluationStatus {
    DRAFT, FINAL
}
