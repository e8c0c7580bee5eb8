package id.fleksi.rules;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

/** The working week of Pasal 2 and the kinds of day of Pasal 11-12, as every module reads them. */
class WorkWeekTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 14);

    @Test
    void theWorkingWeekIsMondayToFriday() {
        assertThat(WorkWeek.WORKING_DAYS).containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(WorkWeek.WORKING_DAY_COUNT).isEqualTo(5)
                .isEqualTo(Regulation.WORKING_DAYS_PER_WEEK.valueOn(MONDAY));
        assertThat(WorkWeek.DAYS).isEqualTo(7);
        assertThat(WorkWeek.lastWorkingDay(MONDAY)).isEqualTo(LocalDate.of(2026, 12, 18));
        assertThat(WorkWeek.isWorkingDay(LocalDate.of(2026, 12, 18))).isTrue();
        assertThat(WorkWeek.isWorkingDay(LocalDate.of(2026, 12, 19))).isFalse();
        assertThat(WorkWeek.isWorkingDay(DayOfWeek.SUNDAY)).isFalse();
    }

    @Test
    void theStandardDayEndsLaterOnFriday() {
        assertThat(WorkWeek.standardStart(MONDAY)).isEqualTo(LocalTime.of(7, 30));
        assertThat(WorkWeek.standardEnd(MONDAY)).isEqualTo(LocalTime.of(16, 0));
        assertThat(WorkWeek.standardBreakMinutes(MONDAY)).isEqualTo(60);
        LocalDate friday = WorkWeek.lastWorkingDay(MONDAY);
        assertThat(WorkWeek.standardEnd(friday)).isEqualTo(LocalTime.of(16, 30));
        assertThat(WorkWeek.standardBreakMinutes(friday)).isEqualTo(90);
        assertThat(WorkWeek.minutesPerWorkingDay(MONDAY)).isEqualTo(7 * 60 + 30);
    }

    @Test
    void theKindsOfLocationFlexibilityAreThoseAtItsLocations() {
        assertThat(PlanDay.DayKind.LOKASI).containsExactly(PlanDay.DayKind.KANTOR_LAIN, PlanDay.DayKind.RUMAH,
                PlanDay.DayKind.LOKASI_LAIN);
        assertThat(PlanDay.DayKind.ABSENT).containsExactly(PlanDay.DayKind.DINAS_LUAR, PlanDay.DayKind.CUTI);
        assertThat(PlanDay.DayKind.names(PlanDay.DayKind.LOKASI, PlanDay.DayKind.ABSENT))
                .containsExactly("KANTOR_LAIN", "RUMAH", "LOKASI_LAIN", "DINAS_LUAR", "CUTI");
        assertThat(PlanDay.DayKind.SIF.isLokasi()).isFalse();
        assertThat(PlanDay.DayKind.KANTOR.isAbsent()).isFalse();
    }
}
