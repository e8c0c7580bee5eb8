package id.fleksi.eligibility;

import id.fleksi.rules.ExceptionApplied;
import id.fleksi.rules.Violation;

import java.time.LocalDate;
import java.util.Locale;

/** Violations and exceptions as the API contract writes them, in the caller's language. */
public final class VerdictViews {

    private VerdictViews() {
    }

    /** {rule, severity, article, date?, message}. */
    public record ViolationView(String rule, String severity, String article, LocalDate date, String message) {

        public static ViolationView of(Violation violation, Locale locale) {
            return new ViolationView(violation.rule().name(), violation.severity().name(),
                    violation.article().article(), violation.date(), violation.message().in(locale));
        }
    }

    /** {rule, article, reason}. */
    public record ExceptionView(String rule, String article, String reason) {

        public static ExceptionView of(ExceptionApplied exception, Locale locale) {
            return new ExceptionView(exception.rule().name(), exception.article().article(),
                    exception.reason().in(locale));
        }
    }
}
