package id.fleksi.rules;

/** The performance predicate (predikat kinerja, Pasal 8 ayat (3)), best first. */
public enum Predikat {
    SANGAT_BAIK, BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG;

    /** Whether this predicate is the minimum or better. */
    public boolean atLeast(Predikat minimum) {
        return ordinal() <= minimum.ordinal();
    }
}
