package id.fleksi.rules;

import java.util.List;
import java.util.Locale;

/**
 * Whom a setting of the determination applies to when the PPK does not set it for the whole institution: the
 * employees of a unit (with or without its sub-units), those holding a position (jabatan, as the employee record
 * names it), or the members of a named group of employees.
 *
 * <p>Pasal 26 lets the PPK add criteria for applying flexible work, Pasal 20 ayat (2) and Pasal 3 ayat (6) let the
 * PPK arrange the hours, and Pasal 27 asks that services keep running; none of them requires one setting for the
 * whole institution. When two scopes of the same setting cover an employee, the most specific applies: a named
 * group before a position, a position before a unit, and of two units the nearer one (the employee's own unit
 * before its parent); between equally specific scopes, the one listed first.
 *
 * @param kind   what the scope names
 * @param target the unit's code, the position's name, or the group's id
 * @param name   how a reader knows it: the unit's name, the position, the group's name
 */
public record Scope(Kind kind, String target, String name) {

    /** Whom a scope names. */
    public enum Kind {
        /** The employees of one unit, not of its sub-units. */
        UNIT,
        /** The employees of a unit and of every unit below it. */
        UNIT_TREE,
        /** The employees holding a position of this name (compared without regard to case). */
        POSITION,
        /** The members of a named group of employees the policy module keeps. */
        GROUP
    }

    /** Not covered: larger than every rank. */
    public static final int OUTSIDE = Integer.MAX_VALUE;

    private static final int GROUP_RANK = 0;
    private static final int POSITION_RANK = 1;
    private static final int UNIT_RANK = 2;

    public Scope {
        if (kind == null || target == null || target.isBlank()) {
            throw new IllegalArgumentException("A scope names a kind and a target");
        }
        name = name == null || name.isBlank() ? target : name;
    }

    /** Whether the employee is in the scope. */
    public boolean covers(EmployeeFacts employee) {
        return rank(employee) != OUTSIDE;
    }

    /**
     * How specific the scope is for the employee, lower first: a group 0, a position 1, the employee's own unit
     * 2, its parent 3 and so on; {@link #OUTSIDE} when the employee is not in it.
     */
    public int rank(EmployeeFacts employee) {
        return switch (kind) {
            case GROUP -> employee.groups().contains(target) ? GROUP_RANK : OUTSIDE;
            case POSITION -> employee.position() != null
                    && employee.position().strip().equalsIgnoreCase(target.strip()) ? POSITION_RANK : OUTSIDE;
            case UNIT, UNIT_TREE -> unitRank(employee.unitPath());
        };
    }

    /** The rank for a unit given by its code and those of its parents, the unit first (units only). */
    public int unitRank(List<String> unitPath) {
        if (kind == Kind.UNIT) {
            return !unitPath.isEmpty() && unitPath.get(0).equals(target) ? UNIT_RANK : OUTSIDE;
        }
        if (kind == Kind.UNIT_TREE) {
            int depth = unitPath.indexOf(target);
            return depth < 0 ? OUTSIDE : UNIT_RANK + depth;
        }
        return OUTSIDE;
    }

    /** Whom the setting applies to, as a verdict says it: "unit BAPPEDA dan sub-unitnya". */
    public Text describe() {
        return switch (kind) {
            case UNIT -> Text.of("unit " + target + label(), "unit " + target + label());
            case UNIT_TREE -> Text.of("unit " + target + label() + " dan sub-unitnya",
                    "unit " + target + label() + " and its sub-units");
            case POSITION -> Text.of("jabatan " + target, "position " + target);
            case GROUP -> Text.of("kelompok \u201c" + name + "\u201d", "group \u201c" + name + "\u201d");
        };
    }

    /** The sentence a verdict appends: "Berlaku untuk: unit BAPPEDA dan sub-unitnya." */
    public Text appliesTo() {
        Text whom = describe();
        return Text.of(" Berlaku untuk: " + whom.indonesian() + ".", " Applies to: " + whom.english() + ".");
    }

    /** The scope in the reader's language. */
    public String in(Locale locale) {
        return describe().in(locale);
    }

    private String label() {
        return name.equals(target) ? "" : " (" + name + ")";
    }
}
