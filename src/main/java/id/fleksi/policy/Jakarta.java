package id.fleksi.policy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** "Today" for the determination: the calendar day in Asia/Jakarta, where the institution's decrees are dated. */
final class Jakarta {

    static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    private Jakarta() {
    }

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
