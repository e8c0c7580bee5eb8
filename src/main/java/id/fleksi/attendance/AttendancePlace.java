package id.fleksi.attendance;

/** Where an employee worked on a day, in the kinds of day of a weekly plan. */
public enum AttendancePlace {
    KANTOR, RUMAH, LOKASI_LAIN, DINAS_LUAR
}
