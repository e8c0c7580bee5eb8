package id.fleksi.rosters;

import id.fleksi.organisation.Organisation;
import id.fleksi.organisation.UnitScope;
import id.fleksi.policy.Policies;
import id.fleksi.rules.Determination;
import id.fleksi.rules.ShiftWeek;
import id.fleksi.rules.Violation;
import id.fleksi.shared.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The units whose shifts a person may read or divide, checked against live data on every request: the PPK
 * reads every unit, a unit head reads and rosters the units they head and their sub-units (Pasal 19 ayat (3)),
 * and only in a unit the determination in force designates for sif (Pasal 19 ayat (4)).
 */
@Service
@Transactional(readOnly = true)
class RosterUnits {

    private final JdbcClient jdbc;
    private final Organisation organisation;
    private final Policies policies;

    RosterUnits(JdbcClient jdbc, Organisation organisation, Policies policies) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.policies = policies;
    }

    /**
     * The unit with this code for a person who may read its roster.
     *
     * @throws ResponseStatusException 404 when there is no such unit
     * @throws AccessDeniedException   when it is outside the person's scope
     */
    RosterUnit readable(Actor actor, String code) {
        RosterUnit unit = find(code);
        if (!organisation.scopeOf(actor).includesUnit(unit.id())) {
            throw new AccessDeniedException("outside the caller's scope");
        }
        return unit.withEditable(rosters(actor).includesUnit(unit.id()));
    }

    /** The unit for a person who may divide its shifts: its head or the head of a unit above it. */
    RosterUnit editable(Actor actor, String code) {
        RosterUnit unit = readable(actor, code);
        if (!unit.editable()) {
            throw new AccessDeniedException("only the unit's head divides its shifts");
        }
        return unit;
    }

    /** Why the unit may not use sif on the day; empty when it may (Pasal 19 ayat (4)). */
    List<Violation> designation(RosterUnit unit, LocalDate day) {
        return ShiftWeek.designation(policies.determinationOn(day).orElse(null), unit.path());
    }

    /** Why the unit may not use sif on some day of the range, under any version in force then. */
    List<Violation> designation(RosterUnit unit, LocalDate from, LocalDate to) {
        List<Determination> versions = policies.versionsBetween(from, to);
        if (versions.isEmpty() || versions.get(0).effectiveFrom().isAfter(from)) {
            return ShiftWeek.designation(null, unit.path());
        }
        List<Violation> found = new ArrayList<>();
        versions.forEach(version -> ShiftWeek.designation(version, unit.path()).stream()
                .filter(v -> !found.contains(v)).forEach(found::add));
        return found;
    }

    /** The units the person may read, each with whether they may roster it and whether it is designated today. */
    List<Listing> listFor(Actor actor, LocalDate today) {
        UnitScope read = organisation.scopeOf(actor);
        UnitScope roster = rosters(actor);
        Determination policy = policies.determinationOn(today).orElse(null);
        return all().stream()
                .filter(unit -> read.includesUnit(unit.id()))
                .map(unit -> new Listing(unit.withEditable(roster.includesUnit(unit.id())),
                        ShiftWeek.designation(policy, unit.path())))
                .toList();
    }

    private UnitScope rosters(Actor actor) {
        return actor.isUnitHead() ? organisation.scopeOf(new HeadOnly(actor)) : UnitScope.NONE;
    }

    private RosterUnit find(String code) {
        List<String> path = jdbc.sql("""
                        select u.code
                        from unit_above(array(select id from unit_directory where code = :code)) a
                            join unit_directory u on u.id = a.unit_id
                        order by a.depth""")
                .param("code", code).query(String.class).list();
        if (path.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "roster.error.unitNotFound");
        }
        return jdbc.sql("select id, code, name, time_zone from unit_directory where code = :code")
                .param("code", code)
                .query((rs, n) -> new RosterUnit(rs.getLong(1), rs.getString(2), rs.getString(3),
                        ZoneId.of(rs.getString(4)), path, false))
                .single();
    }

    /** Every unit with the codes of the units above it, in the order of their codes. */
    private List<RosterUnit> all() {
        return jdbc.sql("""
                        with path as (
                            select a.start_id, array_agg(p.code order by a.depth) as codes
                            from unit_above(array(select id from unit_directory)) a
                                join unit_directory p on p.id = a.unit_id
                            group by a.start_id)
                        select u.id, u.code, u.name, u.time_zone, path.codes
                        from unit_directory u join path on path.start_id = u.id order by u.code""")
                .query((rs, n) -> new RosterUnit(rs.getLong(1), rs.getString(2), rs.getString(3),
                        ZoneId.of(rs.getString(4)), List.of((String[]) rs.getArray(5).getArray()), false))
                .list();
    }

    /** A unit as the roster pages see it; {@code path} is its code first, then the codes above it. */
    public record RosterUnit(long id, String code, String name, ZoneId zone, List<String> path, boolean editable) {

        public RosterUnit withEditable(boolean mayEdit) {
            return new RosterUnit(id, code, name, zone, path, mayEdit);
        }
    }

    /** A unit on the list, with the reasons it may not use sif today (none when it is designated). */
    public record Listing(RosterUnit unit, List<Violation> notDesignated) {

        public boolean designated() {
            return notDesignated.isEmpty();
        }
    }
}
