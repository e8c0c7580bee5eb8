package id.fleksi.policy;

import id.fleksi.rules.DeterminationBounds;
import id.fleksi.rules.LegalRef;
import id.fleksi.rules.Text;
import org.springframework.context.MessageSource;

import java.util.List;
import java.util.Locale;

/**
 * Why a field of a draft cannot be saved: the article it rests on (where the regulation gives one) and what
 * to change, either as the rules' own bilingual text or as a message key of the policy bundle.
 */
record PolicyProblem(String field, LegalRef article, Text text, String messageKey, List<Object> args) {

    PolicyProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    static PolicyProblem of(DeterminationBounds.Breach breach) {
        return new PolicyProblem(breach.field(), breach.article(), breach.message(), null, List.of());
    }

    static PolicyProblem of(String field, LegalRef article, String messageKey, Object... args) {
        return new PolicyProblem(field, article, null, messageKey, List.of(args));
    }

    /** The message in the reader's language, led by its article: "Pasal 14: ...". */
    String message(MessageSource messages, Locale locale) {
        String said = text != null ? text.in(locale) : messages.getMessage(messageKey, args.toArray(), locale);
        return article == null ? said : article.article() + ": " + said;
    }
}
