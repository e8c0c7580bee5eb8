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

    /** How the rules read a setting the PPK applies to part of the institution only ({@code rules.Scope}). */
    private static final String SCOPED_SETTINGS = """

            ## Scoped settings

            The PPK may apply three settings of a version of the determination to part of the institution only: an
            additional criterion (`KRITERIA_TAMBAHAN`, Pasal 26), the dinamis hour arrangement (`DINAMIS_JAM`, Pasal 20
            ayat (2); Pasal 3 ayat (6)) and the least share of a unit in the office (`LAYANAN_MINIMUM`, Pasal 27). A
            scope names a unit alone (`UNIT`), a unit with its sub-units (`UNIT_TREE`), a position as the employee
            record writes it (`POSITION`, without regard to case) or a named group of employees the PPK keeps
            (`GROUP`, members by NIP). What is not scoped applies to all and is the institution-wide default.

            - A scoped additional criterion judges only the employees in one of its scopes; the others are not judged
              by it at all.
            - A scoped dinamis window or minimum presence replaces the institution's for those in its scope; everyone
              else keeps the institution's. A minimum presence is a share of a unit, so it is scoped to units only.
            - Overlaps: when several scopes of the same setting cover an employee, the most specific applies: a named
              group before a position, a position before a unit, and of two units the nearer one (the employee's own
              unit before its parent, a parent before the grandparent). Between equally specific scopes (a unit alone
              and the same unit with its sub-units) the one listed first in the version applies.
            - A unit's minimum presence is the same in every figure that compares a day with it: the approval, the
              inbox, the unit's calendar and coverage, the alternating groups, the dashboards and the evaluation (in SQL
              the scopes are expanded over the unit tree with `unit_below`, nearer unit first, then the one listed first).
            - A verdict from a scoped setting names its code, its article and whom it applies to, in both languages:
              "Berlaku untuk: unit BAPPEDA dan sub-unitnya." / "Applies to: unit BAPPEDA and its sub-units."

            The cases are `src/test/resources/rules/scope-cases.txt`.
            """;

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
        String wanted = doc.append(SCOPED_SETTINGS).toString();
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
