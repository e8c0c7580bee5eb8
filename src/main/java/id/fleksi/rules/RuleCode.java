package id.fleksi.rules;

/**
 * The stable codes of the rule catalogue: every decision of the application names one of them and the
 * article it rests on. The API returns them, tests assert them, the pages explain them.
 */
public enum RuleCode {
    HARI_KERJA("Pasal 2"),
    JAM_KERJA_MINGGUAN("Pasal 3 ayat (1); 19 ayat (2); 20 ayat (1)"),
    JAM_MULAI_SELESAI("Pasal 3 ayat (2)–(4), (6)"),
    ISTIRAHAT("Pasal 3 ayat (5)"),
    JENIS_TIDAK_DITETAPKAN("Pasal 12 ayat (4); 19 ayat (4); 20 ayat (2)"),
    LOKASI_RUMAH_DOMISILI("Pasal 12 ayat (3)"),
    LOKASI_MAKS_HARI("Pasal 13 ayat (1)"),
    KUOTA_LOKASI("Pasal 14"),
    INFRASTRUKTUR("Pasal 15–16"),
    UNIT_SIF("Pasal 19 ayat (4)"),
    KRITERIA_TUGAS_LOKASI("Pasal 23"),
    KRITERIA_TUGAS_SIF("Pasal 24 ayat (1)"),
    KRITERIA_TUGAS_DINAMIS("Pasal 24 ayat (2)"),
    DINAMIS_JAM("Pasal 20 ayat (2)"),
    PEGAWAI_DISIPLIN("Pasal 25 ayat (1) huruf a"),
    PEGAWAI_BARU("Pasal 25 ayat (1) huruf b, (2), (3)"),
    PREDIKAT_KINERJA("Pasal 8 ayat (2)–(3)"),
    KRITERIA_TAMBAHAN("Pasal 26"),
    LAYANAN_MINIMUM("Pasal 27"),
    EVALUASI_JATUH_TEMPO("Pasal 35 ayat (2)"),
    REALISASI_HADIR("Pasal 2; 3 ayat (1)"),
    REALISASI_LOKASI("Pasal 12 ayat (4); 13 ayat (1)"),
    REALISASI_JAM_HARIAN("Pasal 3 ayat (2)–(4), (6)"),
    REALISASI_JAM_MINGGUAN("Pasal 3 ayat (1); 19 ayat (2); 20 ayat (1)"),
    REALISASI_HASIL("Pasal 7"),
    PANGGILAN_KANTOR("Pasal 8 ayat (2); 27"),
    PERUBAHAN_RENCANA("Pasal 8 ayat (2)");

    private final LegalRef article;

    RuleCode(String article) {
        this.article = LegalRef.pasal(article);
    }

    public LegalRef article() {
        return article;
    }
}
