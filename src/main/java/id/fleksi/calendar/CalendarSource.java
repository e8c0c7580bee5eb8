package id.fleksi.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Something that puts entries into an employee's calendar feed (approved plan days, later shifts). Provide a
 * bean of it; the feed collects every one.
 */
public interface CalendarSource {

    /** The language of the feed's entries. */
    Locale LANGUAGE = Locale.forLanguageTag("id");

    /** The employee's entries on the days from {@code from} to {@code to}, both included. */
    List<CalendarEntry> entriesFor(long employeeId, LocalDate from, LocalDate to);
}
