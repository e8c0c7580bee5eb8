package id.fleksi.organisation;

import java.util.List;

/**
 * What is wrong with one field of an input, as a message key of the {@code i18n/organisation} bundle with its
 * arguments (as text, so that no number is formatted with thousands separators), for the page, the API and
 * the import report alike.
 */
public record FieldProblem(String field, String messageKey, List<String> args) {

    public FieldProblem {
        args = List.copyOf(args);
    }

    public static FieldProblem of(String field, String messageKey, String... args) {
        return new FieldProblem(field, messageKey, List.of(args));
    }
}
