package id.fleksi.organisation;

import jakarta.validation.constraints.NotBlank;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * An employee's fields, the same for HR's form, the API and each row of an import, with their constraints. Input
 * arrives as text (a form, a JSON body or a CSV cell) so that every wrong value is reported at its field. Field
 * names equal the JSON properties and the CSV columns. What needs the database (a NIP already taken, an unknown
 * unit) is checked here too, after the constraints.
 */
final class EmployeeChecks {

    static final int MAX_NAME = 200;
    static final int MAX_POSITION = 200;
    static final int MAX_DOMICILE = 500;

    private static final String REQUIRED = "{org.error.required}";

    private EmployeeChecks() {
    }

    /** The fields HR may edit, as text to be checked. */
    record Fields(@NotBlank(message = REQUIRED) @TextLength(max = MAX_NAME) String name,
                  @NotBlank(message = REQUIRED)
                  @Choice(of = EmployeeType.class, looseSeparators = true, message = "{org.employee.error.type}")
                  String type,
                  @NotBlank(message = REQUIRED) String unitCode,
                  @NotBlank(message = REQUIRED) @TextLength(max = MAX_POSITION) String position,
                  @NotBlank(message = REQUIRED) @DateText(dayFirst = true, message = "{org.error.date}")
                  String positionSince,
                  @TextLength(max = MAX_DOMICILE) String domicile) {

        /** The values of valid fields. */
        Details details() {
            String cleanDomicile = text(domicile);
            return new Details(text(name), Choice.Check.parse(EmployeeType.class, type, true), normalCode(unitCode),
                    text(position), DateText.Check.parse(positionSince, true).orElseThrow(),
                    cleanDomicile.isEmpty() ? null : cleanDomicile);
        }
    }

    /** What an employee's checked fields say, apart from the NIP and the password. */
    record Details(String name, EmployeeType type, String unitCode, String position, LocalDate positionSince,
                   String domicile) {
    }

    /**
     * Adds the problem of a unit code that names no unit, unless the field has a problem already.
     *
     * @param unitKnown whether a unit with the (upper-case) code exists
     */
    static void requireKnownUnit(String unitCode, Predicate<String> unitKnown, List<FieldProblem> problems) {
        String code = normalCode(unitCode);
        if (!code.isEmpty() && isFine("unitCode", problems) && !unitKnown.test(code)) {
            problems.add(FieldProblem.of("unitCode", "org.employee.error.unknownUnit", code));
        }
    }

    /** Adds the problem of a valid NIP that an employee has already. */
    static void requireNewNip(String nip, Predicate<String> taken, List<FieldProblem> problems) {
        if (isFine("nip", problems) && taken.test(text(nip))) {
            problems.add(FieldProblem.of("nip", "org.employee.error.nipTaken", text(nip)));
        }
    }

    private static boolean isFine(String field, List<FieldProblem> problems) {
        return problems.stream().noneMatch(problem -> problem.field().equals(field));
    }

    /** PNS, PPPK or PPPK_PARUH_WAKTU, in any case, with spaces or dashes for the underscore. */
    static Optional<EmployeeType> type(String value) {
        try {
            return Optional.of(Choice.Check.parse(EmployeeType.class, text(value), true));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String normalCode(String value) {
        return text(value).toUpperCase(Locale.ROOT);
    }
}
