package id.fleksi.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The institution's own day: decrees, audit times and "today" on the pages are counted in WIB
 * (Asia/Jakarta), while working hours are counted in each unit's own zone (Pasal 3 ayat (2)).
 */
public final class InstitutionTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    private InstitutionTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
