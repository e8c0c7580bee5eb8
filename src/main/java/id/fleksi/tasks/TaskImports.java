package id.fleksi.tasks;

import id.fleksi.audit.AuditTrail;
import id.fleksi.shared.Actor;
import id.fleksi.shared.csv.CsvException;
import id.fleksi.shared.csv.CsvTable;
import id.fleksi.shared.csv.ImportReport;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Imports the task inventory and the assignments from CSV files: every row valid and all imported, or
 * nothing imported and a report that names each line and column to correct. Rows go in with JDBC batches.
 */
@Service
class TaskImports {

    /** The columns of a task file: code, name, unit, Pasal 9 ayat (1) huruf a–e, then the nine criteria. */
    static final List<String> TASK_COLUMNS;
    static final List<String> ASSIGNMENT_COLUMNS = List.of("taskCode", "nip");

    static {
        List<String> columns = new ArrayList<>(List.of("code", "name", "unitCode"));
        columns.addAll(TaskInput.Characteristics.FIELDS);
        columns.addAll(TaskInput.Criteria.FIELDS);
        TASK_COLUMNS = List.copyOf(columns);
    }

    private static final Map<String, Boolean> BOOLEANS = Map.of("true", true, "false", false, "ya", true,
            "tidak", false, "1", true, "0", false);
    private static final int BATCH = 1000;

