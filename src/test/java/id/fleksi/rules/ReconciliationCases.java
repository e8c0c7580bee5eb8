package id.fleksi.rules;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The cases of {@code rules/reconciliation-cases.txt} as weeks to reconcile, read once for the rules' own test
 * and for the test of the same judgement in SQL.
 */
public final class ReconciliationCases {

    public static final List<String> WEEKDAYS = List.of("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su");
    public static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private ReconciliationCases() {
    }

    /**
     * One line of the table.
     *
     * @param expected the findings as the table writes them ("ok", CODE@Dd, ~ for a warning)
     * @param figures  the minutes required and worked, "h.mm h.mm"
     */
    public record Case(String name, Reconciliation.Week week, Set<String> expected, String figures) {

        @Override
        public String toString() {
            return name;
        }
    }

    public static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        for (String[] cells : CaseTables.rows("/rules/reconciliation-cases.txt")) {
            cases.add(new Case(cells[0], week(cells[1], cells[2], cells[3], cells[4]),
                    new TreeSet<>(List.of(cells[5].split("\\s+"))), cells[6]));
        }
        return cases;
    }

    /** Minutes as the table writes them: "37.30". */
    public static String hhmm(int minutes) {
        return PlanDays.hhmm(minutes);
    }

    public static Reconciliation.Week week(String facts, String planCell, String attendanceCell,
                                            String outputsCell) {
        Map<String, String> given = new LinkedHashMap<>(Map.of("flex", "NONE", "holidays", "", "late", "0",
                "asof", "Su"));
        if (!facts.equals("-")) {
            for (String setting : facts.split("\\s+")) {
                String[] pair = setting.split("=", 2);
                given.put(pair[0], pair[1]);
            }
        }
        WeekPlan plan = planCell.equals("none") ? null
                : new WeekPlan("2026-W48", WeekPlan.FlexType.valueOf(given.get("flex")), planDays(planCell));
        Map<LocalDate, Integer> outputs = new HashMap<>();
        if (!outputsCell.equals("-")) {
            for (String day : outputsCell.split("\\s+")) {
                outputs.put(day(day), 1);
            }
        }
        Set<LocalDate> holidays = given.get("holidays").isEmpty() ? Set.of()
                : Arrays.stream(given.get("holidays").split(",")).map(ReconciliationCases::day)
                .collect(Collectors.toSet());
        return new Reconciliation.Week(MONDAY, plan, attended(attendanceCell), outputs, holidays,
                Integer.parseInt(given.get("late")), day(given.get("asof")));
    }

    private static LocalDate day(String weekday) {
        return MONDAY.plusDays(WEEKDAYS.indexOf(weekday));
    }

    private static List<PlanDay> planDays(String cell) {
        return planDays(MONDAY, cell);
    }

    /**
     * The days cell of the case tables, for the week of {@code monday}: "week" is Monday to Friday at the placement
     * office with the standard hours; then each token "Dd:KIND[/start-end][/break]" sets or replaces a day, "Dd:-"
     * removes it.
     */
    static List<PlanDay> planDays(LocalDate monday, String cell) {
        Map<LocalDate, PlanDay> days = new TreeMap<>();
        for (String token : cell.split("\\s+")) {
            if (token.equals("week")) {
                for (int i = 0; i < 5; i++) {
                    days.put(monday.plusDays(i), new PlanDay(monday.plusDays(i), PlanDay.DayKind.KANTOR, null,
                            null, null, null, null));
                }
                continue;
            }
            String[] parts = token.split("[:/]", 2);
            LocalDate date = monday.plusDays(WEEKDAYS.indexOf(parts[0]));
            String[] rest = parts[1].split("/");
            if (rest[0].equals("-")) {
                days.remove(date);
                continue;
            }
            LocalTime start = null;
            LocalTime end = null;
            Integer pause = null;
            for (int i = 1; i < rest.length; i++) {
                if (rest[i].contains("-")) {
                    start = LocalTime.parse(rest[i].split("-")[0]);
                    end = LocalTime.parse(rest[i].split("-")[1]);
                } else {
                    pause = Integer.valueOf(rest[i]);
                }
            }
            days.put(date, new PlanDay(date, PlanDay.DayKind.valueOf(rest[0]), start, end, pause, null, null));
        }
        return new ArrayList<>(days.values());
    }

    private static Map<LocalDate, Reconciliation.Attended> attended(String cell) {
        Map<LocalDate, Reconciliation.Attended> days = new TreeMap<>();
        for (String token : cell.split("\\s+")) {
            if (token.equals("week")) {
                for (int i = 0; i < 5; i++) {
                    LocalDate date = MONDAY.plusDays(i);
                    days.put(date, new Reconciliation.Attended(date, Reconciliation.Place.KANTOR,
                            WorkWeek.standardStart(date), WorkWeek.standardEnd(date), false));
                }
                continue;
            }
            String[] parts = token.split(":", 2);
            LocalDate date = day(parts[0]);
            String[] rest = parts[1].split("/");
            if (rest[0].equals("-")) {
                days.remove(date);
                continue;
            }
            boolean otherOffice = rest[0].equals("KANTOR_LAIN");
            Reconciliation.Place place = Reconciliation.Place.valueOf(otherOffice ? "KANTOR" : rest[0]);
            LocalTime in = place == Reconciliation.Place.DINAS_LUAR ? null : WorkWeek.standardStart(date);
            LocalTime out = place == Reconciliation.Place.DINAS_LUAR ? null : WorkWeek.standardEnd(date);
            if (rest.length > 1) {
                String[] times = rest[1].split("-", -1);
                in = times[0].isEmpty() ? null : LocalTime.parse(times[0]);
                out = times[1].isEmpty() ? null : LocalTime.parse(times[1]);
            }
            days.put(date, new Reconciliation.Attended(date, place, in, out, otherOffice));
        }
        return days;
    }

    /** The findings as the table writes them: "ok" when none, else CODE@Dd, ~ for a warning. */
    public static Set<String> describe(Reconciliation.Result result) {
        return describe(result.findings());
    }

    /** Findings as the table writes them: "ok" when none, else CODE@Dd, ~ for a warning. */
    public static Set<String> describe(List<Violation> findings) {
        Set<String> tokens = new TreeSet<>();
        if (findings.isEmpty()) {
            tokens.add("ok");
        }
        findings.forEach(v -> tokens.add((v.blocks() ? "" : "~") + v.rule().name() + "@"
                + WEEKDAYS.get((int) (v.date().toEpochDay() - MONDAY.toEpochDay()))));
        return tokens;
    }
}
