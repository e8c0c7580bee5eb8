package id.fleksi.rosters;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An employee's place in the cycle given as the date they work its first day, and shown back as a date. */
class RotationStartTest {

    private static final ShiftRotations.Rotation TWO_WEEKS = new ShiftRotations.Rotation(LocalDate.of(2027, 3, 1),
            List.of("P", "P", "S", "S", "M", "OFF", "OFF", "P", "S", "M", "M", "OFF", "OFF", "OFF"), 0);

    @Test
    void theDateOfTheCyclesFirstDayPlacesTheEmployee() {
        for (String date : List.of("2027-03-01", "2027-03-03", "2027-03-14", "2027-02-27", "2027-06-30")) {
            int offset = ShiftRotations.offset(TWO_WEEKS, date);
            assertThat(offset).isBetween(0, 13);
            assertThat(TWO_WEEKS.cellOn(offset, LocalDate.parse(date))).as(date).isEqualTo("P");
            assertThat(TWO_WEEKS.cellOn(offset, LocalDate.parse(date).plusDays(2))).as(date).isEqualTo("S");
            LocalDate shown = ShiftRotations.startDate(TWO_WEEKS, offset);
            assertThat(shown).isBetween(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 14));
            assertThat(ShiftRotations.offset(TWO_WEEKS, shown.toString())).isEqualTo(offset);
        }
        assertThat(ShiftRotations.offset(TWO_WEEKS, "2027-03-03")).isEqualTo(12);
        assertThat(ShiftRotations.startDate(TWO_WEEKS, 12)).isEqualTo(LocalDate.of(2027, 3, 3));
    }

    @Test
    void theDayOfTheCycleIsStillUnderstood() {
        assertThat(ShiftRotations.offset(TWO_WEEKS, "3")).isEqualTo(3);
    }
}
