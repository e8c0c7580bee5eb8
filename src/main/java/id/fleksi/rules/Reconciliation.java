package id.fleksi.rules;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static id.fleksi.rules.LegalRef.pasal;

/**
 * One week of an employee, what was planned against what happened: the approved plan's days against the
 * attendance records and the outputs recorded.
 *
 * <p>Without an approved plan the week is a standard office week (Pasal 2; Pasal 3 ayat (1)–(5)). A day of leave
 * (CUTI) expects nothing; a day of official duty travel (DINAS_LUAR) expects no attendance and counts as a standard
 * day. The findings:
 * <ul>
 *     <li>{@link RuleCode#REALISASI_HADIR}: a day that should be worked has no attendance;</li>
 *     <li>{@link RuleCode#REALISASI_LOKASI}: worked at a flexible location the plan did not approve for the day
 *     (Pasal 12 ayat (4), Pasal 13 ayat (1)); working at the placement office is never a finding;</li>
 *     <li>{@link RuleCode#REALISASI_JAM_HARIAN}: without time flexibility, a day started later than the plan and
 *     the PPK's allowance, or ended before the plan's end plus the lateness (Pasal 3 ayat (2)–(4), (6)); a record
 *     without check-in or check-out;</li>
 *     <li>{@link RuleCode#REALISASI_JAM_MINGGUAN}: the minutes worked in a week that has ended are fewer than it
 *     requires (Pasal 3 ayat (1)); for dinamis this is the week's balance (Pasal 20 ayat (1)), for sif the
 *     effective hours of Pasal 19 ayat (2);</li>
 *     <li>{@link RuleCode#REALISASI_HASIL}: a location-flexible day worked away from every office (at home or at
 *     another location) without any output recorded (Pasal 7: flexible work rests on measured performance).</li>
 * </ul>
 */
public final class Reconciliation {

    private Reconciliation() {
    }

    /** Where an attendance record says the day was worked. */
    public enum Place { KANTOR, RUMAH, LOKASI_LAIN, DINAS_LUAR }

    /**
     * What happened on a day, the records of every source taken together.
     *
     * @param otherOffice at an office of the institution other than the employee's placement
     */
    public record Attended(LocalDate date, Place place, LocalTime checkIn, LocalTime checkOut, boolean otherOffice) {

        public Attended {
            if (date == null || place == null) {
                throw new IllegalArgumentException("An attendance needs a date and a place");
            }
        }
    }

    /**
     * The week to reconcile.
     *
     * @param plan     the approved plan of the week, or {@code null} when none was approved
     * @param attended what happened, by day
     * @param outputs  how many outputs were recorded, by day
     * @param asOf     the institution's today: later days expect nothing yet, and the week is judged as a whole
     *                 only once its last working day has passed
     */
    public record Week(LocalDate monday, WeekPlan plan, Map<LocalDate, Attended> attended,
                       Map<LocalDate, Integer> outputs, Set<LocalDate> holidays, int lateStartMaxMinutes,
                       LocalDate asOf) {

        public Week {
            attended = Map.copyOf(attended);
            outputs = Map.copyOf(outputs);
            holidays = Set.copyOf(holidays);
        }

        WeekPlan.FlexType flexType() {
            return plan == null ? WeekPlan.FlexType.NONE : plan.flexType();
        }
    }

    /**
     * One day reconciled.
     *
     * @param expected what the day expected: the approved plan's day, the standard office day when no plan was
     *                 approved, or {@code null} when it expected nothing (a weekend, a holiday)
     * @param planned  whether {@code expected} comes from an approved plan
     * @param worked   the effective minutes worked (breaks excluded)
     */
    public record Day(LocalDate date, PlanDay expected, boolean planned, Attended attended, int outputs, int worked,
                      List<Violation> findings) {
    }

    /** The week reconciled: each day, the minutes it required and worked, and the findings on the whole week. */
    public record Result(List<Day> days, int requiredMinutes, int workedMinutes, boolean complete,
                         List<Violation> weekFindings) {

        /** Every finding, of the days and of the week. */
        public List<Violation> findings() {
            List<Violation> all = new ArrayList<>();
            days.forEach(day -> all.addAll(day.findings()));
            all.addAll(weekFindings);
            return all;
        }
    }

    public static Result reconcile(Week week) {
        List<Day> days = new ArrayList<>();
        int required = 0;
        int worked = 0;
        for (int i = 0; i < WorkWeek.DAYS; i++) {
            LocalDate date = week.monday().plusDays(i);
            PlanDay planDay = planned(week.plan(), date);
            PlanDay expected = planDay != null ? planDay : standardDay(week, date);
            Attended attended = week.attended().get(date);
            int outputs = week.outputs().getOrDefault(date, 0);
            int minutes = worked(expected, attended, date);
            List<Violation> findings = date.isAfter(week.asOf()) ? List.of()
                    : day(week, date, expected, attended, outputs);
            days.add(new Day(date, expected, planDay != null, attended, outputs, minutes, findings));
            if (expected != null && WorkWeek.isWorkingDay(date) && !week.holidays().contains(date)
                    && expected.kind() != PlanDay.DayKind.CUTI) {
                required += WorkWeek.minutesPerWorkingDay(date);
            }
            worked += minutes;
        }
        boolean complete = !WorkWeek.lastWorkingDay(week.monday()).isAfter(week.asOf());
        List<Violation> weekFindings = complete ? weekly(week, required, worked) : List.of();
        return new Result(days, required, worked, complete, weekFindings);
    }

