package id.fleksi.planning;

import java.time.LocalDate;
import java.util.List;

/**
 * Approved weekly plans were put up for their heads' review because something changed under them, counted per
 * unit; announced in the same transaction.
 *
 * @param cause what changed: DISCIPLINE, MOVE, HOLIDAY or DETERMINATION
 * @param from  the first day the change holds
 */
public record ApprovedPlansAffected(String cause, LocalDate from, List<UnitCount> units) {

    public ApprovedPlansAffected {
        units = List.copyOf(units);
    }

    /**
     * @param plans        the unit's plans put up for review
     * @param ofUnitsHeads of these, the plans of the unit's own heads and acting heads, which are decided from
     *                     above and not by any of them
     */
    public record UnitCount(long unitId, long plans, long ofUnitsHeads) {
    }
}
