package id.fleksi.policy;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An RFC 9457 problem detail for refused input whose field messages are already in the reader's language
 * (the rules' bilingual texts, messages with arguments), in the same shape as the rest of the API:
 * a title, a detail, and {@code errors} of {@code {field, message}}.
 */
final class FieldProblems {

    private FieldProblems() {
    }

    static ResponseEntity<ProblemDetail> answer(MessageSource messages, Locale locale, HttpStatus status,
                                                String detail, Map<String, String> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(messages.getMessage("problem.title." + status.value(), null,
                messages.getMessage("problem.title.generic", null, locale), locale));
        if (!errors.isEmpty()) {
            List<Map<String, String>> list = new ArrayList<>();
            errors.forEach((field, message) -> list.add(Map.of("field", field, "message", message)));
            problem.setProperty("errors", list);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** Field to message, keeping the first message of a field first and joining any further ones to it. */
    static Map<String, String> collect(Map<String, String> into, String field, String message) {
        into.merge(field, message, (first, next) -> first + " " + next);
        return into;
    }

    static Map<String, String> empty() {
        return new LinkedHashMap<>();
    }
}
