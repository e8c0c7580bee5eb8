package id.fleksi.policy;

import org.springframework.context.MessageSource;

import java.util.List;
import java.util.Locale;

/** Why an entry of the holiday calendar cannot be saved: the field and a message key of the policy bundle. */
record HolidayProblem(String field, String messageKey, List<Object> args) {

    HolidayProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    static HolidayProblem of(String field, String messageKey, Object... args) {
        return new HolidayProblem(field, messageKey, List.of(args));
    }

    String message(MessageSource messages, Locale locale) {
        return messages.getMessage(messageKey, args.toArray(), locale);
    }
}
