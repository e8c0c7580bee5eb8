package id.fleksi.planning;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The weeks of units judged lately, each under the question asked and the version of the figures it was judged
 * from: a ministry's board judges 2,500 units a view, and the PPK, HR and the heads above many units ask the same
 * week again and again while nothing in it changes. Any change of a unit's day, a unit or its staff gives the
 * figures a new version (see {@link PresenceFigures#ranked}), so that every instance judges the week afresh after
 * it. The weeks kept are shared by those who ask: read them, never change them.
 */
final class RecentWeeks {

    /** How many weeks are kept: the institution's pages of a few weeks, and the heads' own. */
    static final int KEPT = 64;

    private final Map<Key, Kept> kept = new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
            return size() > KEPT;
        }
    };

    synchronized Optional<PresenceFigures.RankedWeek> get(Key key, String version) {
        Kept week = kept.get(key);
        return week != null && week.version().equals(version) ? Optional.of(week.week()) : Optional.empty();
    }

    synchronized void put(Key key, String version, PresenceFigures.RankedWeek week) {
        kept.put(key, new Kept(version, week));
    }

    /** The question: the units ({@code null}: all), the week, the caps, the days off and the part shown. */
    record Key(Set<Long> unitIds, LocalDate monday, PresenceFigures.Caps caps, Set<LocalDate> daysOff,
               long firstUnit, int maxUnits, int maxBreaches) {

        Key {
            unitIds = unitIds == null ? null : Set.copyOf(unitIds);
            daysOff = Set.copyOf(daysOff);
        }
    }

    private record Kept(String version, PresenceFigures.RankedWeek week) {
    }
}
