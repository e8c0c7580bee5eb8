package id.fleksi.security;

import id.fleksi.shared.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * The JSON API takes no CSRF token: it keeps no session, and a client authenticates each call with HTTP Basic or a
 * token. A browser, however, repeats Basic credentials a person once typed into its prompt on every request to the
 * site, including one another site's page makes it send. So a request that changes something and that a browser
 * marks as coming from another site ({@code Sec-Fetch-Site}) or from another origin ({@code Origin}) is refused
 * (403); API clients send neither header.
 */
class CrossSiteApiWrites extends OncePerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final ProblemResponses problems;

    CrossSiteApiWrites(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SAFE.contains(request.getMethod()) && fromAnotherSite(request)) {
            problems.write(request, response, HttpStatus.FORBIDDEN, "problem.title.403", "problem.detail.403.crossSite");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean fromAnotherSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none")) {
            return true;
        }
        String origin = request.getHeader("Origin");
        return origin != null && !origin.toLowerCase(Locale.ROOT).equals(ownOrigin(request));
    }

    private static String ownOrigin(HttpServletRequest request) {
        String scheme = request.getScheme().toLowerCase(Locale.ROOT);
        int port = request.getServerPort();
        boolean standard = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName().toLowerCase(Locale.ROOT) + (standard ? "" : ":" + port);
    }
}
