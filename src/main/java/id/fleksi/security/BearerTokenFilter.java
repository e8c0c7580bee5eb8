package id.fleksi.security;

import id.fleksi.shared.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * Signs in an API call that carries {@code Authorization: Bearer <token>}: the token stands for its account as the
 * account is now. An unknown, expired or revoked token, or one of an inactive account, is a 401 that says so;
 * calls without a bearer token go on to HTTP Basic.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final ProblemResponses problems;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    BearerTokenFilter(ApiTokens tokens, ProblemResponses problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiTokens.Holder> holder = tokens.authenticate(header.substring(BEARER.length()).strip());
        if (holder.isEmpty() || !holder.get().user().isEnabled()) {
            contexts.clearContext();
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Fleksi\", error=\"invalid_token\"");
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "problem.title.401",
                    holder.isEmpty() ? "problem.detail.401.token" : "problem.detail.401.disabled");
            return;
        }
        FleksiUser user = holder.get().user();
        user.eraseCredentials();
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        authentication.setDetails(holder.get());
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(authentication);
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }

    /** True when the call was signed in with a token rather than a password. */
    static boolean signedInWithToken(org.springframework.security.core.Authentication authentication) {
        return authentication != null && authentication.getDetails() instanceof ApiTokens.Holder;
    }
}
