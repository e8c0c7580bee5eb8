package id.fleksi.rules;

import java.util.ArrayList;
import java.util.List;

import static id.fleksi.rules.LegalRef.pasal;

/**
 * Which kinds of flexible work the institution's determination enables, and where.
 *
 * <p>Pasal 12 ayat (4): "Fleksibel secara lokasi ... ditetapkan oleh PPK atau pimpinan instansi." Pasal 19
 * ayat (4): "Unit organisasi tertentu yang dapat menerapkan Fleksibilitas Kerja sif ... ditetapkan oleh PPK
 * atau pimpinan instansi." Pasal 20 ayat (2): "Pengaturan Jam Kerja Pegawai ASN pada Fleksibilitas Kerja
 * dinamis ... ditetapkan oleh PPK atau pimpinan instansi."
 */
final class Designation {

    private Designation() {
    }

    static LegalRef articleOf(FlexibilityType type) {
        return switch (type) {
            case LOKASI -> pasal("Pasal 12 ayat (4)");
            case SIF -> pasal("Pasal 19 ayat (4)");
            case DINAMIS -> pasal("Pasal 20 ayat (2)");
        };
    }

    static boolean enabled(Determination policy, FlexibilityType type) {
        return switch (type) {
            case LOKASI -> policy.lokasiEnabled();
            case SIF -> policy.sifEnabled();
            case DINAMIS -> policy.dinamisEnabled();
        };
    }

    /** No determination in force: nothing is enabled. */
    static Violation noDetermination(FlexibilityType type) {
        return Violation.error(RuleCode.JENIS_TIDAK_DITETAPKAN, articleOf(type), Text.of(
                "Belum ada penetapan fleksibilitas kerja oleh PPK yang berlaku pada tanggal ini.",
                "No determination of flexible work by the PPK is in force on this date."));
    }

    static List<Violation> check(EmployeeFacts employee, Determination policy, FlexibilityType type) {
        List<Violation> found = new ArrayList<>();
        if (!enabled(policy, type)) {
            found.add(Violation.error(RuleCode.JENIS_TIDAK_DITETAPKAN, articleOf(type), Text.of(
                    "Penetapan PPK (" + policy.decreeNumber() + ") tidak memberlakukan " + Labels.id(type) + ".",
                    "The PPK's determination (" + policy.decreeNumber() + ") does not enable "
                            + Labels.en(type) + ".")));
        }
        if (type == FlexibilityType.SIF && policy.sifEnabled()
                && employee.unitPath().stream().noneMatch(policy.sifUnitCodes()::contains)) {
            found.add(Violation.error(RuleCode.UNIT_SIF, Text.of(
                    "Unit " + employee.unitCode() + " tidak ditetapkan PPK untuk menerapkan sif.",
                    "Unit " + employee.unitCode() + " is not designated by the PPK for shift work.")));
        }
        return found;
    }
}
