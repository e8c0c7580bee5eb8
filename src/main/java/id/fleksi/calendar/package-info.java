/**
 * Private calendar feeds (iCalendar, RFC 5545) of an employee's approved weekly plans, for the calendar app on
 * their phone or computer. Other modules add entries by providing a {@link id.fleksi.calendar.CalendarSource}
 * bean; the feed collects all of them.
 */
package id.fleksi.calendar;
