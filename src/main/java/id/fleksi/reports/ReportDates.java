package id.fleksi.reports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as a letter writes them: "23 November 2026" in Bahasa Indonesia, "23 November 2026" in English. */
final class ReportDates {

    private ReportDates() {
    }

    static String longDate(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }
}
