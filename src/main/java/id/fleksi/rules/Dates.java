package id.fleksi.rules;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the verdicts' sentences write them: "5 Januari 2026", "5 January 2026". */
final class Dates {

    private static final DateTimeFormatter INDONESIAN = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("id"));
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Dates() {
    }

    static String id(LocalDate day) {
        return INDONESIAN.format(day);
    }

    static String en(LocalDate day) {
        return ENGLISH.format(day);
    }
}