    /** The approved plan's day, or {@code null}. */
    private static PlanDay planned(WeekPlan plan, LocalDate date) {
        if (plan == null) {
            return null;
        }
        return plan.days().stream().filter(day -> day.date().equals(date)).findFirst().orElse(null);
    }

    /** Without an approved plan, a working day that is not a holiday is a standard day at the office. */
    private static PlanDay standardDay(Week week, LocalDate date) {
        if (week.plan() != null || !WorkWeek.isWorkingDay(date) || week.holidays().contains(date)) {
            return null;
        }
        return new PlanDay(date, PlanDay.DayKind.KANTOR, null, null, null, null, null);
    }

    /**
     * The effective minutes worked: a standard day on duty travel (planned or recorded), none on leave, else from
     * check-in to check-out (the next day when it is earlier, a night shift) less the day's break.
     */
    static int worked(PlanDay expected, Attended attended, LocalDate date) {
        if (expected != null && expected.kind() == PlanDay.DayKind.CUTI) {
            return 0;
        }
        if (attended != null && attended.place() == Place.DINAS_LUAR
                || attended == null && expected != null && expected.kind() == PlanDay.DayKind.DINAS_LUAR) {
            return WorkWeek.minutesPerWorkingDay(date);
        }
        if (attended == null || attended.checkIn() == null || attended.checkOut() == null) {
            return 0;
        }
        int span = attended.checkOut().toSecondOfDay() / 60 - attended.checkIn().toSecondOfDay() / 60;
        if (span < 0) {
            span += 24 * 60;
        }
        int pause = expected != null && expected.kind() != PlanDay.DayKind.DINAS_LUAR ? PlanDays.breakMinutes(expected)
                : WorkWeek.standardBreakMinutes(date);
        return Math.max(0, span - Math.max(0, pause));
    }

    private static List<Violation> day(Week week, LocalDate date, PlanDay expected, Attended attended, int outputs) {
        List<Violation> found = new ArrayList<>();
        if (expected == null || expected.kind() == PlanDay.DayKind.CUTI) {
            return found;
        }
        if (attended == null) {
            if (expected.kind() != PlanDay.DayKind.DINAS_LUAR) {
                found.add(Violation.error(RuleCode.REALISASI_HADIR, Text.of(
                        "Tidak ada catatan kehadiran pada " + Dates.id(date) + ", padahal hari itu hari kerja ("
                                + Labels.id(expected.kind()) + ") tanpa cuti atau dinas luar.",
                        "There is no attendance on " + Dates.en(date) + ", a working day ("
                                + Labels.en(expected.kind()) + ") without leave or duty travel.")).on(date));
            }
            return found;
        }
        location(expected, attended).ifPresent(found::add);
        if (attended.place() != Place.DINAS_LUAR) {
            found.addAll(hours(week, expected, attended));
        }
        boolean away = attended.place() == Place.RUMAH || attended.place() == Place.LOKASI_LAIN;
        if (expected.kind().isLokasi() && away && outputs == 0) {
            found.add(Violation.warning(RuleCode.REALISASI_HASIL, Text.of(
                    "Pada " + Dates.id(date) + ", hari fleksibel lokasi (" + Labels.id(expected.kind())
                            + "), belum ada hasil kerja yang dicatat.",
                    "On " + Dates.en(date) + ", a location-flexible day (" + Labels.en(expected.kind())
                            + "), no output has been recorded.")).on(date));
        }
        return found;
    }

    /** REALISASI_LOKASI: away from the office at a place the plan did not approve for the day. */
    private static Optional<Violation> location(PlanDay expected, Attended attended) {
        PlanDay.DayKind approved = expected.kind();
        PlanDay.DayKind actual = switch (attended.place()) {
            case KANTOR -> attended.otherOffice() ? PlanDay.DayKind.KANTOR_LAIN : PlanDay.DayKind.KANTOR;
            case RUMAH -> PlanDay.DayKind.RUMAH;
            case LOKASI_LAIN -> PlanDay.DayKind.LOKASI_LAIN;
            case DINAS_LUAR -> PlanDay.DayKind.DINAS_LUAR;
        };
        if (!actual.isLokasi() || actual == approved) {
            return Optional.empty();
        }
        LocalDate date = attended.date();
        return Optional.of(Violation.error(RuleCode.REALISASI_LOKASI, Text.of(
                "Pada " + Dates.id(date) + " bekerja di " + Labels.id(actual) + ", padahal rencana yang disetujui: "
                        + Labels.id(approved) + ". Fleksibel lokasi hanya sesuai penetapan dan rencana yang disetujui.",
                "On " + Dates.en(date) + " work was done at " + Labels.en(actual) + ", while the approved plan said "
                        + Labels.en(approved) + ". Location flexibility is only as determined and approved.")).on(date));
    }

