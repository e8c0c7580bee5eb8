package id.fleksi.notifications;

import id.fleksi.shared.web.Languages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The e-mail of a notification, in Bahasa Indonesia: its arguments, then the person's name and the full link.
 */
@Component
class NotificationMails {

    private final Mailer mailer;
    private final NotificationTexts texts;
    private final String baseUrl;

    NotificationMails(Mailer mailer, NotificationTexts texts,
                      @Value("${fleksi.base-url:http://localhost:8080}") String baseUrl) {
        this.mailer = mailer;
        this.texts = texts;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    boolean enabled() {
        return mailer.enabled();
    }

    /** Sends the notification's mail; false when it could not be sent. */
    boolean send(String email, String name, NotificationKind kind, List<String> args, String link) {
        Locale indonesian = Languages.INDONESIAN;
        List<String> all = new ArrayList<>(args);
        all.add(name);
        all.add(baseUrl + link);
        return mailer.send(email, texts.render(kind.mailSubjectKey(), all, indonesian),
                texts.render(kind.mailBodyKey(), all, indonesian));
    }
}
