package id.fleksi.organisation;

import id.fleksi.audit.AuditTrail;
import id.fleksi.organisation.PersonnelFacts.DisciplineStatus;
import id.fleksi.rules.Predikat;
import id.fleksi.shared.Actor;
import id.fleksi.shared.csv.CsvException;
import id.fleksi.shared.csv.CsvTable;
import id.fleksi.shared.csv.ImportReport;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * HR's import of personnel records from CSV files laid out as SIASN exports them: disciplinary sanctions
 * (Pasal 25 ayat (1) huruf a) and yearly performance predicates (Pasal 8 ayat (2)–(3)), into the tables the
 * one-by-one pages of {@link PersonnelRecords} keep; and the SKP achievements of periods of appraisal as the
 * appraisal system exports them, which the evaluation compares (Pasal 35 ayat (3) huruf b). Every row or none: the file is read as it arrives, in chunks
 * of {@value #CHUNK} rows, each chunk's employees found with one query and its rows stored with one set-based
 * statement, all in one transaction rolled back when any row is wrong; the rest of the file is still checked so
 * that the report lists every problem (the first {@value #MAX_PROBLEMS}, and how many more). A disciplinary record
 * recorded or changed is announced as the one-by-one page does ({@link PersonnelChanged}), once per employee.
 */
@Service
public class PersonnelImport {

    /** The rows checked and stored at a time. */
    static final int CHUNK = 5_000;
    /** The problems a report lists; beyond them it says how many more there are. */
    static final int MAX_PROBLEMS = 200;

    private static final Pattern NIP = Pattern.compile("\\d{18}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /** A score of 0 to 100 with at most two decimals, after a comma or a dot. */
    private static final Pattern SCORE = Pattern.compile("\\d{1,3}([.,]\\d{1,2})?");
    /** The longest source kept with an achievement (the file's name). */
    static final int SOURCE_MAX = 200;

    /** What a file holds, with its columns in the order the template shows them. */
    public enum Kind {
        DISCIPLINE(List.of("nip", "mulai", "selesai", "status", "keterangan"), List.of("nip", "mulai", "status")),
        PERFORMANCE(List.of("nip", "tahun", "predikat"), List.of("nip", "tahun", "predikat")),
        ACHIEVEMENT(List.of("nip", "mulai", "selesai", "nilai", "predikat"),
                List.of("nip", "mulai", "selesai", "nilai"));

        private final List<String> columns;
        private final List<String> required;

        Kind(List<String> columns, List<String> required) {
            this.columns = columns;
            this.required = required;
        }

        public List<String> columns() {
            return columns;
        }
    }

    /**
     * What an import did: the data rows read, how many were stored new, updated, or said what was stored already;
     * when refused, nothing was stored and {@code problems} lists the first problems by line (1 is the header)
     * out of {@code problemCount}.
     */
    public record Result(boolean imported, Kind kind, int rows, int stored, int updated, int unchanged,
                         List<ImportReport.Problem> problems, int problemCount) {

        public Result {
            problems = List.copyOf(problems);
        }

        public int moreProblems() {
            return problemCount - problems.size();
        }

        static Result refused(Kind kind, ImportReport.Problem problem) {
            return new Result(false, kind, 0, 0, 0, 0, List.of(problem), 1);
        }
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    PersonnelImport(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events,
                    PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** Imports a file's records of one kind, or none of them. */
    public Result importCsv(Actor actor, Kind kind, String fileName, InputStream content) {
        if (!actor.isHr()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        CsvTable.Reader reader;
        try {
            reader = CsvTable.read(content);
        } catch (CsvException unreadable) {
            return Result.refused(kind, unreadable(unreadable));
        }
        List<String> missing = reader.missingColumns(kind.required);
        if (!missing.isEmpty()) {
            return Result.refused(kind, ImportReport.Problem.of(1, "", "csv.error.missingColumns",
                    String.join(", ", missing)));
        }
        return transactions.execute(status -> {
            Run run = new Run(actor, kind, fileName);
            run.readAll(reader);
            Result result = run.result();
            if (!result.imported()) {
                status.setRollbackOnly();
                return result;
            }
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("kind", kind.name());
            after.put("file", fileName);
            after.put("rows", result.rows());
            after.put("stored", result.stored());
            after.put("updated", result.updated());
            after.put("unchanged", result.unchanged());
            audit.record(actor, "PERSONNEL_IMPORTED", "PERSONNEL_RECORDS", kind.name(), null, after);
            run.changed.values().forEach(events::publishEvent);
            return result;
        });
    }

    private static ImportReport.Problem unreadable(CsvException unreadable) {
        return ImportReport.Problem.of(unreadable.line(), "", unreadable.messageKey(),
                String.valueOf(unreadable.line()));
    }

    /** The status of a disciplinary record as SIASN writes it, or as the application names it. */
    static Optional<DisciplineStatus> status(String text) {
        return switch (word(text)) {
            case "DALAM_PROSES", "IN_PROCESS" -> Optional.of(DisciplineStatus.IN_PROCESS);
            case "MENJALANI", "SEDANG_MENJALANI", "SERVING" -> Optional.of(DisciplineStatus.SERVING);
            default -> Optional.empty();
        };
    }

    /** A predicate by its code or its Indonesian words in any case ("Butuh Perbaikan"). */
    static Optional<Predikat> predikat(String text) {
        String word = word(text);
        for (Predikat predikat : Predikat.values()) {
            if (predikat.name().equals(word)) {
                return Optional.of(predikat);
            }
        }
        return Optional.empty();
    }

    /** A score of 0 to 100 with a decimal comma or dot ("87,5", "87.50"), or null when it is none. */
    static BigDecimal score(String text) {
        String plain = text.strip();
        if (!SCORE.matcher(plain).matches()) {
            return null;
        }
        BigDecimal score = new BigDecimal(plain.replace(',', '.'));
        return score.compareTo(BigDecimal.valueOf(100)) > 0 ? null : score;
    }

    private static String word(String text) {
        return text.strip().replaceAll("[\\s_-]+", "_").toUpperCase(Locale.ROOT);
    }

    /** A row checked: the values to store, or null with its problems told. */
    private record Checked(int line, String nip, String[] values) {
    }

    /** One import's reading: its counts, its problems so far and the keys seen. */
    private final class Run {

        private final Actor actor;
        private final Kind kind;
        private final String source;
        private final Map<String, Integer> seen = new HashMap<>();
        private final List<ImportReport.Problem> problems = new ArrayList<>();
        /** The change announced per employee: the earliest start and the latest end (null: open-ended). */
        private final Map<Long, PersonnelChanged> changed = new LinkedHashMap<>();
        private int problemCount;
        private int rows;
        private int stored;
        private int updated;
        private boolean locked;

        Run(Actor actor, Kind kind, String fileName) {
            this.actor = actor;
            this.kind = kind;
            String name = fileName == null ? "" : fileName.strip();
            this.source = name.isEmpty() ? null : name.substring(0, Math.min(name.length(), SOURCE_MAX));
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
                take(chunk);
                chunk.clear();
                problem(unreadable(unreadable));
            }
            take(chunk);
            if (rows == 0 && problemCount == 0) {
                problem(ImportReport.Problem.of(1, "", "personnel.import.error.noRows"));
            }
        }

        private void take(List<CsvTable.Row> chunk) {
            if (chunk.isEmpty()) {
                return;
            }
            rows += chunk.size();
            List<Checked> checked = new ArrayList<>(chunk.size());
            for (CsvTable.Row row : chunk) {
                Checked one = switch (kind) {
                    case DISCIPLINE -> discipline(row);
                    case PERFORMANCE -> performance(row);
                    case ACHIEVEMENT -> achievement(row);
                };
                if (one != null) {
                    checked.add(one);
                }
            }
            Map<String, Long> ids = employees(checked);
            List<Long> employees = new ArrayList<>(checked.size());
            List<String[]> values = new ArrayList<>(checked.size());
            for (Checked one : checked) {
                Long id = ids.get(one.nip());
                if (id == null) {
                    problem(ImportReport.Problem.of(one.line(), "nip", "personnel.import.error.unknownNip",
                            one.nip()));
                    continue;
                }
                String key = id + "|" + switch (kind) {
                    case DISCIPLINE -> one.values()[0] + "|" + one.values()[2];
                    case PERFORMANCE -> one.values()[0];
                    case ACHIEVEMENT -> one.values()[0] + "|" + one.values()[1];
                };
                Integer first = seen.putIfAbsent(key, one.line());
                if (first != null) {
                    problem(ImportReport.Problem.of(one.line(), kind == Kind.PERFORMANCE ? "tahun" : "mulai",
                            "csv.error.duplicate", String.valueOf(first)));
                    continue;
                }
                employees.add(id);
                values.add(one.values());
            }
            if (problemCount == 0 && !employees.isEmpty()) {
                switch (kind) {
                    case DISCIPLINE -> storeDiscipline(employees, values, ids);
                    case PERFORMANCE -> storePerformance(employees, values);
                    case ACHIEVEMENT -> storeAchievement(employees, values);
                }
            }
        }

        /** mulai, selesai, status, keterangan. */
        private Checked discipline(CsvTable.Row row) {
            int before = problemCount;
            String nip = nip(row);
            LocalDate from = date(row, "mulai", true);
            LocalDate to = date(row, "selesai", false);
            String statusText = row.text("status");
            Optional<DisciplineStatus> status = status(statusText);
            if (statusText.isEmpty()) {
                problem(ImportReport.Problem.of(row.line(), "status", "csv.error.required"));
            } else if (status.isEmpty()) {
                problem(ImportReport.Problem.of(row.line(), "status", "personnel.import.error.status", statusText));
            }
            String note = row.get("keterangan").orElse(null);
            if (note != null && note.length() > PersonnelInput.NOTE_MAX) {
                problem(ImportReport.Problem.of(row.line(), "keterangan", "personnel.import.error.note",
                        String.valueOf(PersonnelInput.NOTE_MAX)));
            }
            if (from != null && to != null && to.isBefore(from)) {
                problem(ImportReport.Problem.of(row.line(), "selesai", "personnel.import.error.endBeforeStart"));
            }
            if (problemCount > before) {
                return null;
            }
            return new Checked(row.line(), nip, new String[] {from.toString(), to == null ? null : to.toString(),
                    status.orElseThrow().name(), note});
        }

        /** tahun, predikat. */
        private Checked performance(CsvTable.Row row) {
            int before = problemCount;
            String nip = nip(row);
            String yearText = row.text("tahun");
            if (yearText.isEmpty()) {
                problem(ImportReport.Problem.of(row.line(), "tahun", "csv.error.required"));
            } else if (!YEAR.matcher(yearText).matches() || Integer.parseInt(yearText) < 2000
                    || Integer.parseInt(yearText) > 2100) {
                problem(ImportReport.Problem.of(row.line(), "tahun", "personnel.import.error.year", yearText));
            }
            String predikatText = row.text("predikat");
            Optional<Predikat> predikat = predikat(predikatText);
            if (predikatText.isEmpty()) {
                problem(ImportReport.Problem.of(row.line(), "predikat", "csv.error.required"));
            } else if (predikat.isEmpty()) {
                problem(ImportReport.Problem.of(row.line(), "predikat", "personnel.import.error.predikat",
                        predikatText));
            }
            if (problemCount > before) {
                return null;
            }
            return new Checked(row.line(), nip, new String[] {yearText, predikat.orElseThrow().name()});
        }

        /** mulai, selesai, nilai, predikat (optional): a period of at most a year and its SKP achievement. */
        private Checked achievement(CsvTable.Row row) {
            int before = problemCount;
            String nip = nip(row);
            LocalDate from = date(row, "mulai", true);
            LocalDate to = date(row, "selesai", true);
            if (from != null && to != null && to.isBefore(from)) {
                problem(ImportReport.Problem.of(row.line(), "selesai", "personnel.import.error.endBeforeStart"));
            } else if (from != null && to != null && !to.isBefore(from.plusYears(1))) {
                problem(ImportReport.Problem.of(row.line(), "selesai", "personnel.import.error.periodTooLong"));
            }
            String scoreText = row.text("nilai");
            BigDecimal score = null;
            if (scoreText.isEmpty()) {
                problem(ImportReport.Problem.of(row.line(), "nilai", "csv.error.required"));
            } else {
                score = score(scoreText);
                if (score == null) {
                    problem(ImportReport.Problem.of(row.line(), "nilai", "personnel.import.error.score", scoreText));
                }
            }
            String predikatText = row.text("predikat");
            Optional<Predikat> predikat = predikat(predikatText);
            if (!predikatText.isEmpty() && predikat.isEmpty()) {
                problem(ImportReport.Problem.of(row.line(), "predikat", "personnel.import.error.predikat",
                        predikatText));
            }
            if (problemCount > before) {
                return null;
            }
            return new Checked(row.line(), nip, new String[] {from.toString(), to.toString(),
                    score.toPlainString(), predikat.map(Predikat::name).orElse(null)});
        }

        private String nip(CsvTable.Row row) {
            String nip = row.text("nip");
            if (nip.startsWith("=\"") && nip.endsWith("\"")) {
                // written as a spreadsheet formula to keep its digits, as the application's own files do
                nip = nip.substring(2, nip.length() - 1);
            }
            if (nip.isEmpty()) {
                problem(ImportReport.Problem.of(row.line(), "nip", "csv.error.required"));
            } else if (!NIP.matcher(nip).matches()) {
                problem(ImportReport.Problem.of(row.line(), "nip", "personnel.import.error.nip", nip));
            }
            return nip;
        }

        private LocalDate date(CsvTable.Row row, String column, boolean required) {
            String text = row.text(column);
            if (text.isEmpty()) {
                if (required) {
                    problem(ImportReport.Problem.of(row.line(), column, "csv.error.required"));
                }
                return null;
            }
            Optional<LocalDate> date = DateText.Check.parse(text, false);
            if (date.isEmpty()) {
                problem(ImportReport.Problem.of(row.line(), column, "personnel.import.error.date", text));
                return null;
            }
            return date.get();
        }

        /** The ids of the chunk's employees by NIP, with one query. */
        private Map<String, Long> employees(List<Checked> checked) {
            Map<String, Long> ids = new HashMap<>();
            if (checked.isEmpty()) {
                return ids;
            }
            String[] nips = checked.stream().map(Checked::nip).distinct().toArray(String[]::new);
            jdbc.sql("select nip, id from employee where nip = any(cast(:nips as text[]))")
                    .param("nips", nips)
                    .query((java.sql.ResultSet rs) -> {
                        ids.put(rs.getString(1), rs.getLong(2));
                    });
            return ids;
        }

        /**
         * An achievement of the same employee and period is the same one: unchanged when its score and predicate are
         * the same, else they are corrected.
         */
        private void storeAchievement(List<Long> employees, List<String[]> values) {
            List<int[]> counts = jdbc.sql("""
                            with input as (
                                select * from unnest(cast(:employees as bigint[]), cast(:froms as date[]),
                                                     cast(:tos as date[]), cast(:scores as numeric[]),
                                                     cast(:predikats as text[]))
                                    as i (employee_id, period_from, period_to, score, predikat)),
                            before as (
                                select a.employee_id, a.period_from, a.period_to from performance_achievement a
                                join input i on i.employee_id = a.employee_id and i.period_from = a.period_from
                                            and i.period_to = a.period_to),
                            written as (
                                insert into performance_achievement as a (employee_id, period_from, period_to, score,
                                                                          predikat, source, recorded_by)
                                select employee_id, period_from, period_to, score, predikat, :source, :by from input
                                on conflict (employee_id, period_from, period_to) do update
                                    set score = excluded.score, predikat = excluded.predikat,
                                        source = excluded.source, recorded_by = excluded.recorded_by,
                                        recorded_at = now()
                                    where (a.score, a.predikat) is distinct from (excluded.score, excluded.predikat)
                                returning employee_id, period_from, period_to)
                            select count(*) filter (where b.employee_id is null),
                                   count(*) filter (where b.employee_id is not null)
                            from written w left join before b on b.employee_id = w.employee_id
                                and b.period_from = w.period_from and b.period_to = w.period_to""")
                    .param("employees", employees.toArray(Long[]::new))
                    .param("froms", values.stream().map(v -> v[0]).toArray(String[]::new))
                    .param("tos", values.stream().map(v -> v[1]).toArray(String[]::new))
                    .param("scores", values.stream().map(v -> v[2]).toArray(String[]::new))
                    .param("predikats", values.stream().map(v -> v[3]).toArray(String[]::new))
                    .param("source", source)
                    .param("by", actor.username())
                    .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).list();
            stored += counts.get(0)[0];
            updated += counts.get(0)[1];
        }

        private void storePerformance(List<Long> employees, List<String[]> values) {
            List<int[]> counts = jdbc.sql("""
                            with input as (
                                select * from unnest(cast(:employees as bigint[]), cast(:years as smallint[]),
                                                     cast(:predikats as text[])) as i (employee_id, year, predikat)),
                            before as (
                                select p.employee_id, p.year from performance_predicate p
                                join input i on i.employee_id = p.employee_id and i.year = p.year),
                            written as (
                                insert into performance_predicate as p (employee_id, year, predikat, recorded_by)
                                select employee_id, year, predikat, :by from input
                                on conflict (employee_id, year) do update
                                    set predikat = excluded.predikat, recorded_by = excluded.recorded_by,
                                        recorded_at = now()
                                    where p.predikat <> excluded.predikat
                                returning employee_id, year)
                            select count(*) filter (where b.employee_id is null),
                                   count(*) filter (where b.employee_id is not null)
                            from written w left join before b on b.employee_id = w.employee_id and b.year = w.year""")
                    .param("employees", employees.toArray(Long[]::new))
                    .param("years", values.stream().map(v -> v[0]).toArray(String[]::new))
                    .param("predikats", values.stream().map(v -> v[1]).toArray(String[]::new))
                    .param("by", actor.username())
                    .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).list();
            stored += counts.get(0)[0];
            updated += counts.get(0)[1];
        }

        /**
         * A row whose employee, start and status a stored record has is that record: unchanged when its end and
         * note are the same too, else the record is corrected (its version goes up, as on the page); any other row
         * is a new record. The table is locked against other writers meanwhile, so that two imports of one file
         * cannot both add its records.
         */
        private void storeDiscipline(List<Long> employees, List<String[]> values, Map<String, Long> ids) {
            if (!locked) {
                jdbc.sql("lock table discipline_record in share row exclusive mode").update();
                locked = true;
            }
            List<Object[]> written = jdbc.sql("""
                            with input as (
                                select * from unnest(cast(:employees as bigint[]), cast(:froms as date[]),
                                                     cast(:tos as date[]), cast(:statuses as text[]),
                                                     cast(:notes as text[])) with ordinality
                                    as i (employee_id, starts_on, ends_on, status, note, n)),
                            updated as (
                                update discipline_record d
                                set ends_on = i.ends_on, note = i.note, version = d.version + 1
                                from input i
                                where d.employee_id = i.employee_id and d.starts_on = i.starts_on
                                  and d.status = i.status
                                  and (d.ends_on, d.note) is distinct from (i.ends_on, i.note)
                                returning i.n, i.employee_id, i.starts_on, i.ends_on),
                            inserted as (
                                insert into discipline_record (employee_id, starts_on, ends_on, status, note,
                                                               recorded_by)
                                select i.employee_id, i.starts_on, i.ends_on, i.status, i.note, :by from input i
                                where not exists (select 1 from discipline_record d
                                                  where d.employee_id = i.employee_id and d.starts_on = i.starts_on
                                                    and d.status = i.status)
                                returning employee_id, starts_on, ends_on)
                            select distinct 'U' as what, n, employee_id, starts_on, ends_on from updated
                            union all
                            select 'I', null, employee_id, starts_on, ends_on from inserted""")
                    .param("employees", employees.toArray(Long[]::new))
                    .param("froms", values.stream().map(v -> v[0]).toArray(String[]::new))
                    .param("tos", values.stream().map(v -> v[1]).toArray(String[]::new))
                    .param("statuses", values.stream().map(v -> v[2]).toArray(String[]::new))
                    .param("notes", values.stream().map(v -> v[3]).toArray(String[]::new))
                    .param("by", actor.username())
                    .query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(3),
                            rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)})
                    .list();
            Map<Long, String> nips = new HashMap<>();
            ids.forEach((nip, id) -> nips.put(id, nip));
            for (Object[] row : written) {
                if ("U".equals(row[0])) {
                    updated++;
                } else {
                    stored++;
                }
                long employee = (Long) row[1];
                LocalDate from = (LocalDate) row[2];
                LocalDate to = (LocalDate) row[3];
                changed.merge(employee, new PersonnelChanged(PersonnelChanged.Cause.DISCIPLINE, employee,
                        nips.get(employee), from, to), (a, b) -> new PersonnelChanged(a.cause(), employee, a.nip(),
                        a.from().isBefore(b.from()) ? a.from() : b.from(),
                        a.to() == null || b.to() == null ? null : a.to().isAfter(b.to()) ? a.to() : b.to()));
            }
        }

        private void problem(ImportReport.Problem problem) {
            problemCount++;
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(problem);
            }
        }

        Result result() {
            if (problemCount > 0) {
                return new Result(false, kind, rows, 0, 0, 0, problems, problemCount);
            }
            return new Result(true, kind, rows, stored, updated, rows - stored - updated, List.of(), 0);
        }
    }
}
