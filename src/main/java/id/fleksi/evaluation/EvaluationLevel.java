package id.fleksi.evaluation;

/**
 * The two tiers of Pasal 35 ayat (1): a unit head evaluates a unit with its sub-units, the PPK the institution.
 */
public enum EvaluationLevel {
    UNIT, INSTANSI
}
