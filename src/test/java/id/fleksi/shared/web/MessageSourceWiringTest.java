package id.fleksi.shared.web;

import id.fleksi.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The application reads its messages through the source that keeps number formats, with every bundle listed. */
class MessageSourceWiringTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void theApplicationsMessagesComeFromEveryBundleWithTheirNumbersInTheLanguage() {
        assertThat(context.getBean("messageSource")).isInstanceOf(Messages.KeptNumberFormats.class);
        Object[] figures = {1250, 3, 60};
        assertThat(context.getMessage("dashboard.cell.title", figures, Locale.forLanguageTag("id")))
                .isEqualTo("1.250 di luar kantor, 3 di kantor (60%)");
        assertThat(context.getMessage("dashboard.cell.title", figures, Locale.ENGLISH))
                .isEqualTo("1,250 away, 3 in the office (60%)");
        assertThat(context.getMessage("token.title", null, Locale.ENGLISH)).isEqualTo("API tokens – Fleksi");
    }
}
