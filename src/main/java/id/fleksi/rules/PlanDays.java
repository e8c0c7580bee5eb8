package id.fleksi.rules;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The hours of one plan day, the standard day filling in what the plan leaves out.
 *
 * <p>Pasal 3 ayat (2): "... dimulai pukul 07.30 zona waktu setempat." Ayat (3): "... di hari Senin sampai
 * dengan hari Kamis selesai pukul 16.00 ...". Ayat (4): "... di hari Jumat selesai pukul 16.30 ...". Ayat (5):
 * "Jam istirahat ... a. hari Jumat selama 90 (sembilan puluh) menit; dan b. selain hari Jumat selama 60 (enam
 * puluh) menit." So every standard day is 7 hours 30 minutes of work.
 */
final class PlanDays {

    private static final int MINUTES_A_DAY = 24 * 60;

    private PlanDays() {
    }

    static LocalTime start(PlanDay day) {
        return day.start() != null ? day.start() : WorkWeek.standardStart(day.date());
    }

    static LocalTime end(PlanDay day) {
        return day.end() != null ? day.end() : WorkWeek.standardEnd(day.date());
    }

    static int breakMinutes(PlanDay day) {
        return day.breakMinutes() != null ? day.breakMinutes() : WorkWeek.standardBreakMinutes(day.date());
    }

    /** Minutes from start to end; an end before the start is on the next day (a night shift). */
    static int span(PlanDay day) {
        int minutes = end(day).toSecondOfDay() / 60 - start(day).toSecondOfDay() / 60;
        return minutes < 0 ? minutes + MINUTES_A_DAY : minutes;
    }

    /**
     * The effective minutes of the day, breaks excluded (Pasal 3 ayat (1)): none on leave, the standard day on
     * official duty travel, otherwise end − start − break.
     */
    static int effectiveMinutes(PlanDay day) {
        return switch (day.kind()) {
            case CUTI -> 0;
            case DINAS_LUAR -> WorkWeek.minutesPerWorkingDay(day.date());
            default -> Math.max(0, span(day) - Math.max(0, breakMinutes(day)));
        };
    }

    /** A day whose hours the plan itself sets: neither leave nor official duty travel. */
    static boolean ownHours(PlanDay day) {
        return !day.kind().isAbsent();
    }

    /** A duration as Indonesian writes it: "37 jam 30 menit", "37 jam", "30 menit". */
    static String jam(int minutes) {
        int hours = minutes / 60;
        int rest = minutes % 60;
        return hours == 0 ? rest + " menit" : rest == 0 ? hours + " jam" : hours + " jam " + rest + " menit";
    }

    /** A duration in English: "37 h 30 min", "37 h", "30 min". */
    static String hours(int minutes) {
        int hours = minutes / 60;
        int rest = minutes % 60;
        return hours == 0 ? rest + " min" : rest == 0 ? hours + " h" : hours + " h " + rest + " min";
    }

    /** A duration in the compact notation of the rule cases: "37.30". */
    static String hhmm(int minutes) {
        return String.format("%d.%02d", minutes / 60, minutes % 60);
    }

    static String time(LocalTime time) {
        return String.format("%02d.%02d", time.getHour(), time.getMinute());
    }
}
