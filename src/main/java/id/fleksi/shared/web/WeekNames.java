package id.fleksi.shared.web;

import id.fleksi.rules.WorkWeek;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.threeten.extra.YearWeek;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.time.DateTimeException;

/**
 * A week as people name it on the pages ({@code ${@weeks.range(...)}}): its working days as a date range in the
 * reader's language, "14–18 Desember 2026", "30 November – 4 Desember 2026", "29 Desember 2025 – 2 Januari
 * 2026", rather than the ISO week "2026-W51" that the forms and the API use.
 */
@Component("weeks")
public class WeekNames {

    /** Monday to Friday of the ISO week ("2026-W51"); the text itself when it is no ISO week. */
    public String range(String isoWeek) {
        LocalDate monday = monday(isoWeek);
        return monday == null ? String.valueOf(isoWeek) : range(monday);
    }

    /** Monday to Friday of the week that starts on {@code monday}. */
    public String range(LocalDate monday) {
        return range(monday, LocaleContextHolder.getLocale());
    }

    static String range(LocalDate day, Locale locale) {
        LocalDate monday = day.with(DayOfWeek.MONDAY);
        LocalDate friday = WorkWeek.lastWorkingDay(monday);
        DateTimeFormatter full = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        if (monday.getYear() != friday.getYear()) {
            return full.format(monday) + " \u2013 " + full.format(friday);
        }
        if (monday.getMonth() != friday.getMonth()) {
            return DateTimeFormatter.ofPattern("d MMMM", locale).format(monday) + " \u2013 " + full.format(friday);
        }
        return monday.getDayOfMonth() + "\u2013" + full.format(friday);
    }

    /** The Monday of an ISO week such as "2026-W51", or null when there is no such week. */
    static LocalDate monday(String isoWeek) {
        if (isoWeek == null || !isoWeek.matches("\\d{4}-W\\d{2}")) {
            return null;
        }
        try {
            YearWeek week = YearWeek.parse(isoWeek);
            // parsing is lenient: "2025-W53" would become 2026-W01
            return week.toString().equals(isoWeek) ? week.atDay(DayOfWeek.MONDAY) : null;
        } catch (DateTimeException noSuchWeek) {
            return null;
        }
    }
}
