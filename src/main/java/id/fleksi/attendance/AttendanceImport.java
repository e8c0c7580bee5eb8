package id.fleksi.attendance;

import id.fleksi.audit.AuditTrail;
import id.fleksi.shared.Actor;
import id.fleksi.shared.csv.CsvException;
import id.fleksi.shared.csv.CsvTable;
import id.fleksi.shared.csv.ImportReport;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * HR's import of attendance from a CSV file (columns {@link #COLUMNS}): every row or none, like a batch of the
 * API and with the same checks and messages. The file is read as it arrives, in chunks of {@value #CHUNK} rows:
 * each chunk is checked with one query for its employees and one for its offices and stored with the API's one
 * statement, all in one transaction that is rolled back when any row is wrong. The rest of the file is still
 * checked, so that the report lists every problem (the first {@value #MAX_PROBLEMS} of them, and how many more).
 * The same employee and day twice are told at the second line, across chunks too.
 */
@Service
public class AttendanceImport {

    /** The columns of the file and of its template, in the order the template shows them. */
    static final List<String> COLUMNS = List.of("nip", "tanggal", "masuk", "pulang", "tempat", "kode_kantor");
    static final List<String> REQUIRED = List.of("nip", "tanggal", "tempat");
    /** The rows checked and stored at a time, as many as one batch of the API. */
    static final int CHUNK = Attendance.MAX_RECORDS;
    /** The problems a report lists; beyond them it says how many more there are. */
    static final int MAX_PROBLEMS = 200;

    /** A time as a spreadsheet may save it, with a one-digit hour (7:30): read as 07:30. */
    private static final Pattern SHORT_HOUR = Pattern.compile("\\d:[0-5]\\d");
    /** The column each of the record checks' messages is about. */
    private static final Map<String, String> COLUMN_OF = Map.of(
            "attendance.error.nip", "nip",
            "attendance.error.unknownNip", "nip",
            "attendance.error.date", "tanggal",
            "attendance.error.future", "tanggal",
            "attendance.error.checkIn", "masuk",
            "attendance.error.checkOut", "pulang",
            "attendance.error.where", "tempat",
            "attendance.error.officeNotKantor", "kode_kantor",
            "attendance.error.officeUnit", "kode_kantor");

    private final Attendance attendance;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AttendanceImport(Attendance attendance, AuditTrail audit, PlatformTransactionManager transactions, Clock clock) {
        this.attendance = attendance;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * What an import did: the data rows read, how many were stored or changed and how many said what was stored
     * already; when it was refused, nothing was stored and {@code problems} lists the first problems of the file
     * by line (1 is the header) out of {@code problemCount}.
     */
    public record Result(boolean imported, int rows, int accepted, int unchanged,
                         List<ImportReport.Problem> problems, int problemCount) {

        public Result {
            problems = List.copyOf(problems);
        }

        /** The problems found beyond those listed. */
        public int moreProblems() {
            return problemCount - problems.size();
        }

        static Result refused(int rows, ImportReport.Problem problem) {
            return new Result(false, rows, 0, 0, List.of(problem), 1);
        }
    }

    /**
     * Imports a file's attendance as reported by {@code source}, or none of it.
     *
     * @param fileName the name of the file as sent, for the audit record
     */
    public Result importCsv(Actor actor, String source, String fileName, InputStream content) {
        if (!actor.isHr()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        if (!Attendance.isSource(source)) {
            return Result.refused(0, ImportReport.Problem.of(0, "", "attendance.import.error.source"));
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
            after.put("accepted", result.accepted());
            after.put("unchanged", result.unchanged());
            after.put("from", run.from.toString());
            after.put("to", run.to.toString());
            audit.record(actor, "ATTENDANCE_IMPORTED", "ATTENDANCE", source, null, after);
            return result;
        });
    }

    private static ImportReport.Problem unreadable(CsvException unreadable) {
        return ImportReport.Problem.of(unreadable.line(), "", unreadable.messageKey(),
                String.valueOf(unreadable.line()));
    }

    /** One import's reading: its counts, its problems so far and the days seen. */
    private final class Run {

        private final Actor actor;
        private final String source;
        private final Instant at;
        private final DayKeys seen = new DayKeys(CHUNK);
        private final List<ImportReport.Problem> problems = new ArrayList<>();
        private int problemCount;
        private int rows;
        private int accepted;
        private LocalDate from;
        private LocalDate to;

        Run(Actor actor, String source, Instant at) {
            this.actor = actor;
            this.source = source;
            this.at = at;
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
                problem(ImportReport.Problem.of(1, "", "attendance.import.error.noRows"));
            }
        }

        /** Checks a chunk of rows, and stores it while the file has shown no problem. */
        private void take(List<CsvTable.Row> chunk) {
            if (chunk.isEmpty()) {
                return;
            }
            rows += chunk.size();
            List<AttendanceBatch.Entry> entries = chunk.stream().map(AttendanceImport::entry).toList();
            Attendance.Checked checked = attendance.check(entries);
            for (int index = 0; index < chunk.size(); index++) {
                CsvTable.Row row = chunk.get(index);
                Attendance.Problem problem = checked.problem(index);
                if (problem != null) {
                    problem(ImportReport.Problem.of(row.line(), COLUMN_OF.getOrDefault(problem.key(), ""),
                            problem.key(), problem.args().toArray()));
                    continue;
                }
                LocalDate day = checked.day(index);
                int first = seen.putIfAbsent(checked.rows().employees[index], day, row.line());
                if (first >= 0) {
                    problem(ImportReport.Problem.of(row.line(), "tanggal", "csv.error.duplicate",
                            String.valueOf(first)));
                    continue;
                }
                from = from == null || day.isBefore(from) ? day : from;
                to = to == null || day.isAfter(to) ? day : to;
            }
            if (problemCount == 0) {
                accepted += attendance.insert(actor, source, checked.rows(), at);
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
                return new Result(false, rows, 0, 0, problems, problemCount);
            }
            return new Result(true, rows, accepted, rows - accepted, List.of(), 0);
        }
    }

    /** A row as a record of the API; a one-digit hour is read as the spreadsheet meant it. */
    private static AttendanceBatch.Entry entry(CsvTable.Row row) {
        return new AttendanceBatch.Entry(row.text("nip"), row.text("tanggal"), time(row.text("masuk")),
                time(row.text("pulang")), row.text("tempat"), row.text("kode_kantor"));
    }

    private static String time(String text) {
        return SHORT_HOUR.matcher(text).matches() ? "0" + text : text;
    }
}
