package id.fleksi.notifications;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * E-mail of the reminders ({@code fleksi.mail.*}); the SMTP server itself is set with {@code spring.mail.*}.
 *
 * @param enabled whether mails are sent at all; off by default, so that the demo needs no mail server
 * @param from    the sender address of every mail
 */
@ConfigurationProperties("fleksi.mail")
record MailSettings(@DefaultValue("false") boolean enabled, @DefaultValue("fleksi@localhost") String from) {
}
