package id.fleksi.eligibility;

import id.fleksi.rules.EmployeeFacts;
import id.fleksi.rules.InfrastructureItem;
import id.fleksi.rules.Predikat;
import id.fleksi.rules.TaskCriteria;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps what the database holds of an employee to the facts the rules read, from the views the organisation, task
 * and policy modules publish: one query for the employee, all their records and the path of their unit.
 * {@link #of(Collection)} does the same for many employees at once in two queries.
 */
@Service
@Transactional(readOnly = true)
public class RuleFacts {

    private final JdbcClient jdbc;

    RuleFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The facts of one employee, with the path of their unit, in one query whose plan the database keeps: the
     * employee is named by a single id, so that the plan made once suits every call.
     */
    public Optional<EmployeeFacts> of(long employeeId) {
        return jdbc.sql(ONE_BY_ID).param("id", employeeId)
                .query((rs, n) -> facts(rs, strings(rs.getArray(16))))
                .optional();
    }

    /**
     * The employee with this NIP as the directory holds them, with their facts and the path of their unit, in one
     * query: a plan's validation and its submission start here.
     */
    public Optional<EmployeeOnRecord> onRecord(String nip) {
        return jdbc.sql(ONE_BY_NIP).param("nip", nip)
                .query((rs, n) -> new EmployeeOnRecord(rs.getLong(1), rs.getBoolean(17), rs.getLong(6),
                        facts(rs, strings(rs.getArray(16)))))
                .optional();
    }

    /**
     * The facts of many employees at once, by id, in the order the ids are given; an id without an employee
     * is left out. Two queries, whatever the number of employees: one for the employees with their records (each
     * kind of record gathered into an array of rows per employee), one for the paths of their units, each unit's
     * once. Callers with very many split them into chunks (a thousand is a good size) to keep memory bounded.
     */
    public Map<Long, EmployeeFacts> of(Collection<Long> employeeIds) {
        Long[] ids = new LinkedHashSet<>(employeeIds).toArray(Long[]::new);
        if (ids.length == 0) {
            return Map.of();
        }
        Map<Long, Long> units = new HashMap<>();
        Map<Long, EmployeeFacts> found = new HashMap<>();
        jdbc.sql(FACTS.formatted("null::text[]", "e.id = any(:ids)"))
                .param("ids", ids)
                .query(rs -> {
                    units.put(rs.getLong(1), rs.getLong(6));
                    found.put(rs.getLong(1), facts(rs, List.of()));
                });
        Map<Long, List<String>> paths = unitPaths(units.values().stream().distinct().toArray(Long[]::new));
        Map<Long, EmployeeFacts> facts = new LinkedHashMap<>();
        for (Long id : ids) {
            EmployeeFacts employee = found.get(id);
            if (employee != null) {
                facts.put(id, employee.withUnitPath(paths.get(units.get(id))));
            }
        }
        return facts;
    }

    /**
     * The employees named by the condition (second placeholder), each with all their records and the column the
     * first placeholder gives (the path of their unit, or none).
     */
    private static final String FACTS = """
            select e.id, e.nip, e.name, e.position_since, e.domicile, e.unit_id, d.ready, e.position, d.items,
                   array(select array[x.starts_on::text, x.ends_on::text, x.status]
                         from personnel_discipline x where x.employee_id = e.id order by x.starts_on, x.id),
                   array(select array[x.reason, x.starts_on::text, x.ends_on::text, x.request_number]
                         from personnel_special_circumstance x where x.employee_id = e.id order by x.starts_on, x.id),
                   array(select array[x.year::text, x.predikat]
                         from personnel_predicate x where x.employee_id = e.id),
                   array(select array[x.code, x.met::text]
                         from personnel_additional_criterion x where x.employee_id = e.id),
                   array(select m.group_id::text from policy_group_membership m where m.nip = e.nip),
                   array(select array[t.code, t.name, t.can_be_done_outside_office::text,
                                      t.no_special_room_or_equipment::text, t.doable_with_ict::text,
                                      t.minimal_face_to_face::text, t.no_continuous_supervision::text,
                                      t.must_be_outside_office::text, t.more_than_8h30_per_day::text,
                                      t.more_than_5_days_per_week::text, t.not_bound_to_institution_hours::text,
                                      array_to_string(t.infrastructure_needs, ',')]
                         from held_task t where t.employee_id = e.id order by t.code),
                   %s
            from employee_directory e left join personnel_infrastructure d on d.employee_id = e.id
            where %s""";

    /** One employee's facts, the path of their unit (column 16) and whether they are active (17). */
    private static final String ONE = FACTS.formatted("""
            array(select (select u.code from unit_directory u where u.id = a.unit_id)
                  from unit_above(array[e.unit_id]) a order by a.depth),
            e.active""", "%s");
    private static final String ONE_BY_ID = ONE.formatted("e.id = :id");
    private static final String ONE_BY_NIP = ONE.formatted("e.nip = :nip");

    private static EmployeeFacts facts(ResultSet rs, List<String> unitPath) throws SQLException {
        return new EmployeeFacts(rs.getString(2), rs.getString(3), unitPath, rs.getObject(4, LocalDate.class),
                rs.getString(5), discipline(rows(rs.getArray(10))), special(rows(rs.getArray(11))),
                predicates(rows(rs.getArray(12))), (Boolean) rs.getObject(7), additional(rows(rs.getArray(13))),
                tasks(rows(rs.getArray(15))), rs.getString(8), groups(strings(rs.getArray(14))),
                InfrastructureItem.of(strings(rs.getArray(9))));
    }

    /** For each unit, its code and those of its parents, the unit first. */
    private Map<Long, List<String>> unitPaths(Long[] unitIds) {
        Map<Long, List<String>> paths = new HashMap<>();
        jdbc.sql("""
                        select a.start_id,
                               array_agg((select u.code from unit_directory u where u.id = a.unit_id) order by a.depth)
                        from unit_above(:units) a group by a.start_id""")
                .param("units", unitIds)
                .query(rs -> {
                    paths.put(rs.getLong(1), List.of((String[]) rs.getArray(2).getArray()));
                });
        return paths;
    }

    // Each kind of record arrives as rows of text in the columns its array in the query above names; an employee
    // without records of a kind has null for it, as the rules expect.

    private static List<EmployeeFacts.DisciplineCase> discipline(List<String[]> rows) {
        return rows.isEmpty() ? null : rows.stream().map(r -> new EmployeeFacts.DisciplineCase(date(r[0]), date(r[1]),
                EmployeeFacts.DisciplineCase.Status.valueOf(r[2]))).toList();
    }

    private static List<EmployeeFacts.SpecialCircumstance> special(List<String[]> rows) {
        return rows.isEmpty() ? null : rows.stream().map(r -> new EmployeeFacts.SpecialCircumstance(r[0], date(r[1]),
                date(r[2]), r[3])).toList();
    }

    private static Map<Integer, Predikat> predicates(List<String[]> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        Map<Integer, Predikat> predicates = new HashMap<>();
        rows.forEach(r -> predicates.put(Integer.valueOf(r[0]), Predikat.valueOf(r[1])));
        return predicates;
    }

    private static Map<String, Boolean> additional(List<String[]> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        Map<String, Boolean> additional = new HashMap<>();
        rows.forEach(r -> additional.put(r[0], Boolean.valueOf(r[1])));
        return additional;
    }

    private static Set<String> groups(List<String> ids) {
        return ids.isEmpty() ? null : new HashSet<>(ids);
    }

    /** A task's code, name, criteria a-i, then its infrastructure needs as comma-separated names. */
    private static List<EmployeeFacts.Task> tasks(List<String[]> rows) {
        return rows.isEmpty() ? null : rows.stream().map(r -> new EmployeeFacts.Task(r[0], r[1], new TaskCriteria(
                        flag(r[2]), flag(r[3]), flag(r[4]), flag(r[5]), flag(r[6]), flag(r[7]), flag(r[8]), flag(r[9]),
                        flag(r[10])), InfrastructureItem.of(r[11] == null ? List.of() : List.of(r[11].split(",")))))
                .toList();
    }

    private static boolean flag(String text) {
        return Boolean.parseBoolean(text);
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    /** The rows of a two-dimensional text array; an empty array has none. */
    private static List<String[]> rows(java.sql.Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<String[]> rows = new ArrayList<>();
        for (Object row : (Object[]) array.getArray()) {
            rows.add((String[]) row);
        }
        return rows;
    }

    private static List<String> strings(java.sql.Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
