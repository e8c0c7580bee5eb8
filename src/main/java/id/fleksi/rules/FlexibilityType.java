package id.fleksi.rules;

/** The kinds of flexible work (Pasal 11, 18). */
public enum FlexibilityType {
    LOKASI("Pasal 11 huruf a"), SIF("Pasal 18 huruf a"), DINAMIS("Pasal 18 huruf b");

    private final LegalRef article;

    FlexibilityType(String article) {
        this.article = LegalRef.pasal(article);
    }

    public LegalRef article() {
        return article;
    }
}
