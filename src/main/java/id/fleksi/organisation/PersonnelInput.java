package id.fleksi.organisation;

import id.fleksi.organisation.PersonnelFacts.DisciplineStatus;
import id.fleksi.rules.Predikat;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What HR and employees send to the personnel records, as text the way a form or a JSON body gives it, and
 * its checking: dates ISO-8601, an end not before the start, years 2000–2100, the known choices. Every
 * refusal names the field and a message key, so the API and the pages explain it the same way.
 */
final class PersonnelInput {

    static final int NOTE_MAX = 1000;
    static final int APPROVED_BY_MAX = 200;
    private static final Pattern CRITERION_CODE = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    private PersonnelInput() {
    }

    /** A disciplinary record; {@code version} is the one the editor saw, when ending or correcting one. */
    record Discipline(String from, String to, String status, String note, Long version) {

        Checked check() {
            Check check = new Check();
            LocalDate start = check.date("from", from, true);
            LocalDate end = check.date("to", to, false);
            check.order(start, end);
            DisciplineStatus state = check.choice("status", status, DisciplineStatus.class,
                    "personnel.error.status");
            String text = check.text("note", note, NOTE_MAX, false);
            check.done();
            return new Checked(start, end, state, text);
        }

        record Checked(LocalDate from, LocalDate to, DisciplineStatus status, String note) {
        }
    }

    /** A special circumstance; without {@code approvedBy} the person who records it is taken. */
    record Circumstance(String reason, String from, String to, String approvedBy) {

        Checked check() {
            Check check = new Check();
            String why = check.text("reason", reason, NOTE_MAX, true);
            LocalDate start = check.date("from", from, true);
            LocalDate end = check.date("to", to, true);
            check.order(start, end);
            String approver = check.text("approvedBy", approvedBy, APPROVED_BY_MAX, false);
            check.done();
            return new Checked(why, start, end, approver);
        }

        record Checked(String reason, LocalDate from, LocalDate to, String approvedBy) {
        }
    }

    record Performance(String year, String predikat) {

        Checked check() {
            Check check = new Check();
            Integer value = check.year("year", year);
            Predikat grade = check.choice("predikat", predikat, Predikat.class, "personnel.error.predikat");
            check.done();
            return new Checked(value, grade);
        }

        record Checked(int year, Predikat predikat) {
        }
    }

    record Infrastructure(String ready, String note) {

        Checked check() {
            Check check = new Check();
            Boolean value = check.yesNo("ready", ready, "personnel.error.ready");
            String text = check.text("note", note, NOTE_MAX, false);
            check.done();
            return new Checked(value, text);
        }

        record Checked(boolean ready, String note) {
        }
    }

    /** An additional criterion of the PPK; the API gives the code in the path, the page in the form. */
    record Criterion(String code, String met, String note) {

        Checked check() {
            Check check = new Check();
            String value = check.code("code", code);
            Boolean yes = check.yesNo("met", met, "personnel.error.met");
            String text = check.text("note", note, NOTE_MAX, false);
            check.done();
            return new Checked(value, yes, text);
        }

        record Checked(String code, boolean met, String note) {
        }
    }

    static String of(Object value) {
        return value == null ? null : value.toString();
    }

    /** Collects the refusals of one input, in the order of its fields. */
    private static final class Check {

        private final Map<String, String> errors = new LinkedHashMap<>();

        LocalDate date(String field, String value, boolean required) {
            if (blank(value)) {
                if (required) {
                    errors.put(field, "personnel.error.required");
                }
                return null;
            }
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException invalid) {
                errors.put(field, "personnel.error.date");
                return null;
            }
        }

        void order(LocalDate from, LocalDate to) {
            if (from != null && to != null && to.isBefore(from)) {
                errors.putIfAbsent("to", "personnel.error.toBeforeFrom");
            }
        }

        <E extends Enum<E>> E choice(String field, String value, Class<E> type, String key) {
            if (blank(value)) {
                errors.put(field, "personnel.error.required");
                return null;
            }
            try {
                return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                errors.put(field, key);
                return null;
            }
        }

        Integer year(String field, String value) {
            if (blank(value)) {
                errors.put(field, "personnel.error.required");
                return null;
            }
            try {
                int year = Integer.parseInt(value.strip());
                if (year >= 2000 && year <= 2100) {
                    return year;
                }
            } catch (NumberFormatException notANumber) {
                // refused below like any other year out of range
            }
            errors.put(field, "personnel.error.year");
            return null;
        }

        Boolean yesNo(String field, String value, String key) {
            if (blank(value)) {
                errors.put(field, key);
                return null;
            }
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> true;
                case "false" -> false;
                default -> {
                    errors.put(field, key);
                    yield null;
                }
            };
        }

        String code(String field, String value) {
            if (blank(value)) {
                errors.put(field, "personnel.error.required");
                return null;
            }
            if (!CRITERION_CODE.matcher(value.strip()).matches()) {
                errors.put(field, "personnel.error.code");
                return null;
            }
            return value.strip().toUpperCase(Locale.ROOT);
        }

        String text(String field, String value, int max, boolean required) {
            if (blank(value)) {
                if (required) {
                    errors.put(field, "personnel.error.required");
                }
                return null;
            }
            String stripped = value.strip();
            if (stripped.length() > max) {
                errors.put(field, max == APPROVED_BY_MAX ? "personnel.error.tooLong200" : "personnel.error.tooLong1000");
                return null;
            }
            return stripped;
        }

        void done() {
            if (!errors.isEmpty()) {
                throw new PersonnelInputRejected(errors);
            }
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }
}
