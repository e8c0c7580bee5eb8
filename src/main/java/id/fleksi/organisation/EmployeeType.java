package id.fleksi.organisation;

/** The kinds of Pegawai ASN the regulation covers. */
public enum EmployeeType {
    PNS, PPPK, PPPK_PARUH_WAKTU
}
