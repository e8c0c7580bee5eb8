package id.fleksi.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A regulation value that holds from a date, with the article it comes from. An amendment adds a value
 * from a later date; nothing is overwritten.
 */
public record Dated<T>(LocalDate from, T value, LegalRef source) {

    /** The values of one parameter over time; asking for a day before the first is an error, not a default. */
    public static final class Series<T> {

        private final String name;
        private final List<Dated<T>> values;

        @SafeVarargs
        public Series(String name, Dated<T>... values) {
            this.name = name;
            List<Dated<T>> sorted = new ArrayList<>(List.of(values));
            sorted.sort(Comparator.comparing(Dated::from));
            this.values = List.copyOf(sorted);
        }

        public Dated<T> on(LocalDate day) {
            Dated<T> found = null;
            for (Dated<T> value : values) {
                if (!value.from().isAfter(day)) {
                    found = value;
                }
            }
            if (found == null) {
                throw new NotInForceException(name, day);
            }
            return found;
        }

        public T valueOn(LocalDate day) {
            return on(day).value();
        }
    }

    /** No value of a parameter is in force on the day asked for. */
    public static final class NotInForceException extends RuntimeException {

        public NotInForceException(String parameter, LocalDate day) {
            super("No value of " + parameter + " is in force on " + day);
        }
    }
}
