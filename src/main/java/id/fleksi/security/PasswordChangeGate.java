package id.fleksi.security;

import id.fleksi.shared.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Until a person replaces the initial password HR gave them, pages lead to the change form and every
 * other API call is a 403 that says so.
 */
class PasswordChangeGate extends OncePerRequestFilter {

    private final ProblemResponses problems;

    PasswordChangeGate(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof FleksiUser user)
                || !user.mustChangePassword() || isAllowed(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            problems.write(request, response, HttpStatus.FORBIDDEN, "problem.title.403",
                    "problem.detail.403.password");
        } else {
            response.sendRedirect(request.getContextPath() + SecurityConfiguration.PASSWORD_PAGE);
        }
    }

    private static boolean isAllowed(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String method = request.getMethod();
        return path.equals(SecurityConfiguration.PASSWORD_PAGE) || path.equals("/logout")
                || path.startsWith("/error") || path.startsWith("/webjars/") || path.startsWith("/assets/")
                || (path.equals("/api/me") && method.equals("GET"))
                || (path.equals("/api/me/password") && method.equals("PUT"));
    }
}
