package id.fleksi.planning;

import id.fleksi.rules.PlanDay;
import id.fleksi.rules.PlanDay.DayKind;
import id.fleksi.rules.WeekPlan;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A week prefilled from another week's plan, under the PPK's fixed weekdays for location flexibility. */
class WeekFormTest {

    private static final LocalDate LAST_MONDAY = LocalDate.of(2027, 3, 1);
    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 8);

    @Test
    void daysAwayOnWeekdaysThePpkDidNotFixBecomeTheOfficeAndAHolidayIsNotWorked() {
        List<PlanDay> last = List.of(
                day(0, DayKind.KANTOR, null), day(1, DayKind.RUMAH, null), day(2, DayKind.KANTOR_LAIN, "BAPPEDA"),
                day(3, DayKind.CUTI, null), day(4, DayKind.KANTOR, null));

        WeekForm form = WeekForm.shifted(WeekPlan.FlexType.NONE, last, MONDAY, Set.of(MONDAY.plusDays(3)),
                Set.of(DayOfWeek.FRIDAY));

        assertThat(form.getDays()).extracting(WeekForm.DayRow::getKind)
                .containsExactly("KANTOR", "KANTOR", "KANTOR", "", "KANTOR", "", "");
        assertThat(form.getDays().get(2).getOfficeUnitCode()).isEmpty();
    }

    @Test
    void withoutFixedWeekdaysTheDaysAwayAreKept() {
        List<PlanDay> last = List.of(
                day(0, DayKind.KANTOR, null), day(1, DayKind.RUMAH, null), day(2, DayKind.KANTOR_LAIN, "BAPPEDA"),
                day(3, DayKind.KANTOR, null), day(4, DayKind.KANTOR, null));

        WeekForm form = WeekForm.shifted(WeekPlan.FlexType.NONE, last, MONDAY, Set.of(), Set.of());

        assertThat(form.getDays()).extracting(WeekForm.DayRow::getKind)
                .containsExactly("KANTOR", "RUMAH", "KANTOR_LAIN", "KANTOR", "KANTOR", "", "");
        assertThat(form.getDays().get(2).getOfficeUnitCode()).isEqualTo("BAPPEDA");
    }

    @Test
    void aDayAwayOnAFixedWeekdayIsKept() {
        List<PlanDay> last = List.of(
                day(0, DayKind.KANTOR, null), day(1, DayKind.KANTOR, null), day(2, DayKind.KANTOR, null),
                day(3, DayKind.KANTOR, null), day(4, DayKind.RUMAH, null));

        WeekForm form = WeekForm.shifted(WeekPlan.FlexType.NONE, last, MONDAY, Set.of(), Set.of(DayOfWeek.FRIDAY));

        assertThat(form.getDays().get(4).getKind()).isEqualTo("RUMAH");
    }

    private static PlanDay day(int offset, DayKind kind, String office) {
        return new PlanDay(LAST_MONDAY.plusDays(offset), kind, null, null, null, office, null);
    }
}
