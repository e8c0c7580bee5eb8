package id.fleksi.rules;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The text of the articles each rule rests on, as PermenPANRB 4/2025 words them (quoted in the seeds the
 * application was built from). Shown to people next to every verdict, so that they read the regulation
 * itself, not a paraphrase.
 */
public final class ArticleTexts {

    /** One article, or the paragraphs of it a rule cites, with its reference. */
    public record Quote(String article, String text) {
    }

    private static final Quote PASAL_2 = new Quote("Pasal 2", """
            (1) Hari Kerja Instansi Pemerintah sebanyak 5 (lima) hari kerja dalam 1 (satu) minggu.
            (2) Hari Kerja Instansi Pemerintah sebagaimana dimaksud pada ayat (1) yaitu hari Senin, Selasa, \
            Rabu, Kamis, dan Jumat.""");

    private static final Quote PASAL_3_1 = new Quote("Pasal 3 ayat (1)", """
            (1) Jam Kerja Instansi Pemerintah dan Jam Kerja Pegawai ASN sebanyak 37 (tiga puluh tujuh) jam 30 \
            (tiga puluh) menit dalam 1 (satu) minggu tidak termasuk jam istirahat.""");

    private static final Quote PASAL_3_2_6 = new Quote("Pasal 3 ayat (2)\u2013(4), (6)", """
            (2) Jam Kerja Instansi Pemerintah sebagaimana dimaksud pada ayat (1) dimulai pukul 07.30 zona waktu \
            setempat.
            (3) Jam Kerja Instansi Pemerintah sebagaimana dimaksud pada ayat (1) di hari Senin sampai dengan hari \
            Kamis selesai pukul 16.00 zona waktu setempat.
            (4) Jam Kerja Instansi Pemerintah sebagaimana dimaksud pada ayat (1) di hari Jumat selesai pukul 16.30 \
            zona waktu setempat.
            (6) Jam kerja Pegawai ASN sebagaimana dimaksud pada ayat (1) dapat diatur secara fleksibel oleh PPK \
            atau pimpinan instansi.""");

    private static final Quote PASAL_3_5 = new Quote("Pasal 3 ayat (5)", """
            (5) Jam istirahat sebagaimana dimaksud pada ayat (1) yaitu:
            a. hari Jumat selama 90 (sembilan puluh) menit; dan
            b. selain hari Jumat selama 60 (enam puluh) menit.""");

    private static final Quote PASAL_7 = new Quote("Pasal 7", """
            Fleksibilitas Kerja dilakukan untuk meningkatkan kinerja organisasi, kinerja individu, serta kualitas \
            hidup Pegawai ASN melalui penerapan penilaian kinerja terukur dengan optimalisasi pemanfaatan sistem \
            pemerintahan berbasis elektronik.""");

    private static final Quote PASAL_8 = new Quote("Pasal 8 ayat (2)\u2013(3)", """
            (2) Selain mempertimbangkan ketentuan sebagaimana dimaksud pada ayat (1), Fleksibilitas Kerja dapat \
            mempertimbangkan predikat kinerja Pegawai ASN dan kebijakan atasan langsung Pegawai ASN.
            (3) Predikat kinerja Pegawai ASN sebagaimana dimaksud pada ayat (2) merupakan hasil evaluasi kinerja \
            Pegawai ASN terhadap hasil kerja dan perilaku kerja Pegawai ASN sesuai dengan ketentuan peraturan \
            perundang-undangan.""");

    private static final Quote PASAL_8_2 = new Quote("Pasal 8 ayat (2)", """
            (2) Selain mempertimbangkan ketentuan sebagaimana dimaksud pada ayat (1), Fleksibilitas Kerja dapat \
            mempertimbangkan predikat kinerja Pegawai ASN dan kebijakan atasan langsung Pegawai ASN.""");

    private static final Quote PASAL_12_3 = new Quote("Pasal 12 ayat (3)", """
            (3) Rumah atau tempat tinggal sebagaimana dimaksud pada ayat (1) huruf b merupakan domisili atau \
            lokasi menetap Pegawai ASN yang telah terdaftar dalam data kepegawaian.""");

    private static final Quote PASAL_12_4 = new Quote("Pasal 12 ayat (4)", """
            (4) Fleksibel secara lokasi sebagaimana dimaksud pada ayat (1) ditetapkan oleh PPK atau pimpinan \
            instansi.""");

    private static final Quote PASAL_13 = new Quote("Pasal 13", """
            (1) Fleksibilitas Kerja secara lokasi sebagaimana dimaksud dalam Pasal 11 huruf a dapat dilaksanakan \
            Pegawai ASN paling banyak 2 (dua) hari kerja dalam 1 (satu) minggu.
            (2) Ketentuan sebagaimana dimaksud pada ayat (1) dikecualikan bagi:
            a. Pegawai ASN yang karakteristik tugasnya harus melaksanakan tugas kedinasan di luar kantor; atau
            b. Pegawai ASN dengan keadaan khusus sebagaimana dimaksud dalam Pasal 8 ayat (1) huruf b.""");

