package id.fleksi.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Where every error that no controller answered ends up: API calls get a problem detail, pages get a
 * friendly page in the user's language. Neither ever shows a stack trace.
 */
@PageController
class ErrorPages implements ErrorController {

    static final String VIEW = "error";
    private static final Set<Integer> EXPLAINED = Set.of(400, 401, 403, 404, 405, 409, 413, 500);

    private final MessageSource messages;

    ErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping(path = "/error", produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletRequest request, Model model) {
        int status = status(request);
        if (isApi(request)) {
            // an API caller that asked for HTML still gets no page of ours
            return "forward:/error/problem";
        }
        int explained = EXPLAINED.contains(status) ? status : 500;
        model.addAttribute("status", status);
        model.addAttribute("titleKey", "error.title." + explained);
        model.addAttribute("messageKey", "error.message." + explained);
        if (status == 413 && request.getAttribute(BodyLimits.REFUSED_LIMIT) instanceof Long limit) {
            // the limit that applied, in whole megabytes: pages take uploads of different sizes
            model.addAttribute("messageKey", "error.message.413.limit");
            model.addAttribute("messageArgs", new Object[]{limit / (1024 * 1024)});
        }
        return VIEW;
    }

    @RequestMapping(path = {"/error", "/error/problem"})
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        int status = status(request);
        int explained = EXPLAINED.contains(status) ? status : 500;
        Locale locale = Languages.of(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status),
                messages.getMessage("problem.detail." + explained, null, locale));
        problem.setTitle(messages.getMessage("problem.title." + explained, null, locale));
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null) {
            problem.setInstance(URI.create(uri.toString()));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static int status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer status && HttpStatus.resolve(status) != null) {
            return status;
        }
        return 500;
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri != null && uri.toString().startsWith("/api/");
    }
}
