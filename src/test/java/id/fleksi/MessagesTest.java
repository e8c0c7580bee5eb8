package id.fleksi;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible text comes from the message bundles, in both languages: the bundles hold the same keys,
 * every key a template names exists, and no template carries literal text of its own.
 */
class MessagesTest {

    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");
    /** Text between tags, after Thymeleaf comments and script/style bodies are removed. */
    private static final Pattern TEXT = Pattern.compile(">([^<]*)<");
    private static final Pattern LITERAL_ATTRIBUTE = Pattern.compile(
            "\\s(placeholder|title|alt|aria-label)=\"([^\"]*)\"");

    /** The bundles, common and per module, by their base name, as spring.messages.basename lists them. */
    private static final List<String> BUNDLES = basenames();

    private final Properties indonesian = all("id");
    private final Properties english = all("en");

    private static List<String> basenames() {
        try (var in = MessagesTest.class.getResourceAsStream("/application.yml")) {
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher line = Pattern.compile("basename:\\s*(.+)").matcher(yaml);
            assertThat(line.find()).as("spring.messages.basename in application.yml").isTrue();
            return List.of(line.group(1).strip().split("\\s*,\\s*"));
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    @Test
    void everyBundleFileIsListedInTheBasename() throws IOException {
        Set<String> files = new TreeSet<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*_id.properties")) {
            files.add("i18n/" + resource.getFilename().replace("_id.properties", ""));
        }
        assertThat(BUNDLES).containsAll(files);
    }

    /**
     * Spring formats a message with {@link MessageFormat} only when it is given arguments. So a message with
     * placeholders must double each apostrophe (a single one starts a quote: "the PPK's determination {0}" would
     * show its placeholders raw and lose the apostrophe), and one without must not (it is shown as written).
     * Every message of both languages is rendered with sample arguments and checked for both.
     */
    @Test
    void everyMessageRendersItsArgumentsAndKeepsItsApostrophes() {
        List<String> wrong = new ArrayList<>();
        for (var bundle : List.of(indonesian, english)) {
            Locale locale = bundle == indonesian ? Locale.forLanguageTag("id") : Locale.ENGLISH;
            for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
                String pattern = bundle.getProperty(key);
                if (!PLACEHOLDER.matcher(pattern).find()) {
                    if (pattern.contains("''")) {
                        wrong.add(locale + " " + key + ": a doubled apostrophe in a message without placeholders");
                    }
                    continue;
                }
                String shown;
                try {
                    shown = new MessageFormat(pattern, locale).format(SAMPLE_ARGUMENTS);
                } catch (IllegalArgumentException malformed) {
                    wrong.add(locale + " " + key + ": " + malformed.getMessage());
                    continue;
                }
                if (PLACEHOLDER.matcher(shown).find()) {
                    wrong.add(locale + " " + key + ": shows a placeholder: " + shown);
                } else if (pattern.replace("''", "").contains("'")) {
                    wrong.add(locale + " " + key + ": a single apostrophe, lost when formatted: " + shown);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");
    private static final Object[] SAMPLE_ARGUMENTS = {2, 3, 4, 5, 6, 7, 8, 9, 10, 11};

    @Test
    void bothLanguagesHaveTheSameKeys() {
        for (String bundle : BUNDLES) {
            Properties id = bundle(bundle + "_id.properties");
            Properties en = bundle(bundle + "_en.properties");
            Set<String> onlyIndonesian = new TreeSet<>(id.stringPropertyNames());
            onlyIndonesian.removeAll(en.stringPropertyNames());
            Set<String> onlyEnglish = new TreeSet<>(en.stringPropertyNames());
            onlyEnglish.removeAll(id.stringPropertyNames());
            assertThat(onlyIndonesian).as("keys missing in " + bundle + "_en").isEmpty();
            assertThat(onlyEnglish).as("keys missing in " + bundle + "_id").isEmpty();
        }
    }

    @Test
    void noKeyIsDefinedInTwoBundles() {
        Set<String> seen = new TreeSet<>();
        Set<String> twice = new TreeSet<>();
        for (String bundle : BUNDLES) {
            for (String key : bundle(bundle + "_id.properties").stringPropertyNames()) {
                if (!seen.add(key)) {
                    twice.add(key);
                }
            }
        }
        assertThat(twice).as("keys defined in more than one bundle").isEmpty();
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Resource template : templates()) {
            Matcher keys = MESSAGE_KEY.matcher(template.getContentAsString(StandardCharsets.UTF_8));
            while (keys.find()) {
                if (!indonesian.containsKey(keys.group(1))) {
                    missing.add(template.getFilename() + ": " + keys.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /**
     * Elements may hold placeholder text for designers only when a th:text, th:utext or th:replace
     * replaces it; any other text between tags, or a literal label attribute, is refused.
     */
    @Test
    void templatesCarryNoLiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Resource template : templates()) {
            String html = template.getContentAsString(StandardCharsets.UTF_8)
                    .replaceAll("(?s)<!--.*?-->", "")
                    .replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", "");
            String withoutReplacedBodies = html.replaceAll(
                    "(?s)<([a-zA-Z0-9]+)([^>]*\\sth:(text|utext|replace|errors)=[^>]*)>[^<]*</\\1>", "<$1$2></$1>");
            Matcher text = TEXT.matcher(withoutReplacedBodies);
            while (text.find()) {
                String literal = text.group(1).strip();
                if (!literal.isEmpty() && literal.chars().anyMatch(Character::isLetter)) {
                    literals.add(template.getFilename() + ": \"" + literal + "\"");
                }
            }
            Matcher attribute = LITERAL_ATTRIBUTE.matcher(html);
            while (attribute.find()) {
                literals.add(template.getFilename() + ": " + attribute.group(1) + "=\"" + attribute.group(2) + "\"");
            }
        }
        assertThat(literals).isEmpty();
    }

    private static Resource[] templates() throws IOException {
        return new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
    }

    private static Properties all(String language) {
        Properties merged = new Properties();
        BUNDLES.forEach(bundle -> merged.putAll(bundle(bundle + "_" + language + ".properties")));
        return merged;
    }

    private static Properties bundle(String name) {
        Properties properties = new Properties();
        try (var in = MessagesTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