    private static final Quote PASAL_14 = new Quote("Pasal 14", """
            Setiap PPK atau pimpinan Instansi Pemerintah menetapkan persentase jumlah Pegawai ASN yang \
            melaksanakan Fleksibilitas Kerja secara lokasi.""");

    private static final Quote PASAL_15_16 = new Quote("Pasal 15\u201316", """
            Pasal 15 (1) Dalam pelaksanaan tugas kedinasan secara lokasi sebagaimana dimaksud dalam Pasal 12, \
            pimpinan Unit Organisasi mempertimbangkan kesiapan infrastruktur kerja yang dimiliki Pegawai ASN.
            (2) Kesiapan infrastruktur sebagaimana dimaksud pada ayat (1) sesuai kebutuhan pelaksanaan tugas \
            jabatan.
            Pasal 16 Pegawai ASN bertanggung jawab memastikan kesiapan infrastruktur kerja sebagaimana dimaksud \
            dalam Pasal 15 dalam menerapkan Fleksibilitas Kerja.""");

    private static final Quote PASAL_19_2 = new Quote("Pasal 19 ayat (2)", """
            (2) Pembagian Hari Kerja Pegawai ASN dan/atau Jam Kerja Pegawai ASN sebagaimana dimaksud pada ayat (1) \
            dilakukan untuk memenuhi hari kerja dan jam kerja efektif Pegawai ASN tiap minggu sesuai dengan \
            ketentuan peraturan perundang-undangan.""");

    private static final Quote PASAL_19_4 = new Quote("Pasal 19 ayat (4)", """
            (4) Unit organisasi tertentu yang dapat menerapkan Fleksibilitas Kerja sif sebagaimana dimaksud pada \
            ayat (1) ditetapkan oleh PPK atau pimpinan instansi.""");

    private static final Quote PASAL_20 = new Quote("Pasal 20", """
            (1) Fleksibilitas Kerja dinamis sebagaimana dimaksud dalam Pasal 18 huruf b merupakan pelaksanaan kerja \
            Pegawai ASN yang menyesuaikan dengan kebutuhan pencapaian target kinerja dan pemenuhan jumlah Jam Kerja \
            Pegawai ASN dalam 1 (satu) minggu.
            (2) Pengaturan Jam Kerja Pegawai ASN pada Fleksibilitas Kerja dinamis sebagaimana dimaksud pada ayat (1) \
            ditetapkan oleh PPK atau pimpinan instansi.""");

    private static final Quote PASAL_23 = new Quote("Pasal 23", """
            Kriteria tugas kedinasan yang dapat menerapkan fleksibel secara lokasi sebagaimana dimaksud dalam \
            Pasal 11 huruf a meliputi tugas yang:
            a. dapat dilakukan di luar kantor selain lokasi yang menjadi penempatan kerja Pegawai ASN tersebut;
            b. tidak memerlukan ruang kerja khusus dan/atau peralatan khusus;
            c. dapat dilakukan dengan memanfaatkan teknologi informasi dan komunikasi;
            d. memiliki interaksi tatap muka yang minimum; dan
            e. tidak memerlukan supervisi atasan secara terus menerus.""");

    private static final Quote PASAL_24_1 = new Quote("Pasal 24 ayat (1)", """
            (1) Kriteria tugas kedinasan yang dapat melaksanakan Fleksibilitas Kerja sif sebagaimana dimaksud \
            dalam Pasal 18 huruf a meliputi:
            a. tugas kedinasan yang memiliki jam kerja lebih dari 8 (delapan) jam 30 (tiga puluh) menit dalam 1 \
            (satu) hari; dan/atau
            b. tugas kedinasan yang memiliki hari kerja lebih dari 5 (lima) hari kerja dalam 1 (satu) minggu.""");

    private static final Quote PASAL_24_2 = new Quote("Pasal 24 ayat (2)", """
            (2) Kriteria tugas kedinasan yang dapat melaksanakan Fleksibilitas Kerja dinamis sebagaimana dimaksud \
            dalam Pasal 18 huruf b meliputi:
            a. tugas kedinasan yang tidak terikat Jam Kerja Instansi Pemerintah dan tetap memenuhi ketentuan hari \
            kerja dan jam kerja sesuai dengan ketentuan peraturan perundang-undangan; dan
            b. tidak memerlukan supervisi atasan secara terus menerus.""");

    private static final Quote PASAL_25 = new Quote("Pasal 25", """
            (1) Pegawai ASN yang dapat melaksanakan fleksibel secara lokasi dan/atau waktu mempertimbangkan \
            kriteria sebagai berikut:
            a. tidak sedang menjalani atau dalam proses hukuman disiplin; dan/atau
            b. bukan pegawai baru.
            (2) Pegawai baru sebagaimana dimaksud pada ayat (1) huruf b merupakan Pegawai ASN yang baru menempati \
            jabatannya dikarenakan proses pengadaan formasi maupun proses promosi, mutasi, atau rotasi.
            (3) Ketentuan lebih lanjut mengenai pegawai baru sebagaimana dimaksud pada ayat (2) ditetapkan oleh PPK \
            atau pimpinan instansi sesuai dengan ketentuan peraturan perundang-undangan.""");

