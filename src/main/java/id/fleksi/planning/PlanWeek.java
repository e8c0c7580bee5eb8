package id.fleksi.planning;

import id.fleksi.rules.Regulation;
import id.fleksi.rules.WeekPlan;
import org.threeten.extra.YearWeek;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

/** An ISO week as the employee's pages name it ("2026-W49"), with its Monday. */
record PlanWeek(String iso, LocalDate monday) {

    static PlanWeek of(LocalDate day) {
        LocalDate monday = day.with(DayOfWeek.MONDAY);
        return new PlanWeek(YearWeek.from(monday).toString(), monday);
    }

    /** The week after the one of this day: the week an employee plans. */
    static PlanWeek after(LocalDate today) {
        return of(today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)));
    }

    /** The week named "2026-W49", or empty when there is no such week. */
    static Optional<PlanWeek> parse(String iso) {
        if (iso == null || !iso.strip().matches("\\d{4}-W\\d{2}")) {
            return Optional.empty();
        }
        try {
            LocalDate monday = new WeekPlan(iso.strip(), null, List.of()).monday();
            // the regulation's values are held from the day it is taken to be in force; no week is judged before
            return monday.isBefore(Regulation.IN_FORCE_FROM) ? Optional.empty() : Optional.of(of(monday));
        } catch (IllegalArgumentException noSuchWeek) {
            return Optional.empty();
        }
    }

    public PlanWeek previous() {
        return of(monday.minusWeeks(1));
    }

    public PlanWeek next() {
        return of(monday.plusWeeks(1));
    }

    public LocalDate sunday() {
        return monday.plusDays(6);
    }
}
