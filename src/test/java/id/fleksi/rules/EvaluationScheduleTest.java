package id.fleksi.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The dates of {@code rules/evaluation-cases.txt}: when the six-monthly evaluation of Pasal 35 is overdue. */
class EvaluationScheduleTest {

    static Stream<Arguments> cases() {
        return CaseTables.arguments("/rules/evaluation-cases.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void anEvaluationIsDueSixMonthsAfterTheLast(String name, String countedFrom, String today, String expected) {
        Optional<Violation> overdue = EvaluationSchedule.overdue(
                countedFrom.equals("-") ? null : LocalDate.parse(countedFrom), LocalDate.parse(today));

        assertThat(overdue.map(v -> (v.blocks() ? "" : "~") + v.rule().name() + "@" + v.date()).orElse("ok"))
                .isEqualTo(expected);
        overdue.ifPresent(violation -> {
            assertThat(violation.article().article()).isEqualTo("Pasal 35 ayat (2)");
            assertThat(violation.message().indonesian()).contains("6 bulan");
            assertThat(violation.message().english()).contains("6 months");
        });
    }

    @Test
    void aDayBeforeTheRegulationFailsLoudly() {
        assertThatThrownBy(() -> EvaluationSchedule.dueBy(LocalDate.of(2024, 12, 31)))
                .isInstanceOf(Dated.NotInForceException.class);
    }
}
