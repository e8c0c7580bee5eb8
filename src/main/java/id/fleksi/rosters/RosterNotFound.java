package id.fleksi.rosters;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** No template or employee of the unit with the code or NIP asked for: a 404. */
class RosterNotFound extends ResponseStatusException {

    private RosterNotFound(String reason) {
        super(HttpStatus.NOT_FOUND, reason);
    }

    /** No such employee in the unit's rotation. */
    static RosterNotFound employee() {
        return new RosterNotFound("roster.cell.error.employee");
    }

    static RosterNotFound template() {
        return new RosterNotFound("roster.error.templateNotFound");
    }
}
