package id.fleksi.organisation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The checks of an employee's fields, the same for HR's form, the API and each row of an import. Input
 * arrives as text (a form, a JSON body or a CSV cell) so that every wrong value is reported at its field.
 * Field names equal the JSON properties and the CSV columns.
 */
final class EmployeeChecks {

    static final int MAX_NAME = 200;
    static final int MAX_POSITION = 200;
    static final int MAX_DOMICILE = 500;
    /** bcrypt reads 72 bytes of a password and refuses more: UTF-8 bytes, so fewer letters outside ASCII. */
    static final int MAX_PASSWORD = 72;

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    /** How a spreadsheet in an Indonesian locale writes a date. */
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private EmployeeChecks() {
    }

    /** What an employee's checked fields say, apart from the NIP and the password. */
    record Details(String name, EmployeeType type, String unitCode, String position, LocalDate positionSince,
                   String domicile) {
    }

    /**
     * Checks the fields HR may edit; each problem goes to {@code problems}.
     *
     * @param unitKnown whether a unit with the (upper-case) code exists
     * @return the values when all are valid
     */
    static Optional<Details> details(String name, String type, String unitCode, String position,
                                     String positionSince, String domicile, Predicate<String> unitKnown,
                                     List<FieldProblem> problems) {
        int before = problems.size();
        String cleanName = text(name);
        if (cleanName.isEmpty()) {
            problems.add(FieldProblem.of("name", "org.error.required"));
        } else if (cleanName.length() > MAX_NAME) {
            problems.add(FieldProblem.of("name", "org.error.tooLong", String.valueOf(MAX_NAME)));
        }
        Optional<EmployeeType> cleanType = type(type);
        if (text(type).isEmpty()) {
            problems.add(FieldProblem.of("type", "org.error.required"));
        } else if (cleanType.isEmpty()) {
            problems.add(FieldProblem.of("type", "org.employee.error.type", text(type)));
        }
        String code = text(unitCode).toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            problems.add(FieldProblem.of("unitCode", "org.error.required"));
        } else if (!unitKnown.test(code)) {
            problems.add(FieldProblem.of("unitCode", "org.employee.error.unknownUnit", code));
        }
        String cleanPosition = text(position);
        if (cleanPosition.isEmpty()) {
            problems.add(FieldProblem.of("position", "org.error.required"));
        } else if (cleanPosition.length() > MAX_POSITION) {
            problems.add(FieldProblem.of("position", "org.error.tooLong", String.valueOf(MAX_POSITION)));
        }
        Optional<LocalDate> since = date(positionSince);
        if (text(positionSince).isEmpty()) {
            problems.add(FieldProblem.of("positionSince", "org.error.required"));
        } else if (since.isEmpty()) {
            problems.add(FieldProblem.of("positionSince", "org.error.date", text(positionSince)));
        }
        String cleanDomicile = text(domicile);
        if (cleanDomicile.length() > MAX_DOMICILE) {
            problems.add(FieldProblem.of("domicile", "org.error.tooLong", String.valueOf(MAX_DOMICILE)));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Details(cleanName, cleanType.orElseThrow(), code, cleanPosition, since.orElseThrow(),
                cleanDomicile.isEmpty() ? null : cleanDomicile));
    }

    /** Checks a new employee's NIP (its parts, and that no employee has it yet). */
    static Optional<Nip> nip(String nip, LocalDate today, Predicate<String> taken, List<FieldProblem> problems) {
        Nip.Check check = Nip.check(nip, today);
        if (!check.valid()) {
            problems.add(new FieldProblem("nip", check.messageKey(), check.args()));
            return Optional.empty();
        }
        if (taken.test(check.nip().value())) {
            problems.add(FieldProblem.of("nip", "org.employee.error.nipTaken", check.nip().value()));
            return Optional.empty();
        }
        return Optional.of(check.nip());
    }

    /** Checks an initial password: long enough, not too long, not the NIP itself. */
    static Optional<String> initialPassword(String password, String nip, int minLength, List<FieldProblem> problems) {
        if (password == null || password.isBlank()) {
            problems.add(FieldProblem.of("password", "org.error.required"));
        } else if (password.length() < minLength) {
            problems.add(FieldProblem.of("password", "org.employee.error.passwordShort", String.valueOf(minLength)));
        } else if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD) {
            problems.add(FieldProblem.of("password", "org.error.tooLong", String.valueOf(MAX_PASSWORD)));
        } else if (password.strip().equals(text(nip))) {
            problems.add(FieldProblem.of("password", "org.employee.error.passwordIsNip"));
        } else {
            return Optional.of(password);
        }
        return Optional.empty();
    }

    /** PNS, PPPK or PPPK_PARUH_WAKTU, in any case, with spaces or dashes for the underscore. */
    static Optional<EmployeeType> type(String value) {
        String normal = text(value).toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Optional.ofNullable(TYPES.get(normal));
    }

    /** A date as 2024-01-31, or as a spreadsheet writes it, 31/01/2024. */
    static Optional<LocalDate> date(String value) {
        String clean = text(value);
        for (DateTimeFormatter format : List.of(ISO, DAY_FIRST)) {
            try {
                return Optional.of(LocalDate.parse(clean, format));
            } catch (DateTimeParseException notThisFormat) {
                // try the next one
            }
        }
        return Optional.empty();
    }

    static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static final Map<String, EmployeeType> TYPES = Map.of(
            "PNS", EmployeeType.PNS, "PPPK", EmployeeType.PPPK,
            "PPPK_PARUH_WAKTU", EmployeeType.PPPK_PARUH_WAKTU);
}
