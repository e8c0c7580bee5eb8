package id.fleksi.rules;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A week of shifts against Pasal 19 ayat (2): night shifts across midnight, holidays, and the designation. */
class ShiftWeekTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 8);
    private static final LocalTime NINE_PM = LocalTime.of(21, 0);
    private static final LocalTime SEVEN_AM = LocalTime.of(7, 0);

    @Test
    void fiveNightShiftsOfNineHoursAreFortyFiveHoursAndMeetTheWeek() {
        ShiftWeek.Week week = ShiftWeek.week(MONDAY, nights(MONDAY, 5), Set.of());
        assertThat(week.effectiveMinutes()).isEqualTo(5 * 9 * 60);
        assertThat(week.requiredMinutes()).isEqualTo(37 * 60 + 30);
        assertThat(week.met()).isTrue();
    }

    @Test
    void fourNightShiftsAre36HoursAndFallShortNamingTheRuleAndArticle() {
        ShiftWeek.Week week = ShiftWeek.week(MONDAY, nights(MONDAY, 4), Set.of());
        assertThat(week.effectiveMinutes()).isEqualTo(36 * 60);
        assertThat(week.violation().rule()).isEqualTo(RuleCode.JAM_KERJA_MINGGUAN);
        assertThat(week.violation().article().article()).isEqualTo("Pasal 19 ayat (2)");
        assertThat(week.violation().date()).isEqualTo(MONDAY);
    }

    @Test
    void aHolidayOnAWeekdayLowersTheRequirementBy7h30AndOnASaturdayItDoesNot() {
        LocalDate tuesdayHoliday = LocalDate.of(2027, 6, 1);
        LocalDate monday = tuesdayHoliday.minusDays(1);
        ShiftWeek.Week week = ShiftWeek.week(monday, nights(monday, 4), Set.of(tuesdayHoliday));
        assertThat(week.requiredMinutes()).isEqualTo(30 * 60);
        assertThat(week.met()).isTrue();
        assertThat(ShiftWeek.week(MONDAY, nights(MONDAY, 4), Set.of(MONDAY.plusDays(5))).requiredMinutes())
                .isEqualTo(37 * 60 + 30);
    }

    @Test
    void aSundayNightShiftCountsInTheWeekItStartsAndBreaksAreLeftOut() {
        LocalDate sunday = MONDAY.plusDays(6);
        ShiftWeek.Shift night = new ShiftWeek.Shift(sunday, NINE_PM, SEVEN_AM, 60);
        assertThat(night.endsNextDay()).isTrue();
        assertThat(ShiftWeek.week(MONDAY, List.of(night), Set.of()).effectiveMinutes()).isEqualTo(9 * 60);
        assertThat(ShiftWeek.week(MONDAY.plusWeeks(1), List.of(night), Set.of()).effectiveMinutes()).isZero();
        assertThat(new ShiftWeek.Shift(MONDAY, LocalTime.of(7, 0), LocalTime.of(14, 0), 30).effectiveMinutes())
                .isEqualTo(6 * 60 + 30);
    }

    @Test
    void sifNeedsTheUnitOrAUnitAboveItDesignated() {
        Determination policy = new Determination(MONDAY, "Keputusan Uji", true, Set.of(), 2, 40, Set.of(), true,
                Set.of("RSUD-IGD"), false, null, 0, 6, null, 50, List.of());
        assertThat(ShiftWeek.designation(policy, List.of("TIM-A", "RSUD-IGD", "RSUD"))).isEmpty();
        assertThat(ShiftWeek.designation(policy, List.of("DISKOMINFO", "SETDA")))
                .extracting(Violation::rule).containsExactly(RuleCode.UNIT_SIF);
        assertThat(ShiftWeek.designation(null, List.of("RSUD-IGD")))
                .extracting(Violation::rule).containsExactly(RuleCode.JENIS_TIDAK_DITETAPKAN);
    }

    private static List<ShiftWeek.Shift> nights(LocalDate monday, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new ShiftWeek.Shift(monday.plusDays(i), NINE_PM, SEVEN_AM, 60)).toList();
    }
}
