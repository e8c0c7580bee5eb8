package id.fleksi.attendance;

import java.util.List;

/**
 * Attendance records from one source (an attendance system, or HR), as the API receives them: every value as
 * text, so that a wrong one is told at its record instead of failing the whole body.
 *
 * @param source  who reports: letters, digits, {@code _ . -}, at most 40 characters (e.g. {@code presensi-bkd})
 * @param records at most {@value Attendance#MAX_RECORDS} records
 */
public record AttendanceBatch(String source, List<Entry> records) {

    /**
     * One employee's day.
     *
     * @param nip            the employee's NIP
     * @param date           the day, {@code 2026-12-07}; not after today
     * @param checkIn        {@code HH:mm}, or none
     * @param checkOut       {@code HH:mm}, or none; earlier than the check-in, it is on the next day (a night shift)
     * @param where          {@code KANTOR}, {@code RUMAH}, {@code LOKASI_LAIN} or {@code DINAS_LUAR}
     * @param officeUnitCode the unit whose office it was, for {@code KANTOR} only, or none
     */
    public record Entry(String nip, String date, String checkIn, String checkOut, String where,
                        String officeUnitCode) {
    }
}
