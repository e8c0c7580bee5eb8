package id.fleksi.evaluation;

/**
 * What an evaluation recommends for flexible work after the period: carry on, adjust it, or stop it for some
 * tasks (named with the recommendation).
 */
public enum Recommendation {
    LANJUTKAN, SESUAIKAN, HENTIKAN_SEBAGIAN;

    /** Whether the recommendation names the tasks it concerns. */
    public boolean namesTasks() {
        return this == HENTIKAN_SEBAGIAN;
    }
}