    /**
     * REALISASI_JAM_HARIAN: without time flexibility a day starts by the plan's start plus the PPK's allowance
     * (Pasal 3 ayat (2), (6)) and lasts to the plan's end plus the lateness, made up the same day (ayat (3), (4),
     * (6)). Dinamis and sif are judged on the week (Pasal 19 ayat (2), 20 ayat (1)).
     */
    private static List<Violation> hours(Week week, PlanDay expected, Attended attended) {
        LocalDate date = attended.date();
        if (attended.checkIn() == null || attended.checkOut() == null) {
            return List.of(Violation.warning(RuleCode.REALISASI_JAM_HARIAN, Text.of(
                    "Catatan kehadiran " + Dates.id(date) + " tanpa jam "
                            + (attended.checkIn() == null ? "masuk" : "pulang") + ": jam kerja hari itu tidak dihitung.",
                    "The attendance of " + Dates.en(date) + " has no "
                            + (attended.checkIn() == null ? "check-in" : "check-out")
                            + ": the day's hours are not counted.")).on(date));
        }
        if (week.flexType() != WeekPlan.FlexType.NONE || expected.kind() == PlanDay.DayKind.SIF) {
            return List.of();
        }
        int allowance = Math.max(0, week.lateStartMaxMinutes());
        LocalTime start = PlanDays.start(expected);
        int late = (attended.checkIn().toSecondOfDay() - start.toSecondOfDay()) / 60;
        if (late > allowance) {
            return List.of(Violation.error(RuleCode.REALISASI_JAM_HARIAN,
                    pasal(allowance > 0 ? "Pasal 3 ayat (6)" : "Pasal 3 ayat (2)"), Text.of(
                            "Pada " + Dates.id(date) + " masuk pukul " + PlanDays.time(attended.checkIn())
                                    + ", " + PlanDays.jam(late) + " setelah pukul " + PlanDays.time(start)
                                    + (allowance > 0 ? "; batas PPK " + PlanDays.jam(allowance) : "") + ".",
                            "On " + Dates.en(date) + " the check-in was at " + PlanDays.time(attended.checkIn())
                                    + ", " + PlanDays.hours(late) + " after " + PlanDays.time(start)
                                    + (allowance > 0 ? "; the PPK allows " + PlanDays.hours(allowance) : "") + "."))
                    .on(date));
        }
        LocalTime dueEnd = PlanDays.end(expected).plusMinutes(Math.max(0, late));
        if (attended.checkOut().isBefore(dueEnd) || attended.checkOut().isBefore(attended.checkIn())) {
            LegalRef article = pasal(late > 0 ? "Pasal 3 ayat (6)"
                    : WorkWeek.friday(date) ? "Pasal 3 ayat (4)" : "Pasal 3 ayat (3)");
            return List.of(Violation.error(RuleCode.REALISASI_JAM_HARIAN, article, Text.of(
                    "Pada " + Dates.id(date) + " pulang pukul " + PlanDays.time(attended.checkOut())
                            + ", sebelum pukul " + PlanDays.time(dueEnd)
                            + (late > 0 ? ": keterlambatan " + PlanDays.jam(late) + " tidak diganti pada hari yang sama."
                            : "."),
                    "On " + Dates.en(date) + " the check-out was at " + PlanDays.time(attended.checkOut())
                            + ", before " + PlanDays.time(dueEnd)
                            + (late > 0 ? ": the " + PlanDays.hours(late) + " late start was not made up the same day."
                            : "."))).on(date));
        }
        return List.of();
    }

    /** REALISASI_JAM_MINGGUAN: the minutes worked in the week reach what it requires. */
    private static List<Violation> weekly(Week week, int required, int worked) {
        if (worked >= required) {
            return List.of();
        }
        LocalDate last = WorkWeek.lastWorkingDay(week.monday());
        int missing = required - worked;
        WeekPlan.FlexType flex = week.flexType();
        LegalRef article = pasal(switch (flex) {
            case DINAMIS -> "Pasal 20 ayat (1)";
            case SIF -> "Pasal 19 ayat (2)";
            case NONE -> "Pasal 3 ayat (1)";
        });
        String balanceId = flex == WeekPlan.FlexType.DINAMIS ? " Saldo jam kerja dinamis minggu ini: kurang " : " Kurang ";
        String balanceEn = flex == WeekPlan.FlexType.DINAMIS ? " The dinamis balance of the week: " : " Short by ";
        return List.of(Violation.error(RuleCode.REALISASI_JAM_MINGGUAN, article, Text.of(
                "Jam kerja efektif minggu ini " + PlanDays.jam(worked) + " dari " + PlanDays.jam(required)
                        + " yang diwajibkan." + balanceId + PlanDays.jam(missing) + ".",
                "Effective working time this week was " + PlanDays.hours(worked) + " of the "
                        + PlanDays.hours(required) + " required." + balanceEn
                        + (flex == WeekPlan.FlexType.DINAMIS ? "short by " : "") + PlanDays.hours(missing) + "."))
                .on(last));
    }
}
