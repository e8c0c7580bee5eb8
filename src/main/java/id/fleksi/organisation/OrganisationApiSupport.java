package id.fleksi.organisation;

import id.fleksi.shared.web.Languages;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Refusals and unknown units or employees as problem details in the caller's language, with each field's
 * message (a NIP's message names the wrong digits). Handlers in the controllers themselves, so that they
 * come before the catch-all of the shared API handler.
 */
abstract class OrganisationApiSupport {

    protected final MessageSource messages;

    OrganisationApiSupport(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(Refusal.class)
    ResponseEntity<ProblemDetail> refused(Refusal refusal, HttpServletRequest request) {
        Locale locale = Languages.of(request);
        HttpStatus status = refusal.isConflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        ProblemDetail problem = problem(status, messages.getMessage(
                refusal.isConflict() ? "org.problem.conflict" : "problem.detail.invalid", null, locale), locale);
        List<Map<String, String>> errors = refusal.problems().stream()
                .map(field -> Map.of("field", field.field(),
                        "message", messages.getMessage(field.messageKey(), field.args().toArray(), locale)))
                .toList();
        problem.setProperty("errors", errors);
        return answer(status, problem);
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> notFound(NotFound notFound, HttpServletRequest request) {
        Locale locale = Languages.of(request);
        return answer(HttpStatus.NOT_FOUND, problem(HttpStatus.NOT_FOUND,
                messages.getMessage(notFound.messageKey(), new Object[] {notFound.key()}, locale), locale));
    }

    private ProblemDetail problem(HttpStatus status, String detail, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(messages.getMessage("problem.title." + status.value(), null, locale));
        return problem;
    }

    private static ResponseEntity<ProblemDetail> answer(HttpStatus status, ProblemDetail problem) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
