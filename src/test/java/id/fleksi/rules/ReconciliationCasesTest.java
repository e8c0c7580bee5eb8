package id.fleksi.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The weeks of {@code rules/reconciliation-cases.txt}: each approved plan against what happened. */
class ReconciliationCasesTest {

    static List<ReconciliationCases.Case> cases() {
        return ReconciliationCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachWeekIsReconciledAsTheRegulationSays(ReconciliationCases.Case given) {
        Reconciliation.Result result = Reconciliation.reconcile(given.week());

        assertThat(ReconciliationCases.describe(result)).isEqualTo(given.expected());
        assertThat(PlanDays.hhmm(result.requiredMinutes()) + " " + PlanDays.hhmm(result.workedMinutes()))
                .as("required worked").isEqualTo(given.figures());
        result.findings().forEach(finding -> {
            assertThat(finding.article().article()).startsWith("Pasal ");
            assertThat(finding.date()).as("every finding names its day").isNotNull();
            assertThat(finding.message().indonesian()).isNotBlank().doesNotContain("null");
            assertThat(finding.message().english()).isNotBlank().doesNotContain("null");
        });
    }

    @Test
    void theFindingsNameWhatHappenedInTheReadersLanguage() {
        Reconciliation.Result result = Reconciliation.reconcile(
                ReconciliationCases.week("late=60", "week", "week Mo:KANTOR/08:30-16:45", "-"));

        assertThat(result.findings()).filteredOn(f -> f.rule() == RuleCode.REALISASI_JAM_HARIAN).singleElement()
                .satisfies(finding -> {
                    assertThat(finding.article().article()).isEqualTo("Pasal 3 ayat (6)");
                    assertThat(finding.message().indonesian())
                            .contains("23 November 2026", "16.45", "17.00", "1 jam tidak diganti");
                    assertThat(finding.message().english())
                            .contains("23 November 2026", "16.45", "17.00", "1 h late start was not made up");
                });
        assertThat(result.findings()).filteredOn(f -> f.rule() == RuleCode.REALISASI_JAM_MINGGUAN).singleElement()
                .satisfies(finding -> assertThat(finding.message().indonesian())
                        .contains("37 jam 15 menit dari 37 jam 30 menit", "Kurang 15 menit"));
    }
}
