package id.fleksi.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

import java.io.IOException;
import java.util.Locale;

/**
 * A request whose body cannot be read as its content type says, a multipart body without its boundary or form
 * parameters the server cannot decode, is refused as a bad request (400, the page or problem of
 * {@link ErrorPages}) before any filter or page reads it, instead of failing wherever a parameter is first asked
 * for, on any path, signed in or not.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
class MalformedRequests extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/")) {
            // a request whose parts are already read (as in tests) has nothing left to parse
            if (!type.contains("boundary=")
                    && WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class) == null) {
                response.sendError(HttpStatus.BAD_REQUEST.value());
                return;
            }
        } else {
            try {
                // the server decodes the query and a form body here once, and keeps them for every later reader
                request.getParameterMap();
            } catch (IllegalStateException | IllegalArgumentException undecodable) {
                response.sendError(HttpStatus.BAD_REQUEST.value());
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