    private final TaskService service;
    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    TaskImports(TaskService service, JdbcTemplate jdbc, AuditTrail audit, Clock clock) {
        this.service = service;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ImportReport importTasks(Actor actor, InputStream content) {
        return importFile(actor, content, TASK_COLUMNS, table -> tasks(actor, table));
    }

    @Transactional
    public ImportReport importAssignments(Actor actor, InputStream content) {
        return importFile(actor, content, ASSIGNMENT_COLUMNS, table -> assignments(actor, table));
    }

    /**
     * What both imports share: HR only; a file that cannot be read, lacks a column or has no rows is refused
     * before any row is checked.
     */
    private static ImportReport importFile(Actor actor, InputStream content, List<String> columns,
                                           Function<CsvTable, ImportReport> rows) {
        TaskService.requireHr(actor);
        CsvTable table;
        try {
            table = content == null ? CsvTable.parse(new byte[0]) : CsvTable.parse(content);
        } catch (CsvException unreadable) {
            return ImportReport.refused(0, List.of(ImportReport.Problem.of(unreadable.line(), null,
                    unreadable.messageKey(), String.valueOf(unreadable.line()))));
        }
        List<String> missing = table.missingColumns(columns);
        if (!missing.isEmpty()) {
            return ImportReport.refused(table.rows().size(), List.of(ImportReport.Problem.of(1, null,
                    "csv.error.missingColumns", String.join(", ", missing))));
        }
        if (table.rows().isEmpty()) {
            return ImportReport.refused(0, List.of(ImportReport.Problem.of(1, null, "task.import.error.noRows")));
        }
        return rows.apply(table);
    }

    private ImportReport tasks(Actor actor, CsvTable table) {
        Map<String, Long> units = new HashMap<>();
        jdbc.query("select code, id from unit_directory", rs -> {
            units.put(rs.getString(1), rs.getLong(2));
        });
        java.util.Set<String> existing = new java.util.HashSet<>(jdbc.queryForList("select code from task",
                String.class));
        ImportReport.Problems problems = new ImportReport.Problems();
        Map<String, Integer> firstLine = new HashMap<>();
        List<Object[]> inserts = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            Map<String, String> invalid = new LinkedHashMap<>();
            Map<String, Boolean> criteria = new HashMap<>();
            for (String field : TaskInput.Criteria.FIELDS) {
                String text = row.text(field).toLowerCase(Locale.ROOT);
                if (text.isEmpty()) {
                    invalid.put(field, "csv.error.required");
                } else if (!BOOLEANS.containsKey(text)) {
                    invalid.put(field, "task.error.boolean");
                } else {
                    criteria.put(field, BOOLEANS.get(text));
                }
            }
            TaskInput input = new TaskInput(row.text("code"), row.text("name"), row.text("unitCode"),
                    new TaskInput.Characteristics(row.text("type"), row.text("environment"), row.text("social"),
                            row.text("mentalEmotional"), row.text("cognitive")),
                    TaskInput.Criteria.of(criteria), null);
            service.problems(input).forEach((path, key) -> invalid.putIfAbsent(column(path), key));
            String code = TaskInput.normalCode(input.code());
            Long unitId = units.get(input.unitCode());
            if (!input.unitCode().isEmpty() && unitId == null) {
                invalid.putIfAbsent("unitCode", "task.error.unit.unknown");
            }
            if (!code.isEmpty() && !invalid.containsKey("code")) {
                Integer earlier = firstLine.putIfAbsent(code, row.line());
                if (earlier != null) {
                    invalid.put("code", "csv.error.duplicate");
                    problems.add(row.line(), "code", "csv.error.duplicate", String.valueOf(earlier));
                } else if (existing.contains(code)) {
                    invalid.put("code", "task.error.code.taken");
                }
            }
            invalid.forEach((column, key) -> {
                if (!"csv.error.duplicate".equals(key)) {
                    problems.add(row.line(), column, key);
                }
            });
            if (invalid.isEmpty()) {
                TaskInput.Characteristics c = input.characteristics();
                List<Object> values = new ArrayList<>(List.of(code, input.name().strip(), unitId, c.type().strip(),
                        c.environment().strip(), c.social().strip(), c.mentalEmotional().strip(),
                        c.cognitive().strip()));
                values.addAll(input.criteria().asMap().values());
                inserts.add(values.toArray());
            }
        }
        if (!problems.isEmpty()) {
            return ImportReport.refused(table.rows().size(), problems.list());
        }
        insertInBatches("""
                insert into task (code, name, unit_id, char_type, char_environment, char_social,
                                  char_mental_emotional, char_cognitive, can_be_done_outside_office,
                                  no_special_room_or_equipment, doable_with_ict, minimal_face_to_face,
                                  no_continuous_supervision, must_be_outside_office, more_than_8h30_per_day,
                                  more_than_5_days_per_week, not_bound_to_institution_hours)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", inserts);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("rows", inserts.size());
        after.put("codes", inserts.stream().map(values -> values[0]).toList());
        audit.record(actor, "TASKS_IMPORTED", "TASK_IMPORT", clock.instant().toString(), null, after);
        return ImportReport.done(inserts.size());
    }

    private ImportReport assignments(Actor actor, CsvTable table) {
        Map<String, Long> taskIds = new HashMap<>();
        jdbc.query("select code, id from task", rs -> {
            taskIds.put(rs.getString(1), rs.getLong(2));
        });
        Map<String, long[]> employees = new HashMap<>();
        jdbc.query("select nip, id, active from employee_directory", rs -> {
            employees.put(rs.getString(1), new long[] {rs.getLong(2), rs.getBoolean(3) ? 1 : 0});
        });
        ImportReport.Problems problems = new ImportReport.Problems();
        Map<String, Integer> firstLine = new HashMap<>();
        List<Object[]> inserts = new ArrayList<>();
        List<List<String>> pairs = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String taskCode = TaskInput.normalCode(row.text("taskCode"));
            String nip = row.text("nip");
            boolean valid = true;
            Long taskId = taskIds.get(taskCode);
            if (taskCode.isEmpty()) {
                problems.add(row.line(), "taskCode", "csv.error.required");
                valid = false;
            } else if (taskId == null) {
                problems.add(row.line(), "taskCode", "task.error.task.unknown");
                valid = false;
            }
            long[] employee = employees.get(nip);
            if (nip.isEmpty()) {
                problems.add(row.line(), "nip", "csv.error.required");
                valid = false;
            } else if (employee == null) {
                problems.add(row.line(), "nip", "task.error.employee.unknown");
                valid = false;
            } else if (employee[1] == 0) {
                problems.add(row.line(), "nip", "task.error.employee.inactive");
                valid = false;
            }
            if (!valid) {
                continue;
            }
            Integer earlier = firstLine.putIfAbsent(taskCode + "/" + nip, row.line());
            if (earlier != null) {
                problems.add(row.line(), "nip", "csv.error.duplicate", String.valueOf(earlier));
                continue;
            }
            inserts.add(new Object[] {taskId, employee[0]});
            pairs.add(List.of(taskCode, nip));
        }
        if (!problems.isEmpty()) {
            return ImportReport.refused(table.rows().size(), problems.list());
        }
        insertInBatches("""
                insert into task_assignment (task_id, employee_id) values (?, ?)
                on conflict (task_id, employee_id) do nothing""", inserts);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("rows", inserts.size());
        after.put("assignments", pairs);
        audit.record(actor, "ASSIGNMENTS_IMPORTED", "TASK_ASSIGNMENT_IMPORT", clock.instant().toString(), null,
                after);
        return ImportReport.done(inserts.size());
    }

    private void insertInBatches(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(from + BATCH, rows.size())));
        }
    }

    /** The CSV column of a field of {@link TaskInput}: the part after "characteristics." or "criteria.". */
    private static String column(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
