package id.fleksi.organisation;

import java.util.List;

/** Where an employee works and which units they head now: what signing in needs to know of them. */
public record Placement(String unitName, List<String> unitsHeaded) {
}
