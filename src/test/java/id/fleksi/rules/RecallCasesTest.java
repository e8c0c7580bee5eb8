package id.fleksi.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The days of {@code rules/recall-cases.txt}: which a head may turn into an office day. */
class RecallCasesTest {

    record Case(String name, LocalDate today, LocalDate day, PlanDay.DayKind kind, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        return CaseTables.rows("/rules/recall-cases.txt").stream()
                .map(cells -> new Case(cells[0].strip(), LocalDate.parse(cells[1].strip()),
                        LocalDate.parse(cells[2].strip()),
                        cells[3].strip().equals("-") ? null : PlanDay.DayKind.valueOf(cells[3].strip()),
                        cells[4].strip()))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aDayIsRecalledOnlyWhenTheRegulationAllows(Case given) {
        Optional<Violation> refusal = Recall.judge(given.today(), given.day(), given.kind());

        assertThat(refusal.map(v -> v.rule().name()).orElse("-")).isEqualTo(given.expected());
        refusal.ifPresent(violation -> {
            assertThat(violation.article().article()).isEqualTo("Pasal 8 ayat (2); 27");
            assertThat(violation.blocks()).isTrue();
            assertThat(violation.date()).isEqualTo(given.day());
            assertThat(violation.message().indonesian()).isNotBlank().doesNotContain("null");
            assertThat(violation.message().english()).isNotBlank().doesNotContain("null");
        });
    }
}
