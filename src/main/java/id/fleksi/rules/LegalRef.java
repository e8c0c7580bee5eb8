package id.fleksi.rules;

/**
 * A place in PermenPANRB Nomor 4 Tahun 2025, read as "Pasal 13 ayat (1)".
 *
 * @param article the article (Pasal) and, where it applies, the paragraph and letter, as cited
 */
public record LegalRef(String article) {

    public static final String REGULATION = "PermenPANRB Nomor 4 Tahun 2025";

    public LegalRef {
        if (article == null || !article.startsWith("Pasal ")) {
            throw new IllegalArgumentException("An article reads like 'Pasal 13 ayat (1)': " + article);
        }
    }

    public static LegalRef pasal(String article) {
        return new LegalRef(article);
    }

    /** The full citation, e.g. "PermenPANRB Nomor 4 Tahun 2025 Pasal 13 ayat (1)". */
    public String citation() {
        return REGULATION + " " + article;
    }

    @Override
    public String toString() {
        return article;
    }
}
