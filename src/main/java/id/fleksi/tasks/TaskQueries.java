package id.fleksi.tasks;

import id.fleksi.organisation.UnitRef;
import id.fleksi.organisation.UnitScope;
import id.fleksi.rules.InfrastructureItem;
import id.fleksi.rules.TaskCriteria;
import id.fleksi.shared.LikeText;
import id.fleksi.shared.web.Paged;
import id.fleksi.tasks.TaskViews.Assignee;
import id.fleksi.tasks.TaskViews.Qualifies;
import id.fleksi.tasks.TaskViews.TaskRecord;
import id.fleksi.tasks.TaskViews.TaskSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The task inventory read with SQL: one query per list or page. */
@Component
class TaskQueries {

    private static final String CRITERIA = """
            t.can_be_done_outside_office, t.no_special_room_or_equipment, t.doable_with_ict,
            t.minimal_face_to_face, t.no_continuous_supervision, t.must_be_outside_office,
            t.more_than_8h30_per_day, t.more_than_5_days_per_week, t.not_bound_to_institution_hours""";

    private final JdbcClient jdbc;

    TaskQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The tasks within the scope, filtered by unit code and a search in code and name, ordered by code. */
    Paged<TaskSummary> search(UnitScope scope, String unitCode, String search, int page, int size) {
        return search(scope, unitCode, search, false, page, size);
    }

    /** As {@link #search(UnitScope, String, String, int, int)}; {@code proposed}: only tasks with an open proposal. */
    Paged<TaskSummary> search(UnitScope scope, String unitCode, String search, boolean proposed, int page, int size) {
        if (scope.isEmpty()) {
            return new Paged<>(List.of(), page, size, 0);
        }
        StringBuilder where = new StringBuilder(" where true");
        List<Object> args = new ArrayList<>();
        if (!scope.wholeInstitution()) {
            where.append(" and t.unit_id in (").append("?,".repeat(scope.unitIds().size() - 1)).append("?)");
            args.addAll(scope.unitIds());
        }
        if (unitCode != null && !unitCode.isBlank()) {
            where.append(" and u.code = ?");
            args.add(unitCode.strip());
        }
        if (search != null && !search.isBlank()) {
            where.append(" and (t.code ilike ? or t.name ilike ?)");
            String like = "%" + LikeText.escape(search.strip()) + "%";
            args.add(like);
            args.add(like);
        }
        if (proposed) {
            where.append(" and exists (select 1 from task_proposal p where p.task_id = t.id and p.status = 'OPEN')");
        }
        String from = " from task t join unit_directory u on u.id = t.unit_id";
        long total = jdbc.sql("select count(*)" + from + where).params(args).query(Long.class).single();
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<TaskSummary> items = jdbc.sql("select t.code, t.name, u.code, u.name, " + CRITERIA
                        + ", (select count(*) from task_assignment a where a.task_id = t.id)"
                        + from + where + " order by t.code limit ? offset ?")
                .params(pageArgs)
                .query((rs, n) -> {
                    TaskCriteria criteria = criteria(rs, 5);
                    return new TaskSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            Qualifies.of(criteria), criteria.mustBeOutsideOfficeException(), rs.getLong(14));
                })
                .list();
        return new Paged<>(items, page, size, total);
    }

    Optional<TaskRecord> byCode(String code) {
        return jdbc.sql("""
                        select t.id, t.unit_id, t.code, t.name, u.code, u.name, t.char_type, t.char_environment,
                               t.char_social, t.char_mental_emotional, t.char_cognitive, %s, t.version,
                               t.infrastructure_needs
                        from task t join unit_directory u on u.id = t.unit_id where t.code = ?""".formatted(CRITERIA))
                .param(code)
                .query((rs, n) -> new TaskRecord(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6),
                        new TaskInput.Characteristics(rs.getString(7), rs.getString(8), rs.getString(9),
                                rs.getString(10), rs.getString(11)),
                        criteria(rs, 12), rs.getLong(21), InfrastructureItem.of(
                        List.of((String[]) rs.getArray(22).getArray())).stream().sorted().toList()))
                .optional();
    }

    List<Assignee> assignees(long taskId) {
        return jdbc.sql("""
                        select e.nip, e.name, u.code, e.position, e.active, a.assigned_on
                        from task_assignment a join employee_directory e on e.id = a.employee_id
                            join unit_directory u on u.id = e.unit_id
                        where a.task_id = ? order by e.name, e.nip""")
                .param(taskId)
                .query((rs, n) -> new Assignee(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), rs.getObject(6, java.time.LocalDate.class)))
                .list();
    }

    /** The units within the scope, for the unit filter and the form. */
    List<UnitRef> units(UnitScope scope) {
        return jdbc.sql("select id, code, name from unit_directory order by code")
                .query((rs, n) -> scope.includesUnit(rs.getLong(1)) ? new UnitRef(rs.getString(2), rs.getString(3))
                        : null)
                .list().stream().filter(java.util.Objects::nonNull).toList();
    }

    Optional<Long> unitIdByCode(String code) {
        return jdbc.sql("select id from unit_directory where code = ?").param(code).query(Long.class).optional();
    }

    String unitCodeOf(long unitId) {
        return jdbc.sql("select code from unit_directory where id = ?").param(unitId).query(String.class).single();
    }

    /** The task criteria of each task an employee holds, for the eligibility rules. */
    List<TaskInventory.HeldTask> heldBy(long employeeId) {
        return jdbc.sql("""
                        select t.code, t.name, %s
                        from task_assignment a join task t on t.id = a.task_id
                        where a.employee_id = ? order by t.code""".formatted(CRITERIA))
                .param(employeeId)
                .query((rs, n) -> new TaskInventory.HeldTask(rs.getString(1), rs.getString(2), criteria(rs, 3)))
                .list();
    }

    private static TaskCriteria criteria(ResultSet rs, int first) throws SQLException {
        return new TaskCriteria(rs.getBoolean(first), rs.getBoolean(first + 1), rs.getBoolean(first + 2),
                rs.getBoolean(first + 3), rs.getBoolean(first + 4), rs.getBoolean(first + 5),
                rs.getBoolean(first + 6), rs.getBoolean(first + 7), rs.getBoolean(first + 8));
    }
}
