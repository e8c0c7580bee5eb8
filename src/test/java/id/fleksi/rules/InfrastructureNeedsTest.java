package id.fleksi.rules;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pasal 15 ayat (2): the work infrastructure is ready "sesuai kebutuhan pelaksanaan tugas jabatan". The verdict on
 * location flexibility reads the employee's declaration against what their tasks need and names what is missing,
 * as the warning INFRASTRUKTUR has always been.
 */
class InfrastructureNeedsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 3);
    private static final TaskCriteria LOKASI_TASK = new TaskCriteria(true, true, true, true, true, false, false,
            false, false);
    private static final Determination POLICY = new Determination(LocalDate.of(2026, 1, 5), "Keputusan Uji", true,
            Set.of(LocationKind.RUMAH, LocationKind.LOKASI_LAIN), 2, 40, Set.of(), false, Set.of(), false, null, 0, 6,
            null, 50, List.of());

    @Test
    void aTaskNeedingInternetAndADeclarationOfOnlyADeviceNamesTheInternet() {
        EmployeeFacts facts = employee(true, Set.of(InfrastructureItem.PERANGKAT),
                new EmployeeFacts.Task("TK-INET", "Layanan daring", LOKASI_TASK,
                        Set.of(InfrastructureItem.INTERNET, InfrastructureItem.PERANGKAT)));

        List<Violation> found = infrastructure(facts);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(found.get(0).article().article()).isEqualTo("Pasal 15–16");
        assertThat(found.get(0).message().in(Locale.forLanguageTag("id")))
                .contains("jaringan internet (tugas TK-INET)").doesNotContain("perangkat kerja");
        assertThat(found.get(0).message().in(Locale.ENGLISH)).contains("an internet connection (task TK-INET)");
        assertThat(Eligibility.of(facts, POLICY, DAY).of(FlexibilityType.LOKASI).eligible())
                .as("a warning for the unit head, as before").isTrue();
    }

    @Test
    void everyNeedDeclaredReadyLeavesNoFinding() {
        EmployeeFacts facts = employee(true, Set.of(InfrastructureItem.PERANGKAT, InfrastructureItem.INTERNET),
                new EmployeeFacts.Task("TK-INET", "Layanan daring", LOKASI_TASK,
                        Set.of(InfrastructureItem.INTERNET, InfrastructureItem.PERANGKAT)));

        assertThat(infrastructure(facts)).isEmpty();
    }

    @Test
    void aTaskWithoutNeedsKeepsTodaysBehaviour() {
        EmployeeFacts.Task plain = new EmployeeFacts.Task("TK-POLOS", "Telaah dokumen", LOKASI_TASK);

        assertThat(infrastructure(employee(true, Set.of(), plain))).isEmpty();
        assertThat(infrastructure(employee(false, Set.of(), plain))).singleElement()
                .satisfies(v -> assertThat(v.message().english())
                        .isEqualTo("The employee declared their work infrastructure not ready."));
        assertThat(infrastructure(employee(null, Set.of(), plain))).singleElement()
                .satisfies(v -> assertThat(v.message().english())
                        .isEqualTo("The employee has not declared their work infrastructure ready."));
    }

    @Test
    void eachMissingItemNamesEveryTaskThatNeedsIt() {
        EmployeeFacts facts = employee(true, Set.of(),
                new EmployeeFacts.Task("TK-A", "A", LOKASI_TASK, Set.of(InfrastructureItem.APLIKASI)),
                new EmployeeFacts.Task("TK-B", "B", LOKASI_TASK,
                        Set.of(InfrastructureItem.APLIKASI, InfrastructureItem.INTERNET)));

        assertThat(infrastructure(facts)).singleElement().satisfies(v -> assertThat(v.message().indonesian())
                .contains("jaringan internet (tugas TK-B); akses aplikasi/sistem kerja (tugas TK-A, TK-B)"));
    }

    private static List<Violation> infrastructure(EmployeeFacts facts) {
        return Eligibility.of(facts, POLICY, DAY).of(FlexibilityType.LOKASI).violations().stream()
                .filter(v -> v.rule() == RuleCode.INFRASTRUKTUR).toList();
    }

    private static EmployeeFacts employee(Boolean ready, Set<InfrastructureItem> items, EmployeeFacts.Task... tasks) {
        return new EmployeeFacts("199001012020011001", "Pegawai Uji", List.of("UJI", "SETDA"),
                LocalDate.of(2020, 1, 1), "Jl. Uji No. 1", List.of(), List.of(), java.util.Map.of(), ready,
                java.util.Map.of(), List.of(tasks), null, Set.of(), items);
    }
}
