package id.fleksi.planning;

import id.fleksi.shared.Actor;
import id.fleksi.shared.web.PageController;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * How many plans, and requests to change an approved plan, wait for the signed-in unit head's (or the PPK's)
 * decision, for the badge of the navigation and the head's home page: counted on each page, only for those who
 * decide.
 */
@ControllerAdvice(annotations = PageController.class)
class InboxCount {

    private final WeeklyPlans plans;
    private final PlanAmendmentRequests changes;

    InboxCount(WeeklyPlans plans, PlanAmendmentRequests changes) {
        this.plans = plans;
        this.changes = changes;
    }

    @ModelAttribute("inboxWaiting")
    Long waiting(@AuthenticationPrincipal Actor actor, HttpServletRequest request) {
        // a form's POST answers with a redirect or the same page's errors (the JSON API has no model at all)
        if (actor == null || !(actor.isPpk() || actor.isUnitHead()) || !"GET".equals(request.getMethod())) {
            return null;
        }
        try {
            return plans.waitingCount(actor);
        } catch (DataAccessException unavailable) {
            // the badge is a convenience: an error page must still render when the database does not answer
            return null;
        }
    }

    @ModelAttribute("inboxChangesWaiting")
    Long changesWaiting(@AuthenticationPrincipal Actor actor, HttpServletRequest request) {
        if (actor == null || !(actor.isPpk() || actor.isUnitHead()) || !"GET".equals(request.getMethod())) {
            return null;
        }
        try {
            return changes.waitingCount(actor);
        } catch (DataAccessException unavailable) {
            return null;
        }
    }
}
