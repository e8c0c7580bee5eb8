package id.fleksi.organisation;

import java.time.LocalDate;
import java.util.List;

/**
 * An employee as HR, the PPK, their unit head and they themselves read them. Never holds a password or
 * its hash.
 *
 * @param positionSince TMT jabatan, from which Pasal 25 counts a new employee
 * @param domicile      the domicile registered in personnel data (Pasal 12 ayat (3)), or {@code null}
 * @param version       for optimistic locking: send it back with a change
 * @param account       the sign-in account's status, or {@code null} when none is known
 */
public record EmployeeDetails(String nip, String name, EmployeeType type, String unitCode, String unitName,
                              String position, LocalDate positionSince, String domicile, boolean active,
                              long version, List<UnitRef> unitsHeaded, AccountStatuses.AccountStatus account) {

    public EmployeeDetails {
        unitsHeaded = List.copyOf(unitsHeaded);
    }
}
