package id.fleksi.security;

import id.fleksi.shared.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Puts every password sign-in through {@link SignInThrottle} before the password is hashed: the form's
 * {@code POST /login} and any request with HTTP Basic credentials. A refused attempt gets 429 with
 * {@code Retry-After} and a problem detail (API), or the sign-in page saying how long to wait (the form).
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    static final String WAIT_PARAMETER = "wait";
    private static final Logger log = LoggerFactory.getLogger(SignInThrottleFilter.class);

    private final SignInThrottle throttle;
    private final ProblemResponses problems;

    SignInThrottleFilter(SignInThrottle throttle, ProblemResponses problems) {
        this.throttle = throttle;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean form = isFormSignIn(request);
        String username = form ? request.getParameter("username") : basicUsername(request);
        if (username == null) {
            chain.doFilter(request, response);
            return;
        }
        SignInThrottle.Attempt attempt = throttle.attempt(request.getRemoteAddr(), username);
        if (!attempt.allowed()) {
            log.atWarn().addKeyValue("event", "login.throttled").addKeyValue("limit", attempt.refusedBy())
                    .addKeyValue("retryAfter", attempt.retryAfterSeconds())
                    .log("Sign-in refused before checking the password: too many failures ({}), retry in {} s",
                            attempt.refusedBy(), attempt.retryAfterSeconds());
            refuse(request, response, form, attempt.retryAfterSeconds());
            return;
        }
        chain.doFilter(request, response);
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.isAuthenticated() && !(signedIn instanceof AnonymousAuthenticationToken)) {
            throttle.succeeded(attempt);
        } else {
            throttle.failed(attempt);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, boolean form, long seconds)
            throws IOException {
        if (form) {
            response.sendRedirect(request.getContextPath() + SecurityConfiguration.LOGIN_PAGE
                    + "?error=throttled&" + WAIT_PARAMETER + "=" + seconds);
            return;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "problem.title.429",
                "problem.detail.429.signIn", seconds);
    }

    private static boolean isFormSignIn(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && (request.getContextPath() + SecurityConfiguration.LOGIN_PAGE).equals(request.getRequestURI())
                && request.getParameter("username") != null;
    }

    /** The username of HTTP Basic credentials; null without them or when they cannot be read. */
    private static String basicUsername(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String credentials = new String(Base64.getDecoder().decode(header.substring(6).strip()),
                    StandardCharsets.UTF_8);
            int colon = credentials.indexOf(':');
            return colon < 0 ? null : credentials.substring(0, colon);
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }
}
