package id.fleksi.organisation;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;

/** Puts a refusal's messages next to their fields in a form; a message about no field of it goes on top. */
final class Forms {

    private Forms() {
    }

    /**
     * The hidden version of what a form edits. Every field of a page's form is text, so that binding never fails
     * and leaves no form to show again (a record with a field of another type is left out when a value cannot be converted); a version no page sends is a bad request.
     */
    static Long version(String version) {
        if (version == null || version.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(version.strip());
        } catch (NumberFormatException tampered) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }

    static void reject(BindingResult errors, Refusal refusal) {
        for (FieldProblem problem : refusal.problems()) {
            Object[] args = problem.args().toArray();
            try {
                errors.rejectValue(problem.field(), problem.messageKey(), args, null);
            } catch (NotReadablePropertyException notAFieldOfThisForm) {
                errors.reject(problem.messageKey(), args, null);
            }
        }
    }
}
