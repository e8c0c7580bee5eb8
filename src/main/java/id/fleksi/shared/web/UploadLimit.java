package id.fleksi.shared.web;

import org.springframework.util.unit.DataSize;

/**
 * A page that takes larger uploads than the others ({@code fleksi.web.max-import-size}, 10 MB): a module declares
 * one as a bean for the exact path its form posts to. The servlet container's multipart limits
 * ({@code spring.servlet.multipart.*}) must be at least the largest of them.
 */
public record UploadLimit(String path, DataSize size) {
}
