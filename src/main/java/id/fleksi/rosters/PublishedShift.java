package id.fleksi.rosters;

import id.fleksi.rules.ShiftWeek;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A published shift of one employee, as other modules (the plan form, a calendar feed) show it: the day it
 * starts, the template's name and times as published, the break, and the unit's time zone (Pasal 3 ayat (2)).
 * An end before the start is on the next day.
 */
public record PublishedShift(LocalDate date, String unitCode, String templateCode, String templateName,
                             LocalTime start, LocalTime end, int breakMinutes, ZoneId zone) {

    public boolean endsNextDay() {
        return end.isBefore(start);
    }

    /** Minutes of work, the break excluded. */
    public int effectiveMinutes() {
        return new ShiftWeek.Shift(date, start, end, breakMinutes).effectiveMinutes();
    }

    public ZonedDateTime startsAt() {
        return date.atTime(start).atZone(zone);
    }

    public ZonedDateTime endsAt() {
        return (endsNextDay() ? date.plusDays(1) : date).atTime(end).atZone(zone);
    }
}
