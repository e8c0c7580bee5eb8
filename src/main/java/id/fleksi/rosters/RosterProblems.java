package id.fleksi.rosters;

import id.fleksi.rules.Violation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The problems of a refusal as lines of text in the reader's language, each rule with its code and article. */
@Component
class RosterProblems {

    private final MessageSource messages;

    RosterProblems(MessageSource messages) {
        this.messages = messages;
    }

    List<String> lines(RosterRefused refused, Locale locale) {
        return refused.problems().stream().map(p -> p.violation() != null ? rule(p.violation(), locale)
                : messages.getMessage(p.key(), p.args(), locale)).toList();
    }

    /** Only the rules a refusal names, e.g. UNIT_SIF where the unit is not designated. */
    List<String> ruleLines(RosterRefused refused, Locale locale) {
        return refused.problems().stream().filter(p -> p.violation() != null)
                .map(p -> rule(p.violation(), locale)).toList();
    }

    static String rules(List<Violation> violations, Locale locale) {
        return violations.stream().map(v -> rule(v, locale)).collect(Collectors.joining("; "));
    }

    static String rule(Violation v, Locale locale) {
        return v.rule().name() + " (" + v.article().article() + "): " + v.message().in(locale);
    }
}
