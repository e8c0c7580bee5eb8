package id.fleksi.rules;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule catalogue in the repository ({@code docs/rules.md}) is the one the code decides with: every
 * {@link RuleCode} with its article and its name in both languages. When they differ the file is written anew
 * and the test fails, so that the new file is looked at and committed.
 */
class RuleCatalogueDocTest {

    private static final Path DOC = Path.of("docs", "rules.md");

    @Test
    void docsRulesMdListsEveryRuleCodeWithItsArticle() throws IOException {
        Properties indonesian = bundle("i18n/eligibility_id.properties");
        Properties english = bundle("i18n/eligibility_en.properties");
        StringBuilder doc = new StringBuilder("""
                # The rule catalogue

                Every decision Fleksi makes names one of these codes and the article of PermenPANRB Nomor 4 Tahun
                2025 it rests on: the API returns them, the pages explain them at `/aturan/{code}`, the tests assert
                them. The codes are stable; the list comes from `id.fleksi.rules.RuleCode` and the names from the
                message bundles (`RuleCatalogueDocTest` writes this file anew when they change).

                | code | article | nama | name |
                |---|---|---|---|
                """);
        for (RuleCode code : RuleCode.values()) {
            String key = "eligibility.rule." + code.name();
            assertThat(indonesian.getProperty(key)).as(key + " in Indonesian").isNotBlank();
            assertThat(english.getProperty(key)).as(key + " in English").isNotBlank();
            doc.append("| `").append(code.name()).append("` | ").append(code.article().article()).append(" | ")
                    .append(indonesian.getProperty(key)).append(" | ").append(english.getProperty(key)).append(" |\n");
        }
        String wanted = doc.toString();
        String found = Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "";
        if (!found.equals(wanted)) {
            Files.writeString(DOC, wanted, StandardCharsets.UTF_8);
        }
        assertThat(found).as("docs/rules.md was out of date and has been written anew: look at it and commit it")
                .isEqualTo(wanted);
    }

    private static Properties bundle(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = RuleCatalogueDocTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
