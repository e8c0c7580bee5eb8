package id.fleksi.dashboard;

import id.fleksi.dashboard.Dashboards.Cell;
import id.fleksi.dashboard.Dashboards.UnitRow;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A board of thousands of units shows the units to look at first, within the limit of its heatmap. */
class MostInNeedTest {

    static final LocalDate MONDAY = LocalDate.of(2027, 3, 8);

    @Test
    void unitsBelowTheMinimumComeFirstThenAboveTheQuotaThenTheHighestShareAway() {
        List<UnitRow> units = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            units.add(unit("U-%03d".formatted(i), 10, i % 7, 0, 0));
        }
        units.add(unit("Z-BELOW-2", 10, 1, 2, 0));
        units.add(unit("Z-BELOW-1", 10, 9, 1, 0));
        units.add(unit("Z-ABOVE", 10, 1, 0, 1));

        List<UnitRow> shown = Dashboards.mostInNeed(units);

        assertThat(shown).hasSize(Dashboards.MAX_UNITS);
        assertThat(shown.subList(0, 3)).extracting(UnitRow::code).containsExactly("Z-BELOW-2", "Z-BELOW-1", "Z-ABOVE");
        // then the highest share away on a day (6 of 10), by code
        assertThat(shown.get(3).code()).isEqualTo("U-006");
        assertThat(shown.subList(3, shown.size())).allSatisfy(unit -> assertThat(maxAway(unit)).isGreaterThanOrEqualTo(4));
    }

    @Test
    void aSmallInstitutionShowsEveryUnitInItsOrder() {
        List<UnitRow> units = IntStream.range(0, 5).mapToObj(i -> unit("U-" + i, 4, i, 0, 0)).toList();
        assertThat(Dashboards.mostInNeed(units)).isEqualTo(units);
    }

    private static int maxAway(UnitRow unit) {
        return unit.cells().stream().mapToInt(Cell::away).max().orElse(0);
    }

    /** A unit whose Monday has {@code away} employees away; {@code below} and {@code above} days flagged. */
    private static UnitRow unit(String code, int staff, int away, int below, int above) {
        List<Cell> cells = new ArrayList<>();
        for (int day = 0; day < 5; day++) {
            int awayToday = day == 0 ? away : 0;
            cells.add(new Cell(MONDAY.plusDays(day), true, awayToday, awayToday * 100 / staff, staff - awayToday,
                    (staff - awayToday) * 100 / staff, day < above, day < below));
        }
        return new UnitRow(code, "Unit " + code, staff, cells);
    }
}
