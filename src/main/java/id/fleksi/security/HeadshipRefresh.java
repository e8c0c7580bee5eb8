package id.fleksi.security;

import id.fleksi.organisation.Organisation;
import id.fleksi.organisation.UnitRef;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;

/**
 * Who heads a unit changes while people are signed in: an acting head's period begins or ends, HR appoints
 * a new head. A session keeps the roles of its sign-in, so each page request reads the units the person
 * heads now (one indexed query) and, where they differ, runs with {@link Role#PIMPINAN_UNIT} given or taken.
 * The session itself is left as it was; the API signs in on every call and needs no such refresh.
 */
class HeadshipRefresh extends OncePerRequestFilter {

    private static final List<String> STATIC = List.of("/webjars/", "/assets/", "/favicon.ico",
            "/actuator/", "/kalender/");

    private final Organisation organisation;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    HeadshipRefresh(Organisation organisation) {
        this.organisation = organisation;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return STATIC.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof FleksiUser user
                && user.employeeId() != null) {
            List<String> headedNow = organisation.unitsHeadedBy(user.employeeId()).stream()
                    .map(UnitRef::code).toList();
            if (!headedNow.equals(user.unitsHeaded())) {
                FleksiUser refreshed = user.withUnitsHeaded(headedNow);
                UsernamePasswordAuthenticationToken current = UsernamePasswordAuthenticationToken.authenticated(
                        refreshed, null, refreshed.getAuthorities());
                current.setDetails(authentication.getDetails());
                SecurityContext context = contexts.createEmptyContext();
                context.setAuthentication(current);
                contexts.setContext(context);
            }
        }
        chain.doFilter(request, response);
    }
}
