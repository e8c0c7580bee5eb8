package id.fleksi.calendar;

import biweekly.ICalVersion;
import biweekly.io.scribe.property.TextPropertyScribe;
import biweekly.property.TextProperty;

/**
 * The calendar's name as Google Calendar, Apple Calendar and Outlook show it (X-WR-CALNAME); newer apps read
 * NAME (RFC 7986), which the feed carries too. Its value is text, escaped like SUMMARY, since an employee's
 * name may hold commas ("Budi Santoso, S.Kom.").
 */
final class CalendarName extends TextProperty {

    CalendarName(String value) {
        super(value);
    }

    /** Writes and reads the property; register it with the writer, and with a parser that should know it. */
    static final class Scribe extends TextPropertyScribe<CalendarName> {

        Scribe() {
            super(CalendarName.class, "X-WR-CALNAME");
        }

        @Override
        protected CalendarName newInstance(String value, ICalVersion version) {
            return new CalendarName(value);
        }
    }
}
