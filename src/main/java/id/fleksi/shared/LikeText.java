package id.fleksi.shared;

/** Text a person searches for, made literal inside a SQL {@code LIKE} pattern. */
public final class LikeText {

    private LikeText() {
    }

    /** The text with {@code \}, {@code %} and {@code _} escaped (PostgreSQL's default escape character). */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
