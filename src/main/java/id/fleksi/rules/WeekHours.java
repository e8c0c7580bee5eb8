package id.fleksi.rules;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static id.fleksi.rules.LegalRef.pasal;

/**
 * The days and hours of a weekly plan.
 *
 * <p>Pasal 2: "(1) Hari Kerja Instansi Pemerintah sebanyak 5 (lima) hari kerja dalam 1 (satu) minggu. (2) ...
 * yaitu hari Senin, Selasa, Rabu, Kamis, dan Jumat." Pasal 3 ayat (1): "Jam Kerja ... sebanyak 37 (tiga puluh
 * tujuh) jam 30 (tiga puluh) menit dalam 1 (satu) minggu tidak termasuk jam istirahat." Ayat (6): "Jam kerja
 * Pegawai ASN ... dapat diatur secara fleksibel oleh PPK atau pimpinan instansi." Pasal 20 ayat (2):
 * "Pengaturan Jam Kerja Pegawai ASN pada Fleksibilitas Kerja dinamis ... ditetapkan oleh PPK atau pimpinan
 * instansi."
 */
final class WeekHours {

    private WeekHours() {
    }

    /** The working days of the week: Monday to Friday (Pasal 2 ayat (2)) that are not holidays. */
    static List<LocalDate> workingDays(LocalDate monday, Set<LocalDate> holidays) {
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < WorkWeek.WORKING_DAY_COUNT; i++) {
            LocalDate day = monday.plusDays(i);
            if (!holidays.contains(day)) {
                days.add(day);
            }
        }
        return days;
    }

    /** HARI_KERJA, Pasal 2: every working day is covered; outside sif, no work on Saturday or Sunday. */
    static List<Violation> workingDays(WeekPlan plan, LocalDate monday, Set<LocalDate> holidays) {
        List<Violation> found = new ArrayList<>();
        Map<LocalDate, Integer> entries = new TreeMap<>();
        plan.days().forEach(day -> entries.merge(day.date(), 1, Integer::sum));
        for (LocalDate day : workingDays(monday, holidays)) {
            if (!entries.containsKey(day)) {
                found.add(Violation.error(RuleCode.HARI_KERJA, Text.of(
                        "Hari kerja " + Dates.id(day) + " tidak ada dalam rencana.",
                        "The working day " + Dates.en(day) + " is missing from the plan.")).on(day));
            }
        }
        entries.forEach((day, count) -> {
            if (day.isBefore(monday) || day.isAfter(monday.plusDays(6))) {
                found.add(Violation.error(RuleCode.HARI_KERJA, Text.of(
                        "Tanggal " + Dates.id(day) + " tidak termasuk minggu " + plan.isoWeek() + ".",
                        "The date " + Dates.en(day) + " is not in week " + plan.isoWeek() + ".")).on(day));
            }
            if (count > 1) {
                found.add(Violation.error(RuleCode.HARI_KERJA, Text.of(
                        "Tanggal " + Dates.id(day) + " direncanakan lebih dari sekali.",
                        "The date " + Dates.en(day) + " is planned more than once.")).on(day));
            }
        });
        if (plan.flexType() != WeekPlan.FlexType.SIF) {
            plan.days().stream()
                    .filter(day -> !WorkWeek.isWorkingDay(day.date()) && day.kind() != PlanDay.DayKind.CUTI)
                    .map(PlanDay::date).distinct().sorted()
                    .forEach(day -> found.add(Violation.error(RuleCode.HARI_KERJA, pasal("Pasal 2 ayat (2)"),
                            Text.of("Di luar sif, tidak ada kerja pada hari Sabtu atau Minggu (" + Dates.id(day)
                                            + "); hari kerja adalah Senin sampai Jumat.",
                                    "Outside shift work there is no work on Saturday or Sunday (" + Dates.en(day)
                                            + "); the working days are Monday to Friday.")).on(day)));
        }
        return found;
    }

    /** The minutes the week requires: 7h30m for each working day that is neither a holiday nor leave. */
    static int requiredMinutes(WeekPlan plan, LocalDate monday, Set<LocalDate> holidays) {
        int required = 0;
        for (LocalDate day : workingDays(monday, holidays)) {
            boolean onLeave = plan.days().stream()
                    .anyMatch(planned -> planned.date().equals(day) && planned.kind() == PlanDay.DayKind.CUTI);
            if (!onLeave) {
                required += WorkWeek.minutesPerWorkingDay(day);
            }
        }
        return required;
    }

    /** The effective minutes of the plan's days; outside sif a day that ends before it starts counts none. */
    static int plannedMinutes(WeekPlan plan) {
        return plan.days().stream()
                .filter(day -> plan.flexType() == WeekPlan.FlexType.SIF || !reversed(day))
                .mapToInt(PlanDays::effectiveMinutes).sum();
    }

    /** JAM_KERJA_MINGGUAN, Pasal 3 ayat (1): the effective minutes reach the week's requirement. */
    static List<Violation> weeklyHours(int required, int planned) {
        if (planned >= required) {
            return List.of();
        }
        return List.of(Violation.error(RuleCode.JAM_KERJA_MINGGUAN, pasal("Pasal 3 ayat (1)"), Text.of(
                "Jam kerja efektif " + PlanDays.jam(planned) + " kurang dari " + PlanDays.jam(required)
                        + " yang diwajibkan minggu ini (7 jam 30 menit per hari kerja, di luar istirahat).",
                "Effective working time of " + PlanDays.hours(planned) + " is less than the "
                        + PlanDays.hours(required)
                        + " this week requires (7 h 30 min per working day, breaks excluded).")));
    }

    /** ISTIRAHAT, Pasal 3 ayat (5): outside sif, a break given is at least 60 minutes, on Friday 90. */
    static List<Violation> breaks(WeekPlan plan) {
        List<Violation> found = new ArrayList<>();
        if (plan.flexType() == WeekPlan.FlexType.SIF) {
            return found;
        }
        for (PlanDay day : plan.days()) {
            if (!PlanDays.ownHours(day) || day.kind() == PlanDay.DayKind.SIF || day.breakMinutes() == null) {
                continue;
            }
            int least = WorkWeek.standardBreakMinutes(day.date());
            if (day.breakMinutes() < least) {
                boolean friday = WorkWeek.friday(day.date());
                found.add(Violation.error(RuleCode.ISTIRAHAT,
                        pasal(friday ? "Pasal 3 ayat (5) huruf a" : "Pasal 3 ayat (5) huruf b"), Text.of(
                                "Istirahat " + day.breakMinutes() + " menit pada " + Dates.id(day.date())
                                        + " kurang dari " + least + " menit.",
                                "A break of " + day.breakMinutes() + " minutes on " + Dates.en(day.date())
                                        + " is shorter than " + least + " minutes.")).on(day.date()));
            }
        }
        return found;
    }

    /**
     * JAM_MULAI_SELESAI, Pasal 3: outside sif (Pasal 19) a day's work ends after it starts, the same day; an end
     * at or before the start is a slip of the hand, not a day of 23 hours.
     */
    static List<Violation> endAfterStart(WeekPlan plan) {
        List<Violation> found = new ArrayList<>();
        if (plan.flexType() == WeekPlan.FlexType.SIF) {
            return found;
        }
        for (PlanDay day : plan.days()) {
            if (reversed(day)) {
                found.add(Violation.error(RuleCode.JAM_MULAI_SELESAI, Text.of(
                        "Pada " + Dates.id(day.date()) + " jam selesai " + PlanDays.time(PlanDays.end(day))
                                + " tidak setelah jam mulai " + PlanDays.time(PlanDays.start(day))
                                + ". Di luar sif, kerja selesai pada hari yang sama setelah dimulai: perbaiki jam selesai.",
                        "On " + Dates.en(day.date()) + " the end " + PlanDays.time(PlanDays.end(day))
                                + " is not after the start " + PlanDays.time(PlanDays.start(day))
                                + ". Outside shift work, work ends the same day after it starts: correct the end."))
                        .on(day.date()));
            }
        }
        return found;
    }

    /** A day of one's own hours, not a shift, whose end is not after its start. */
    static boolean reversed(PlanDay day) {
        return PlanDays.ownHours(day) && day.kind() != PlanDay.DayKind.SIF
                && !PlanDays.end(day).isAfter(PlanDays.start(day));
    }

    /**
     * JAM_MULAI_SELESAI, Pasal 3 ayat (2)-(4), (6): without time flexibility, a day starts at 07.30, or later by
     * at most the PPK's allowance, and ends at the standard end plus the lateness, made up the same day.
     */
    static List<Violation> startAndEnd(WeekPlan plan, Determination policy) {
        List<Violation> found = new ArrayList<>();
        if (plan.flexType() != WeekPlan.FlexType.NONE) {
            return found;
        }
        int allowance = policy == null ? 0 : Math.max(0, policy.lateStartMaxMinutes());
        for (PlanDay day : plan.days()) {
            if (!PlanDays.ownHours(day) || day.kind() == PlanDay.DayKind.SIF || reversed(day)) {
                continue;
            }
            LocalTime start = PlanDays.start(day);
            LocalTime standardStart = WorkWeek.standardStart(day.date());
            int late = (start.toSecondOfDay() - standardStart.toSecondOfDay()) / 60;
            LocalTime lastStart = standardStart.plusMinutes(allowance);
            LocalTime dueEnd = WorkWeek.standardEnd(day.date()).plusMinutes(Math.max(0, late));
            LocalTime end = PlanDays.end(day);
            LocalDate date = day.date();
            LegalRef article = pasal(allowance > 0 ? "Pasal 3 ayat (6)" : "Pasal 3 ayat (2)");
            if (late < 0 || late > allowance) {
                found.add(Violation.error(RuleCode.JAM_MULAI_SELESAI, article, Text.of(
                        "Pada " + Dates.id(date) + " kerja dimulai pukul " + PlanDays.time(start)
                                + "; mulai pukul " + PlanDays.time(standardStart)
                                + (allowance > 0 ? " sampai paling lambat " + PlanDays.time(lastStart) : "") + ".",
                        "On " + Dates.en(date) + " work starts at " + PlanDays.time(start) + "; it starts at "
                                + PlanDays.time(standardStart)
                                + (allowance > 0 ? ", at the latest " + PlanDays.time(lastStart) : "") + "."))
                        .on(date));
            } else if (end.isBefore(dueEnd) || end.isBefore(start)) {
                found.add(Violation.error(RuleCode.JAM_MULAI_SELESAI,
                        pasal(late > 0 ? "Pasal 3 ayat (6)" : WorkWeek.friday(date) ? "Pasal 3 ayat (4)"
                                : "Pasal 3 ayat (3)"), Text.of(
                        "Pada " + Dates.id(date) + " kerja selesai pukul " + PlanDays.time(end)
                                + ", sebelum pukul " + PlanDays.time(dueEnd)
                                + (late > 0 ? " (keterlambatan mulai diganti pada hari yang sama)" : "") + ".",
                        "On " + Dates.en(date) + " work ends at " + PlanDays.time(end) + ", before "
                                + PlanDays.time(dueEnd)
                                + (late > 0 ? " (a late start is made up the same day)" : "") + ".")).on(date));
            }
        }
        return found;
    }

    /** DINAMIS_JAM, Pasal 20 ayat (2): dinamis hours within the PPK's window, core hours and daily minimum. */
    static List<Violation> dinamis(EmployeeFacts employee, WeekPlan plan, Determination policy) {
        List<Violation> found = new ArrayList<>();
        Determination.Applied<Determination.DinamisHours> applied =
                plan.flexType() != WeekPlan.FlexType.DINAMIS || policy == null ? null : policy.dinamisFor(employee);
        if (applied == null) {
            return found;
        }
        // a scoped arrangement overrides the institution's for those in its scope, and the verdict names it
        Determination.DinamisHours hours = applied.value();
        Text scope = applied.appliesTo();
        for (PlanDay day : plan.days()) {
            if (!PlanDays.ownHours(day) || reversed(day)) {
                continue;
            }
            LocalTime start = PlanDays.start(day);
            LocalTime end = PlanDays.end(day);
            List<String> id = new ArrayList<>();
            List<String> en = new ArrayList<>();
            if (hours.earliestStart() != null && start.isBefore(hours.earliestStart())) {
                id.add("mulai sebelum pukul " + PlanDays.time(hours.earliestStart()));
                en.add("starts before " + PlanDays.time(hours.earliestStart()));
            }
            if (hours.latestEnd() != null && end.isAfter(hours.latestEnd())) {
                id.add("selesai setelah pukul " + PlanDays.time(hours.latestEnd()));
                en.add("ends after " + PlanDays.time(hours.latestEnd()));
            }
            if (hours.coreStart() != null && hours.coreEnd() != null
                    && (start.isAfter(hours.coreStart()) || end.isBefore(hours.coreEnd()))) {
                id.add("tidak mencakup jam inti " + PlanDays.time(hours.coreStart()) + "-"
                        + PlanDays.time(hours.coreEnd()));
                en.add("does not cover the core hours " + PlanDays.time(hours.coreStart()) + "-"
                        + PlanDays.time(hours.coreEnd()));
            }
            int effective = PlanDays.effectiveMinutes(day);
            if (hours.minMinutesPerDay() != null && effective < hours.minMinutesPerDay()) {
                id.add("kurang dari " + hours.minMinutesPerDay() + " menit kerja");
                en.add("has fewer than " + hours.minMinutesPerDay() + " minutes of work");
            }
            if (!id.isEmpty()) {
                found.add(Violation.error(RuleCode.DINAMIS_JAM, Text.of(
                        "Pada " + Dates.id(day.date()) + " kerja dinamis " + String.join(", ", id)
                                + ", di luar pengaturan PPK (" + policy.decreeNumber() + ")." + scope.indonesian(),
                        "On " + Dates.en(day.date()) + " dynamic work " + String.join(", ", en)
                                + ", outside the PPK's arrangement (" + policy.decreeNumber() + ")."
                                + scope.english()))
                        .on(day.date()));
            }
        }
        return found;
    }

}
