package id.fleksi.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The employee's change of their approved plan, which their direct superior decides (Pasal 8 ayat (2)): a day
 * already past is not changed, what was planned for it stays as approved; today and later days may change.
 */
public final class PlanChange {

    private PlanChange() {
    }

    /**
     * The days whose plan differs between the approved days and the asked ones, in date order: a day of one not in
     * the other counts as changed.
     */
    public static List<LocalDate> changedDays(List<PlanDay> approved, List<PlanDay> asked) {
        Map<LocalDate, PlanDay> before = byDate(approved);
        Map<LocalDate, PlanDay> after = byDate(asked);
        TreeSet<LocalDate> dates = new TreeSet<>(before.keySet());
        dates.addAll(after.keySet());
        return dates.stream().filter(date -> !Objects.equals(before.get(date), after.get(date))).toList();
    }

    /**
     * Why the change cannot be asked for: one ERROR for each changed day before today.
     *
     * @param today the institution's date today
     */
    public static List<Violation> judge(LocalDate today, List<PlanDay> approved, List<PlanDay> asked) {
        List<Violation> refusals = new ArrayList<>();
        for (LocalDate day : changedDays(approved, asked)) {
            if (day.isBefore(today)) {
                refusals.add(Violation.error(RuleCode.PERUBAHAN_RENCANA, Text.of(Dates.id(day)
                                + " sudah lewat; rencana hari itu tetap seperti yang disetujui. Ubah hanya hari ini "
                                + "atau sesudahnya.", Dates.en(day) + " has passed; its plan stays as approved. Change "
                                + "only today or a later day."))
                        .on(day));
            }
        }
        return refusals;
    }

    private static Map<LocalDate, PlanDay> byDate(List<PlanDay> days) {
        return days.stream().collect(Collectors.toMap(PlanDay::date, Function.identity(), (a, b) -> b,
                TreeMap::new));
    }
}
