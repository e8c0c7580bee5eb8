package id.fleksi.rosters;

import id.fleksi.shared.Actor;

import java.util.List;

/**
 * The person only as the head of their units: the PPK and HR read the whole institution, but only a unit head
 * divides the shifts of a unit (Pasal 19 ayat (3)), so {@code Organisation.scopeOf} of this view gives the units
 * the person may roster.
 */
record HeadOnly(Actor actor) implements Actor {

    @Override
    public long accountId() {
        return actor.accountId();
    }

    @Override
    public String username() {
        return actor.username();
    }

    @Override
    public String displayName() {
        return actor.displayName();
    }

    @Override
    public Long employeeId() {
        return actor.employeeId();
    }

    @Override
    public boolean isPpk() {
        return false;
    }

    @Override
    public boolean isHr() {
        return false;
    }

    @Override
    public boolean isUnitHead() {
        return actor.isUnitHead();
    }

    @Override
    public boolean isEmployee() {
        return actor.isEmployee();
    }

    @Override
    public List<String> unitsHeaded() {
        return actor.unitsHeaded();
    }
}
