package id.fleksi.organisation;

import id.fleksi.shared.Actor;
import id.fleksi.shared.InstitutionTime;
import id.fleksi.shared.LikeText;
import id.fleksi.shared.Recent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/** The organisation module's read side for other modules: employees, units and who heads them. */
@Service
@Transactional(readOnly = true)
public class Organisation {

    /**
     * The one definition of "the units this person heads now": those they head, and those an acting-head
     * delegation (Plt/Plh) in force today gives them (the view {@code unit_authority}). Parameters
     * {@code :head}, the employee, and {@code :today}, the institution's day.
     */
    static final String UNITS_HEADED = """
            select unit_id from unit_authority
            where employee_id = :head and :today between in_force_from and in_force_until""";

    /** The units headed now and all their sub-units, as the recursive CTE {@code scope(id)}. */
    private static final String SCOPE = """
            with recursive scope(id) as (
                %s
                union
                select u.id from unit u join scope s on u.parent_id = s.id)
            """.formatted(UNITS_HEADED);

    /**
     * The most units a filter or a form lists for choosing; above, a unit is typed with suggestions: a list of
     * hundreds is slow to scroll on a phone and to write on every page (the head of a directorate general decides
     * for some 250 units).
     */
    public static final int UNIT_CHOICES_MAX = 100;
    static final int UNIT_SUGGESTIONS = 20;

    private final JdbcClient jdbc;
    private final Clock clock;
    /**
     * The heads' scopes computed lately, under the units' published version (unit_version), which grows with every
     * change of the units, their heads and acting heads, and their staff: a head's pages ask for their scope
     * several times a request, a directorate general's 250 units each time.
     */
    private final Recent<HeadOnDay, UnitScope> headedScopes = new Recent<>(256);

    Organisation(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<EmployeeProfile> profile(long employeeId) {
        return jdbc.sql("""
                        select e.nip, e.name, e.employee_type, u.code, u.name as unit_name, e.position, e.position_since
                        from employee e join unit u on u.id = e.unit_id
                        where e.id = :id""")
                .param("id", employeeId)
                .query((rs, n) -> new EmployeeProfile(
                        rs.getString("nip"), rs.getString("name"), EmployeeType.valueOf(rs.getString("employee_type")),
                        new UnitRef(rs.getString("code"), rs.getString("unit_name")), rs.getString("position"),
                        rs.getObject("position_since", java.time.LocalDate.class),
                        unitsHeadedBy(employeeId), taskNames(employeeId)))
                .optional();
    }

    /**
     * The employee's unit and the codes of the units they head now, acting heads' units included, in one
     * query (it runs at every sign-in).
     */
    public Optional<Placement> placement(long employeeId) {
        return jdbc.sql("""
                        select u.name,
                               array(select hu.code from unit hu where hu.id in (%s) order by hu.code)
                        from employee e join unit u on u.id = e.unit_id
                        where e.id = :head""".formatted(UNITS_HEADED))
                .param("head", employeeId).param("today", today())
                .query((rs, n) -> new Placement(rs.getString(1),
                        List.of((String[]) rs.getArray(2).getArray())))
                .optional();
    }

    /**
     * Holds the unit still until the caller's transaction ends, so that changes other modules make for one unit
     * (a plan's approval against the unit's caps, a roster's drafts) happen one after the other. The lock is
     * {@code for no key update}: it does not hold back rows that merely refer to the unit (a plan submitted in it
     * meanwhile), whose key checks take a share lock that {@code for update} would make wait.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockUnit(long unitId) {
        jdbc.sql("select id from unit where id = :id for no key update").param("id", unitId).query(Long.class).single();
    }

    public Optional<Long> employeeIdByNip(String nip) {
        return jdbc.sql("select id from employee where nip = :nip").param("nip", nip).query(Long.class).optional();
    }

    /**
     * The units an employee heads now, as head or as acting head (Plt/Plh) today, each with its sub-units'
     * scope following from the hierarchy.
     */
    public List<UnitRef> unitsHeadedBy(long employeeId) {
        return jdbc.sql("""
                        select u.code, u.name from unit u where u.id in (%s) order by u.code""".formatted(UNITS_HEADED))
                .param("head", employeeId).param("today", today())
                .query((rs, n) -> new UnitRef(rs.getString(1), rs.getString(2)))
                .list();
    }

    /**
     * What the person may read of the organisation: everything for the PPK and HR, the units they head and
     * their sub-units for a unit head (from live data), nothing otherwise.
     */
    public UnitScope scopeOf(Actor actor) {
        if (actor.readsWholeInstitution()) {
            return new UnitScope(true, Set.of(), Set.of());
        }
        return actor.employeeId() == null ? UnitScope.NONE : headedScopeOf(actor.employeeId());
    }

    /**
     * The column of {@code unit_staff} that counts the active employees of a kind ({@code null}: of every kind), for
     * totals that other modules read from the stored counts.
     */
    public static String activeStaffColumn(EmployeeType type) {
        if (type == null) {
            return "active";
        }
        return switch (type) {
            case PNS -> "pns";
            case PPPK -> "pppk";
            case PPPK_PARUH_WAKTU -> "pppk_paruh_waktu";
        };
    }

    /**
     * The units of the scope to choose from in a list, by code; empty when there are more than
     * {@value #UNIT_CHOICES_MAX} (a ministry's thousands), for which a page asks for a unit by code or name with
     * {@link #unitSuggestions suggestions} instead of writing every unit into a list.
     */
    public Optional<List<UnitRef>> unitChoices(UnitScope scope) {
        if (scope.isEmpty()) {
            return Optional.of(List.of());
        }
        long units = scope.wholeInstitution()
                ? jdbc.sql("select count(*) from unit").query(Long.class).single() : scope.unitIds().size();
        if (units > UNIT_CHOICES_MAX) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("select code, name from unit"
                        + (scope.wholeInstitution() ? "" : " where id = any(:scope)") + " order by code")
                .params(scope.wholeInstitution() ? Map.of() : Map.of("scope", scope.unitIds().toArray(Long[]::new)))
                .query((rs, n) -> new UnitRef(rs.getString(1), rs.getString(2)))
                .list());
    }

