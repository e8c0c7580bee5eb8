package id.fleksi.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.util.StringUtils;

import java.util.List;
import java.util.Locale;

/** The languages of the application: Bahasa Indonesia first, English second. */
public final class Languages {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(INDONESIAN, ENGLISH);

    private Languages() {
    }

    /** The best supported language for an {@code Accept-Language} header; Indonesian when none fits. */
    public static Locale fromAcceptLanguage(String header) {
        if (!StringUtils.hasText(header)) {
            return INDONESIAN;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return match == null ? INDONESIAN : match;
        } catch (IllegalArgumentException malformed) {
            return INDONESIAN;
        }
    }

    public static Locale of(HttpServletRequest request) {
        return fromAcceptLanguage(request.getHeader("Accept-Language"));
    }

    /** A requested language tag if it is supported, else {@code null}. */
    public static Locale supported(String tag) {
        if (!StringUtils.hasText(tag)) {
            return null;
        }
        Locale wanted = Locale.forLanguageTag(tag.strip());
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(wanted.getLanguage())).findFirst().orElse(null);
    }
}
