package id.fleksi.planning;

import id.fleksi.policy.Holiday;
import id.fleksi.rules.PlanDay;
import id.fleksi.rules.PlanVerdict;
import id.fleksi.rules.WorkWeek;
import id.fleksi.rules.Violation;
import id.fleksi.shared.InstitutionTime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What the employee's weekly plan pages show of a week, a day and a verdict. */
final class WeekViews {

    private WeekViews() {
    }

    /**
     * One day of the week on the form: its date, whether it is a working day (Pasal 2; not a holiday) and the
     * standard day of Pasal 3 ayat (2)-(5) that applies when no times are typed.
     *
     * @param requiredMinutes what the day requires (Pasal 3 ayat (1): 7 hours 30 minutes a working day)
     */
    record DayView(int index, LocalDate date, boolean weekend, String holiday, boolean working,
                   LocalTime standardStart, LocalTime standardEnd, int standardBreak, int requiredMinutes) {

        /** Not a working day: a Saturday, a Sunday or a holiday. */
        public boolean off() {
            return !working;
        }
    }

    static List<DayView> days(LocalDate monday, List<Holiday> holidays) {
        Map<LocalDate, String> names = holidays.stream()
                .collect(Collectors.toMap(Holiday::date, Holiday::name, (a, b) -> a + ", " + b));
        List<DayView> days = new ArrayList<>();
        for (int i = 0; i < WorkWeek.DAYS; i++) {
            LocalDate date = monday.plusDays(i);
            boolean weekend = !WorkWeek.isWorkingDay(date);
            boolean working = !weekend && !names.containsKey(date);
            days.add(new DayView(i, date, weekend, names.get(date), working, WorkWeek.standardStart(date),
                    WorkWeek.standardEnd(date), WorkWeek.standardBreakMinutes(date),
                    working ? WorkWeek.minutesPerWorkingDay(date) : 0));
        }
        return days;
    }

    /** A stored plan's day next to the date it falls on, or none when it was not worked. */
    record PlanDayView(DayView day, PlanDay planned) {
    }

    static List<PlanDayView> planDays(LocalDate monday, List<Holiday> holidays, List<PlanDay> planned) {
        Map<LocalDate, PlanDay> byDate = planned.stream()
                .collect(Collectors.toMap(PlanDay::date, Function.identity(), (a, b) -> a));
        return days(monday, holidays).stream().map(day -> new PlanDayView(day, byDate.get(day.date()))).toList();
    }

    /**
     * A verdict as the panel shows it: hours as "37.30", the weekly balance of a dinamis plan, and the days of
     * location flexibility against the PPK's cap (Pasal 13 ayat (1)).
     *
     * @param lokasiCap the cap in force that week, or {@code null} without a determination
     */
    record VerdictPanel(PlanVerdict verdict, boolean dinamis, Integer lokasiCap, String nip, LocalDate monday) {

        public int plannedHours() {
            return verdict.plannedMinutes() / 60;
        }

        public int plannedMinutesPart() {
            return verdict.plannedMinutes() % 60;
        }

        public int requiredHours() {
            return verdict.requiredMinutes() / 60;
        }

        public int requiredMinutesPart() {
            return verdict.requiredMinutes() % 60;
        }

        /** Planned minus required minutes: below zero the week is short. */
        public int balance() {
            return verdict.plannedMinutes() - verdict.requiredMinutes();
        }

        public int balanceHours() {
            return Math.abs(balance()) / 60;
        }

        public int balanceMinutes() {
            return Math.abs(balance()) % 60;
        }

        public long errors() {
            return verdict.violations().stream().filter(Violation::blocks).count();
        }

        public long warnings() {
            return verdict.violations().size() - errors();
        }
    }

    /** An instant on the institution's clock (WIB), for the pages. */
    static LocalDateTime local(Instant at) {
        return Optional.ofNullable(at).map(instant -> LocalDateTime.ofInstant(instant, InstitutionTime.ZONE))
                .orElse(null);
    }
}
