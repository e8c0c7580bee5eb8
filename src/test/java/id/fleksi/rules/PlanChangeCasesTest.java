package id.fleksi.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The changes of {@code rules/plan-change-cases.txt}: which days of an approved plan an employee may ask to change. */
class PlanChangeCasesTest {

    record Case(String name, LocalDate today, List<PlanDay> approved, List<PlanDay> asked, String changed,
                String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        return CaseTables.rows("/rules/plan-change-cases.txt").stream()
                .map(cells -> new Case(cells[0].strip(), LocalDate.parse(cells[1].strip()), days(cells[2]),
                        days(cells[3]), cells[4].strip(), cells[5].strip()))
                .toList();
    }

    private static List<PlanDay> days(String cell) {
        if (cell.strip().equals("-")) {
            return List.of();
        }
        return Arrays.stream(cell.strip().split(",")).map(day -> day.split(":"))
                .map(parts -> new PlanDay(LocalDate.parse(parts[0]), PlanDay.DayKind.valueOf(parts[1]), null, null,
                        null, null, null))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void onlyDaysNotYetPastChange(Case given) {
        List<LocalDate> changed = PlanChange.changedDays(given.approved(), given.asked());
        List<Violation> refusals = PlanChange.judge(given.today(), given.approved(), given.asked());

        assertThat(changed.isEmpty() ? "-" : String.join(",", changed.stream().map(LocalDate::toString).toList()))
                .isEqualTo(given.changed());
        assertThat(refusals.isEmpty() ? "-" : refusals.get(0).rule().name()).isEqualTo(given.expected());
        refusals.forEach(violation -> {
            assertThat(violation.article().article()).isEqualTo("Pasal 8 ayat (2)");
            assertThat(violation.blocks()).isTrue();
            assertThat(violation.date()).isBefore(given.today());
            assertThat(violation.message().indonesian()).isNotBlank().doesNotContain("null");
            assertThat(violation.message().english()).isNotBlank().doesNotContain("null");
        });
    }
}
