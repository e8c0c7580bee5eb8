package id.fleksi.rules;

import java.util.List;

import static id.fleksi.rules.LegalRef.pasal;

/**
 * The task criteria of Pasal 23 and 24 as HR recorded them in the task inventory (Pasal 9 ayat (2)), and
 * whether a task qualifies for each type of flexible work. Pasal 22: "Pegawai ASN pada Instansi Pemerintah
 * dapat diberikan Fleksibilitas Kerja berdasarkan kriteria tugas kedinasan dan/atau kriteria Pegawai ASN."
 *
 * <p>Pasal 23: "Kriteria tugas kedinasan yang dapat menerapkan fleksibel secara lokasi sebagaimana dimaksud
 * dalam Pasal 11 huruf a meliputi tugas yang:
 * a. dapat dilakukan di luar kantor selain lokasi yang menjadi penempatan kerja Pegawai ASN tersebut;
 * b. tidak memerlukan ruang kerja khusus dan/atau peralatan khusus;
 * c. dapat dilakukan dengan memanfaatkan teknologi informasi dan komunikasi;
 * d. memiliki interaksi tatap muka yang minimum; dan
 * e. tidak memerlukan supervisi atasan secara terus menerus."
 *
 * <p>Pasal 24 ayat (1): "Kriteria tugas kedinasan yang dapat melaksanakan Fleksibilitas Kerja sif
 * sebagaimana dimaksud dalam Pasal 18 huruf a meliputi:
 * a. tugas kedinasan yang memiliki jam kerja lebih dari 8 (delapan) jam 30 (tiga puluh) menit dalam 1 (satu)
 * hari; dan/atau
 * b. tugas kedinasan yang memiliki hari kerja lebih dari 5 (lima) hari kerja dalam 1 (satu) minggu."
 *
 * <p>Pasal 24 ayat (2): "Kriteria tugas kedinasan yang dapat melaksanakan Fleksibilitas Kerja dinamis
 * sebagaimana dimaksud dalam Pasal 18 huruf b meliputi:
 * a. tugas kedinasan yang tidak terikat Jam Kerja Instansi Pemerintah dan tetap memenuhi ketentuan hari
 * kerja dan jam kerja sesuai dengan ketentuan peraturan perundang-undangan; dan
 * b. tidak memerlukan supervisi atasan secara terus menerus."
 *
 * <p>Pasal 23 huruf e and Pasal 24 ayat (2) huruf b name the same fact (no continuous supervision); it is
 * recorded once. Criteria the PPK adds under Pasal 26 are weighed per employee, not here.
 *
 * @param canBeDoneOutsideOffice     Pasal 23 huruf a
 * @param noSpecialRoomOrEquipment   Pasal 23 huruf b
 * @param doableWithIct              Pasal 23 huruf c
 * @param minimalFaceToFace          Pasal 23 huruf d
 * @param noContinuousSupervision    Pasal 23 huruf e and Pasal 24 ayat (2) huruf b
 * @param mustBeOutsideOffice        the task must be done outside the office: Pasal 13 ayat (2) huruf a
 * @param moreThan8h30PerDay         Pasal 24 ayat (1) huruf a
 * @param moreThan5DaysPerWeek       Pasal 24 ayat (1) huruf b
 * @param notBoundToInstitutionHours Pasal 24 ayat (2) huruf a
 */
