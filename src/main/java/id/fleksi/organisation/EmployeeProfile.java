package id.fleksi.organisation;

import java.time.LocalDate;
import java.util.List;

/** What a signed-in employee's pages show of them: who they are, where they work, what they head. */
public record EmployeeProfile(
        String nip,
        String name,
        EmployeeType type,
        UnitRef unit,
        String position,
        LocalDate positionSince,
        List<UnitRef> unitsHeaded,
        List<String> tasks) {
}
