package id.fleksi.organisation;

import id.fleksi.shared.web.ApiProblem;
import org.springframework.http.HttpStatus;

import java.util.Map;

/** Input to the personnel records that was refused: field → message key, for the API and the forms alike. */
class PersonnelInputRejected extends ApiProblem {

    PersonnelInputRejected(Map<String, String> fieldErrors) {
        super(HttpStatus.BAD_REQUEST, "problem.detail.invalid", fieldErrors);
    }
}
