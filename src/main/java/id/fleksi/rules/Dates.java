package id.fleksi.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Dates as the verdicts' sentences write them: "5 Januari 2026", "5 January 2026"; weekdays "Senin dan Jumat". */
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

    /** "Senin, Rabu dan Jumat": the weekdays in their order in the week. */
    static String idWeekdays(Collection<DayOfWeek> days) {
        return joined(days, Locale.forLanguageTag("id"), " dan ");
    }

    /** "Monday, Wednesday and Friday". */
    static String enWeekdays(Collection<DayOfWeek> days) {
        return joined(days, Locale.ENGLISH, " and ");
    }

    private static String joined(Collection<DayOfWeek> days, Locale locale, String and) {
        List<String> names = days.stream().sorted().map(day -> day.getDisplayName(TextStyle.FULL, locale)).toList();
        if (names.size() < 2) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + and + names.get(names.size() - 1);
    }
}
