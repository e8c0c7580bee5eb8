package id.fleksi.organisation;

import id.fleksi.audit.AuditTrail;
import id.fleksi.shared.Actor;
import id.fleksi.shared.SecretTokens;
import id.fleksi.shared.csv.CsvException;
import id.fleksi.shared.csv.CsvTable;
import id.fleksi.shared.csv.ImportReport;
import jakarta.validation.Validator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Adds many employees from a CSV file (columns {@value #HEADER}): all rows or none. Every row is checked in
 * memory like HR's form checks one employee, with one query for the NIPs that exist already and one for the
 * units; the file is refused with every problem at its line and column, or inserted in JDBC batches and
 * audited once.
 */
@Service
public class EmployeeImport {

    /** The columns, in the order the sample file shows them; their names are matched without regard to case. */
    public static final String HEADER = "nip,name,type,unitCode,position,positionSince,domicile,password";
    static final List<String> COLUMNS = List.of(HEADER.split(","));
    /** Without a password a row's initial password is made by Fleksi, shown once after the import. */
    static final List<String> OPTIONAL = List.of("domicile", "password");
    static final List<String> REQUIRED = COLUMNS.stream().filter(column -> !OPTIONAL.contains(column)).toList();
    /** The columns of the template HR downloads: the password is left out, for Fleksi to make. */
    static final List<String> TEMPLATE_COLUMNS = COLUMNS.stream().filter(column -> !column.equals("password"))
            .toList();
    /** More rows than an institution has employees is a mistake, not an import. */
    static final int MAX_ROWS = 50_000;

    private final EmployeeRegistration registration;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Validator validator;

    EmployeeImport(EmployeeRegistration registration, AuditTrail audit, JdbcTemplate jdbc, Clock clock,
                   Validator validator) {
        this.registration = registration;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.validator = validator;
    }

    @Transactional
    public Result importCsv(Actor actor, InputStream content) {
        UnitAdministration.requireHr(actor);
        CsvTable table;
        try {
            table = CsvTable.parse(content);
        } catch (CsvException unreadable) {
            return Result.of(ImportReport.refused(0, List.of(ImportReport.Problem.of(unreadable.line(), "",
                    unreadable.messageKey(), String.valueOf(unreadable.line())))));
        }
        List<CsvTable.Row> rows = table.rows();
        List<String> missing = table.missingColumns(REQUIRED);
        if (!missing.isEmpty()) {
            return Result.of(ImportReport.refused(rows.size(), List.of(ImportReport.Problem.of(1, "",
                    "csv.error.missingColumns", String.join(", ", missing)))));
        }
        if (rows.isEmpty()) {
            return Result.of(ImportReport.refused(0, List.of(ImportReport.Problem.of(1, "",
                    "org.import.error.noRows"))));
        }
        if (rows.size() > MAX_ROWS) {
            return Result.of(ImportReport.refused(rows.size(), List.of(ImportReport.Problem.of(1, "",
                    "org.import.error.tooManyRows", String.valueOf(MAX_ROWS)))));
        }
        Set<String> existing = existingNips(rows);
        Map<String, Long> units = unitIds();
        LocalDate today = LocalDate.now(clock);
        ImportReport.Problems problems = new ImportReport.Problems();
        Map<String, Integer> firstLineOf = new HashMap<>();
        List<EmployeeRegistration.NewEmployee> valid = new ArrayList<>();
        List<InitialPassword> made = new ArrayList<>();
        for (CsvTable.Row row : rows) {
            String given = row.get("password").orElse("");
            boolean make = given.isBlank();
            EmployeeAdministration.NewEmployeeInput input = new EmployeeAdministration.NewEmployeeInput(
                    row.text("nip"), row.text("name"), row.text("type"), row.text("unitCode"), row.text("position"),
                    row.text("positionSince"), row.text("domicile"), make ? null : given);
            List<FieldProblem> found = input.problems(validator, !make);
            EmployeeChecks.requireNewNip(input.nip(), existing::contains, found);
            EmployeeChecks.requireKnownUnit(input.unitCode(), units::containsKey, found);
            boolean validNip = found.stream().noneMatch(problem -> problem.field().equals("nip"));
            Integer first = validNip ? firstLineOf.putIfAbsent(input.nip(), row.line()) : null;
            if (first != null) {
                found.add(FieldProblem.of("nip", "csv.error.duplicate", String.valueOf(first)));
            }
            Violations.inOrder(found, EmployeeAdministration.NewEmployeeInput.class).forEach(problem ->
                    problems.add(row.line(), problem.field(), problem.messageKey(), problem.args().toArray()));
            if (found.isEmpty()) {
                EmployeeChecks.Details d = input.fields().details();
                String password = make ? SecretTokens.initialPassword() : given;
                Nip nip = Nip.check(input.nip(), today).nip();
                valid.add(new EmployeeRegistration.NewEmployee(nip, d.name(), d.type(), units.get(d.unitCode()),
                        d.unitCode(), d.position(), d.positionSince(), d.domicile(), password));
                if (make) {
                    made.add(new InitialPassword(nip.value(), d.name(), password));
                }
            }
        }
        if (!problems.isEmpty()) {
            return Result.of(ImportReport.refused(rows.size(), problems.list()));
        }
        registration.register(valid);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("count", valid.size());
        after.put("units", new TreeSet<>(valid.stream().map(EmployeeRegistration.NewEmployee::unitCode).toList()));
        after.put("initialPasswordsMade", made.size());
        audit.record(actor, "EMPLOYEES_IMPORTED", "EMPLOYEE_IMPORT", today + " " + actor.username(), null, after);
        return new Result(ImportReport.done(valid.size()), made);
    }

    /**
     * What an import did, with the initial passwords Fleksi made for the rows without one: to be shown to HR
     * once, kept nowhere (the accounts keep their hashes).
     */
    public record Result(ImportReport report, List<InitialPassword> initialPasswords) {

        public Result {
            initialPasswords = List.copyOf(initialPasswords);
        }

        static Result of(ImportReport refused) {
            return new Result(refused, List.of());
        }
    }

    /** An employee's initial password, to be handed over and changed at the first sign-in. */
    public record InitialPassword(String nip, String name, String password) {

        @Override
        public String toString() {
            return "InitialPassword[" + nip + "]";
        }
    }

    /** The NIPs of the file that some employee has already, in one query. */
    private Set<String> existingNips(List<CsvTable.Row> rows) {
        String[] nips = rows.stream().map(row -> row.text("nip")).filter(nip -> !nip.isEmpty())
                .distinct().toArray(String[]::new);
        Set<String> existing = new HashSet<>();
        jdbc.query("select nip from employee where nip = any(?)", rs -> {
            existing.add(rs.getString(1));
        }, (Object) nips);
        return existing;
    }

    /** Every unit's id by its code, in one query. */
    private Map<String, Long> unitIds() {
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("select code, id from unit", rs -> {
            ids.put(rs.getString(1), rs.getLong(2));
        });
        return ids;
    }
}
