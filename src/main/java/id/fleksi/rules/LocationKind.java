package id.fleksi.rules;

/** Where location flexibility may be used (Pasal 12 ayat (1)). */
public enum LocationKind {
    /** Pasal 12 ayat (1) huruf a, ayat (2): another office of the same institution. */
    KANTOR_LAIN,
    /** Pasal 12 ayat (1) huruf b, ayat (3): the domicile registered in personnel data. */
    RUMAH,
    /** Pasal 12 ayat (1) huruf c: another location the organisation needs. */
    LOKASI_LAIN
}
