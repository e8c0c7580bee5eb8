package id.fleksi.rules;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A PPK may tighten what the regulation allows, never loosen it; both sides of each bound. */
class DeterminationBoundsTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 5);

    @Test
    void aDeterminationWithinTheRegulationPasses() {
        assertThat(DeterminationBounds.check(policy(2, 40, 50, LocalTime.of(6, 0), LocalTime.of(19, 0), List.of())))
                .isEmpty();
    }

    @Test
    void theCapOfTwoDaysMayBeLoweredButNotRaised() {
        assertThat(DeterminationBounds.check(policy(0, 40, 50, null, null, List.of()))).isEmpty();
        assertThat(fields(DeterminationBounds.check(policy(3, 40, 50, null, null, List.of()))))
                .containsExactly("maxLokasiDaysPerWeek");
        assertThat(DeterminationBounds.check(policy(3, 40, 50, null, null, List.of())).get(0).article())
                .isEqualTo(LegalRef.pasal("Pasal 13 ayat (1)"));
    }

    @Test
    void percentagesStayWithinAHundred() {
        assertThat(DeterminationBounds.check(policy(2, 100, 100, null, null, List.of()))).isEmpty();
        var breaches = DeterminationBounds.check(policy(2, 101, 101, null, null, List.of()));
        assertThat(fields(breaches)).containsExactly("lokasiPercentCap", "minOfficePresencePercent");
        assertThat(breaches.get(0).article()).isEqualTo(LegalRef.pasal("Pasal 14"));
        assertThat(breaches.get(1).article()).isEqualTo(LegalRef.pasal("Pasal 27"));
    }

    @Test
    void aDinamisWindowMustHoldTheWeeklyHours() {
        // 07.30-16.30 holds 9h - 1h = 8h four days and 9h - 1h30 = 7h30 on Friday: 39h30 >= 37h30
        assertThat(DeterminationBounds.check(policy(2, 40, 50, LocalTime.of(7, 30), LocalTime.of(16, 30), List.of())))
                .isEmpty();
        // 08.00-16.00 holds 7h four days and 6h30 on Friday: 34h30 < 37h30
        var breaches = DeterminationBounds.check(policy(2, 40, 50, LocalTime.of(8, 0), LocalTime.of(16, 0), List.of()));
        assertThat(fields(breaches)).containsExactly("dinamis.latestEnd");
        assertThat(breaches.get(0).article()).isEqualTo(LegalRef.pasal("Pasal 3 ayat (1)"));
        // 07.30-16.06: 7h36 four days, 7h06 Friday = 37h30 exactly; one minute less breaks it
        assertThat(DeterminationBounds.check(policy(2, 40, 50, LocalTime.of(7, 30), LocalTime.of(16, 6), List.of())))
                .isEmpty();
        assertThat(fields(DeterminationBounds.check(policy(2, 40, 50, LocalTime.of(7, 30), LocalTime.of(16, 5),
                List.of())))).containsExactly("dinamis.latestEnd");
    }

    @Test
    void theLeastMinutesADayMustFitFridayAfterItsBreak() {
        // 06.00-19.00 is 13 hours; Friday keeps 11h30 = 690 minutes after its 90-minute break
        assertThat(DeterminationBounds.check(dinamisLeast(690))).isEmpty();
        assertThat(fields(DeterminationBounds.check(dinamisLeast(691)))).containsExactly("dinamis.minMinutesPerDay");
    }

    @Test
    void aDeterminationCannotTakeEffectBeforeTheRegulation() {
        Determination early = new Determination(Regulation.IN_FORCE_FROM.minusDays(1), "1/2024", false, Set.of(), 2,
                40, Set.of(), false, Set.of(), false, null, 0, 6, null, 50, List.of());
        assertThat(fields(DeterminationBounds.check(early))).containsExactly("effectiveFrom");
    }

    @Test
    void anAdditionalCriterionNeedsTheCoordinationLetter() {
        var criterion = new Determination.AdditionalCriterion("K1", "Berdomisili di kabupaten", " ");
        var breaches = DeterminationBounds.check(policy(2, 40, 50, null, null, List.of(criterion)));
        assertThat(fields(breaches)).containsExactly("additionalCriteria[0].coordinationLetter");
        assertThat(breaches.get(0).article()).isEqualTo(LegalRef.pasal("Pasal 26"));
        assertThat(breaches.get(0).message().english()).contains("Minister");
    }

    @Test
    void regulationValuesFailLoudlyBeforeTheyAreInForce() {
        assertThat(Regulation.MAX_LOKASI_DAYS_PER_WEEK.valueOn(Regulation.IN_FORCE_FROM)).isEqualTo(2);
        assertThatThrownBy(() -> Regulation.MAX_LOKASI_DAYS_PER_WEEK.valueOn(Regulation.IN_FORCE_FROM.minusDays(1)))
                .isInstanceOf(Dated.NotInForceException.class);
    }

    private static Determination dinamisLeast(int minutes) {
        return new Determination(FROM, "800.1/12/2026", false, Set.of(), 2, 40, Set.of(), false, Set.of(), true,
                new Determination.DinamisHours(LocalTime.of(6, 0), LocalTime.of(19, 0), null, null, minutes), 0, 6,
                null, 50, List.of());
    }

    private static List<String> fields(List<DeterminationBounds.Breach> breaches) {
        return breaches.stream().map(DeterminationBounds.Breach::field).toList();
    }

    private static Determination policy(int days, int percent, int presence, LocalTime start, LocalTime end,
                                        List<Determination.AdditionalCriterion> criteria) {
        boolean dinamis = start != null;
        return new Determination(FROM, "800.1/12/2026", true, Set.of(LocationKind.RUMAH), days, percent,
                Set.<DayOfWeek>of(), false, Set.of(), dinamis,
                dinamis ? new Determination.DinamisHours(start, end, null, null, null) : null, 60, 6,
                Predikat.BAIK, presence, criteria);
    }
}
