package id.fleksi.shared.web;

import org.springframework.http.HttpStatus;

import java.util.Map;

/**
 * An error an API call answers on purpose, such as a refused state change: its status, the message key of
 * its detail, and message keys of field errors.
 */
public class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String detailKey;
    private final transient Object[] args;
    private final Map<String, String> fieldErrors;
    private final transient Map<String, Object> properties;

    public ApiProblem(HttpStatus status, String detailKey, Map<String, String> fieldErrors, Object... args) {
        this(status, detailKey, fieldErrors, Map.of(), args);
    }

    private ApiProblem(HttpStatus status, String detailKey, Map<String, String> fieldErrors,
                       Map<String, Object> properties, Object... args) {
        super(detailKey);
        this.status = status;
        this.detailKey = detailKey;
        this.fieldErrors = Map.copyOf(fieldErrors);
        this.properties = Map.copyOf(properties);
        this.args = args.clone();
    }

    /** The same problem with one more member of the problem details, such as the violations that refused it. */
    public ApiProblem with(String name, Object value) {
        Map<String, Object> more = new java.util.LinkedHashMap<>(properties);
        more.put(name, value);
        return new ApiProblem(status, detailKey, fieldErrors, more, args);
    }

    public Map<String, Object> properties() {
        return properties;
    }

    public static ApiProblem of(HttpStatus status, String detailKey, Object... args) {
        return new ApiProblem(status, detailKey, Map.of(), args);
    }

    public static ApiProblem field(String field, String messageKey) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "problem.detail.invalid", Map.of(field, messageKey));
    }

    public HttpStatus status() {
        return status;
    }

    public String detailKey() {
        return detailKey;
    }

    public Object[] args() {
        return args.clone();
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
