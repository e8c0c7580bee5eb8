package id.fleksi.planning;

import id.fleksi.policy.Holiday;
import id.fleksi.policy.Holidays;
import id.fleksi.policy.Policies;
import id.fleksi.rules.Determination;
import id.fleksi.rules.PlanDay;
import id.fleksi.rules.PlanVerdict;
import id.fleksi.rules.WeekPlan;
import id.fleksi.shared.Actor;
import id.fleksi.shared.web.PageController;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * "Ajukan perubahan": the employee asks to change their approved plan of a week not yet over, day by day on the plan
 * form prefilled with the approved days, with a reason; the verdict is shown with its rules and articles, a change
 * with an ERROR is not stored and nothing typed is lost; the days already past are shown and not changed. The
 * employee withdraws a request while it waits. The head decides it on the plan's page ({@link InboxPages}).
 */
@PageController
class AmendmentPages {

    static final String VIEW = "planning/amendment-form";
    static final String FORM = "weekForm";

    private final PlanAmendmentRequests requests;
    private final WeeklyPlans plans;
    private final Holidays holidays;
    private final Policies policies;
    private final WeekUnits units;

    AmendmentPages(PlanAmendmentRequests requests, WeeklyPlans plans, Holidays holidays, Policies policies,
                   WeekUnits units) {
        this.requests = requests;
        this.plans = plans;
        this.holidays = holidays;
        this.policies = policies;
        this.units = units;
    }

    /** Only the day rows, the time flexibility and the reason bind: never the plan, the employee or a status. */
    @InitBinder(FORM)
    void allowedFields(WebDataBinder binder) {
        WeekFormPages.bindDays(binder, "reason");
    }

    @GetMapping(WeekFormPages.PATH + "/{id}/perubahan")
    String form(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model,
                RedirectAttributes redirect) {
        StoredPlan plan = own(actor, id);
        Optional<String> closed = closed(actor, plan);
        if (closed.isPresent()) {
            redirect.addFlashAttribute("errorFlashKey", closed.get());
            return "redirect:" + WeekFormPages.PATH + "/" + id;
        }
        model.addAttribute(FORM, AmendmentForm.of(plan));
        return page(plan, model);
    }

    @PostMapping(WeekFormPages.PATH + "/{id}/perubahan")
    String submit(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                  @Valid @ModelAttribute(FORM) AmendmentForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        StoredPlan plan = own(actor, id);
        PlanSummary summary = plan.summary();
        form.complete();
        form.keepPast(plan, requests::past);
        form.check(errors, summary.weekStart(), WeekFormPages.offDays(summary.weekStart(), holidays), units.all().keySet());
        model.addAttribute("formErrors", errors.hasErrors());
        if (!errors.hasErrors()) {
            try {
                PlanAmendmentRequests.Requested requested = requests.request(actor, id, form.getFlexType(),
                        form.days(summary.isoWeek(), summary.weekStart()), form.getReason());
                if (requested.stored()) {
                    redirect.addFlashAttribute("successKey", "weekplan.amend.requested");
                    return "redirect:" + WeekFormPages.PATH + "/" + id;
                }
                model.addAttribute("panel", panel(requested.verdict(), form.getFlexType(), summary));
                model.addAttribute("notStored", true);
            } catch (PlanRefused refused) {
                model.addAttribute("refusal", refused.reason());
            }
        }
        return page(plan, model);
    }

    /** The employee withdraws the plan's waiting request; the plan stays as approved. */
    @PostMapping(WeekFormPages.PATH + "/{id}/perubahan/tarik")
    String withdraw(@AuthenticationPrincipal Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        own(actor, id);
        Optional<AmendmentRequest> pending = requests.pending(actor, id);
        if (pending.isEmpty()) {
            redirect.addFlashAttribute("errorFlashKey", PlanRefused.Reason.REQUEST_CLOSED.messageKey());
        } else {
            try {
                requests.withdraw(actor, pending.get().id());
                redirect.addFlashAttribute("successKey", "weekplan.amend.withdrawn");
            } catch (PlanRefused refused) {
                redirect.addFlashAttribute("errorFlashKey", refused.reason().messageKey());
            }
        }
        return "redirect:" + WeekFormPages.PATH + "/" + id;
    }

    /** Why the plan cannot be changed now (a message key), or empty when it can. */
    private Optional<String> closed(Actor actor, StoredPlan plan) {
        PlanSummary summary = plan.summary();
        if (summary.status() != PlanStatus.APPROVED) {
            return Optional.of(PlanRefused.Reason.NOT_APPROVED.messageKey());
        }
        if (requests.past(summary.weekStart().plusDays(6))) {
            return Optional.of(PlanRefused.Reason.WEEK_OVER.messageKey());
        }
        if (requests.pending(actor, summary.id()).isPresent()) {
            return Optional.of(PlanRefused.Reason.AMENDMENT_PENDING.messageKey());
        }
        return Optional.empty();
    }

    private String page(StoredPlan plan, Model model) {
        PlanSummary summary = plan.summary();
        PlanWeek week = PlanWeek.of(summary.weekStart());
        List<Holiday> weekHolidays = holidays.between(week.monday(), week.sunday());
        model.addAttribute("plan", summary);
        model.addAttribute("week", week);
        model.addAttribute("days", WeekViews.days(week.monday(), weekHolidays));
        model.addAttribute("pastDays", AmendmentForm.pastDays(week.monday(), requests::past));
        model.addAttribute("units", units.all());
        model.addAttribute("flexTypes", List.of(summary.flexType()));
        model.addAttribute("sifOffered", summary.flexType() == WeekPlan.FlexType.SIF);
        model.addAttribute("kinds", List.of(PlanDay.DayKind.values()));
        model.addAttribute("verdictHint", "weekplan.amend.verdictHint");
        return VIEW;
    }

    private WeekViews.VerdictPanel panel(PlanVerdict verdict, WeekPlan.FlexType flexType, PlanSummary summary) {
        return new WeekViews.VerdictPanel(verdict, flexType == WeekPlan.FlexType.DINAMIS,
                policies.determinationOn(summary.weekStart()).map(Determination::maxLokasiDaysPerWeek).orElse(null),
                summary.nip(), summary.weekStart());
    }

    /** The person's own plan: 404 when they may not read it, 403 when it is another's. */
    private StoredPlan own(Actor actor, long id) {
        StoredPlan plan = plans.find(actor, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!Long.valueOf(plan.summary().employeeId()).equals(actor.employeeId())) {
            throw new AccessDeniedException("only the employee's own plans are changed here");
        }
        return plan;
    }
}
