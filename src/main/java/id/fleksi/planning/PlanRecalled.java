package id.fleksi.planning;

import java.time.LocalDate;

/**
 * A head recalled an employee to the office on a day of their approved plan. Published in the recall's transaction.
 *
 * @param before     the kind the day had (RUMAH, KANTOR_LAIN, LOKASI_LAIN)
 * @param reason     the head's reason, as the employee reads it
 * @param recalledBy the head's name as people know it
 */
public record PlanRecalled(long planId, long employeeId, String nip, String isoWeek, LocalDate day, String before,
                           String reason, String recalledBy) {
}
