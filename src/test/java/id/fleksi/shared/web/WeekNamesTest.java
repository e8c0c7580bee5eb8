package id.fleksi.shared.web;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class WeekNamesTest {

    private static final Locale ID = Locale.forLanguageTag("id");

    @Test
    void aWeekIsItsWorkingDaysAsADateRange() {
        assertThat(WeekNames.range(LocalDate.of(2026, 12, 14), ID)).isEqualTo("14\u201318 Desember 2026");
        assertThat(WeekNames.range(LocalDate.of(2026, 12, 16), ID)).isEqualTo("14\u201318 Desember 2026");
        assertThat(WeekNames.range(LocalDate.of(2026, 11, 30), ID)).isEqualTo("30 November \u2013 4 Desember 2026");
        assertThat(WeekNames.range(LocalDate.of(2025, 12, 29), ID))
                .isEqualTo("29 Desember 2025 \u2013 2 Januari 2026");
        assertThat(WeekNames.range(LocalDate.of(2026, 12, 14), Locale.ENGLISH)).isEqualTo("14\u201318 December 2026");
    }

    @Test
    void anIsoWeekNamesItsMondayAndAnImpossibleOneIsLeftAsItIs() {
        assertThat(WeekNames.monday("2026-W51")).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(WeekNames.monday("2026-W01")).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(WeekNames.monday("2026-W53")).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(WeekNames.monday("2025-W53")).isNull();
        assertThat(WeekNames.monday("2026-W00")).isNull();
        assertThat(new WeekNames().range("bukan minggu")).isEqualTo("bukan minggu");
    }
}
