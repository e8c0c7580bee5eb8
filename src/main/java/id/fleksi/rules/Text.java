package id.fleksi.rules;

import java.util.Locale;

/** A sentence of a verdict in both languages of the application: Bahasa Indonesia first, English second. */
public record Text(String indonesian, String english) {

    public Text {
        if (indonesian == null || english == null) {
            throw new IllegalArgumentException("A text needs both languages");
        }
    }

    public static Text of(String indonesian, String english) {
        return new Text(indonesian, english);
    }

    /** The text in the language asked for: English for "en", Bahasa Indonesia for everything else. */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? english : indonesian;
    }
}
