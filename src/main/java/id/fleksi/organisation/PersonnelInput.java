package id.fleksi.organisation;

import id.fleksi.rules.InfrastructureItem;
import id.fleksi.organisation.PersonnelFacts.DisciplineStatus;
import id.fleksi.rules.Predikat;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What HR and employees send to the personnel records, as text the way a form or a JSON body gives it, and
 * its constraints: dates ISO-8601, an end not before the start, years 2000–2100, the known choices. Every
 * refusal names the field and a message key, so the API and the pages explain it the same way.
 */
final class PersonnelInput {

    static final int NOTE_MAX = 1000;
    static final int APPROVED_BY_MAX = 200;

    private static final String REQUIRED = "{personnel.error.required}";
    private static final String DATE = "{personnel.error.date}";
    private static final String TOO_LONG = "{personnel.error.tooLong1000}";

    private PersonnelInput() {
    }

    /**
     * The input when it meets its constraints.
     *
     * @throws PersonnelInputRejected with the message key of each wrong field
     */
    static <T extends Record> T valid(Validator validator, T input) {
        List<FieldProblem> problems = Violations.of(validator, input);
        if (!problems.isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>();
            problems.forEach(problem -> errors.put(problem.field(), problem.messageKey()));
            throw new PersonnelInputRejected(errors);
        }
        return input;
    }

    /** A disciplinary record; {@code version} is the one the editor saw, when ending or correcting one. */
    @EndNotBeforeStart
    record Discipline(@NotBlank(message = REQUIRED) @DateText(message = DATE) String from,
                      @DateText(message = DATE) String to,
                      @NotBlank(message = REQUIRED) @Choice(of = DisciplineStatus.class,
                              message = "{personnel.error.status}") String status,
                      @TextLength(max = NOTE_MAX, message = TOO_LONG) String note,
                      Long version) implements EndNotBeforeStart.Period {

        /** The values of a valid record. */
        Checked checked() {
            return new Checked(date(from), date(to), Choice.Check.parse(DisciplineStatus.class, status, false),
                    text(note));
        }

        record Checked(LocalDate from, LocalDate to, DisciplineStatus status, String note) {
        }
    }

    /** A special circumstance; without {@code approvedBy} the person who records it is taken. */
    @EndNotBeforeStart
    record Circumstance(@NotBlank(message = REQUIRED) @TextLength(max = NOTE_MAX, message = TOO_LONG) String reason,
                        @NotBlank(message = REQUIRED) @DateText(message = DATE) String from,
                        @NotBlank(message = REQUIRED) @DateText(message = DATE) String to,
                        @TextLength(max = APPROVED_BY_MAX, message = "{personnel.error.tooLong200}")
                        String approvedBy) implements EndNotBeforeStart.Period {

        Checked checked() {
            return new Checked(text(reason), date(from), date(to), text(approvedBy));
        }

        record Checked(String reason, LocalDate from, LocalDate to, String approvedBy) {
        }
    }

    record Performance(@NotBlank(message = REQUIRED)
                       @WholeNumber(min = 2000, max = 2100, message = "{personnel.error.year}") String year,
                       @NotBlank(message = REQUIRED) @Choice(of = Predikat.class,
                               message = "{personnel.error.predikat}") String predikat) {

        Checked checked() {
            return new Checked(Integer.parseInt(year.strip()), Choice.Check.parse(Predikat.class, predikat, false));
        }

        record Checked(int year, Predikat predikat) {
        }
    }

    /**
     * Pasal 15 ayat (2), 16: ready or not, a note, and the items of work infrastructure ready (names of
     * {@link InfrastructureItem}; {@code null} keeps what was declared before).
     */
    record Infrastructure(@NotBlank(message = "{personnel.error.ready}")
                          @Choice(values = {"true", "false"}, message = "{personnel.error.ready}") String ready,
                          @TextLength(max = NOTE_MAX, message = TOO_LONG) String note,
                          List<@jakarta.validation.constraints.Pattern(regexp = InfrastructureItem.PATTERN,
                                  message = "{personnel.error.infrastructureItem}") String> items) {

        Infrastructure(String ready, String note) {
            this(ready, note, null);
        }

        Checked checked() {
            return new Checked(Boolean.parseBoolean(ready.strip()), text(note),
                    items == null ? null : InfrastructureItem.names(InfrastructureItem.of(items)));
        }

        record Checked(boolean ready, String note, List<String> items) {
        }
    }

    /** An additional criterion of the PPK; the API gives the code in the path, the page in the form. */
    record Criterion(@NotBlank(message = REQUIRED)
                     @TextMatches(regexp = "[A-Za-z0-9_-]{1,40}", message = "{personnel.error.code}") String code,
                     @NotBlank(message = "{personnel.error.met}")
                     @Choice(values = {"true", "false"}, message = "{personnel.error.met}") String met,
                     @TextLength(max = NOTE_MAX, message = TOO_LONG) String note) {

        Checked checked() {
            return new Checked(code.strip().toUpperCase(Locale.ROOT), Boolean.parseBoolean(met.strip()), text(note));
        }

        record Checked(String code, boolean met, String note) {
        }
    }

    static String of(Object value) {
        return value == null ? null : value.toString();
    }

    /** A valid date, or {@code null} for none. */
    private static LocalDate date(String value) {
        return DateText.Check.parse(value, false).orElse(null);
    }

    /** The text without the spaces around it, or {@code null} for none. */
    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
