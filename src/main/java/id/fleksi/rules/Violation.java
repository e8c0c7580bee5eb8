package id.fleksi.rules;

import java.time.LocalDate;

/**
 * A rule a verdict finds broken: its catalogue code, how much it weighs, the article, the day where it
 * concerns one, and what it means in both languages.
 */
public record Violation(RuleCode rule, Severity severity, LegalRef article, LocalDate date, Text message) {

    public static Violation error(RuleCode rule, LegalRef article, Text message) {
        return new Violation(rule, Severity.ERROR, article, null, message);
    }

    public static Violation error(RuleCode rule, Text message) {
        return error(rule, rule.article(), message);
    }

    public static Violation warning(RuleCode rule, Text message) {
        return new Violation(rule, Severity.WARNING, rule.article(), null, message);
    }

    public Violation on(LocalDate day) {
        return new Violation(rule, severity, article, day, message);
    }

    public boolean blocks() {
        return severity == Severity.ERROR;
    }
}
