package id.fleksi.rules;

/**
 * The kinds of flexible work a task may qualify for.
 *
 * <p>Pasal 11: "Jenis Fleksibilitas Kerja meliputi: a. fleksibel secara lokasi; dan/atau b. fleksibel secara
 * waktu." Pasal 18: "Fleksibel secara waktu sebagaimana dimaksud dalam Pasal 17 meliputi: a. Fleksibilitas
 * Kerja sif; dan/atau b. Fleksibilitas Kerja dinamis."
 */
public enum FlexibilityType {

    /** Working away from the placement office (Pasal 11 huruf a, Pasal 12). */
    LOKASI("Pasal 11 huruf a"),
    /** Shift work by turns over days and/or hours (Pasal 18 huruf a, Pasal 19). */
    SIF("Pasal 18 huruf a"),
    /** Hours that follow the performance target while meeting the weekly hours (Pasal 18 huruf b, Pasal 20). */
    DINAMIS("Pasal 18 huruf b");

    private final LegalRef article;

    FlexibilityType(String article) {
        this.article = LegalRef.pasal(article);
    }

    /** The article that names this type. */
    public LegalRef article() {
        return article;
    }
}