public record TaskCriteria(boolean canBeDoneOutsideOffice, boolean noSpecialRoomOrEquipment, boolean doableWithIct,
                           boolean minimalFaceToFace, boolean noContinuousSupervision, boolean mustBeOutsideOffice,
                           boolean moreThan8h30PerDay, boolean moreThan5DaysPerWeek,
                           boolean notBoundToInstitutionHours) {

    /**
     * Whether the task meets the criteria of the type: for LOKASI all of Pasal 23 huruf a–e; for SIF Pasal
     * 24 ayat (1) huruf a or b ("dan/atau"); for DINAMIS both Pasal 24 ayat (2) huruf a and b.
     */
    public boolean qualifiesFor(FlexibilityType type) {
        return switch (type) {
            case LOKASI -> canBeDoneOutsideOffice && noSpecialRoomOrEquipment && doableWithIct && minimalFaceToFace
                    && noContinuousSupervision;
            case SIF -> moreThan8h30PerDay || moreThan5DaysPerWeek;
            case DINAMIS -> notBoundToInstitutionHours && noContinuousSupervision;
        };
    }

    /** Each criterion of the type, in the order of its article, with whether this task meets it. */
    public List<Criterion> explain(FlexibilityType type) {
        return switch (type) {
            case LOKASI -> List.of(
                    new Criterion(pasal("Pasal 23 huruf a"), canBeDoneOutsideOffice, Text.of(
                            "Dapat dilakukan di luar kantor penempatan kerja",
                            "Can be done away from the placement office")),
                    new Criterion(pasal("Pasal 23 huruf b"), noSpecialRoomOrEquipment, Text.of(
                            "Tidak memerlukan ruang kerja khusus dan/atau peralatan khusus",
                            "Needs no special room and/or special equipment")),
                    new Criterion(pasal("Pasal 23 huruf c"), doableWithIct, Text.of(
                            "Dapat dilakukan dengan memanfaatkan teknologi informasi dan komunikasi",
                            "Can be done with information and communication technology")),
                    new Criterion(pasal("Pasal 23 huruf d"), minimalFaceToFace, Text.of(
                            "Memiliki interaksi tatap muka yang minimum",
                            "Has minimal face-to-face interaction")),
                    new Criterion(pasal("Pasal 23 huruf e"), noContinuousSupervision, Text.of(
                            "Tidak memerlukan supervisi atasan secara terus menerus",
                            "Needs no continuous supervision by a superior")));
            case SIF -> List.of(
                    new Criterion(pasal("Pasal 24 ayat (1) huruf a"), moreThan8h30PerDay, Text.of(
                            "Jam kerja lebih dari 8 jam 30 menit dalam 1 hari",
                            "More than 8 hours 30 minutes of work in a day")),
                    new Criterion(pasal("Pasal 24 ayat (1) huruf b"), moreThan5DaysPerWeek, Text.of(
                            "Hari kerja lebih dari 5 hari kerja dalam 1 minggu",
                            "More than 5 working days in a week")));
            case DINAMIS -> List.of(
                    new Criterion(pasal("Pasal 24 ayat (2) huruf a"), notBoundToInstitutionHours, Text.of(
                            "Tidak terikat jam kerja instansi dan tetap memenuhi hari kerja dan jam kerja",
                            "Not bound to the institution's hours while meeting working days and hours")),
                    new Criterion(pasal("Pasal 24 ayat (2) huruf b"), noContinuousSupervision, Text.of(
                            "Tidak memerlukan supervisi atasan secara terus menerus",
                            "Needs no continuous supervision by a superior")));
        };
    }

    /**
     * Whether the task lifts the cap of 2 location-flexible days a week for those who hold it.
     *
     * <p>Pasal 13 ayat (2): "Ketentuan sebagaimana dimaksud pada ayat (1) dikecualikan bagi: a. Pegawai ASN yang
     * karakteristik tugasnya harus melaksanakan tugas kedinasan di luar kantor; ..." This is an exception to
     * the rule of Pasal 13 ayat (1), not a criterion of Pasal 23: whether the employee may use location
     * flexibility at all is still decided by {@link #qualifiesFor(FlexibilityType)}.
     */
    public boolean mustBeOutsideOfficeException() {
        return mustBeOutsideOffice;
    }

    /** The article of the exception that {@link #mustBeOutsideOfficeException()} reports. */
    public static LegalRef mustBeOutsideOfficeArticle() {
        return pasal("Pasal 13 ayat (2) huruf a");
    }

    /** The rule code of the catalogue under which a type's task criteria are decided. */
    public static RuleCode ruleFor(FlexibilityType type) {
        return switch (type) {
            case LOKASI -> RuleCode.KRITERIA_TUGAS_LOKASI;
            case SIF -> RuleCode.KRITERIA_TUGAS_SIF;
            case DINAMIS -> RuleCode.KRITERIA_TUGAS_DINAMIS;
        };
    }

    /**
     * One criterion of a type, as the task inventory shows it.
     *
     * @param article where the criterion is written, e.g. "Pasal 23 huruf c"
     * @param met     whether the task meets it
     * @param label   the criterion in both languages
     */
    public record Criterion(LegalRef article, boolean met, Text label) {
    }
}
