package id.fleksi.rules;

import org.threeten.extra.YearWeek;

import java.time.DayOfWeek;
import java.time.LocalDate;
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
        try {
            YearWeek week = YearWeek.parse(isoWeek);
            // parsing is lenient: "2025-W53" would become 2026-W01
            if (!week.toString().equals(isoWeek)) {
                throw new IllegalArgumentException("No such ISO week: " + isoWeek);
            }
            return week.atDay(DayOfWeek.MONDAY);
        } catch (java.time.DateTimeException noSuchWeek) {
            throw new IllegalArgumentException("No such ISO week: " + isoWeek, noSuchWeek);
        }
    }

    /** Time flexibility of the plan: none, dinamis (Pasal 18 huruf b, 20) or sif (Pasal 18 huruf a, 19). */
    public enum FlexType { NONE, DINAMIS, SIF }
}
