package id.fleksi.organisation;

/** A unit as other modules see it. */
public record UnitRef(String code, String name) {
}
