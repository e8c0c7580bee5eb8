package id.fleksi.planning;

import id.fleksi.shared.Actor;
import id.fleksi.shared.web.PageController;
import id.fleksi.shared.web.Paged;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The approved plans up for a head's review ({@code /persetujuan/terdampak}): the list, and for each the cause
 * with the choice to keep it approved or to withdraw the approval with a reason. HR reads them without the choice.
 */
@PageController
class PlanReviewPages {

    static final String VIEW_LIST = "planning/reviews";
    static final String VIEW_REVIEW = "planning/review";
    static final int PAGE_SIZE = 20;
    static final int MAX_REASON = 500;

    private final PlanReviews reviews;
    private final WeeklyPlans plans;

    PlanReviewPages(PlanReviews reviews, WeeklyPlans plans) {
        this.reviews = reviews;
        this.plans = plans;
    }

    @GetMapping("/persetujuan/terdampak")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Integer page, Model model) {
        Paged<PlanReviews.Review> rows = reviews.list(actor, Paged.page(page), PAGE_SIZE);
        model.addAttribute("rows", rows);
        return VIEW_LIST;
    }

    @GetMapping("/persetujuan/terdampak/{id}")
    String review(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
        return page(actor, id, null, null, model);
    }

    @PostMapping("/persetujuan/terdampak/{id}/tetap")
    String keep(@AuthenticationPrincipal Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        try {
            reviews.keep(actor, id);
        } catch (PlanRefused none) {
            throw notFound();
        }
        redirect.addFlashAttribute("successKey", "review.kept");
        return "redirect:/persetujuan/terdampak";
    }

    @PostMapping("/persetujuan/terdampak/{id}/cabut")
    String withdraw(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                    @RequestParam(required = false) String reason, @RequestParam(required = false) Long version,
                    Model model, RedirectAttributes redirect) {
        found(actor, id);
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > MAX_REASON) {
            return page(actor, id, text, text.isEmpty() ? "review.error.reason" : "review.error.reasonTooLong",
                    model);
        }
        try {
            reviews.withdraw(actor, id, version, text);
        } catch (PlanRefused changed) {
            redirect.addFlashAttribute("errorFlashKey", "review.error.changed");
            return "redirect:/persetujuan/terdampak";
        }
        redirect.addFlashAttribute("successKey", "review.withdrawn");
        return "redirect:/persetujuan/terdampak";
    }

    private String page(Actor actor, long id, String reason, String reasonError, Model model) {
        PlanReviews.Review review = found(actor, id);
        StoredPlan plan = plans.storedPlan(id).orElseThrow();
        model.addAttribute("review", review);
        model.addAttribute("plan", plan);
        model.addAttribute("mayDecide", plans.mayDecide(actor, plan.summary()));
        model.addAttribute("reason", reason);
        model.addAttribute("reasonError", reasonError);
        model.addAttribute("maxReason", MAX_REASON);
        return VIEW_REVIEW;
    }

    private PlanReviews.Review found(Actor actor, long id) {
        return reviews.find(actor, id).orElseThrow(PlanReviewPages::notFound);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
