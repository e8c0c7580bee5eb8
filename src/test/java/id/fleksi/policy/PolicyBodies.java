package id.fleksi.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Bodies of {@code PUT /api/policy} for tests: a determination the regulation allows, to change one field of. */
public final class PolicyBodies {

    private PolicyBodies() {
    }

    public static Map<String, Object> allowed(String effectiveFrom, String decreeNumber) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("effectiveFrom", effectiveFrom);
        body.put("decreeNumber", decreeNumber);
        body.put("lokasiEnabled", true);
        body.put("allowedLocations", new ArrayList<>(List.of("RUMAH", "KANTOR_LAIN")));
        body.put("maxLokasiDaysPerWeek", 2);
        body.put("lokasiPercentCap", 40);
        body.put("fixedLokasiWeekdays", new ArrayList<>());
        body.put("sifEnabled", true);
        body.put("sifUnitCodes", new ArrayList<>(List.of("RSUD-IGD")));
        body.put("dinamisEnabled", false);
        body.put("lateStartMaxMinutes", 0);
        body.put("newEmployeeMonths", 6);
        body.put("minPredikat", "BAIK");
        body.put("minOfficePresencePercent", 50);
        body.put("additionalCriteria", new ArrayList<>());
        body.put("codeOfConduct", "Pegawai tetap dapat dihubungi selama jam kerja.");
        return body;
    }

    static Map<String, Object> dinamis(String earliestStart, String latestEnd, String coreStart, String coreEnd,
                                       Integer minMinutesPerDay) {
        Map<String, Object> hours = new LinkedHashMap<>();
        hours.put("earliestStart", earliestStart);
        hours.put("latestEnd", latestEnd);
        hours.put("coreStart", coreStart);
        hours.put("coreEnd", coreEnd);
        hours.put("minMinutesPerDay", minMinutesPerDay);
        return hours;
    }

    static Map<String, Object> criterion(String code, String description, String coordinationLetter) {
        Map<String, Object> criterion = new LinkedHashMap<>();
        criterion.put("code", code);
        criterion.put("description", description);
        criterion.put("coordinationLetter", coordinationLetter);
        return criterion;
    }

    /** A minimum office presence (LAYANAN_MINIMUM, Pasal 27) scoped to a unit ({@code UNIT} or {@code UNIT_TREE}). */
    public static Map<String, Object> presenceScope(String kind, String unitCode, int percent) {
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("setting", "LAYANAN_MINIMUM");
        scope.put("kind", kind);
        scope.put("target", unitCode);
        scope.put("minOfficePresencePercent", percent);
        return scope;
    }
}
