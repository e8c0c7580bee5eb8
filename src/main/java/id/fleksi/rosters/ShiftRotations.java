package id.fleksi.rosters;

import id.fleksi.audit.AuditTrail;
import id.fleksi.rosters.RosterUnits.RosterUnit;
import id.fleksi.shared.Actor;
import id.fleksi.shared.InstitutionTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rotation of a unit (Pasal 19 ayat (1), (3)): the head sets a cycle of weeks of shifts and who takes turns
 * in it, each employee starting some days into the cycle.
 */
@Service
@Transactional
class ShiftRotations {

    static final String SUBJECT = "SHIFT_ROTATION";

    private final JdbcClient jdbc;
    private final RosterUnits units;
    private final ShiftTemplates templates;
    private final AuditTrail audit;
    private final Clock clock;

    ShiftRotations(JdbcClient jdbc, RosterUnits units, ShiftTemplates templates, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.templates = templates;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Optional<Rotation> of(RosterUnit unit) {
        return jdbc.sql("select starts_on, cells, version from shift_rotation where unit_id = :unit")
                .param("unit", unit.id())
                .query((rs, n) -> new Rotation(rs.getObject(1, LocalDate.class),
                        List.of((String[]) rs.getArray(2).getArray()), rs.getLong(3)))
                .optional();
    }

    /** The unit's active employees, each with where they start in the cycle or {@code null} when not in it. */
    @Transactional(readOnly = true)
    List<Member> members(RosterUnit unit) {
        return jdbc.sql("""
                        select e.id, e.nip, e.name, e.position, m.offset_days
                        from employee_directory e
                        left join shift_rotation_member m on m.employee_id = e.id and m.unit_id = e.unit_id
                        where e.unit_id = :unit and e.active
                        order by lower(e.name), e.nip""")
                .param("unit", unit.id())
                .query((rs, n) -> new Member(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        (Integer) rs.getObject(5)))
                .list();
    }

    /**
     * Saves the cycle: from a Monday, 1 to 8 weeks of 7 cells, each OFF or a template of the unit.
     *
     * @throws RosterRefused naming the start or the first wrong cell, or the rule when sif is not designated
     * @throws RosterConflict when someone saved the rotation since it was read
     */
    Rotation save(Actor actor, RosterUnit unit, LocalDate startsOn, List<String> cells, Long version) {
        designated(unit);
        List<RosterRefused.Problem> problems = new ArrayList<>();
        if (startsOn == null) {
            problems.add(RosterRefused.Problem.of("startsOn", "roster.error.required"));
        } else if (startsOn.getDayOfWeek() != DayOfWeek.MONDAY) {
            problems.add(RosterRefused.Problem.of("startsOn", "roster.rotation.error.monday"));
        }
        List<String> clean = cells == null ? List.of()
                : cells.stream().map(cell -> cell == null || cell.isBlank() ? RotationCycle.OFF
                        : ShiftTemplates.code(cell)).toList();
        if (clean.isEmpty() || clean.size() % 7 != 0 || clean.size() > RotationCycle.MAX_WEEKS * 7) {
            problems.add(RosterRefused.Problem.of("cells", "roster.rotation.error.weeks", RotationCycle.MAX_WEEKS));
        }
        Set<String> known = new HashSet<>();
        templates.of(unit.id()).forEach(t -> known.add(t.code()));
        for (int i = 0; i < clean.size(); i++) {
            String cell = clean.get(i);
            if (!cell.equals(RotationCycle.OFF) && !known.contains(cell)) {
                problems.add(RosterRefused.Problem.of("cells[" + i + "]", "roster.rotation.error.cell", cell));
            }
        }
        if (clean.stream().allMatch(RotationCycle.OFF::equals) && !clean.isEmpty()) {
            problems.add(RosterRefused.Problem.of("cells", "roster.rotation.error.allOff"));
        }
        if (!problems.isEmpty()) {
            throw new RosterRefused(problems);
        }
        Optional<Rotation> before = of(unit);
        String[] array = clean.toArray(String[]::new);
        if (before.isEmpty()) {
            jdbc.sql("insert into shift_rotation (unit_id, starts_on, cells) values (:unit, :start, :cells)")
                    .param("unit", unit.id()).param("start", startsOn).param("cells", array).update();
        } else {
            if (version == null) {
                throw new RosterConflict();
            }
            int changed = jdbc.sql("""
                            update shift_rotation set starts_on = :start, cells = :cells, version = version + 1
                            where unit_id = :unit and version = :version""")
                    .param("unit", unit.id()).param("start", startsOn).param("cells", array)
                    .param("version", version).update();
            if (changed == 0) {
                throw new RosterConflict();
            }
            int length = clean.size();
            // an employee's start can no longer lie beyond the end of a shorter cycle
            jdbc.sql("update shift_rotation_member set offset_days = offset_days % :length where unit_id = :unit")
                    .param("length", length).param("unit", unit.id()).update();
        }
        Rotation after = of(unit).orElseThrow();
        audit.record(actor, before.isEmpty() ? "SHIFT_ROTATION_CREATED" : "SHIFT_ROTATION_UPDATED", SUBJECT,
                unit.code(), before.map(ShiftRotations::auditView).orElse(null), auditView(after));
        return after;
    }

    /** Fills the cycle by repeating a pattern such as "M M M L L" over the weeks, then saves it. */
    Rotation fill(Actor actor, RosterUnit unit, LocalDate startsOn, String pattern, Integer weeks, Long version) {
        List<String> tokens = RotationCycle.tokens(pattern);
        List<RosterRefused.Problem> problems = new ArrayList<>();
        if (tokens.isEmpty()) {
            problems.add(RosterRefused.Problem.of("pattern", "roster.error.required"));
        }
        if (weeks == null || weeks < 1 || weeks > RotationCycle.MAX_WEEKS) {
            problems.add(RosterRefused.Problem.of("weeks", "roster.rotation.error.weekCount", RotationCycle.MAX_WEEKS));
        }
        Set<String> known = new HashSet<>();
        templates.of(unit.id()).forEach(t -> known.add(t.code()));
        tokens.stream().filter(t -> !t.equals(RotationCycle.OFF) && !known.contains(t)).findFirst()
                .ifPresent(t -> problems.add(RosterRefused.Problem.of("pattern", "roster.rotation.error.cell", t)));
        if (!tokens.isEmpty() && tokens.stream().allMatch(RotationCycle.OFF::equals)) {
            problems.add(RosterRefused.Problem.of("pattern", "roster.rotation.error.allOff"));
        }
        if (!problems.isEmpty()) {
            designated(unit);
            throw new RosterRefused(problems);
        }
        return save(actor, unit, startsOn, RotationCycle.repeat(tokens, weeks), version);
    }

    /**
     * Sets who takes turns in the cycle and where each starts: a blank leaves the employee out; the date on which
     * they work the cycle's first day, or the day of the cycle (0 to its length minus 1) they work on its start
     * date, places them. Only the unit's active employees.
     */
    void saveMembers(Actor actor, RosterUnit unit, Map<String, String> offsets) {
        designated(unit);
        Rotation rotation = of(unit).orElseThrow(() -> RosterRefused.of(null, "roster.rotation.error.none"));
        Map<String, String> given = offsets == null ? Map.of() : offsets;
        List<RosterRefused.Problem> problems = new ArrayList<>();
        Map<Long, Integer> chosen = new LinkedHashMap<>();
        for (Member member : members(unit)) {
            String raw = given.get(member.nip());
            if (raw == null || raw.isBlank()) {
                continue;
            }
            try {
                int offset = offset(rotation, raw.strip());
                if (offset < 0 || offset >= rotation.cells().size()) {
                    throw new NumberFormatException(raw);
                }
                chosen.put(member.employeeId(), offset);
            } catch (NumberFormatException | java.time.DateTimeException wrong) {
                problems.add(RosterRefused.Problem.of("offsets[" + member.nip() + "]", "roster.rotation.error.offset",
                        rotation.cells().size() - 1));
            }
        }
        if (!problems.isEmpty()) {
            throw new RosterRefused(problems);
        }
        Map<String, Object> before = memberView(unit);
        jdbc.sql("delete from shift_rotation_member where unit_id = :unit").param("unit", unit.id()).update();
        chosen.forEach((employee, offset) -> jdbc.sql("""
                        insert into shift_rotation_member (unit_id, employee_id, offset_days)
                        values (:unit, :employee, :offset)""")
                .param("unit", unit.id()).param("employee", employee).param("offset", offset).update());
        audit.record(actor, "SHIFT_ROTATION_MEMBERS_SET", SUBJECT, unit.code(), before, memberView(unit));
    }

    /**
     * Where an employee starts in the cycle: given as the date on which they work the cycle's first day (any such
     * date: the cycle repeats), or as the day of the cycle itself (0 to its length minus 1).
     */
    static int offset(Rotation rotation, String given) {
        if (given.matches("\\d{4}-\\d{2}-\\d{2}")) {
            long days = java.time.temporal.ChronoUnit.DAYS.between(rotation.startsOn(), LocalDate.parse(given));
            return Math.floorMod(-days, rotation.cells().size());
        }
        return Integer.parseInt(given);
    }

    /** The first date on or after the cycle's start on which the employee works the cycle's first day. */
    static LocalDate startDate(Rotation rotation, int offset) {
        return rotation.startsOn().plusDays(Math.floorMod(-offset, rotation.cells().size()));
    }

    private void designated(RosterUnit unit) {
        var violations = units.designation(unit, InstitutionTime.today(clock));
        if (!violations.isEmpty()) {
            throw RosterRefused.byRules(violations);
        }
    }

    private Map<String, Object> memberView(RosterUnit unit) {
        Map<String, Object> view = new LinkedHashMap<>();
        members(unit).stream().filter(m -> m.offset() != null).forEach(m -> view.put(m.nip(), m.offset()));
        return view;
    }

    private static Map<String, Object> auditView(Rotation rotation) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("startsOn", rotation.startsOn().toString());
        view.put("cells", String.join(" ", rotation.cells()));
        return view;
    }

    /** A unit's cycle: from a Monday, {@code weeks()} weeks of seven cells, each a template code or OFF. */
    public record Rotation(LocalDate startsOn, List<String> cells, long version) {

        public Rotation {
            cells = List.copyOf(cells);
        }

        public int weeks() {
            return cells.size() / 7;
        }

        /** The cell an employee starting {@code offset} days into the cycle works on the day. */
        String cellOn(int offset, LocalDate day) {
            return RotationCycle.cellOn(startsOn, cells, offset, day);
        }
    }

    /** An active employee of the unit and the day of the cycle they start on, {@code null} when not in it. */
    public record Member(long employeeId, String nip, String name, String position, Integer offset) {
    }
}
