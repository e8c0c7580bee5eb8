package id.fleksi.planning;

import id.fleksi.IntegrationTest;
import id.fleksi.rules.Determination;
import id.fleksi.rules.UnitPresence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A board of many units is judged in SQL: the units it shows first, its totals per day and its days below the
 * minimum presence are what judging every unit's day with {@link UnitPresence} (KUOTA_LOKASI, LAYANAN_MINIMUM)
 * gives, over 45 units with stored figures of a week of 2031 (a Wednesday off).
 */
class RankedWeekTest extends IntegrationTest {

    static final LocalDate MONDAY = LocalDate.of(2031, 3, 10);
    static final LocalDate HOLIDAY = MONDAY.plusDays(2);
    static final PresenceFigures.Caps CAPS = new PresenceFigures.Caps(40, 50);
    static final int UNITS = 45;

    @Autowired
    PresenceFigures figures;

    static Set<Long> unitIds;
    /** Per unit id: staff, then away and absent for each of the five days. */
    static Map<Long, int[]> week;
    static Map<Long, String> codes;

    @BeforeAll
    static void units(@Autowired JdbcClient jdbc) {
        unitIds = new HashSet<>();
        week = new HashMap<>();
        codes = new HashMap<>();
        for (int u = 0; u < UNITS; u++) {
            int staff = 2 + u % 4;
            PlanTestUnits.TestUnit unit = PlanTestUnits.create(jdbc, "PERINGKAT", staff, false);
            long id = jdbc.sql("select id from unit where code = :code").param("code", unit.code())
                    .query(Long.class).single();
            int[] figures = new int[11];
            figures[0] = staff;
            for (int day = 0; day < 5; day++) {
                // a spread of units: some above the quota, some below the minimum, on the day off too
                int away = (u * 7 + day * 3) % (staff + 1);
                int absent = (u + day) % 5 == 0 ? Math.min(1, staff - away) : 0;
                figures[1 + day * 2] = away;
                figures[2 + day * 2] = absent;
                if (away + absent > 0) {
                    jdbc.sql("insert into presence_day (unit_id, day, away, absent) values (:unit, :day, :away, :absent)")
                            .param("unit", id).param("day", MONDAY.plusDays(day)).param("away", away)
                            .param("absent", absent).update();
                }
            }
            unitIds.add(id);
            week.put(id, figures);
            codes.put(id, unit.code());
        }
    }

    @Test
    void theUnitsShownFirstAreTheUnitsMostInNeedAsTheRulesJudgeThem() {
        PresenceFigures.RankedWeek ranked = figures.ranked(unitIds, MONDAY, CAPS, Set.of(HOLIDAY), 0, 12, 50);

        List<int[]> expected = new ArrayList<>(unitIds.stream().map(this::keys).toList());
        Comparator<int[]> order = Comparator.<int[]>comparingInt(keys -> -keys[0]).thenComparingInt(keys -> -keys[1])
                .thenComparingInt(keys -> -keys[2]);
        expected.sort(order);
        List<int[]> shown = ranked.units().stream().map(unit -> keys(unit.unitId())).toList();
        assertThat(ranked.unitCount()).isEqualTo(UNITS);
        assertThat(shown).hasSize(12);
        assertThat(shown).extracting(keys -> List.of(keys[0], keys[1], keys[2]))
                .containsExactlyElementsOf(expected.subList(0, 12).stream()
                        .map(keys -> List.of(keys[0], keys[1], keys[2])).toList());
        assertThat(shown.get(0)[0]).as("the first unit has days below the minimum").isPositive();
        // between equal keys, by code
        for (int i = 1; i < shown.size(); i++) {
            if (order.compare(shown.get(i - 1), shown.get(i)) == 0) {
                assertThat(ranked.units().get(i - 1).code()).isLessThan(ranked.units().get(i).code());
            }
        }
        // the next page goes on in the same order
        PresenceFigures.RankedWeek next = figures.ranked(unitIds, MONDAY, CAPS, Set.of(HOLIDAY), 12, 12, 50);
        assertThat(next.units()).extracting(unit -> List.of(keys(unit.unitId())[0], keys(unit.unitId())[1],
                        keys(unit.unitId())[2]))
                .containsExactlyElementsOf(expected.subList(12, 24).stream()
                        .map(keys -> List.of(keys[0], keys[1], keys[2])).toList());
        assertThat(next.units()).extracting(PresenceFigures.UnitWeek::unitId)
                .doesNotContainAnyElementsOf(ranked.units().stream().map(PresenceFigures.UnitWeek::unitId).toList());
        // the days of the units shown are their stored figures
        for (PresenceFigures.UnitWeek unit : ranked.units()) {
            int[] figures = week.get(unit.unitId());
            assertThat(unit.staff()).isEqualTo(figures[0]);
            for (int day = 0; day < 5; day++) {
                assertThat(unit.away()[day]).isEqualTo(figures[1 + day * 2]);
                assertThat(unit.absent()[day]).isEqualTo(figures[2 + day * 2]);
            }
        }
    }

