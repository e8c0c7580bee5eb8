package id.fleksi.organisation;

import java.util.Set;

/**
 * The units a person may read: the whole institution (PPK, HR) or the units they head with all their
 * sub-units (a unit head), or none. Computed from live data on each request, never kept in a session.
 */
public record UnitScope(boolean wholeInstitution, Set<Long> unitIds, Set<String> unitCodes) {

    public static final UnitScope NONE = new UnitScope(false, Set.of(), Set.of());

    public UnitScope {
        unitIds = Set.copyOf(unitIds);
        unitCodes = Set.copyOf(unitCodes);
    }

    public boolean includesUnit(long unitId) {
        return wholeInstitution || unitIds.contains(unitId);
    }

    public boolean includesUnit(String code) {
        return wholeInstitution || unitCodes.contains(code);
    }

    public boolean isEmpty() {
        return !wholeInstitution && unitIds.isEmpty();
    }
}
