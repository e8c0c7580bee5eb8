package id.fleksi.policy;

/** What kind of day off a holiday is: a national holiday or a collective leave day set by the government. */
public enum HolidayKind {
    /** Hari libur nasional. */
    LIBUR_NASIONAL,
    /** Cuti bersama. */
    CUTI_BERSAMA
}
