package id.fleksi.rosters;

import java.time.YearMonth;
import java.util.List;

/**
 * A unit head published a month of shifts (Pasal 19 ayat (3)): the employees whose shifts were published in it,
 * announced in the same transaction.
 *
 * @param employeeIds the employees with a shift published now, each once
 */
public record ShiftsPublished(String unitCode, String unitName, YearMonth month, List<Long> employeeIds,
                              String publishedBy) {

    public ShiftsPublished {
        employeeIds = List.copyOf(employeeIds);
    }
}
