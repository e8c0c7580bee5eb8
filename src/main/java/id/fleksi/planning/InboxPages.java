package id.fleksi.planning;

import id.fleksi.outputs.WorkOutputs;
import id.fleksi.organisation.Organisation;
import id.fleksi.organisation.UnitFilter;
import id.fleksi.organisation.UnitScope;
import id.fleksi.planning.InboxDecisions.Choice;
import id.fleksi.planning.InboxDecisions.Outcome;
import id.fleksi.planning.InboxForms.AmendmentDecision;
import id.fleksi.planning.InboxForms.Approval;
import id.fleksi.planning.InboxForms.Bulk;
import id.fleksi.planning.InboxForms.Item;
import id.fleksi.planning.InboxForms.RecallForm;
import id.fleksi.planning.InboxForms.Rejection;
import id.fleksi.rules.PlanDay;
import id.fleksi.rules.Recall;
import id.fleksi.rules.WeekPlan;
import id.fleksi.shared.Actor;
import id.fleksi.shared.InstitutionTime;
import id.fleksi.shared.web.PageController;
import id.fleksi.shared.web.Paged;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.beans.InvalidPropertyException;
import jakarta.servlet.http.HttpServletRequest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The unit head's inbox ({@code /persetujuan}, PermenPANRB 4/2025 Pasal 13-16, 27): the weekly plans of their
 * units and sub-units waiting for a decision (all of them for the PPK; never the person's own), each with its
 * days, its verdict and what approving it would do to the unit each day; one plan's page with its full verdict
 * and the unit's week; approving or rejecting one plan, or the selected ones after a confirmation page. Every
 * decision goes through {@link WeeklyPlans}, which checks the person and the version again.
 */
@PageController
class InboxPages {

    static final String VIEW_INBOX = "planning/inbox";
    static final String VIEW_PLAN = "planning/inbox-plan";
    static final String VIEW_CONFIRM = "planning/inbox-confirm";
    static final int PAGE_SIZE = 20;
    /** The outputs of the week before a plan shown beside it at most. */
    static final int LAST_WEEK_OUTPUTS = 20;
    /** The most plans under review the inbox counts; above, it says "more than". */
    static final int REVIEWS_COUNTED = 1000;
    /** At most this many plans are decided at once: more than a page of the inbox holds. */
    static final int MAX_SELECTED = 100;
    static final String APPROVE = "SETUJUI";
    static final String REJECT = "TOLAK";

    /** The day kinds in the order of the legend, each with its short badge. */
    static final List<PlanDay.DayKind> KINDS = List.of(PlanDay.DayKind.KANTOR, PlanDay.DayKind.RUMAH,
            PlanDay.DayKind.KANTOR_LAIN, PlanDay.DayKind.LOKASI_LAIN, PlanDay.DayKind.DINAS_LUAR,
            PlanDay.DayKind.CUTI, PlanDay.DayKind.SIF);

    private final Inbox inbox;
    private final InboxDecisions decisions;
    private final WeeklyPlans plans;
    private final Organisation organisation;
    private final PlanReviews reviews;

    private final WorkOutputs outputs;
    private final UnitGroups groups;
    private final PlanAmendmentRequests requests;
    private final Clock clock;

    InboxPages(Inbox inbox, InboxDecisions decisions, WeeklyPlans plans, Organisation organisation,
               PlanReviews reviews, WorkOutputs outputs, UnitGroups groups, PlanAmendmentRequests requests,
               Clock clock) {
        this.clock = clock;
        this.groups = groups;
        this.requests = requests;
        this.reviews = reviews;
        this.outputs = outputs;
        this.inbox = inbox;
        this.decisions = decisions;
        this.plans = plans;
        this.organisation = organisation;
    }

    @InitBinder("approval")
    void approvalFields(WebDataBinder binder) {
        binder.setAllowedFields("version", "note");
    }

    @InitBinder("rejection")
    void rejectionFields(WebDataBinder binder) {
        binder.setAllowedFields("version", "reason");
    }

    @InitBinder("recall")
    void recallFields(WebDataBinder binder) {
        binder.setAllowedFields("version", "day", "reason", "confirmed");
    }

    @InitBinder("amendmentDecision")
    void amendmentDecisionFields(WebDataBinder binder) {
        binder.setAllowedFields("request", "keputusan", "note");
    }

    @InitBinder("bulk")
    void bulkFields(WebDataBinder binder) {
        binder.setAllowedFields("keputusan", "note", "reason", "plans[*].id", "plans[*].version");
        binder.setAutoGrowCollectionLimit(MAX_SELECTED);
    }

    /**
     * More plans than a decision takes at once stop the binding of the form ({@value #MAX_SELECTED} at most): the
     * head is sent back to the inbox with what to do, and nothing is decided.
     */
    @ExceptionHandler(InvalidPropertyException.class)
    String tooManySelected(HttpServletRequest request) {
        RequestContextUtils.getOutputFlashMap(request).put("errorFlashKey", "inbox.bulk.tooMany");
        return "redirect:/persetujuan";
    }

    @GetMapping("/persetujuan")
    String inbox(@AuthenticationPrincipal Actor actor, @RequestParam(name = "minggu", required = false) String week,
                 @RequestParam(name = "unit", required = false) String unit,
                 @RequestParam(required = false) Integer page,
                 @RequestParam(name = "halamanPerubahan", required = false) Integer changesPage, Model model) {
        String wanted = week == null || week.isBlank() ? null : week.strip();
        boolean weekInvalid = wanted != null && IsoWeeks.monday(wanted).isEmpty();
        UnitFilter unitFilter = organisation.unitFilter(decidedBy(actor), unit);
        Paged<Inbox.Row> rows = unitFilter.unknown() ? new Paged<>(List.of(), Paged.page(page), PAGE_SIZE, 0)
                : inbox.waiting(actor, weekInvalid ? null : wanted, unitFilter.code(), Paged.page(page), PAGE_SIZE);
        model.addAttribute("rows", rows);
        model.addAttribute("week", wanted);
        model.addAttribute("weekInvalid", weekInvalid);
        model.addAttribute("unit", unitFilter.selected());
        model.addAttribute("unitUnknown", unitFilter.unknown());
        model.addAttribute("units", unitFilter.units());
        model.addAttribute("kinds", KINDS);
        model.addAttribute("reviews", reviews.count(actor, REVIEWS_COUNTED));
        model.addAttribute("changes", requests.waiting(actor, Paged.page(changesPage), PAGE_SIZE));
        model.addAttribute("reviewsCounted", REVIEWS_COUNTED);
        return VIEW_INBOX;
    }

    @GetMapping("/persetujuan/{id}")
    String plan(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
        model.addAttribute("approval", new Approval());
        model.addAttribute("rejection", new Rejection());
        model.addAttribute("recall", new RecallForm());
        return plan(actor, row(actor, id), model);
    }

    /**
     * The head approves or rejects the employee's waiting change of the plan (Pasal 8 ayat (2)); an approval the
     * rules refuse now (Pasal 13 ayat (1), 14, 27) is told with the rules and articles, nothing typed is lost.
     */
    @PostMapping("/persetujuan/{id}/perubahan")
    String decideChange(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                        @Validated @ModelAttribute("amendmentDecision") AmendmentDecision form, BindingResult binding,
                        Model model, RedirectAttributes redirect) {
        Inbox.Row row = decidable(actor, id);
        boolean approve = APPROVE.equals(form.getKeputusan());
        if (!approve && !REJECT.equals(form.getKeputusan())) {
            binding.rejectValue("keputusan", "inbox.change.decisionMissing");
        }
        if (REJECT.equals(form.getKeputusan()) && (form.getNote() == null || form.getNote().isBlank())) {
            binding.rejectValue("note", "inbox.change.noteMissing");
        }
        Optional<AmendmentRequest> pending = requests.pending(actor, id);
        if (pending.isEmpty() || !Long.valueOf(pending.get().id()).equals(form.getRequest())) {
            redirect.addFlashAttribute("errorFlashKey", PlanRefused.Reason.REQUEST_CLOSED.messageKey());
            return "redirect:/persetujuan/" + id;
        }
        if (!binding.hasErrors()) {
            try {
                requests.decide(actor, pending.get().id(), approve, form.getNote());
                redirect.addFlashAttribute("successKey", approve ? "inbox.change.approved" : "inbox.change.rejected");
                return "redirect:/persetujuan/" + id;
            } catch (DecisionRefused refused) {
                model.addAttribute("changeRefusal", refused.violations().stream()
                        .map(InboxDecisions.Finding::of).toList());
            } catch (PlanRefused refused) {
                binding.reject(refused.reason().messageKey());
            }
        }
        model.addAttribute("approval", new Approval());
        model.addAttribute("rejection", new Rejection());
        model.addAttribute("recall", new RecallForm());
        return plan(actor, inbox.plan(actor, id).orElse(row), model);
    }

    /**
     * The head recalls the employee to the office on a day of the approved plan (Pasal 8 ayat (2); 27), after
     * confirming it; a day that cannot be recalled is told beside the field, nothing typed is lost.
     */
    @PostMapping("/persetujuan/{id}/panggil")
    String recall(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                  @Validated @ModelAttribute("recall") RecallForm form, BindingResult binding, Model model,
                  Locale locale, RedirectAttributes redirect) {
        Inbox.Row row = decidable(actor, id);
        LocalDate day = null;
        try {
            day = form.getDay() == null || form.getDay().isBlank() ? null : LocalDate.parse(form.getDay().strip());
        } catch (DateTimeParseException e) {
            // told below as a missing day
        }
        if (day == null) {
            binding.rejectValue("day", "inbox.recall.dayMissing");
        }
        if (form.getReason() == null || form.getReason().isBlank()) {
            binding.rejectValue("reason", PlanRefused.Reason.RECALL_REASON_MISSING.messageKey());
        }
        if (!form.isConfirmed()) {
            binding.rejectValue("confirmed", "inbox.recall.confirmMissing");
        }
        if (!binding.hasErrors()) {
            try {
                plans.recall(actor, id, day, form.getReason(), form.getVersion());
                redirect.addFlashAttribute("successKey", "inbox.recall.done");
                return "redirect:/persetujuan/" + id;
            } catch (DecisionRefused refused) {
                String why = refused.violations().get(0).message().in(locale);
                binding.rejectValue("day", "inbox.recall.refused", new Object[]{why}, why);
            } catch (PlanRefused refused) {
                binding.reject(refused.reason().messageKey());
            }
        }
        model.addAttribute("approval", new Approval());
        model.addAttribute("rejection", new Rejection());
        return plan(actor, inbox.plan(actor, id).orElse(row), model);
    }

    @PostMapping("/persetujuan/{id}/setujui")
    String approve(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                   @Validated @ModelAttribute("approval") Approval form, BindingResult binding, Model model,
                   RedirectAttributes redirect) {
        Inbox.Row row = decidable(actor, id);
        if (binding.hasErrors()) {
            model.addAttribute("rejection", new Rejection());
            return plan(actor, row, model);
        }
        return done(decisions.approve(actor, List.of(new Choice(id, form.getVersion())), form.getNote()), redirect);
    }

    @PostMapping("/persetujuan/{id}/tolak")
    String reject(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                  @Validated @ModelAttribute("rejection") Rejection form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        Inbox.Row row = decidable(actor, id);
        if (binding.hasErrors()) {
            model.addAttribute("approval", new Approval());
            return plan(actor, row, model);
        }
        return done(decisions.reject(actor, List.of(new Choice(id, form.getVersion())), form.getReason().strip()),
                redirect);
    }

    /** The selected plans with their verdicts, to confirm approving or rejecting them all. */
    @GetMapping("/persetujuan/konfirmasi")
    String confirm(@AuthenticationPrincipal Actor actor,
                   @RequestParam(name = "keputusan", required = false) String decision,
                   @RequestParam(name = "id", required = false) List<Long> ids, Model model,
                   RedirectAttributes redirect) {
        String chosen = decision(decision);
        List<Long> selected = ids == null ? List.of() : ids.stream().distinct().toList();
        if (selected.isEmpty()) {
            redirect.addFlashAttribute("errorFlashKey", "inbox.bulk.noneSelected");
            return "redirect:/persetujuan";
        }
        if (selected.size() > MAX_SELECTED) {
            redirect.addFlashAttribute("errorFlashKey", "inbox.bulk.tooMany");
            return "redirect:/persetujuan";
        }
        Bulk form = new Bulk();
        form.setKeputusan(chosen);
        Map<Long, Long> versions = new LinkedHashMap<>();
        selected.forEach(id -> versions.put(id, null));
        model.addAttribute("bulk", form);
        return confirmation(actor, chosen, versions, model);
    }

    @PostMapping("/persetujuan/keputusan")
    String decideSelected(@AuthenticationPrincipal Actor actor, @Validated @ModelAttribute("bulk") Bulk form,
                          BindingResult binding, Model model, RedirectAttributes redirect) {
        String chosen = decision(form.getKeputusan());
        if (binding.hasFieldErrors("plans*")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        Map<Long, Long> versions = new LinkedHashMap<>();
        for (Item item : form.getPlans()) {
            if (item != null && item.getId() != null) {
                versions.putIfAbsent(item.getId(), item.getVersion());
            }
        }
        if (versions.isEmpty()) {
            redirect.addFlashAttribute("errorFlashKey", "inbox.bulk.noneSelected");
            return "redirect:/persetujuan";
        }
        if (REJECT.equals(chosen) && (form.getReason() == null || form.getReason().isBlank())) {
            binding.rejectValue("reason", "inbox.error.reasonMissing");
        }
        if (binding.hasErrors()) {
            return confirmation(actor, chosen, versions, model);
        }
        List<Choice> choices = versions.entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue())).toList();
        List<Outcome> outcomes = APPROVE.equals(chosen) ? decisions.approve(actor, choices, form.getNote())
                : decisions.reject(actor, choices, form.getReason().strip());
        return done(outcomes, redirect);
    }

    /**
     * The confirmation page: each plan with its verdict and the version to decide on (the one the person sees
     * now, or the one they saw before a form error).
     */
    private String confirmation(Actor actor, String decision, Map<Long, Long> versions, Model model) {
        List<Inbox.Row> open = new ArrayList<>();
        List<Inbox.Row> decided = new ArrayList<>();
        Map<Long, Long> shown = new LinkedHashMap<>();
        versions.forEach((id, version) -> {
            Inbox.Row row = row(actor, id);
            if (!plans.mayDecide(actor, row.summary())) {
                throw new AccessDeniedException("not the head of the plan's unit");
            }
            if (row.decidable()) {
                open.add(row);
                shown.put(id, version == null ? row.summary().version() : version);
            } else {
                decided.add(row);
            }
        });
        model.addAttribute("decision", decision);
        model.addAttribute("rows", open);
        model.addAttribute("decided", decided);
        model.addAttribute("versions", shown);
        model.addAttribute("kinds", KINDS);
        return VIEW_CONFIRM;
    }

    private String plan(Actor actor, Inbox.Row row, Model model) {
        model.addAttribute("row", row);
        model.addAttribute("amendments", plans.amendments(row.summary().id()));
        Optional<AmendmentRequest> pending = requests.pending(actor, row.summary().id());
        model.addAttribute("pendingRequest", pending.orElse(null));
        model.addAttribute("pendingDays", pending.map(r -> AmendmentViews.pairs(row.days(), r.days()))
                .orElse(List.of()));
        model.addAttribute("pendingVerdict", pending.map(requests::verdictOf).orElse(null));
        model.addAttribute("changeDecidable", pending.isPresent() && plans.mayDecide(actor, row.summary()));
        model.addAttribute("requests", AmendmentViews.history(requests.ofPlan(actor, row.summary().id(), 0,
                AmendmentViews.HISTORY_SIZE)));
        if (!model.containsAttribute("amendmentDecision")) {
            AmendmentDecision decision = new AmendmentDecision();
            pending.ifPresent(r -> decision.setRequest(r.id()));
            model.addAttribute("amendmentDecision", decision);
        }
        LocalDate today = InstitutionTime.today(clock);
        model.addAttribute("recallDays", row.summary().status() == PlanStatus.APPROVED
                && plans.mayDecide(actor, row.summary())
                ? row.days().stream().filter(d -> Recall.judge(today, d.date(), d.kind()).isEmpty()).toList()
                : List.of());
        model.addAttribute("kinds", KINDS);
        model.addAttribute("coverage", coverage(actor, row));
        model.addAttribute("group", groups.weekOf(row.summary().employeeId(), row.summary().isoWeek()).orElse(null));
        LocalDate monday = row.summary().weekStart().minusWeeks(1);
        model.addAttribute("lastWeekOutputs", outputs.list(actor, new WorkOutputs.Filter(monday, monday.plusDays(6),
                row.summary().nip(), null), 0, LAST_WEEK_OUTPUTS));
        return VIEW_PLAN;
    }

    /** Who of the unit is away each day of the plan's week by the approved plans, by date; empty out of scope. */
    private Map<LocalDate, Coverage.Day> coverage(Actor actor, Inbox.Row row) {
        Map<LocalDate, Coverage.Day> days = new LinkedHashMap<>();
        try {
            plans.coverage(actor, row.summary().unitCode(), new WeekPlan(row.summary().isoWeek(),
                            null, List.of()))
                    .ifPresent(coverage -> coverage.days().forEach(day -> days.put(day.date(), day)));
        } catch (AccessDeniedException outsideScope) {
            // a head reads a plan of an employee now in their units, submitted in a unit outside them
        }
        return days;
    }

    private String done(List<Outcome> outcomes, RedirectAttributes redirect) {
        redirect.addFlashAttribute("outcomes", outcomes);
        return "redirect:/persetujuan";
    }

    private Inbox.Row row(Actor actor, long id) {
        return inbox.plan(actor, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** A plan the person may decide, whatever its status; 404 when there is none, 403 when it is not theirs. */
    private Inbox.Row decidable(Actor actor, long id) {
        Inbox.Row row = row(actor, id);
        if (!plans.mayDecide(actor, row.summary())) {
            throw new AccessDeniedException("not the head of the plan's unit");
        }
        return row;
    }

    /** The units the person decides on: all for the PPK, the units they head with their sub-units for a head. */
    private UnitScope decidedBy(Actor actor) {
        if (actor.isPpk()) {
            return organisation.scopeOf(actor);
        }
        return actor.employeeId() == null ? UnitScope.NONE : organisation.headedScopeOf(actor.employeeId());
    }

    private static String decision(String decision) {
        if (APPROVE.equals(decision) || REJECT.equals(decision)) {
            return decision;
        }
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
}
