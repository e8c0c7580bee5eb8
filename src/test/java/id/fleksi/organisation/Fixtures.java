package id.fleksi.organisation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid, unique NIPs for tests that share one database: each test class draws from its own birth year. */
public final class Fixtures {

    private static final AtomicInteger SERIAL = new AtomicInteger(1);

    private Fixtures() {
    }

    static String nip(LocalDate birth, YearMonth appointed, int gender, int serial) {
        return birth.format(DateTimeFormatter.BASIC_ISO_DATE) + appointed.format(DateTimeFormatter.ofPattern("yyyyMM"))
                + gender + "%03d".formatted(serial);
    }

    /** A fresh valid NIP of someone born in the given year, appointed in 2015. */
    public static String freshNip(int birthYear) {
        int n = SERIAL.getAndIncrement();
        return nip(LocalDate.of(birthYear, 1, 1).plusDays(n % 360), YearMonth.of(2015, 3), 1 + n % 2, 1 + n / 360);
    }
}
