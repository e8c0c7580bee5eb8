package id.fleksi.organisation;

import java.util.List;

/** The institution at a glance, for the home pages of the PPK and HR. */
public record InstitutionOverview(String name, long units, long activeEmployees, List<TypeCount> byType) {

    public record TypeCount(EmployeeType type, long employees) {
    }
}
