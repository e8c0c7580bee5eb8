package id.fleksi.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;

/**
 * One employee's plan for one ISO week ("2026-W48"). Location flexibility follows from the day kinds; time
 * flexibility is the plan's {@link FlexType}.
 */
public record WeekPlan(String isoWeek, FlexType flexType, List<PlanDay> days) {

    public WeekPlan {
        if (isoWeek == null || !isoWeek.matches("\\d{4}-W\\d{2}")) {
            throw new IllegalArgumentException("An ISO week reads like '2026-W48': " + isoWeek);
        }
        flexType = flexType == null ? FlexType.NONE : flexType;
        days = days == null ? List.of() : List.copyOf(days);
    }

    /** The Monday of the week. */
    public LocalDate monday() {
        int year = Integer.parseInt(isoWeek.substring(0, 4));
        int week = Integer.parseInt(isoWeek.substring(6));
        if (week < 1 || week > 53) {
            throw new IllegalArgumentException("No such ISO week: " + isoWeek);
        }
        LocalDate monday;
        try {
            monday = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
        } catch (java.time.DateTimeException noSuchWeek) {
            throw new IllegalArgumentException("No such ISO week: " + isoWeek, noSuchWeek);
        }
        if (monday.get(IsoFields.WEEK_BASED_YEAR) != year) {
            throw new IllegalArgumentException("No such ISO week: " + isoWeek);
        }
        return monday;
    }

    /** Time flexibility of the plan: none, dinamis (Pasal 18 huruf b, 20) or sif (Pasal 18 huruf a, 19). */
    public enum FlexType { NONE, DINAMIS, SIF }
}