    @Test
    void theTotalsAndTheDaysBelowTheMinimumAreThoseOfEveryUnit() {
        PresenceFigures.RankedWeek ranked = figures.ranked(unitIds, MONDAY, CAPS, Set.of(HOLIDAY), 0, 12, 5);

        long staff = 0;
        long[] away = new long[5];
        boolean[] above = new boolean[5];
        List<String> breaches = new ArrayList<>();
        for (long id : unitIds.stream().sorted(Comparator.comparing(codes::get)).toList()) {
            int[] figures = week.get(id);
            staff += figures[0];
            for (int day = 0; day < 5; day++) {
                away[day] += figures[1 + day * 2];
                UnitPresence.DayPresence presence = presence(figures, day);
                boolean working = day != 2;
                above[day] |= working && UnitPresence.aboveQuota(policy(), presence);
                if (working && UnitPresence.belowMinimum(policy().minOfficePresencePercent(), presence)) {
                    breaches.add(codes.get(id) + " " + MONDAY.plusDays(day));
                }
            }
        }
        assertThat(ranked.staff()).isEqualTo(staff);
        assertThat(ranked.away()).containsExactly(away);
        assertThat(ranked.aboveQuota()).containsExactly(above);
        assertThat(ranked.aboveQuota()[2]).as("the day off is not judged").isFalse();
        assertThat(ranked.breachCount()).isEqualTo(breaches.size()).isGreaterThan(5);
        assertThat(ranked.breaches()).extracting(day -> day.code() + " " + day.day())
                .containsExactlyElementsOf(breaches.subList(0, 5));
    }

    @Test
    void withoutADeterminationNothingIsJudgedAndAFewUnitsKeepTheirOrder() {
        Set<Long> few = new HashSet<>(unitIds.stream().sorted().limit(5).toList());
        PresenceFigures.RankedWeek ranked = figures.ranked(few, MONDAY, null, Set.of(), 0, 12, 50);

        assertThat(ranked.units()).extracting(PresenceFigures.UnitWeek::code)
                .containsExactlyElementsOf(few.stream().map(codes::get).sorted().toList());
        assertThat(ranked.breachCount()).isZero();
        assertThat(ranked.aboveQuota()).containsOnly(false);
    }

    /** Days below the minimum, days above the quota, the highest share away on a day, as the rules judge them. */
    private int[] keys(long unitId) {
        int[] figures = week.get(unitId);
        int below = 0;
        int above = 0;
        int highest = 0;
        for (int day = 0; day < 5; day++) {
            UnitPresence.DayPresence presence = presence(figures, day);
            boolean working = day != 2;
            below += working && UnitPresence.belowMinimum(policy().minOfficePresencePercent(), presence) ? 1 : 0;
            above += working && UnitPresence.aboveQuota(policy(), presence) ? 1 : 0;
            highest = Math.max(highest, presence.lokasi());
        }
        return new int[]{below, above, highest * 100 / figures[0]};
    }

    private static UnitPresence.DayPresence presence(int[] figures, int day) {
        return new UnitPresence.DayPresence(MONDAY.plusDays(day), figures[0], figures[1 + day * 2],
                figures[2 + day * 2]);
    }

    private static Determination policy() {
        return new Determination(MONDAY, "800.1/12/2031", true, Set.of(), 2, CAPS.lokasiPercentCap(), Set.of(), false,
                Set.of(), false, null, 0, 6, null, CAPS.minOfficePresencePercent(), List.of());
    }
}
