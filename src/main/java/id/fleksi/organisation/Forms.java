package id.fleksi.organisation;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/** Puts a refusal's messages next to their fields in a form; a message about no field of it goes on top. */
final class Forms {

    private Forms() {
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
