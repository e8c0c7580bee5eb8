package id.fleksi.shared.web;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's messages keep a number format per message, and write exactly what {@link MessageFormat} writes
 * with a new one each time: numbers large and small, dates, text, nothing, and the explicit formats of a pattern
 * ({@code {0,number,#}}, choices), for every key of the common and the dashboard bundles in both languages, also
 * from many threads at once.
 */
class MessagesSourceTest {

    private static final Object[][] ARGUMENTS = {
            {1234567, 2.5, -3L, 40, 1, 0, 7, 8, 9, 10},
            {2026, "teks", null, new Date(0), 12345678901L, 1, 2, 3, 4, 5},
            {0, 1, 2, 1000, 99, 100, 5, 6, 7, 8},
    };

    @Test
    void everyMessageIsWrittenAsMessageFormatWritesIt() throws IOException {
        Messages.KeptNumberFormats kept = source();
        int compared = 0;
        for (String bundle : List.of("messages", "i18n/dashboard", "i18n/policy", "i18n/evaluation")) {
            for (Locale locale : List.of(Locale.forLanguageTag("id"), Locale.ENGLISH)) {
                Properties messages = bundle(bundle + "_" + locale.getLanguage() + ".properties");
                for (String key : messages.stringPropertyNames()) {
                    String pattern = messages.getProperty(key);
                    if (!pattern.contains("{")) {
                        continue;
                    }
                    for (Object[] arguments : ARGUMENTS) {
                        String expected;
                        try {
                            expected = new MessageFormat(pattern, locale).format(arguments);
                        } catch (IllegalArgumentException notForTheseArguments) {
                            continue;
                        }
                        assertThat(kept.getMessage(key, arguments, locale)).as(locale + " " + key)
                                .isEqualTo(expected);
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(100);
    }

    @Test
    void aMessageWrittenByManyThreadsAtOnceKeepsEachItsOwnNumbers() throws Exception {
        Messages.KeptNumberFormats kept = source();
        Locale indonesian = Locale.forLanguageTag("id");
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                results.add(threads.submit(() -> {
                    List<String> wrong = new ArrayList<>();
                    for (int i = 0; i < 2_000; i++) {
                        int away = thread * 100_000 + i;
                        String shown = kept.getMessage("dashboard.cell.title", new Object[]{away, 5, 50}, indonesian);
                        String expected = new MessageFormat("{0} di luar kantor, {1} di kantor ({2}%)", indonesian)
                                .format(new Object[]{away, 5, 50});
                        if (!shown.equals(expected)) {
                            wrong.add(shown + " instead of " + expected);
                        }
                    }
                    return wrong;
                }));
            }
            for (Future<List<String>> result : results) {
                assertThat(result.get()).isEmpty();
            }
        } finally {
            threads.shutdown();
        }
    }

    @Test
    void everyCodeIsFoundInTheBundleTheBundlesInTurnWouldFindItIn() throws IOException {
        String[] basenames = applicationBasenames();
        Messages.KeptNumberFormats kept = source(basenames);
        ResourceBundleMessageSource inTurn = new ResourceBundleMessageSource();
        inTurn.setBasenames(basenames);
        inTurn.setDefaultEncoding(StandardCharsets.UTF_8.name());
        inTurn.setFallbackToSystemLocale(false);
        int compared = 0;
        for (Locale locale : List.of(Locale.forLanguageTag("id"), Locale.ENGLISH, Locale.forLanguageTag("fr"))) {
            for (String basename : basenames) {
                for (String language : List.of("id", "en")) {
                    for (String key : bundle(basename + "_" + language + ".properties").stringPropertyNames()) {
                        assertThat(kept.getMessage(key, null, "?", locale)).as(locale + " " + key)
                                .isEqualTo(inTurn.getMessage(key, null, "?", locale));
                        Object[] args = {1234, 5, 6, 7, 8, 9, 10, 11};
                        assertThat(kept.getMessage(key, args, "?", locale)).as(locale + " " + key)
                                .isEqualTo(inTurn.getMessage(key, args, "?", locale));
                        compared++;
                    }
                }
            }
            assertThat(kept.getMessage("no.such.code", null, "none", locale)).isEqualTo("none");
        }
        assertThat(compared).isGreaterThan(3000);
    }

    @Test
    void aCodeInTwoBundlesIsTakenFromTheFirst() {
        Messages.KeptNumberFormats kept = source("messages-order/first", "messages-order/second");
        Locale indonesian = Locale.forLanguageTag("id");
        assertThat(kept.getMessage("shared.code", null, indonesian)).isEqualTo("from the first");
        assertThat(kept.getMessage("second.only", new Object[]{1500}, indonesian)).isEqualTo("second 1.500");
        assertThat(kept.getMessage("first.only", null, indonesian)).isEqualTo("first");
        Messages.KeptNumberFormats reversed = source("messages-order/second", "messages-order/first");
        assertThat(reversed.getMessage("shared.code", null, indonesian)).isEqualTo("from the second");
    }

    /** The basenames the application loads, from {@code spring.messages.basename} in application.yml. */
    private static String[] applicationBasenames() throws IOException {
        try (InputStream in = MessagesSourceTest.class.getResourceAsStream("/application.yml")) {
            String yml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            java.util.regex.Matcher line = java.util.regex.Pattern.compile("(?m)^\\s+basename:\\s*(.+)$").matcher(yml);
            assertThat(line.find()).isTrue();
            return line.group(1).trim().split("\\s*,\\s*");
        }
    }

    private static Messages.KeptNumberFormats source() {
        return source("messages", "i18n/dashboard", "i18n/policy", "i18n/evaluation");
    }

    private static Messages.KeptNumberFormats source(String... basenames) {
        Messages.KeptNumberFormats source = new Messages.KeptNumberFormats();
        source.setBasenames(basenames);
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private static Properties bundle(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesSourceTest.class.getResourceAsStream("/" + path)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
