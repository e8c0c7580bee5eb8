package id.fleksi.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static id.fleksi.rules.LegalRef.pasal;

/**
 * Flexible work rests on the employee's tasks: at least one assigned task must meet the criteria of its
 * kind.
 *
 * <p>Pasal 23: "Kriteria tugas kedinasan yang dapat menerapkan fleksibel secara lokasi ... meliputi tugas
 * yang: a. dapat dilakukan di luar kantor ...; b. tidak memerlukan ruang kerja khusus dan/atau peralatan
 * khusus; c. dapat dilakukan dengan memanfaatkan teknologi informasi dan komunikasi; d. memiliki interaksi
 * tatap muka yang minimum; dan e. tidak memerlukan supervisi atasan secara terus menerus." Pasal 24 ayat (1):
 * sif for tasks of "a. ... lebih dari 8 (delapan) jam 30 (tiga puluh) menit dalam 1 (satu) hari; dan/atau
 * b. ... lebih dari 5 (lima) hari kerja dalam 1 (satu) minggu." Ayat (2): dinamis for tasks "a. ... yang
 * tidak terikat Jam Kerja Instansi Pemerintah ...; dan b. tidak memerlukan supervisi atasan secara terus
 * menerus."
 *
 * <p>Exceptions, each labelled: a task that must be done outside the office (Pasal 13 ayat (2) huruf a) is
 * location work by its nature; and Pasal 8 ayat (1) huruf b with Pasal 22 let flexibility rest on the
 * employee's special circumstance instead of the tasks ("karakteristik tugas kedinasan; dan/atau keadaan
 * khusus Pegawai ASN") for location and dinamis work. Sif rests on the unit and its tasks only (Pasal 19).
 */
final class TaskBasis {

    private TaskBasis() {
    }

    /** The violation when no basis holds, or the exception that gave the basis, or neither when a task qualifies. */
    static Outcome check(EmployeeFacts employee, FlexibilityType type, LocalDate day) {
        RuleCode rule = TaskCriteria.ruleFor(type);
        Optional<EmployeeFacts.Task> qualifying = employee.tasks().stream()
                .filter(task -> task.criteria().qualifiesFor(type)).findFirst();
        if (qualifying.isPresent()) {
            return Outcome.met();
        }
        if (type == FlexibilityType.LOKASI) {
            Optional<EmployeeFacts.Task> outside = employee.tasks().stream()
                    .filter(task -> task.criteria().mustBeOutsideOfficeException()).findFirst();
            if (outside.isPresent()) {
                return Outcome.by(new ExceptionApplied(rule, pasal("Pasal 13 ayat (2) huruf a"), Text.of(
                        "Tugas " + outside.get().name() + " harus dilaksanakan di luar kantor.",
                        "The task " + outside.get().name() + " must be done outside the office.")));
            }
        }
        if (type != FlexibilityType.SIF) {
            Optional<EmployeeFacts.SpecialCircumstance> special = employee.specialCircumstanceOn(day);
            if (special.isPresent()) {
                return Outcome.by(new ExceptionApplied(rule, pasal("Pasal 8 ayat (1) huruf b"), Text.of(
                        "Keadaan khusus" + special.get().requestId() + " sampai " + Dates.id(special.get().to())
                                + ": " + special.get().reason(),
                        "A special circumstance" + special.get().requestEn() + " until "
                                + Dates.en(special.get().to()) + ": " + special.get().reason())));
            }
        }
        Text message = employee.tasks().isEmpty()
                ? Text.of("Belum ada tugas yang ditetapkan untuk pegawai ini dalam inventarisasi tugas.",
                "No task of the task inventory is assigned to this employee.")
                : Text.of("Tidak ada tugas yang memenuhi kriteria " + Labels.id(type) + " (" + rule.article() + ").",
                "No assigned task meets the criteria of " + Labels.en(type) + " (" + rule.article() + ").");
        return Outcome.broken(Violation.error(rule, message));
    }

    record Outcome(Violation violation, ExceptionApplied exception) {

        static Outcome met() {
            return new Outcome(null, null);
        }

        static Outcome by(ExceptionApplied exception) {
            return new Outcome(null, exception);
        }

        static Outcome broken(Violation violation) {
            return new Outcome(violation, null);
        }
    }
}
