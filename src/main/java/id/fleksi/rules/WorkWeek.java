package id.fleksi.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;

/**
 * The working week and its standard days, the one definition every module reads.
 *
 * <p>Pasal 2 ayat (1): "Hari Kerja Instansi Pemerintah sebanyak 5 (lima) hari kerja dalam 1 (satu) minggu"; ayat
 * (2): "... yaitu hari Senin, Selasa, Rabu, Kamis, dan Jumat". Pasal 3 ayat (2)–(5) give the standard day: 07.30
 * to 16.00, Friday to 16.30; a break of 60 minutes, on Friday 90.
 *
 * <p>A week here is the ISO week, Monday to Sunday; its working days are its first {@link #WORKING_DAY_COUNT}
 * days, so that the day a week starts on is its first working day. Holidays are the calendar's and are not known
 * here: a working day of this week may still be a holiday.
 */
public final class WorkWeek {

    /** The days of a week, Monday to Sunday. */
    public static final int DAYS = 7;

    /** Pasal 2 ayat (2): the first working day of the week, Monday. */
    public static final DayOfWeek FIRST_WORKING_DAY = DayOfWeek.MONDAY;

    /** Pasal 2 ayat (2): the last working day of the week, Friday. */
    public static final DayOfWeek LAST_WORKING_DAY = DayOfWeek.FRIDAY;

    /** The working days in their order, Monday to Friday. */
    public static final List<DayOfWeek> WORKING_DAYS = Stream.iterate(FIRST_WORKING_DAY, day -> day.plus(1))
            .limit(LAST_WORKING_DAY.getValue() - FIRST_WORKING_DAY.getValue() + 1L).toList();

    /** Pasal 2 ayat (1): 5 working days a week. */
    public static final int WORKING_DAY_COUNT = WORKING_DAYS.size();

    private WorkWeek() {
    }

    /** Monday to Friday. */
    public static boolean isWorkingDay(DayOfWeek day) {
        return WORKING_DAYS.contains(day);
    }

    /** A Monday to Friday, whether or not a holiday. */
    public static boolean isWorkingDay(LocalDate day) {
        return isWorkingDay(day.getDayOfWeek());
    }

    /** The last working day (Friday) of the week that starts on {@code monday}. */
    public static LocalDate lastWorkingDay(LocalDate monday) {
        return monday.plusDays(WORKING_DAY_COUNT - 1L);
    }

    /** Pasal 3 ayat (2): the standard day starts at 07.30 local time. */
    public static LocalTime standardStart(LocalDate day) {
        return Regulation.DAY_START.valueOn(day);
    }

    /** Pasal 3 ayat (3)–(4): the standard day ends at 16.00, on Friday at 16.30. */
    public static LocalTime standardEnd(LocalDate day) {
        return friday(day) ? Regulation.FRIDAY_END.valueOn(day) : Regulation.DAY_END.valueOn(day);
    }

    /** Pasal 3 ayat (5): the standard break in minutes, 60, on Friday 90. */
    public static int standardBreakMinutes(LocalDate day) {
        return (int) (friday(day) ? Regulation.FRIDAY_BREAK.valueOn(day) : Regulation.BREAK.valueOn(day)).toMinutes();
    }

    /** Pasal 3 ayat (1) over Pasal 2 ayat (1): the minutes one working day requires (7h30m). */
    public static int minutesPerWorkingDay(LocalDate day) {
        return (int) (Regulation.WEEKLY_HOURS.valueOn(day).toMinutes() / Regulation.WORKING_DAYS_PER_WEEK.valueOn(day));
    }

    /** Pasal 3 ayat (4)–(5): Friday, whose day ends later and has the longer break. */
    static boolean friday(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.FRIDAY;
    }
}
