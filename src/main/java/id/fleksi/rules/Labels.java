package id.fleksi.rules;

/** The names of the rules' values in the verdicts' sentences. */
final class Labels {

    private Labels() {
    }

    static String id(Predikat predikat) {
        return switch (predikat) {
            case SANGAT_BAIK -> "Sangat Baik";
            case BAIK -> "Baik";
            case BUTUH_PERBAIKAN -> "Butuh Perbaikan";
            case KURANG -> "Kurang";
            case SANGAT_KURANG -> "Sangat Kurang";
        };
    }

    static String en(Predikat predikat) {
        return switch (predikat) {
            case SANGAT_BAIK -> "Very good (Sangat Baik)";
            case BAIK -> "Good (Baik)";
            case BUTUH_PERBAIKAN -> "Needs improvement (Butuh Perbaikan)";
            case KURANG -> "Poor (Kurang)";
            case SANGAT_KURANG -> "Very poor (Sangat Kurang)";
        };
    }

    static String id(FlexibilityType type) {
        return switch (type) {
            case LOKASI -> "fleksibel secara lokasi";
            case SIF -> "fleksibilitas kerja sif";
            case DINAMIS -> "fleksibilitas kerja dinamis";
        };
    }

    static String en(FlexibilityType type) {
        return switch (type) {
            case LOKASI -> "location flexibility";
            case SIF -> "shift work (sif)";
            case DINAMIS -> "dynamic hours (dinamis)";
        };
    }

    static String id(PlanDay.DayKind kind) {
        return switch (kind) {
            case KANTOR -> "kantor penempatan";
            case KANTOR_LAIN -> "kantor lain";
            case RUMAH -> "rumah";
            case LOKASI_LAIN -> "lokasi lain";
            case DINAS_LUAR -> "dinas luar";
            case CUTI -> "cuti";
            case SIF -> "sif";
        };
    }

    static String en(PlanDay.DayKind kind) {
        return switch (kind) {
            case KANTOR -> "the placement office";
            case KANTOR_LAIN -> "another office";
            case RUMAH -> "home";
            case LOKASI_LAIN -> "another location";
            case DINAS_LUAR -> "duty travel";
            case CUTI -> "leave";
            case SIF -> "a shift";
        };
    }
}
