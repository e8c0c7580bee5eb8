package id.fleksi.organisation;

import java.time.LocalDate;
import java.util.List;

/**
 * A request for a special circumstance moved on, announced in its transaction: asked for ({@code REQUESTED}; the
 * heads to recommend it in {@code headEmployeeIds}), recommended or not by the head (HR decides next), approved or
 * rejected by HR. {@code by} names who acted, {@code note} what they wrote (or null).
 */
public record CircumstanceRequestChanged(long requestId, String number, long employeeId, String employeeName,
                                         String status, LocalDate from, LocalDate to, String by, String note,
                                         List<Long> headEmployeeIds) {

    public CircumstanceRequestChanged {
        headEmployeeIds = List.copyOf(headEmployeeIds);
    }
}
