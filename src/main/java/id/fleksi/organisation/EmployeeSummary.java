package id.fleksi.organisation;

import java.time.LocalDate;

/** An employee in a list. */
public record EmployeeSummary(String nip, String name, EmployeeType type, String unitCode, String unitName,
                              String position, LocalDate positionSince, boolean active) {
}
