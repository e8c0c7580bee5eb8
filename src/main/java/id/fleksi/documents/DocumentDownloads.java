package id.fleksi.documents;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes a stored file as a download, once its owning module has decided the reader may have it: always as an
 * attachment (never shown in the site's own origin), with its detected type, {@code X-Content-Type-Options: nosniff}
 * and {@code Content-Security-Policy: sandbox}, its name per RFC 6266 (an ASCII {@code filename} and the UTF-8
 * {@code filename*} of RFC 5987).
 */
public final class DocumentDownloads {

    private DocumentDownloads() {
    }

    public static void write(Documents.Stored document, HttpServletResponse response) throws IOException {
        byte[] content = document.content();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(document.contentType());
        response.setContentLengthLong(content.length);
        response.setHeader("Content-Disposition", contentDisposition(document.fileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "sandbox");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(content);
        response.flushBuffer();
    }

    /** {@code attachment; filename="…"; filename*=UTF-8''…} for a file name. */
    static String contentDisposition(String fileName) {
        StringBuilder ascii = new StringBuilder();
        fileName.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%'
                ? (char) c : '_'));
        StringBuilder encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
