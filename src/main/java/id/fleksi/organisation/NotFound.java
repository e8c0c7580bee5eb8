package id.fleksi.organisation;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** No unit or employee with the code or NIP asked for: a 404 for the API and for pages. */
public class NotFound extends ResponseStatusException {

    private final String messageKey;
    private final String key;

    NotFound(String messageKey, String key) {
        super(HttpStatus.NOT_FOUND, messageKey);
        this.messageKey = messageKey;
        this.key = key;
    }

    static NotFound unit(String code) {
        return new NotFound("org.problem.unitNotFound", code);
    }

    static NotFound employee(String nip) {
        return new NotFound("org.problem.employeeNotFound", nip);
    }

    public String messageKey() {
        return messageKey;
    }

    /** The code or NIP that was asked for. */
    public String key() {
        return key;
    }
}
