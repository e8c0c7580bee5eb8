package id.fleksi.planning;

import id.fleksi.policy.Holidays;
import id.fleksi.policy.Policies;
import id.fleksi.rules.Determination;
import id.fleksi.rules.WeekPlan;
import id.fleksi.shared.Actor;
import id.fleksi.shared.web.PageController;
import id.fleksi.shared.web.Paged;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The employee's own weekly plans: the history, newest week first, with where each stands, and a plan's page with
 * its days, the verdict it was submitted with and the unit head's decision. Only the employee's own plans: a head
 * reads their staff's plans elsewhere, never under {@code /saya}.
 */
@PageController
class WeekPlanPages {

    static final String VIEW_HISTORY = "planning/week-history";
    static final String VIEW_PLAN = "planning/week-plan";
    private static final int PAGE_SIZE = 20;

    private final WeeklyPlans plans;
    private final PlanAmendmentRequests requests;
    private final Holidays holidays;
    private final Policies policies;

    WeekPlanPages(WeeklyPlans plans, PlanAmendmentRequests requests, Holidays holidays, Policies policies) {
        this.plans = plans;
        this.requests = requests;
        this.holidays = holidays;
        this.policies = policies;
    }

    @GetMapping(WeekFormPages.PATH + "/riwayat")
    String history(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Integer page, Model model) {
        Paged<PlanSummary> found = plans.own(actor, Paged.page(page), PAGE_SIZE);
        model.addAttribute("plans", new Paged<>(found.items().stream().map(HistoryRow::of).toList(), found.page(),
                found.size(), found.total()));
        return VIEW_HISTORY;
    }

    @GetMapping(WeekFormPages.PATH + "/{id}")
    String plan(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
        StoredPlan plan = plans.find(actor, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        PlanSummary summary = plan.summary();
        if (!Long.valueOf(summary.employeeId()).equals(actor.employeeId())) {
            throw new AccessDeniedException("only the employee's own plans are shown here");
        }
        PlanWeek week = PlanWeek.of(summary.weekStart());
        model.addAttribute("plan", summary);
        model.addAttribute("amendments", plans.amendments(id));
        Optional<AmendmentRequest> pending = requests.pending(actor, id);
        model.addAttribute("pendingRequest", pending.orElse(null));
        model.addAttribute("pendingDays", pending.map(r -> AmendmentViews.pairs(plan.days(), r.days()))
                .orElse(List.of()));
        model.addAttribute("requests", AmendmentViews.history(requests.ofPlan(actor, id, 0,
                AmendmentViews.HISTORY_SIZE)));
        model.addAttribute("amendable", summary.status() == PlanStatus.APPROVED && pending.isEmpty()
                && !requests.past(summary.weekStart().plusDays(6)));
        model.addAttribute("week", week);
        model.addAttribute("submittedAt", WeekViews.local(summary.submittedAt()));
        model.addAttribute("decidedAt", WeekViews.local(summary.decidedAt()));
        model.addAttribute("days", WeekViews.planDays(week.monday(),
                holidays.between(week.monday(), week.sunday()), plan.days()));
        model.addAttribute("panel", new WeekViews.VerdictPanel(plans.verdictOf(summary),
                summary.flexType() == WeekPlan.FlexType.DINAMIS,
                policies.determinationOn(week.monday()).map(Determination::maxLokasiDaysPerWeek).orElse(null),
                summary.nip(), week.monday()));
        return VIEW_PLAN;
    }

    /** A plan in the history, its times on the institution's clock. */
    record HistoryRow(PlanSummary plan, LocalDateTime submittedAt, LocalDateTime decidedAt) {

        static HistoryRow of(PlanSummary plan) {
            return new HistoryRow(plan, WeekViews.local(plan.submittedAt()), WeekViews.local(plan.decidedAt()));
        }
    }
}