    /**
     * A page's unit filter within the scope: the units to list, or, when there are too many, the unit the typed text
     * names (its code, or its whole name) and whether it names none of the scope's units. A code chosen from a list
     * is kept as it is, for the page's own check of the scope.
     */
    public UnitFilter unitFilter(UnitScope scope, String typed) {
        Optional<List<UnitRef>> choices = unitChoices(scope);
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty() || choices.isPresent()) {
            return new UnitFilter(choices.orElse(null), text.toUpperCase(Locale.ROOT), false);
        }
        return unitNamed(scope, text).map(unit -> new UnitFilter(null, unit.code(), false))
                .orElseGet(() -> new UnitFilter(null, text, true));
    }

    /**
     * At most {@value #UNIT_SUGGESTIONS} units of the scope whose code begins with the text or whose name contains
     * it, codes first, in the order of their codes.
     */
    public List<UnitRef> unitSuggestions(UnitScope scope, String text) {
        String typed = text == null ? "" : text.strip();
        if (scope.isEmpty() || typed.isEmpty()) {
            return List.of();
        }
        String escaped = LikeText.escape(typed);
        return jdbc.sql("select code, name from unit where (upper(code) like :prefix or lower(name) like :contains)"
                        + (scope.wholeInstitution() ? "" : " and id = any(:scope)")
                        + " order by upper(code) like :prefix desc, code limit " + UNIT_SUGGESTIONS)
                .param("prefix", escaped.toUpperCase(Locale.ROOT) + "%")
                .param("contains", "%" + escaped.toLowerCase(Locale.ROOT) + "%")
                .param("scope", scope.unitIds().toArray(Long[]::new))
                .query((rs, n) -> new UnitRef(rs.getString(1), rs.getString(2)))
                .list();
    }

    /** The unit of the scope the text names: by its code, or else by its whole name when one unit has it. */
    public Optional<UnitRef> unitNamed(UnitScope scope, String text) {
        String typed = text == null ? "" : text.strip();
        if (scope.isEmpty() || typed.isEmpty()) {
            return Optional.empty();
        }
        List<UnitRef> named = jdbc.sql("""
                        select code, name from unit where upper(code) = upper(:text)
                        union all
                        (select code, name from unit where lower(name) = lower(:text) limit 2)""")
                .param("text", typed)
                .query((rs, n) -> new UnitRef(rs.getString(1), rs.getString(2)))
                .list().stream().filter(unit -> scope.includesUnit(unit.code())).toList();
        if (named.isEmpty()) {
            return Optional.empty();
        }
        boolean byCode = named.get(0).code().equalsIgnoreCase(typed);
        return byCode || named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /**
     * The units the employee heads now (or acts as head of, Plt/Plh) with all their sub-units, from live data:
     * what they decide on as a unit head, whatever other roles they have.
     */
    public UnitScope headedScopeOf(long employeeId) {
        HeadOnDay question = new HeadOnDay(employeeId, today());
        // read before the units, so that a change made in between gives a version the scope is not kept under
        long version = jdbc.sql("select version from unit_version").query(Long.class).single();
        return headedScopes.answer(question, version, () -> headedScope(question));
    }

    private UnitScope headedScope(HeadOnDay question) {
        List<Object[]> units = jdbc.sql(SCOPE + "select u.id, u.code from scope s join unit u on u.id = s.id")
                .param("head", question.employeeId()).param("today", question.day())
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .list();
        Set<Long> ids = new HashSet<>();
        Set<String> codes = new HashSet<>();
        units.forEach(unit -> {
            ids.add((Long) unit[0]);
            codes.add((String) unit[1]);
        });
        return new UnitScope(false, ids, codes);
    }

    private record HeadOnDay(long employeeId, LocalDate day) {
    }

    /**
     * Whether the person may read this employee's record: their own, any for the PPK and HR, those of
     * their units and sub-units for a unit head.
     */
    public boolean mayRead(Actor actor, long employeeId) {
        if (actor.readsWholeInstitution() || Long.valueOf(employeeId).equals(actor.employeeId())) {
            return true;
        }
        if (actor.employeeId() == null) {
            return false;
        }
        return jdbc.sql(SCOPE + """
                        select exists(select 1 from employee e join scope s on s.id = e.unit_id where e.id = :employee)""")
                .param("head", actor.employeeId()).param("today", today()).param("employee", employeeId)
                .query(Boolean.class).single();
    }

    /** The institution's letterhead and the signatory of the PPK's reports, as the PPK and HR set them. */
    public InstitutionProfile institution() {
        return InstitutionSettings.read(jdbc);
    }

    public InstitutionOverview overview() {
        String name = jdbc.sql("select name from institution").query(String.class).optional().orElse("");
        long units = jdbc.sql("select count(*) from unit").query(Long.class).single();
        // the stored counts of unit_staff, kept by the database as employees change
        List<InstitutionOverview.TypeCount> byType = jdbc.sql("""
                        select coalesce(sum(pns), 0), coalesce(sum(pppk), 0), coalesce(sum(pppk_paruh_waktu), 0)
                        from unit_staff""")
                .query((rs, n) -> List.of(
                        new InstitutionOverview.TypeCount(EmployeeType.PNS, rs.getLong(1)),
                        new InstitutionOverview.TypeCount(EmployeeType.PPPK, rs.getLong(2)),
                        new InstitutionOverview.TypeCount(EmployeeType.PPPK_PARUH_WAKTU, rs.getLong(3))))
                .single().stream().filter(type -> type.employees() > 0).toList();
        long active = byType.stream().mapToLong(InstitutionOverview.TypeCount::employees).sum();
        return new InstitutionOverview(name, units, active, byType);
    }

    /**
     * Active employees per unit for the first {@code limit} units a head oversees (their units and all sub-units) in
     * the order of their codes, and how many units they oversee in all.
     */
    public UnitsOverseen staffOfUnitsHeadedBy(long employeeId, int limit) {
        int[] total = {0};
        List<UnitStaff> shown = jdbc.sql(SCOPE + """
                        select u.code, u.name, coalesce(st.active, 0) as staff, count(*) over () as units
                        from scope s join unit u on u.id = s.id
                        left join unit_staff st on st.unit_id = u.id
                        order by u.code limit :limit""")
                .param("head", employeeId).param("today", today()).param("limit", limit)
                .query((rs, n) -> {
                    total[0] = rs.getInt(4);
                    return new UnitStaff(new UnitRef(rs.getString(1), rs.getString(2)), rs.getLong(3));
                })
                .list();
        return new UnitsOverseen(shown, total[0]);
    }

    /** The first units a head oversees, and how many they oversee in all. */
    public record UnitsOverseen(List<UnitStaff> shown, int total) {

        public int more() {
            return total - shown.size();
        }
    }

    private LocalDate today() {
        return InstitutionTime.today(clock);
    }

    private List<String> taskNames(long employeeId) {
        return jdbc.sql("""
                        select t.name from held_task t where t.employee_id = :id order by t.name""")
                .param("id", employeeId)
                .query(String.class)
                .list();
    }

    public record UnitStaff(UnitRef unit, long activeEmployees) {
    }
}
