package id.fleksi.planning;

import id.fleksi.rules.WeekPlan;
import org.threeten.extra.YearWeek;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

/** ISO weeks ("2026-W49") and months ("2026-12") as the inbox and the unit calendar take them from a link. */
final class IsoWeeks {

    private IsoWeeks() {
    }

    /** The Monday of the week, or empty when the text is no ISO week. */
    static Optional<LocalDate> monday(String isoWeek) {
        if (isoWeek == null || !isoWeek.strip().matches("\\d{4}-W\\d{2}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new WeekPlan(isoWeek.strip(), null, List.of()).monday());
        } catch (IllegalArgumentException noSuchWeek) {
            return Optional.empty();
        }
    }

    /** The ISO week of a day, e.g. "2026-W49". */
    static String of(LocalDate day) {
        return YearWeek.from(day).toString();
    }

    static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The month, or empty when the text is no month like "2026-12". */
    static Optional<YearMonth> month(String text) {
        if (text == null || !text.strip().matches("\\d{4}-\\d{2}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(text.strip()));
        } catch (DateTimeParseException noSuchMonth) {
            return Optional.empty();
        }
    }
}
