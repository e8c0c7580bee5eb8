package id.fleksi.organisation;

import java.util.List;

/**
 * A unit to filter a page by, as the page shows it.
 *
 * @param units    the units to choose from in a list, or {@code null} when there are too many to list and the unit is
 *                 typed by code or name with suggestions
 * @param selected the chosen unit's code, or what was typed when it names none of the person's units
 * @param unknown  whether what was typed names none of the person's units: the page says so and finds nothing
 */
public record UnitFilter(List<UnitRef> units, String selected, boolean unknown) {

    /** The code to filter by, or an empty text for every unit. */
    public String code() {
        return unknown ? "" : selected;
    }
}
