package id.fleksi.organisation;

import java.util.List;

/**
 * A change the organisation refuses, field by field: invalid input (the API answers 400, a page shows the
 * form again with each message next to its field), or a conflict with what exists (409).
 */
public class Refusal extends RuntimeException {

    private final boolean conflict;
    private final transient List<FieldProblem> problems;

    Refusal(boolean conflict, List<FieldProblem> problems) {
        super("refused: " + problems);
        this.conflict = conflict;
        this.problems = List.copyOf(problems);
    }

    static Refusal invalid(List<FieldProblem> problems) {
        return new Refusal(false, problems);
    }

    static Refusal invalid(String field, String messageKey, String... args) {
        return new Refusal(false, List.of(FieldProblem.of(field, messageKey, args)));
    }

    static Refusal conflict(String field, String messageKey, String... args) {
        return new Refusal(true, List.of(FieldProblem.of(field, messageKey, args)));
    }

    public boolean isConflict() {
        return conflict;
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
