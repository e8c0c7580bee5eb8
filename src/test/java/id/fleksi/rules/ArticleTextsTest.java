package id.fleksi.rules;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule quotes its articles, and every quoted line stands word for word in the article texts of the seeds. */
class ArticleTextsTest {

    private static final Path SEED = Path.of("..", "shared", "seeds", "004_19b4882f9cbafd41.txt");

    @Test
    void everyRuleQuotesTheArticlesItRestsOn() {
        for (RuleCode rule : RuleCode.values()) {
            assertThat(ArticleTexts.of(rule)).as(rule.name()).isNotEmpty();
        }
    }

    @Test
    void everyQuotedLineIsTheRegulationsOwn() throws IOException {
        Assumptions.assumeTrue(Files.exists(SEED), "the seeds stand beside the project");
        // the seed's copy spells "Instansi" once with a lower-case L, a scanning slip
        String seed = normalised(Files.readString(SEED).replace("lnstansi", "Instansi"));
        List<String> missing = new ArrayList<>();
        for (RuleCode rule : RuleCode.values()) {
            for (ArticleTexts.Quote quote : ArticleTexts.of(rule)) {
                for (String line : quote.text().split("\n")) {
                    String text = normalised(line.replaceFirst("^Pasal \\d+ ", ""));
                    if (!seed.contains(text)) {
                        missing.add(quote.article() + ": " + text);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
