package id.fleksi.shared.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import did: all valid rows or none. Each problem names the line of the file, the column and
 * what to correct, as a message key with its arguments, so that the page and the API can say it in the
 * reader's language.
 */
public record ImportReport(boolean imported, int rows, List<Problem> problems) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    public static ImportReport done(int rows) {
        return new ImportReport(true, rows, List.of());
    }

    public static ImportReport refused(int rows, List<Problem> problems) {
        return new ImportReport(false, rows, problems);
    }

    /** A problem with one line of the file (line 0: the file as a whole). */
    public record Problem(int line, String column, String messageKey, List<Object> args) {

        public Problem {
            args = args == null ? List.of() : List.copyOf(args);
        }

        public static Problem of(int line, String column, String messageKey, Object... args) {
            return new Problem(line, column, messageKey, List.of(args));
        }
    }

    /** Collects problems while rows are checked. */
    public static final class Problems {

        private final List<Problem> found = new ArrayList<>();

        public void add(int line, String column, String messageKey, Object... args) {
            found.add(Problem.of(line, column, messageKey, args));
        }

        public boolean isEmpty() {
            return found.isEmpty();
        }

        public List<Problem> list() {
            return List.copyOf(found);
        }
    }
}
