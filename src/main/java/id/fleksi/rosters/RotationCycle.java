package id.fleksi.rosters;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A rotation as plain data: a cycle of weeks, seven cells a week, each a template code or {@link #OFF}; day 0 of
 * the cycle is the Monday it starts on, and an employee who starts {@code offset} days into it works, on any
 * date, the cell {@code (days since the start + offset) mod length}. A pattern such as three days on and two off
 * fills the weeks by repeating itself.
 */
final class RotationCycle {

    /** A day without a shift. */
    static final String OFF = "OFF";
    static final int MAX_WEEKS = 8;
    /** What a head may type for a day off in a pattern. */
    private static final Set<String> OFF_WORDS = Set.of(OFF, "L", "LIBUR", "-");

    private RotationCycle() {
    }

    /** The cell an employee starting {@code offset} days into the cycle works on the day. */
    static String cellOn(LocalDate startsOn, List<String> cells, int offset, LocalDate day) {
        long index = ChronoUnit.DAYS.between(startsOn, day) + offset;
        return cells.get((int) Math.floorMod(index, (long) cells.size()));
    }

    /** The tokens of a pattern typed as "M M M L L" or "M,M,M,OFF,OFF", each a code or OFF, in capitals. */
    static List<String> tokens(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            return List.of();
        }
        return Arrays.stream(pattern.strip().split("[\\s,;]+"))
                .map(token -> token.toUpperCase(Locale.ROOT))
                .map(token -> OFF_WORDS.contains(token) ? OFF : token)
                .toList();
    }

    /** The pattern repeated over {@code weeks} weeks of seven days, from day 0 of the cycle. */
    static List<String> repeat(List<String> pattern, int weeks) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < weeks * 7; i++) {
            cells.add(pattern.get(i % pattern.size()));
        }
        return cells;
    }
}
