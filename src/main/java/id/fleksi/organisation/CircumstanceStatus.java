package id.fleksi.organisation;

/**
 * Where a request for a special circumstance stands: asked for; recommended or not by the head of the employee's
 * unit (or of a unit above it); approved or rejected by HR. Only an approved request lifts the cap of Pasal 13
 * ayat (1).
 */
public enum CircumstanceStatus {
    REQUESTED, RECOMMENDED, NOT_RECOMMENDED, APPROVED, REJECTED;

    /** Whether HR decides it next. */
    boolean waitsForHr() {
        return this == RECOMMENDED || this == NOT_RECOMMENDED;
    }

    boolean isFinal() {
        return this == APPROVED || this == REJECTED;
    }
}
