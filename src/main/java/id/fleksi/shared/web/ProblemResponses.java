package id.fleksi.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;

/**
 * Writes RFC 9457 problem details outside Spring MVC (the security filters), in the caller's language.
 */
@Component
public class ProblemResponses {

    private final MessageSource messages;
    private final JsonMapper json;

    ProblemResponses(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                      String titleKey, String detailKey) throws IOException {
        write(request, response, status, titleKey, detailKey, new Object[0]);
    }

    /** A problem whose detail message takes arguments, such as the seconds to wait. */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                      String titleKey, String detailKey, Object... detailArguments) throws IOException {
        var locale = Languages.of(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(detailKey, detailArguments, locale));
        problem.setTitle(messages.getMessage(titleKey, null, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