    private static final Quote PASAL_26 = new Quote("Pasal 26", """
            Selain kriteria tugas kedinasan sebagaimana dimaksud dalam Pasal 23 dan Pasal 24, dan kriteria Pegawai \
            ASN sebagaimana dimaksud dalam Pasal 25 ayat (1), PPK atau pimpinan instansi dapat menetapkan tambahan \
            kriteria untuk penerapan Fleksibilitas Kerja sesuai dengan karakteristik tugas dan fungsi pada \
            masing-masing Instansi Pemerintah setelah berkoordinasi dengan Menteri.""");

    private static final Quote PASAL_27 = new Quote("Pasal 27", """
            Penerapan Fleksibilitas Kerja tidak mengurangi kualitas dan kelancaran penyelenggaraan pemerintahan \
            dan pelayanan kepada masyarakat.""");

    private static final Quote PASAL_35 = new Quote("Pasal 35", """
            (1) Pemantauan dan evaluasi penerapan Fleksibilitas Kerja dilakukan secara berjenjang oleh pimpinan \
            Unit Organisasi dan PPK atau pimpinan instansi.
            (2) Evaluasi penerapan Fleksibilitas Kerja pada lingkup Instansi Pemerintah dilakukan paling sedikit 1 \
            (satu) kali dalam 6 (enam) bulan.""");

    private static final Map<RuleCode, List<Quote>> BY_RULE = new EnumMap<>(Map.ofEntries(
            Map.entry(RuleCode.HARI_KERJA, List.of(PASAL_2)),
            Map.entry(RuleCode.JAM_KERJA_MINGGUAN, List.of(PASAL_3_1, PASAL_19_2, PASAL_20)),
            Map.entry(RuleCode.JAM_MULAI_SELESAI, List.of(PASAL_3_2_6)),
            Map.entry(RuleCode.ISTIRAHAT, List.of(PASAL_3_5)),
            Map.entry(RuleCode.JENIS_TIDAK_DITETAPKAN, List.of(PASAL_12_4, PASAL_19_4, PASAL_20)),
            Map.entry(RuleCode.LOKASI_RUMAH_DOMISILI, List.of(PASAL_12_3)),
            Map.entry(RuleCode.LOKASI_MAKS_HARI, List.of(PASAL_13)),
            Map.entry(RuleCode.KUOTA_LOKASI, List.of(PASAL_14)),
            Map.entry(RuleCode.INFRASTRUKTUR, List.of(PASAL_15_16)),
            Map.entry(RuleCode.UNIT_SIF, List.of(PASAL_19_4)),
            Map.entry(RuleCode.KRITERIA_TUGAS_LOKASI, List.of(PASAL_23, PASAL_13)),
            Map.entry(RuleCode.KRITERIA_TUGAS_SIF, List.of(PASAL_24_1)),
            Map.entry(RuleCode.KRITERIA_TUGAS_DINAMIS, List.of(PASAL_24_2)),
            Map.entry(RuleCode.DINAMIS_JAM, List.of(PASAL_20)),
            Map.entry(RuleCode.PEGAWAI_DISIPLIN, List.of(PASAL_25)),
            Map.entry(RuleCode.PEGAWAI_BARU, List.of(PASAL_25)),
            Map.entry(RuleCode.PREDIKAT_KINERJA, List.of(PASAL_8)),
            Map.entry(RuleCode.KRITERIA_TAMBAHAN, List.of(PASAL_26)),
            Map.entry(RuleCode.LAYANAN_MINIMUM, List.of(PASAL_27)),
            Map.entry(RuleCode.EVALUASI_JATUH_TEMPO, List.of(PASAL_35)),
            Map.entry(RuleCode.REALISASI_HADIR, List.of(PASAL_2, PASAL_3_1)),
            Map.entry(RuleCode.REALISASI_LOKASI, List.of(PASAL_12_4, PASAL_13)),
            Map.entry(RuleCode.REALISASI_JAM_HARIAN, List.of(PASAL_3_2_6)),
            Map.entry(RuleCode.REALISASI_JAM_MINGGUAN, List.of(PASAL_3_1, PASAL_19_2, PASAL_20)),
            Map.entry(RuleCode.REALISASI_HASIL, List.of(PASAL_7)),
            Map.entry(RuleCode.PANGGILAN_KANTOR, List.of(PASAL_8_2, PASAL_27)),
            Map.entry(RuleCode.PERUBAHAN_RENCANA, List.of(PASAL_8_2))));

    private ArticleTexts() {
    }

    /** The quoted articles a rule rests on; every rule of the catalogue has at least one. */
    public static List<Quote> of(RuleCode rule) {
        return BY_RULE.get(rule);
    }
}
