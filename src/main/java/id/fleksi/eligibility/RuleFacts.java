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
 * Maps what the database holds of an employee to the facts the rules read: one query per kind of fact,
 * from the views the organisation and task modules publish. {@link #of(Collection)} does the same for
 * many employees at once, still one query per kind of fact, so a list of a thousand costs nine queries.
 */
@Service
@Transactional(readOnly = true)
public class RuleFacts {

    private final JdbcClient jdbc;

    RuleFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The employee with this NIP, by id, if there is one. */
    public Optional<Long> employeeId(String nip) {
        return jdbc.sql("select id from employee_directory where nip = :nip").param("nip", nip)
                .query(Long.class).optional();
    }

    public Optional<EmployeeFacts> of(long employeeId) {
        return Optional.ofNullable(of(List.of(employeeId)).get(employeeId));
    }

    /**
     * The facts of many employees at once, by id, in the order the ids are given; an id without an employee
     * is left out. One query per kind of fact whatever the number of employees: callers with very many
     * split them into chunks (a thousand is a good size) to keep memory bounded.
     */
    public Map<Long, EmployeeFacts> of(Collection<Long> employeeIds) {
        Long[] ids = new LinkedHashSet<>(employeeIds).toArray(Long[]::new);
        if (ids.length == 0) {
            return Map.of();
        }
        Map<Long, Base> bases = new HashMap<>();
        jdbc.sql("""
                        select e.id, e.nip, e.name, e.position_since, e.domicile, e.unit_id, d.ready, e.position, d.items
                        from employee_directory e left join personnel_infrastructure d on d.employee_id = e.id
                        where e.id = any(:ids)""")
                .param("ids", ids)
                .query(rs -> {
                    bases.put(rs.getLong(1), new Base(rs.getString(2), rs.getString(3),
                            rs.getObject(4, LocalDate.class), rs.getString(5), rs.getLong(6), (Boolean) rs.getObject(7),
                            rs.getString(8), InfrastructureItem.of(strings(rs.getArray(9)))));
                });
        Map<Long, List<String>> unitPaths = unitPaths(bases.values().stream().map(Base::unitId).distinct()
                .toArray(Long[]::new));

        Map<Long, List<EmployeeFacts.DisciplineCase>> discipline = new HashMap<>();
        jdbc.sql("""
                        select employee_id, starts_on, ends_on, status from personnel_discipline
                        where employee_id = any(:ids) order by employee_id, starts_on, id""")
                .param("ids", ids)
                .query(rs -> {
                    discipline.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new EmployeeFacts.DisciplineCase(rs.getObject(2, LocalDate.class),
                                    rs.getObject(3, LocalDate.class),
                                    EmployeeFacts.DisciplineCase.Status.valueOf(rs.getString(4))));
                });
        Map<Long, List<EmployeeFacts.SpecialCircumstance>> special = new HashMap<>();
        jdbc.sql("""
                        select employee_id, reason, starts_on, ends_on, request_number from personnel_special_circumstance
                        where employee_id = any(:ids) order by employee_id, starts_on, id""")
                .param("ids", ids)
                .query(rs -> {
                    special.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new EmployeeFacts.SpecialCircumstance(rs.getString(2),
                                    rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class),
                                    rs.getString(5)));
                });
        Map<Long, Map<Integer, Predikat>> predicates = new HashMap<>();
        jdbc.sql("select employee_id, year, predikat from personnel_predicate where employee_id = any(:ids)")
                .param("ids", ids)
                .query(rs -> {
                    predicates.computeIfAbsent(rs.getLong(1), id -> new HashMap<>())
                            .put(rs.getInt(2), Predikat.valueOf(rs.getString(3)));
                });
        Map<Long, Map<String, Boolean>> additional = new HashMap<>();
        jdbc.sql("select employee_id, code, met from personnel_additional_criterion where employee_id = any(:ids)")
                .param("ids", ids)
                .query(rs -> {
                    additional.computeIfAbsent(rs.getLong(1), id -> new HashMap<>())
                            .put(rs.getString(2), rs.getBoolean(3));
                });
        // the PPK's named groups each employee belongs to (published by policy), for the scoped settings
        Map<Long, Set<String>> groups = new HashMap<>();
        jdbc.sql("""
                        select e.id, m.group_id from employee_directory e
                        join policy_group_membership m on m.nip = e.nip where e.id = any(:ids)""")
                .param("ids", ids)
                .query(rs -> {
                    groups.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(String.valueOf(rs.getLong(2)));
                });
        Map<Long, List<EmployeeFacts.Task>> tasks = new HashMap<>();
        jdbc.sql("""
                        select t.employee_id, t.code, t.name, t.can_be_done_outside_office,
                               t.no_special_room_or_equipment, t.doable_with_ict, t.minimal_face_to_face,
                               t.no_continuous_supervision, t.must_be_outside_office, t.more_than_8h30_per_day,
                               t.more_than_5_days_per_week, t.not_bound_to_institution_hours,
                               t.infrastructure_needs
                        from held_task t
                        where t.employee_id = any(:ids) order by t.employee_id, t.code""")
                .param("ids", ids)
                .query(rs -> {
                    EmployeeFacts.Task task = task(rs, 2);
                    tasks.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new EmployeeFacts.Task(
                            task.code(), task.name(), task.criteria(), InfrastructureItem.of(strings(rs.getArray(13)))));
                });

        Map<Long, EmployeeFacts> facts = new LinkedHashMap<>();
        for (Long id : ids) {
            Base base = bases.get(id);
            if (base != null) {
                facts.put(id, new EmployeeFacts(base.nip(), base.name(), unitPaths.get(base.unitId()),
                        base.positionSince(), base.domicile(), discipline.get(id), special.get(id),
                        predicates.get(id), base.infrastructureReady(), additional.get(id), tasks.get(id),
                        base.position(), groups.get(id), base.infrastructureItems()));
            }
        }
        return facts;
    }

    /** For each unit, its code and those of its parents, the unit first. */
    private Map<Long, List<String>> unitPaths(Long[] unitIds) {
        Map<Long, List<String>> paths = new HashMap<>();
        jdbc.sql("""
                        select a.start_id, array_agg(u.code order by a.depth)
                        from unit_above(:units) a join unit_directory u on u.id = a.unit_id
                        group by a.start_id""")
                .param("units", unitIds)
                .query(rs -> {
                    paths.put(rs.getLong(1), List.of((String[]) rs.getArray(2).getArray()));
                });
        return paths;
    }

    /** A task with its criteria, read from the columns starting at {@code first}: code, name, then a-i. */
    private static EmployeeFacts.Task task(ResultSet rs, int first) throws SQLException {
        return new EmployeeFacts.Task(rs.getString(first), rs.getString(first + 1), new TaskCriteria(
                rs.getBoolean(first + 2), rs.getBoolean(first + 3), rs.getBoolean(first + 4),
                rs.getBoolean(first + 5), rs.getBoolean(first + 6), rs.getBoolean(first + 7),
                rs.getBoolean(first + 8), rs.getBoolean(first + 9), rs.getBoolean(first + 10)));
    }

    private static List<String> strings(java.sql.Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private record Base(String nip, String name, LocalDate positionSince, String domicile, long unitId,
                        Boolean infrastructureReady, String position,
                        java.util.Set<InfrastructureItem> infrastructureItems) {
    }
}
