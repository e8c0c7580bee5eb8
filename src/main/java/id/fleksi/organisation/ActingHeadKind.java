package id.fleksi.organisation;

/**
 * The two kinds of acting head: a Pelaksana Tugas (Plt) stands in for a vacant or long-absent head, a
 * Pelaksana Harian (Plh) for a head who is away for a few days. Both act as head of the unit for their period.
 */
public enum ActingHeadKind {
    PLT, PLH
}
