package id.fleksi.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends plain-text mails through the configured SMTP server, when mail is enabled and a server is configured
 * ({@code spring.mail.host}). A mail that cannot be sent is logged and told to the caller, never thrown: the
 * notification in the application stands on its own.
 */
@Component
class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final MailSettings settings;
    private final JavaMailSender sender;

    Mailer(MailSettings settings, ObjectProvider<JavaMailSender> sender) {
        this.settings = settings;
        this.sender = sender.getIfAvailable();
        if (settings.enabled() && this.sender == null) {
            log.warn("fleksi.mail.enabled is true but no SMTP server is configured (spring.mail.host); no mail is sent");
        }
    }

    boolean enabled() {
        return settings.enabled() && sender != null;
    }

    /** True when the server accepted the mail. */
    boolean send(String to, String subject, String text) {
        if (!enabled()) {
            return false;
        }
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(settings.from());
        mail.setTo(to);
        mail.setSubject(subject);
        mail.setText(text);
        try {
            sender.send(mail);
            return true;
        } catch (MailException failed) {
            log.warn("A mail could not be sent: {}", failed.getMessage());
            return false;
        }
    }
}
