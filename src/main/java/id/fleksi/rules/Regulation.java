package id.fleksi.rules;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

import static id.fleksi.rules.LegalRef.pasal;

/**
 * The values PermenPANRB 4/2025 fixes, each dated and cited. The seeds do not give the day the regulation
 * came into force, so its values are held from the first day of its year, {@link #IN_FORCE_FROM}; an
 * amendment adds a value with its own date.
 */
public final class Regulation {

    public static final LocalDate IN_FORCE_FROM = LocalDate.of(2025, 1, 1);

    /** Pasal 2 ayat (1): 5 working days a week, Monday to Friday (ayat (2)). */
    public static final Dated.Series<Integer> WORKING_DAYS_PER_WEEK = series("working days per week",
            WorkWeek.WORKING_DAY_COUNT, "Pasal 2 ayat (1)");

    /** Pasal 3 ayat (1): 37 hours 30 minutes a week, breaks excluded. */
    public static final Dated.Series<Duration> WEEKLY_HOURS = series("weekly hours", Duration.ofMinutes(37 * 60 + 30),
            "Pasal 3 ayat (1)");

    /** Pasal 3 ayat (2): the working day starts at 07.30 local time. */
    public static final Dated.Series<LocalTime> DAY_START = series("start of the working day", LocalTime.of(7, 30),
            "Pasal 3 ayat (2)");

    /** Pasal 3 ayat (3): Monday to Thursday end at 16.00. */
    public static final Dated.Series<LocalTime> DAY_END = series("end of the working day", LocalTime.of(16, 0),
            "Pasal 3 ayat (3)");

    /** Pasal 3 ayat (4): Friday ends at 16.30. */
    public static final Dated.Series<LocalTime> FRIDAY_END = series("end of Friday", LocalTime.of(16, 30),
            "Pasal 3 ayat (4)");

    /** Pasal 3 ayat (5) huruf b: a break of 60 minutes on days other than Friday. */
    public static final Dated.Series<Duration> BREAK = series("break", Duration.ofMinutes(60),
            "Pasal 3 ayat (5) huruf b");

    /** Pasal 3 ayat (5) huruf a: a break of 90 minutes on Friday. */
    public static final Dated.Series<Duration> FRIDAY_BREAK = series("Friday break", Duration.ofMinutes(90),
            "Pasal 3 ayat (5) huruf a");

    /** Pasal 13 ayat (1): location flexibility on at most 2 working days a week. */
    public static final Dated.Series<Integer> MAX_LOKASI_DAYS_PER_WEEK = series("location days per week", 2,
            "Pasal 13 ayat (1)");

    /** Pasal 24 ayat (1) huruf a: a sif task has more than 8 hours 30 minutes of work a day. */
    public static final Dated.Series<Duration> SIF_DAY_THRESHOLD = series("sif day threshold",
            Duration.ofMinutes(8 * 60 + 30), "Pasal 24 ayat (1) huruf a");

    /** Pasal 24 ayat (1) huruf b: a sif task has more than 5 working days a week. */
    public static final Dated.Series<Integer> SIF_WEEK_THRESHOLD = series("sif week threshold", 5,
            "Pasal 24 ayat (1) huruf b");

    /** Pasal 35 ayat (2): the institution evaluates at least once every 6 months. */
    public static final Dated.Series<Integer> EVALUATION_INTERVAL_MONTHS = series("evaluation interval", 6,
            "Pasal 35 ayat (2)");

    /** The most a percentage of the determination can be (Pasal 14, Pasal 27): all employees. */
    public static final int FULL_PERCENT = 100;

    private Regulation() {
    }

    private static <T> Dated.Series<T> series(String name, T value, String article) {
        return new Dated.Series<>(name, new Dated<>(IN_FORCE_FROM, value, pasal(article)));
    }
}
