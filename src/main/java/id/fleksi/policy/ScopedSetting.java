package id.fleksi.policy;

/**
 * The settings of the determination the PPK may apply to part of the institution only, named by the rule that
 * reads them: an additional criterion (Pasal 26), the dinamis hour arrangement (Pasal 20 ayat (2), Pasal 3 ayat
 * (6)) and the least office presence of a unit (Pasal 27).
 */
public enum ScopedSetting {
    KRITERIA_TAMBAHAN("Pasal 26"),
    DINAMIS_JAM("Pasal 20 ayat (2)"),
    LAYANAN_MINIMUM("Pasal 27");

    private final String article;

    ScopedSetting(String article) {
        this.article = article;
    }

    public String article() {
        return article;
    }
}
