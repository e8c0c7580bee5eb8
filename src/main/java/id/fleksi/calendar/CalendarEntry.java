package id.fleksi.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One event of a calendar feed.
 *
 * @param uid         stable for the same thing across feeds (a calendar app updates the event it already has)
 * @param start       the local start in {@code zoneId}, or {@code null} for an all-day event
 * @param end         the local end, or {@code null} for an all-day event; before {@code start}: the next day
 * @param zoneId      the zone the times are counted in (the unit's: Asia/Jakarta, Asia/Makassar, Asia/Jayapura)
 * @param description may be {@code null}
 */
public record CalendarEntry(String uid, LocalDate date, LocalTime start, LocalTime end, String zoneId,
                            String summary, String description) {

    public CalendarEntry {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(summary, "summary");
        if ((start == null) != (end == null)) {
            throw new IllegalArgumentException("an entry has both times or neither (all day)");
        }
        if (start != null) {
            ZoneId.of(zoneId);
        }
    }

    public boolean allDay() {
        return start == null;
    }
}
