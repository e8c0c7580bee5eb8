package id.fleksi.reports;

import id.fleksi.shared.Actor;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who downloads the institution's reports: the PPK and HR, who read the whole institution. The path rules say the
 * same; this check keeps it true whichever way a download is reached.
 */
final class ReportAccess {

    private ReportAccess() {
    }

    static void check(Actor actor) {
        if (actor == null || !actor.readsWholeInstitution()) {
            throw new AccessDeniedException("Reports are for the PPK and HR");
        }
    }
}
