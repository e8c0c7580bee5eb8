package id.fleksi.rules;

/**
 * A labelled exception that lifted a rule (Catala style: the base rule and its exceptions are written as
 * such): the rule it lifted, the article of the exception, and why it applies.
 */
public record ExceptionApplied(RuleCode rule, LegalRef article, Text reason) {
}
