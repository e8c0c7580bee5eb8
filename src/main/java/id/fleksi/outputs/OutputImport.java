package id.fleksi.outputs;

import id.fleksi.audit.AuditTrail;
import id.fleksi.shared.Actor;
import id.fleksi.shared.InstitutionTime;
import id.fleksi.shared.csv.CsvException;
import id.fleksi.shared.csv.CsvTable;
import id.fleksi.shared.csv.ImportReport;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * HR's import of outputs from another system's daily performance records (BKN's e-Kinerja, "Kinerja Harian"), a
 * CSV file of columns {@link #COLUMNS}, so that nobody types them twice. Every row or none: the file is read as it
 * arrives, in chunks of {@value #CHUNK} rows; each chunk is checked with one query for its employees, one for its
 * tasks and one for the records of the source stored before, and stored with one statement, all in one transaction
 * that is rolled back when any row is wrong. The rest of the file is still checked, so that the report lists every
 * problem (the first {@value #MAX_PROBLEMS} of them, and how many more). An imported output waits for the head's
 * review like one recorded in Fleksi. A record of the source imported before is left as it is when the row says
 * the same, changed while the head has not reviewed it yet, and otherwise refused at its line. The same record
 * twice in a file is told at the second line, across chunks too.
 */
@Service
public class OutputImport {

    /** The columns of the file and of its template, in the order the template shows them. */
    static final List<String> COLUMNS = List.of("id_kinerja", "nip", "tanggal", "kode_tugas", "uraian", "tautan");
    static final List<String> REQUIRED = List.of("id_kinerja", "nip", "tanggal", "uraian");
    /** The rows checked and stored at a time. */
    static final int CHUNK = 5_000;
    /** The problems a report lists; beyond them it says how many more there are. */
    static final int MAX_PROBLEMS = 200;
    /** The longest id of a record in its source. */
    static final int ID_MAX = 64;

    private static final Pattern SOURCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,39}");
    /** The row's fields in the order of the file's columns, each with its column. */
    private static final Map<String, String> COLUMN_OF = columns();

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Validator validator;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OutputImport(JdbcClient jdbc, AuditTrail audit, Validator validator, PlatformTransactionManager transactions,
                 Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.validator = validator;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * What an import did: the data rows read, how many outputs were stored new, how many changed and how many
     * said what was stored already; when it was refused, nothing was stored and {@code problems} lists the first
     * problems of the file by line (1 is the header) out of {@code problemCount}.
     */
    public record Result(boolean imported, int rows, int stored, int updated, int unchanged,
                         List<ImportReport.Problem> problems, int problemCount) {

        public Result {
            problems = List.copyOf(problems);
        }

        /** The problems found beyond those listed. */
        public int moreProblems() {
            return problemCount - problems.size();
        }

        static Result refused(int rows, ImportReport.Problem problem) {
            return new Result(false, rows, 0, 0, 0, List.of(problem), 1);
        }
    }

    /** Whether a source's name is one the outputs may carry: letters, digits, {@code _ . -}, at most 40. */
    static boolean isSource(String source) {
        return source != null && SOURCE.matcher(source).matches();
    }

    /**
     * Imports a file's outputs as recorded in {@code source}, or none of them.
     *
     * @param fileName the name of the file as sent, for the audit record
     */
    public Result importCsv(Actor actor, String source, String fileName, InputStream content) {
        if (!actor.isHr()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        if (!isSource(source)) {
            return Result.refused(0, ImportReport.Problem.of(0, "", "outputs.import.error.source"));
        }
        CsvTable.Reader reader;
        try {
            reader = CsvTable.read(content);
        } catch (CsvException unreadable) {
            return Result.refused(0, unreadable(unreadable));
        }
        List<String> missing = reader.missingColumns(REQUIRED);
        if (!missing.isEmpty()) {
            return Result.refused(0, ImportReport.Problem.of(1, "", "csv.error.missingColumns",
                    String.join(", ", missing)));
        }
        return transactions.execute(status -> {
            // one import of a source at a time: what is stored before is what each chunk is checked against
            jdbc.sql("""
                            select count(*) from (
                                select pg_advisory_xact_lock(hashtextextended('work_output_import:' || :source, 0))
                            ) locked""")
                    .param("source", source).query(Long.class).single();
            Run run = new Run(actor, source, clock.instant());
            run.readAll(reader);
            Result result = run.result();
            if (!result.imported()) {
                status.setRollbackOnly();
                return result;
            }
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("file", fileName);
            after.put("rows", result.rows());
            after.put("stored", result.stored());
            after.put("updated", result.updated());
            after.put("unchanged", result.unchanged());
            after.put("from", run.from.toString());
            after.put("to", run.to.toString());
            audit.record(actor, "OUTPUTS_IMPORTED", "WORK_OUTPUT", source, null, after);
            return result;
        });
    }

    private static ImportReport.Problem unreadable(CsvException unreadable) {
        return ImportReport.Problem.of(unreadable.line(), "", unreadable.messageKey(),
                String.valueOf(unreadable.line()));
    }

    /** One import's reading: its counts, its problems so far and the records seen. */
    private final class Run {

        private final Actor actor;
        private final String source;
        private final Instant at;
        private final LocalDate today;
        /** The ids of the records seen in the file, each with its first line. */
        private final Map<String, Integer> seen = new HashMap<>();
        private final List<ImportReport.Problem> problems = new ArrayList<>();
        private int problemCount;
        private int rows;
        private int stored;
        private int updated;
        private LocalDate from;
        private LocalDate to;

        Run(Actor actor, String source, Instant at) {
            this.actor = actor;
            this.source = source;
            this.at = at;
            this.today = InstitutionTime.today(clock);
        }

        void readAll(CsvTable.Reader reader) {
            List<CsvTable.Row> chunk = new ArrayList<>(CHUNK);
            try {
                while (reader.hasNext()) {
                    chunk.add(reader.next());
                    if (chunk.size() == CHUNK) {
                        take(chunk);
                        chunk.clear();
                    }
                }
            } catch (CsvException unreadable) {
                // the rest of the file cannot be told apart into rows: its rows so far are still checked
                take(chunk);
                chunk.clear();
                problem(unreadable(unreadable));
            }
            take(chunk);
            if (rows == 0 && problemCount == 0) {
                problem(ImportReport.Problem.of(1, "", "outputs.import.error.noRows"));
            }
        }

        /** Checks a chunk of rows, and stores it while the file has shown no problem. */
        private void take(List<CsvTable.Row> chunk) {
            if (chunk.isEmpty()) {
                return;
            }
            rows += chunk.size();
            List<ImportedOutput> entries = chunk.stream().map(OutputImport::entry).toList();
            Directory directory = directory(entries);
            Rows insert = new Rows(chunk.size());
            int fresh = 0;
            for (int index = 0; index < chunk.size(); index++) {
                CsvTable.Row row = chunk.get(index);
                ImportedOutput entry = entries.get(index);
                ImportReport.Problem problem = firstInvalid(row.line(), entry);
                if (problem == null) {
                    Integer first = seen.putIfAbsent(entry.externalId(), row.line());
                    if (first != null) {
                        problem = ImportReport.Problem.of(row.line(), "id_kinerja", "csv.error.duplicate",
                                String.valueOf(first));
                    }
                }
                if (problem == null) {
                    problem = problemWith(row.line(), entry, directory, insert, index);
                }
                if (problem != null) {
                    problem(problem);
                    continue;
                }
                LocalDate day = LocalDate.parse(insert.days[index]);
                from = from == null || day.isBefore(from) ? day : from;
                to = to == null || day.isAfter(to) ? day : to;
                Stored before = directory.stored.get(entry.externalId());
                if (before == null) {
                    fresh++;
                }
            }
            if (problemCount == 0) {
                int written = insert(actor, source, insert, at);
                stored += fresh;
                updated += written - fresh;
            }
        }

        /**
         * What the database says is wrong with a row whose values are well written, or null; fills the row's
         * columns of the insert when nothing is.
         */
        private ImportReport.Problem problemWith(int line, ImportedOutput entry, Directory directory, Rows insert,
                                                 int index) {
            Long employee = directory.employees.get(entry.nip());
            if (employee == null) {
                return ImportReport.Problem.of(line, "nip", "outputs.import.error.unknownNip", entry.nip());
            }
            LocalDate day = LocalDate.parse(entry.date());
            if (day.isAfter(today)) {
                return ImportReport.Problem.of(line, "tanggal", "outputs.import.error.future", entry.date());
            }
            if (day.getYear() < 1900) {
                return ImportReport.Problem.of(line, "tanggal", "outputs.error.date.format");
            }
            Long task = null;
            String code = blankToNull(entry.taskCode());
            if (code != null) {
                task = directory.tasks.get(code.toUpperCase(Locale.ROOT));
                if (task == null) {
                    return ImportReport.Problem.of(line, "kode_tugas", "outputs.import.error.unknownTask", code);
                }
                if (!directory.held.contains(employee + "/" + task)) {
                    return ImportReport.Problem.of(line, "kode_tugas", "outputs.import.error.taskNotHeld", code,
                            entry.nip());
                }
            }
            String description = entry.description().strip();
            String link = blankToNull(entry.link());
            Stored before = directory.stored.get(entry.externalId());
            if (before != null) {
                if (before.employee() != employee) {
                    return ImportReport.Problem.of(line, "nip", "outputs.import.error.otherEmployee",
                            entry.externalId(), before.nip());
                }
                boolean same = before.day().equals(day) && Objects.equals(before.task(), task)
                        && before.description().equals(description) && Objects.equals(before.link(), link);
                if (!same && before.status() != OutputStatus.SUBMITTED) {
                    return ImportReport.Problem.of(line, "id_kinerja", "outputs.import.error.reviewed",
                            entry.externalId());
                }
            }
            insert.ids[index] = entry.externalId();
            insert.employees[index] = employee;
            insert.days[index] = day.toString();
            insert.tasks[index] = task;
            insert.descriptions[index] = description;
            insert.links[index] = link;
            return null;
        }

        /**
         * The employees, tasks and stored records a chunk names, with one query each; the stored records are
         * locked until the import ends, so that no head reviews one while it is being changed.
         */
        private Directory directory(List<ImportedOutput> entries) {
            String[] nips = entries.stream().map(ImportedOutput::nip).filter(nip -> !nip.isEmpty()).distinct()
                    .toArray(String[]::new);
            Map<String, Long> employees = jdbc.sql("select nip, id from employee_directory where nip = any(:nips)")
                    .param("nips", nips).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
            String[] codes = entries.stream().map(ImportedOutput::taskCode).filter(code -> !code.isEmpty())
                    .map(code -> code.toUpperCase(Locale.ROOT)).distinct().toArray(String[]::new);
            Map<String, Long> tasks = codes.length == 0 ? Map.of() : jdbc.sql(
                            "select upper(code), id from task_directory where upper(code) = any(:codes)")
                    .param("codes", codes).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
            Set<String> held = tasks.isEmpty() || employees.isEmpty() ? Set.of() : new HashSet<>(jdbc.sql("""
                            select employee_id || '/' || task_id from held_task
                            where employee_id = any(:employees) and task_id = any(:tasks)""")
                    .param("employees", employees.values().stream().distinct().toArray(Long[]::new))
                    .param("tasks", tasks.values().toArray(Long[]::new)).query(String.class).list());
            String[] ids = entries.stream().map(ImportedOutput::externalId).filter(id -> !id.isEmpty()).distinct()
                    .toArray(String[]::new);
            Map<String, Stored> stored = new HashMap<>();
            jdbc.sql("""
                            select o.external_id, o.employee_id, e.nip, o.day, o.task_id, o.description, o.link,
                                   o.status
                            from work_output o join employee_directory e on e.id = o.employee_id
                            where o.source = :source and o.external_id = any(:ids)
                            for update of o""")
                    .param("source", source).param("ids", ids)
                    .query((rs, n) -> new Stored(rs.getString(1), rs.getLong(2), rs.getString(3),
                            rs.getObject(4, LocalDate.class), rs.getObject(5, Long.class), rs.getString(6),
                            rs.getString(7), OutputStatus.valueOf(rs.getString(8))))
                    .list().forEach(found -> stored.put(found.externalId(), found));
            return new Directory(employees, tasks, held, stored);
        }

        private void problem(ImportReport.Problem problem) {
            problemCount++;
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(problem);
            }
        }

        Result result() {
            if (problemCount > 0) {
                return new Result(false, rows, 0, 0, 0, problems, problemCount);
            }
            return new Result(true, rows, stored, updated, rows - stored - updated, List.of(), 0);
        }
    }

    /**
     * Stores a chunk's outputs with one set-based statement: a record of the source not stored before is added,
     * one stored and still waiting for review is changed where the row says something else, and one that says
     * what is stored already is left as it is.
     *
     * @return how many outputs were added or changed
     */
    private int insert(Actor actor, String source, Rows rows, Instant at) {
        return jdbc.sql("""
                        with written as (
                            insert into work_output as o (employee_id, day, task_id, description, link, source,
                                                          external_id, created_at, created_by)
                            select i.employee_id, i.day, i.task_id, i.description, i.link, :source, i.external_id,
                                   :at, :by
                            from unnest(cast(:ids as text[]), cast(:employees as bigint[]), cast(:days as date[]),
                                        cast(:tasks as bigint[]), cast(:descriptions as text[]),
                                        cast(:links as text[]))
                                 as i (external_id, employee_id, day, task_id, description, link)
                            on conflict (source, external_id) do update
                                set day = excluded.day, task_id = excluded.task_id,
                                    description = excluded.description, link = excluded.link
                                where o.status = 'SUBMITTED' and o.employee_id = excluded.employee_id
                                  and (o.day, o.task_id, o.description, o.link)
                                      is distinct from (excluded.day, excluded.task_id, excluded.description,
                                                        excluded.link)
                            returning 1)
                        select count(*) from written""")
                .param("source", source).param("at", Timestamp.from(at)).param("by", actor.username())
                .param("ids", rows.ids).param("employees", rows.employees).param("days", rows.days)
                .param("tasks", rows.tasks).param("descriptions", rows.descriptions).param("links", rows.links)
                .query(Integer.class).single();
    }

    /** The first problem of a row's values in the order of the columns, or null when they are well written. */
    private ImportReport.Problem firstInvalid(int line, ImportedOutput entry) {
        Map<String, String> found = new HashMap<>();
        for (ConstraintViolation<ImportedOutput> violation : validator.validate(entry)) {
            String template = violation.getMessageTemplate();
            if (template.startsWith("{") && template.endsWith("}")) {
                found.merge(violation.getPropertyPath().toString(), template.substring(1, template.length() - 1),
                        (first, second) -> first.compareTo(second) <= 0 ? first : second);
            }
        }
        for (Map.Entry<String, String> column : COLUMN_OF.entrySet()) {
            if (found.containsKey(column.getKey())) {
                return ImportReport.Problem.of(line, column.getValue(), found.get(column.getKey()));
            }
        }
        return null;
    }

    private static ImportedOutput entry(CsvTable.Row row) {
        return new ImportedOutput(row.text("id_kinerja"), row.text("nip"), row.text("tanggal"),
                row.text("kode_tugas"), row.text("uraian"), row.text("tautan"));
    }

    private static Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("externalId", "id_kinerja");
        columns.put("nip", "nip");
        columns.put("date", "tanggal");
        columns.put("taskCode", "kode_tugas");
        columns.put("description", "uraian");
        columns.put("link", "tautan");
        return columns;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** What a chunk's rows name: employees by NIP, tasks by code in capitals, who holds which, records stored. */
    private record Directory(Map<String, Long> employees, Map<String, Long> tasks, Set<String> held,
                             Map<String, Stored> stored) {
    }

    /** A record of the source stored before, as it stands. */
    private record Stored(String externalId, long employee, String nip, LocalDate day, Long task,
                          String description, String link, OutputStatus status) {
    }

    /** A chunk's outputs as the columns of one insert. */
    private static final class Rows {
        final String[] ids;
        final Long[] employees;
        final String[] days;
        final Long[] tasks;
        final String[] descriptions;
        final String[] links;

        Rows(int size) {
            ids = new String[size];
            employees = new Long[size];
            days = new String[size];
            tasks = new Long[size];
            descriptions = new String[size];
            links = new String[size];
        }
    }
}
