package id.fleksi.organisation;

/**
 * A unit in a list: where it sits, the zone its hours are counted in, who heads it, how many active
 * employees it has.
 *
 * @param timeZone the IANA id (Asia/Jakarta, Asia/Makassar, Asia/Jayapura)
 * @param zone     the same as people say it: WIB, WITA or WIT
 * @param head     the current head, or {@code null}
 * @param depth    how deep in the hierarchy (0: a unit at the top)
 */
public record UnitSummary(String code, String name, String parentCode, String parentName, String timeZone,
                          UnitZone zone, EmployeeRef head, long activeEmployees, int depth) {
}
