package id.fleksi.organisation;

import java.time.LocalDate;

/**
 * Something HR recorded about an employee that a weekly plan already approved may no longer agree with, from
 * {@code from} to {@code to} (both included; {@code to} null when open-ended), announced in the same
 * transaction: a disciplinary sanction recorded or changed (Pasal 25 ayat (1) huruf a), or a move to another
 * unit (whose head decides from then on).
 */
public record PersonnelChanged(Cause cause, long employeeId, String nip, LocalDate from, LocalDate to) {

    public enum Cause {
        DISCIPLINE, MOVE
    }
}
