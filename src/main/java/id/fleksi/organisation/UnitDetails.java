package id.fleksi.organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A unit with its sub-units and both histories: who headed it, and where it sat in the hierarchy before.
 *
 * @param version for optimistic locking: send it back with a change
 */
public record UnitDetails(String code, String name, String parentCode, String parentName, String timeZone,
                          UnitZone zone, EmployeeRef head, long activeEmployees, long version,
                          List<UnitRef> subUnits, List<HeadTerm> headHistory, List<UnitMove> moves) {

    public UnitDetails {
        subUnits = List.copyOf(subUnits);
        headHistory = List.copyOf(headHistory);
        moves = List.copyOf(moves);
    }

    /** A term as head; the current one has no end. */
    public record HeadTerm(String nip, String name, LocalDate startedOn, LocalDate endedOn) {
    }

    /** A move of the unit to another parent; {@code null} stands for the top of the hierarchy. */
    public record UnitMove(UnitRef oldParent, UnitRef newParent, LocalDate movedOn, String movedBy,
                           Instant movedAt) {
    }
}
