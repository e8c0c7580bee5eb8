package id.fleksi.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The SMTP server of the tests, on the port the test settings give the application's mail server, for the classes
 * that register it ({@code @RegisterExtension static TestMailServer mails = new TestMailServer();}).
 */
final class TestMailServer implements BeforeAllCallback, AfterAllCallback {

    private GreenMail server;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = new GreenMail(new ServerSetup(39025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.stop();
    }

    /** The mails received for the address, oldest first. */
    List<MimeMessage> to(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(mail -> {
            try {
                return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                        .anyMatch(to -> to.toString().toLowerCase(Locale.ROOT).equals(address));
            } catch (MessagingException unreadable) {
                throw new IllegalStateException(unreadable);
            }
        }).toList();
    }
}
