package id.fleksi.rules;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every code of the rule catalogue is expected by at least one dated case of the tables the rules are tested
 * with; the tests reading each table check that the verdicts produce them with their articles.
 */
class CatalogueCoverageTest {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z_]{3,}");

    @Test
    void everyCatalogueCodeIsExpectedBySomeCase() throws IOException {
        Set<RuleCode> expected = EnumSet.noneOf(RuleCode.class);
        for (String table : new String[] {"plan-cases.txt", "eligibility-cases.txt", "evaluation-cases.txt",
                "reconciliation-cases.txt", "recall-cases.txt",
                "plan-change-cases.txt"}) {
            for (String line : read("/rules/" + table).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\\|");
                // the expected verdicts: from the third cell in the eligibility table, the fifth in the recall table, the sixth in the plan change table, the
                // sixth in the reconciliation table, the fourth in the others
                int first = switch (table) {
                    case "eligibility-cases.txt" -> 2;
                    case "recall-cases.txt" -> 4;
                    case "plan-change-cases.txt" -> 5;
                    case "reconciliation-cases.txt" -> 5;
                    default -> 3;
                };
                Matcher codes = CODE.matcher(String.join(" ", Arrays.copyOfRange(cells, first, cells.length)));
                while (codes.find()) {
                    for (RuleCode rule : RuleCode.values()) {
                        if (rule.name().equals(codes.group())) {
                            expected.add(rule);
                        }
                    }
                }
            }
        }
        assertThat(expected).containsExactlyInAnyOrder(RuleCode.values());
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = CatalogueCoverageTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
