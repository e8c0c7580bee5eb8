package id.fleksi.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static id.fleksi.rules.LegalRef.pasal;

/**
 * What location flexibility asks of the employee besides the tasks.
 *
 * <p>Pasal 12 ayat (3): "Rumah atau tempat tinggal ... merupakan domisili atau lokasi menetap Pegawai ASN yang
 * telah terdaftar dalam data kepegawaian." Pasal 15 ayat (1): "... pimpinan Unit Organisasi mempertimbangkan
 * kesiapan infrastruktur kerja yang dimiliki Pegawai ASN." Pasal 16: "Pegawai ASN bertanggung jawab
 * memastikan kesiapan infrastruktur kerja ...".
 *
 * <p>Pasal 13 ayat (1) caps location work at 2 days a week; ayat (2) lifts the cap for "a. Pegawai ASN yang
 * karakteristik tugasnya harus melaksanakan tugas kedinasan di luar kantor; atau b. Pegawai ASN dengan keadaan
 * khusus". Eligibility reports which exception will lift the cap when the week is judged.
 */
final class LocationConditions {

    private LocationConditions() {
    }

    static List<Violation> check(EmployeeFacts employee, Determination policy) {
        List<Violation> found = new ArrayList<>();
        boolean noDomicile = employee.domicile() == null || employee.domicile().isBlank();
        if (noDomicile && policy.allowedLocations().contains(LocationKind.RUMAH)) {
            boolean homeOnly = policy.allowedLocations().equals(java.util.Set.of(LocationKind.RUMAH));
            Text message = Text.of(
                    "Domisili belum terdaftar dalam data kepegawaian, jadi tidak dapat bekerja dari rumah"
                            + (homeOnly ? "." : "; kantor lain atau lokasi lain tetap dapat dipakai."),
                    "No domicile is registered in personnel data, so working from home is not possible"
                            + (homeOnly ? "." : "; another office or another location remains possible."));
            found.add(homeOnly ? Violation.error(RuleCode.LOKASI_RUMAH_DOMISILI, message)
                    : Violation.warning(RuleCode.LOKASI_RUMAH_DOMISILI, message));
        }
        if (!Boolean.TRUE.equals(employee.infrastructureReady())) {
            found.add(Violation.warning(RuleCode.INFRASTRUKTUR, employee.infrastructureReady() == null
                    ? Text.of("Pegawai belum menyatakan kesiapan infrastruktur kerjanya.",
                    "The employee has not declared their work infrastructure ready.")
                    : Text.of("Pegawai menyatakan infrastruktur kerjanya belum siap.",
                    "The employee declared their work infrastructure not ready.")));
        } else {
            missingForTasks(employee).ifPresent(found::add);
        }
        return found;
    }

    /**
     * Pasal 15 ayat (2): the infrastructure is ready as the tasks need it. Each item a held task needs that the
     * employee has not declared ready, with the tasks that need it; empty when nothing is missing.
     */
    private static java.util.Optional<Violation> missingForTasks(EmployeeFacts employee) {
        java.util.Map<InfrastructureItem, List<String>> missing = new java.util.EnumMap<>(InfrastructureItem.class);
        for (EmployeeFacts.Task task : employee.tasks()) {
            task.infrastructureNeeds().stream().filter(item -> !employee.infrastructureItems().contains(item))
                    .forEach(item -> missing.computeIfAbsent(item, i -> new ArrayList<>()).add(task.code()));
        }
        if (missing.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<String> indonesian = new ArrayList<>();
        List<String> english = new ArrayList<>();
        missing.forEach((item, tasks) -> {
            indonesian.add(item.label().indonesian() + " (tugas " + String.join(", ", tasks) + ")");
            english.add(item.label().english() + " (task " + String.join(", ", tasks) + ")");
        });
        return java.util.Optional.of(Violation.warning(RuleCode.INFRASTRUKTUR, Text.of(
                "Infrastruktur kerja yang diperlukan tugasnya belum dinyatakan siap: " + String.join("; ", indonesian)
                        + ". Pegawai perlu menyiapkannya dan menyatakannya di halaman infrastruktur.",
                "Work infrastructure the employee's tasks need is not declared ready: " + String.join("; ", english)
                        + ". The employee needs to get it ready and declare it on the infrastructure page.")));
    }

    /** The exceptions that lift the 2-day cap for this employee on the day (Pasal 13 ayat (2)). */
    static List<ExceptionApplied> capExceptions(EmployeeFacts employee, LocalDate day) {
        List<ExceptionApplied> exceptions = new ArrayList<>();
        employee.tasks().stream().filter(task -> task.criteria().mustBeOutsideOfficeException()).findFirst()
                .ifPresent(task -> exceptions.add(new ExceptionApplied(RuleCode.LOKASI_MAKS_HARI,
                        pasal("Pasal 13 ayat (2) huruf a"), Text.of(
                        "Batas hari tidak berlaku: tugas " + task.name() + " harus dilaksanakan di luar kantor.",
                        "The cap of days does not apply: the task " + task.name()
                                + " must be done outside the office."))));
        employee.specialCircumstanceOn(day).ifPresent(special -> exceptions.add(new ExceptionApplied(
                RuleCode.LOKASI_MAKS_HARI, pasal("Pasal 13 ayat (2) huruf b"), Text.of(
                "Batas hari tidak berlaku selama keadaan khusus" + special.requestId() + " sampai "
                        + Dates.id(special.to()) + ": " + special.reason(),
                "The cap of days does not apply during the special circumstance" + special.requestEn() + " until "
                        + Dates.en(special.to()) + ": " + special.reason()))));
        return exceptions;
    }
}
