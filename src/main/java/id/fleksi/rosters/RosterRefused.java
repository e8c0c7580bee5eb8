package id.fleksi.rosters;

import id.fleksi.rules.Violation;

import java.util.List;

/**
 * A roster change refused: each problem names the form field it belongs to (or none), and either a message key
 * of the {@code roster.} bundle with its arguments or a rule of the regulation that forbids it.
 */
class RosterRefused extends RuntimeException {

    private final transient List<Problem> problems;

    RosterRefused(List<Problem> problems) {
        super("roster change refused");
        this.problems = List.copyOf(problems);
    }

    static RosterRefused of(String field, String key, Object... args) {
        return new RosterRefused(List.of(Problem.of(field, key, args)));
    }

    static RosterRefused byRules(List<Violation> violations) {
        return new RosterRefused(violations.stream().map(v -> new Problem(null, null, new Object[0], v)).toList());
    }

    List<Problem> problems() {
        return problems;
    }

    /** One problem: a field (or {@code null} for the whole form), and a message key or a violated rule. */
    record Problem(String field, String key, Object[] args, Violation violation) {

        static Problem of(String field, String key, Object... args) {
            return new Problem(field, key, args, null);
        }
    }
}
