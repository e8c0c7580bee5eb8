package id.fleksi.shared.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every API error as an RFC 9457 problem detail in the caller's language: a title, a detail a person can
 * act on, and for invalid input the list {@code errors} of {@code {field, message}}. Unexpected errors are
 * logged with their cause and answered without it: no stack trace, SQL or class name leaves the server.
 */
@RestControllerAdvice(annotations = ApiController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<Object> handleApiProblem(ApiProblem problem, WebRequest request) {
        Locale locale = locale(request);
        ProblemDetail body = problem(problem.status(),
                messages.getMessage(problem.detailKey(), problem.args(), locale), locale);
        problem.fieldErrors().forEach((field, key) -> addError(body, field, messages.getMessage(key, null, locale)));
        problem.properties().forEach(body::setProperty);
        return ResponseEntity.status(problem.status()).body(body);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> handleAccessDenied(AccessDeniedException denied, WebRequest request) {
        return answer(HttpStatus.FORBIDDEN, request);
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<Object> handleConflict(ObjectOptimisticLockingFailureException conflict, WebRequest request) {
        return answer(HttpStatus.CONFLICT, request);
    }

    /** A body cut off at its limit while being read (see {@link BodyLimits}). */
    @ExceptionHandler(BodyTooLarge.class)
    ResponseEntity<Object> handleTooLarge(BodyTooLarge tooLarge, WebRequest request) {
        return answer(HttpStatus.CONTENT_TOO_LARGE, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception unexpected, WebRequest request) {
        log.error("Unexpected error on {}", request.getDescription(false), unexpected);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = locale(request);
        ProblemDetail body = problem(HttpStatus.BAD_REQUEST,
                messages.getMessage("problem.detail.invalid", null, locale), locale);
        for (FieldError error : invalid.getBindingResult().getFieldErrors()) {
            addError(body, error.getField(), messages.getMessage(error, locale));
        }
        return ResponseEntity.badRequest().body(body);
    }

    /** A body that cannot be read, or one cut off at its limit while a JSON reader read it (413). */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (BodyTooLarge.causes(unreadable)) {
            return answer(HttpStatus.CONTENT_TOO_LARGE, request);
        }
        return super.handleHttpMessageNotReadable(unreadable, headers, status, request);
    }

    /** Every other Spring MVC error (unreadable JSON, wrong method, unknown path...) in the caller's words. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (statusCode.is5xxServerError()) {
            log.error("Error on {}", request.getDescription(false), ex);
        }
        return ResponseEntity.status(statusCode).headers(headers).body(standardProblem(statusCode, locale(request)));
    }

    private ResponseEntity<Object> answer(HttpStatus status, WebRequest request) {
        return ResponseEntity.status(status).body(standardProblem(status, locale(request)));
    }

    /** The problem with the bundle's detail for its status, or the generic one where the bundle has none. */
    private ProblemDetail standardProblem(HttpStatusCode status, Locale locale) {
        String generic = messages.getMessage("problem.detail.generic", null, locale);
        return problem(status, messages.getMessage("problem.detail." + status.value(), null, generic, locale), locale);
    }

    private ProblemDetail problem(HttpStatusCode status, String detail, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(messages.getMessage("problem.title." + status.value(), null,
                messages.getMessage("problem.title.generic", null, locale), locale));
        return problem;
    }

    @SuppressWarnings("unchecked")
    private static void addError(ProblemDetail body, String field, String message) {
        Map<String, Object> properties = body.getProperties();
        List<Map<String, String>> errors = properties == null ? null
                : (List<Map<String, String>>) properties.get("errors");
        if (errors == null) {
            errors = new java.util.ArrayList<>();
            body.setProperty("errors", errors);
        }
        errors.add(Map.of("field", field, "message", message));
    }

    private static Locale locale(WebRequest request) {
        return Languages.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
