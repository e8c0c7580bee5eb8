package id.fleksi.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Bounds every request body before anything reads it: an import file ({@code text/csv}, {@code
 * application/octet-stream}, a path ending in {@code /import}) up to {@code fleksi.web.max-import-size} (10 MB, as
 * the forms' uploads), any other body up to {@code fleksi.web.max-body-size} (2 MB). A longer body is refused with
 * 413 (the page or problem of {@link ErrorPages}): at once when its length is declared, or as soon as reading
 * passes the limit when it is sent in chunks, so that no body is ever held in memory beyond it. A multipart form
 * (a page's upload) is bounded by its declared length: at the import size too, unless a module declares a larger
 * {@link UploadLimit} for its path; the servlet container's limits ({@code spring.servlet.multipart.*}, the
 * largest of them) bound one sent in chunks. The page of a refused upload says the limit that applied.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 40)
class BodyLimits extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(BodyLimits.class);

    /** The request attribute that tells the error page the limit a refused body passed, in bytes. */
    static final String REFUSED_LIMIT = BodyLimits.class.getName() + ".limit";

    private final long maxImport;
    private final long maxBody;
    private final Map<String, Long> uploads;

    BodyLimits(@Value("${fleksi.web.max-import-size:10MB}") DataSize maxImport,
               @Value("${fleksi.web.max-body-size:2MB}") DataSize maxBody, ObjectProvider<UploadLimit> uploads) {
        this.maxImport = maxImport.toBytes();
        this.maxBody = maxBody.toBytes();
        this.uploads = uploads.orderedStream().collect(Collectors.toUnmodifiableMap(UploadLimit::path,
                upload -> upload.size().toBytes()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/")) {
            long limit = uploads.getOrDefault(request.getRequestURI(), maxImport);
            if (request.getContentLengthLong() > limit) {
                refuse(request, response, limit);
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        long limit = isImport(request, type) ? maxImport : maxBody;
        if (request.getContentLengthLong() > limit) {
            refuse(request, response, limit);
            return;
        }
        try {
            chain.doFilter(new Bounded(request, limit), response);
        } catch (ServletException | RuntimeException failure) {
            if (!BodyTooLarge.causes(failure) || response.isCommitted()) {
                throw failure;
            }
            refuse(request, response, limit);
        }
    }

    private static boolean isImport(HttpServletRequest request, String type) {
        return type.startsWith("text/csv") || type.startsWith("application/octet-stream")
                || request.getRequestURI().endsWith("/import");
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, long limit)
            throws IOException {
        log.atWarn().addKeyValue("event", "request.tooLarge").addKeyValue("limit", limit)
                .log("Refused a body longer than {} bytes: {} {}", limit, request.getMethod(), request.getRequestURI());
        request.setAttribute(REFUSED_LIMIT, limit);
        response.setHeader("Connection", "close");
        response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
    }

    /** The request, its body counted as it is read. */
    private static final class Bounded extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counted(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class Counted extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        Counted(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new BodyTooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
