package id.fleksi.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static id.fleksi.rules.LegalRef.pasal;

/**
 * The criteria of the employee that hold for every kind of flexible work.
 *
 * <p>Pasal 25 ayat (1): "Pegawai ASN yang dapat melaksanakan fleksibel secara lokasi dan/atau waktu
 * mempertimbangkan kriteria sebagai berikut: a. tidak sedang menjalani atau dalam proses hukuman disiplin;
 * dan/atau b. bukan pegawai baru." Ayat (2): "Pegawai baru ... merupakan Pegawai ASN yang baru menempati
 * jabatannya dikarenakan proses pengadaan formasi maupun proses promosi, mutasi, atau rotasi." Ayat (3):
 * "Ketentuan lebih lanjut mengenai pegawai baru ... ditetapkan oleh PPK atau pimpinan instansi".
 *
 * <p>Pasal 8 ayat (2): "... Fleksibilitas Kerja dapat mempertimbangkan predikat kinerja Pegawai ASN dan
 * kebijakan atasan langsung Pegawai ASN." The predicate weighs only where the PPK set a minimum.
 *
 * <p>Pasal 26: "... PPK atau pimpinan instansi dapat menetapkan tambahan kriteria untuk penerapan
 * Fleksibilitas Kerja ... setelah berkoordinasi dengan Menteri."
 */
final class EmployeeCriteria {

    private EmployeeCriteria() {
    }

    static List<Violation> check(EmployeeFacts employee, Determination policy, LocalDate day) {
        List<Violation> found = new ArrayList<>();
        employee.disciplineOn(day).ifPresent(sanction -> found.add(Violation.error(RuleCode.PEGAWAI_DISIPLIN,
                sanction.status() == EmployeeFacts.DisciplineCase.Status.SERVING
                        ? Text.of("Sedang menjalani hukuman disiplin sejak " + Dates.id(sanction.from()) + ".",
                        "Serving a disciplinary sanction since " + Dates.en(sanction.from()) + ".")
                        : Text.of("Dalam proses hukuman disiplin sejak " + Dates.id(sanction.from()) + ".",
                        "A disciplinary sanction is in process since " + Dates.en(sanction.from()) + "."))));
        LocalDate settled = employee.positionSince().plusMonths(policy.newEmployeeMonths());
        if (day.isBefore(settled)) {
            found.add(Violation.error(RuleCode.PEGAWAI_BARU, Text.of(
                    "Pegawai baru: menempati jabatan sejak " + Dates.id(employee.positionSince()) + "; PPK menetapkan "
                            + policy.newEmployeeMonths() + " bulan, jadi baru dapat fleksibel mulai "
                            + Dates.id(settled) + ".",
                    "A new employee: in the position since " + Dates.en(employee.positionSince())
                            + "; the PPK set " + policy.newEmployeeMonths() + " months, so flexible work can start on "
                            + Dates.en(settled) + ".")));
        }
        if (policy.minPredikat() != null) {
            checkPredicate(employee, policy.minPredikat(), day).ifPresent(found::add);
        }
        for (Determination.AdditionalCriterion criterion : policy.additionalCriteria()) {
            // a scoped criterion judges only those in its scope (Pasal 26)
            Optional<Determination.Applied<Determination.AdditionalCriterion>> applied =
                    policy.criterionFor(criterion, employee);
            if (applied.isEmpty()) {
                continue;
            }
            Text scope = applied.get().appliesTo();
            Boolean met = employee.additionalCriteriaMet().get(criterion.code());
            if (!Boolean.TRUE.equals(met)) {
                found.add(Violation.error(RuleCode.KRITERIA_TAMBAHAN, Text.of(
                        (met == null ? "Belum tercatat memenuhi kriteria tambahan PPK " : "Tidak memenuhi kriteria tambahan PPK ")
                                + criterion.code() + ": " + criterion.description() + "." + scope.indonesian(),
                        (met == null ? "Not yet recorded as meeting the PPK's additional criterion "
                                : "Does not meet the PPK's additional criterion ")
                                + criterion.code() + ": " + criterion.description() + "." + scope.english())));
            }
        }
        return found;
    }

    private static Optional<Violation> checkPredicate(EmployeeFacts employee, Predikat minimum, LocalDate day) {
        Optional<Map.Entry<Integer, Predikat>> latest = employee.latestPredicate(day);
        if (latest.isEmpty()) {
            return Optional.of(Violation.warning(RuleCode.PREDIKAT_KINERJA, Text.of(
                    "Belum ada predikat kinerja tercatat; PPK menetapkan paling rendah " + Labels.id(minimum) + ".",
                    "No performance predicate is recorded; the PPK's minimum is " + Labels.en(minimum) + ".")));
        }
        Predikat predikat = latest.get().getValue();
        if (predikat.atLeast(minimum)) {
            return Optional.empty();
        }
        return Optional.of(Violation.error(RuleCode.PREDIKAT_KINERJA, pasal("Pasal 8 ayat (2)"), Text.of(
                "Predikat kinerja " + latest.get().getKey() + " " + Labels.id(predikat)
                        + " di bawah batas PPK " + Labels.id(minimum) + ".",
                "The " + latest.get().getKey() + " performance predicate " + Labels.en(predikat)
                        + " is below the PPK's minimum " + Labels.en(minimum) + ".")));
    }
}
