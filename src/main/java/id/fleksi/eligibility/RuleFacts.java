package id.fleksi.eligibility;

import id.fleksi.rules.EmployeeFacts;
import id.fleksi.rules.Predikat;
import id.fleksi.rules.TaskCriteria;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps what the database holds of an employee to the facts the rules read: one query per kind of fact,
 * straight from the tables the organisation and task modules keep.
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
        return jdbc.sql("select id from employee where nip = :nip").param("nip", nip).query(Long.class).optional();
    }

    public Optional<EmployeeFacts> of(long employeeId) {
        return jdbc.sql("""
                        select e.nip, e.name, e.position_since, e.domicile,
                               array(with recursive up(id, parent_id, depth) as (
                                         select u.id, u.parent_id, 0 from unit u where u.id = e.unit_id
                                         union all
                                         select p.id, p.parent_id, up.depth + 1 from unit p join up on p.id = up.parent_id
                                         where up.depth < 50)
                                     select u.code from up join unit u on u.id = up.id order by up.depth) as unit_path,
                               (select ready from infrastructure_declaration where employee_id = e.id) as ready
                        from employee e where e.id = :id""")
                .param("id", employeeId)
                .query((rs, n) -> new EmployeeFacts(rs.getString("nip"), rs.getString("name"),
                        List.of((String[]) rs.getArray("unit_path").getArray()),
                        rs.getObject("position_since", LocalDate.class), rs.getString("domicile"),
                        discipline(employeeId), specialCircumstances(employeeId), predicates(employeeId),
                        (Boolean) rs.getObject("ready"), additionalCriteria(employeeId), tasks(employeeId)))
                .optional();
    }

    private List<EmployeeFacts.DisciplineCase> discipline(long employeeId) {
        return jdbc.sql("select starts_on, ends_on, status from discipline_record where employee_id = :id order by starts_on")
                .param("id", employeeId)
                .query((rs, n) -> new EmployeeFacts.DisciplineCase(rs.getObject(1, LocalDate.class),
                        rs.getObject(2, LocalDate.class), EmployeeFacts.DisciplineCase.Status.valueOf(rs.getString(3))))
                .list();
    }

    private List<EmployeeFacts.SpecialCircumstance> specialCircumstances(long employeeId) {
        return jdbc.sql("""
                        select reason, starts_on, ends_on from special_circumstance where employee_id = :id
                        order by starts_on""")
                .param("id", employeeId)
                .query((rs, n) -> new EmployeeFacts.SpecialCircumstance(rs.getString(1),
                        rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)))
                .list();
    }

    private Map<Integer, Predikat> predicates(long employeeId) {
        Map<Integer, Predikat> byYear = new HashMap<>();
        jdbc.sql("select year, predikat from performance_predicate where employee_id = :id")
                .param("id", employeeId)
                .query(rs -> {
                    byYear.put(rs.getInt(1), Predikat.valueOf(rs.getString(2)));
                });
        return byYear;
    }

    private Map<String, Boolean> additionalCriteria(long employeeId) {
        Map<String, Boolean> met = new HashMap<>();
        jdbc.sql("select code, met from employee_additional_criterion where employee_id = :id")
                .param("id", employeeId)
                .query(rs -> {
                    met.put(rs.getString(1), rs.getBoolean(2));
                });
        return met;
    }

    private List<EmployeeFacts.Task> tasks(long employeeId) {
        return jdbc.sql("""
                        select t.code, t.name, t.can_be_done_outside_office, t.no_special_room_or_equipment,
                               t.doable_with_ict, t.minimal_face_to_face, t.no_continuous_supervision,
                               t.must_be_outside_office, t.more_than_8h30_per_day, t.more_than_5_days_per_week,
                               t.not_bound_to_institution_hours
                        from task_assignment a join task t on t.id = a.task_id
                        where a.employee_id = :id order by t.code""")
                .param("id", employeeId)
                .query((rs, n) -> new EmployeeFacts.Task(rs.getString(1), rs.getString(2), new TaskCriteria(
                        rs.getBoolean(3), rs.getBoolean(4), rs.getBoolean(5), rs.getBoolean(6), rs.getBoolean(7),
                        rs.getBoolean(8), rs.getBoolean(9), rs.getBoolean(10), rs.getBoolean(11))))
                .list();
    }
}
