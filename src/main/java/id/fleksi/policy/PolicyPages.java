package id.fleksi.policy;

import id.fleksi.documents.DocumentDownloads;
import id.fleksi.shared.InstitutionTime;
import id.fleksi.rules.LocationKind;
import id.fleksi.rules.Predikat;
import id.fleksi.rules.Regulation;
import id.fleksi.rules.WorkWeek;
import id.fleksi.shared.Actor;
import id.fleksi.shared.ProposalStatus;
import id.fleksi.shared.web.ApiProblem;
import id.fleksi.shared.web.PageController;
import id.fleksi.shared.web.Paged;
import org.springframework.context.MessageSource;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The determination in the browser: the PPK, HR and unit heads read the version in force, every version
 * and a comparison of two; the PPK sets a new version with a form that explains each field and its article.
 */
@PageController
class PolicyPages {

    static final String VIEW_INDEX = "policy/index";
    static final String VIEW_FORM = "policy/form";
    static final String VIEW_VERSION = "policy/version";
    static final String VIEW_COMPARE = "policy/compare";
    static final String VIEW_DISMISS = "policy/proposal-dismiss";
    static final String FORM = "policyForm";
    private static final int PROPOSALS_PER_PAGE = 10;
    /** Empty rows for additional criteria under the filled ones, so that more can be added without scripts. */
    private static final int SPARE_CRITERIA = 3;
    private static final int SPARE_SCOPES = 2;

    private final Policies policies;
    private final PolicyChanges changes;
    private final PolicyRows rows;
    private final InstitutionUnits units;
    private final PolicyProposals proposals;
    private final PolicySubmissions submissions;
    private final MessageSource messages;
    private final Clock clock;
    private final PolicyGroups groups;

    PolicyPages(Policies policies, PolicyChanges changes, PolicyRows rows, InstitutionUnits units,
                PolicyProposals proposals, PolicySubmissions submissions, MessageSource messages, Clock clock,
                PolicyGroups groups) {
        this.groups = groups;
        this.proposals = proposals;
        this.submissions = submissions;
        this.policies = policies;
        this.changes = changes;
        this.rows = rows;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    @InitBinder(FORM)
    void formFields(WebDataBinder binder) {
        binder.setAllowedFields("effectiveFrom", "decreeNumber", "lokasiEnabled", "allowedLocations",
                "maxLokasiDaysPerWeek", "lokasiPercentCap", "fixedLokasiWeekdays", "sifEnabled", "sifUnitCodes",
                "dinamisEnabled", "dinamis.earliestStart", "dinamis.latestEnd", "dinamis.coreStart",
                "dinamis.coreEnd", "dinamis.minMinutesPerDay", "lateStartMaxMinutes", "planDeadline.weekday",
                "planDeadline.time", "newEmployeeMonths",
                "minPredikat", "minOfficePresencePercent", "additionalCriteria[*].code",
                "additionalCriteria[*].description", "additionalCriteria[*].coordinationLetter", "codeOfConduct",
                "scopes[*].setting", "scopes[*].criterionCode", "scopes[*].kind", "scopes[*].target",
                "scopes[*].dinamis.earliestStart", "scopes[*].dinamis.latestEnd", "scopes[*].dinamis.coreStart",
                "scopes[*].dinamis.coreEnd", "scopes[*].dinamis.minMinutesPerDay",
                "scopes[*].minOfficePresencePercent", "scopes[*].remove",
                "trialEndsOn");
        // conversion errors ("abc" in a number field) are told with this bundle's policy.typeMismatch
        DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();
        codes.setPrefix("policy.");
        binder.setMessageCodesResolver(codes);
    }

    @GetMapping("/kebijakan")
    String index(@RequestParam(required = false) Integer page, Model model, Locale locale) {
        LocalDate today = InstitutionTime.today(clock);
        model.addAttribute("proposals", proposals.list(ProposalStatus.OPEN, Paged.page(page), PROPOSALS_PER_PAGE));
        Optional<PolicyVersion> inForce = policies.versionOn(today);
        List<PolicyVersionSummary> versions = policies.versions();
        model.addAttribute("today", today);
        model.addAttribute("inForce", inForce.orElse(null));
        model.addAttribute("rows", inForce.map(v -> rows.of(v, locale)).orElse(List.of()));
        model.addAttribute("versions", versions);
        long[] pair = comparedFirst(versions, inForce.map(PolicyVersion::id).orElse(null));
        model.addAttribute("compareA", pair[0]);
        model.addAttribute("compareB", pair[1]);
        model.addAttribute("unsent", submissions.unsentInForce().orElse(null));
        model.addAttribute("trialEnding", policies.trialEnding(today).orElse(null));
        return VIEW_INDEX;
    }

    /**
     * The two versions the comparison starts with, older first, never one twice: the version in force against the
     * next one to come into force when one is saved, else against the one before it; without one in force, the
     * two newest. Versions are listed newest first.
     */
    static long[] comparedFirst(List<PolicyVersionSummary> versions, Long inForce) {
        if (versions.isEmpty()) {
            return new long[]{0, 0};
        }
        if (versions.size() == 1) {
            return new long[]{versions.get(0).id(), versions.get(0).id()};
        }
        int at = 0;
        for (int i = 0; i < versions.size(); i++) {
            if (Long.valueOf(versions.get(i).id()).equals(inForce)) {
                at = i;
            }
        }
        return at > 0 ? new long[]{versions.get(at).id(), versions.get(at - 1).id()}
                : new long[]{versions.get(1).id(), versions.get(0).id()};
    }

    @GetMapping("/kebijakan/versi/{id}")
    String version(@PathVariable long id, Model model, Locale locale) {
        return version(id, model, locale, Map.of(), null, null);
    }

    /**
     * The PPK records that the version was sent to the Minister (Pasal 31): the day, the letter's number and the
     * letter when kept; a wrong field is told beside it and what was typed stays.
     */
    @PostMapping("/kebijakan/versi/{id}/penyampaian")
    String recordSubmission(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                            @RequestParam(required = false) String submittedOn,
                            @RequestParam(required = false) String letterNumber,
                            @RequestParam(required = false) MultipartFile letter, Model model, Locale locale,
                            RedirectAttributes redirect) throws IOException {
        policies.version(id).orElseThrow(PolicyPages::notFound);
        try {
            submissions.record(actor, id, submittedOn, letterNumber,
                    letter == null || letter.isEmpty() ? null : letter.getOriginalFilename(),
                    letter == null || letter.isEmpty() ? null : letter.getInputStream());
        } catch (PolicyRefused refused) {
            Map<String, String> errors = new LinkedHashMap<>();
            refused.problems().forEach(p -> errors.putIfAbsent(p.field(),
                    p.message(messages, locale)));
            return version(id, model, locale, errors, submittedOn, letterNumber);
        }
        redirect.addFlashAttribute("successKey", "policy.submission.recorded");
        return "redirect:/kebijakan/versi/" + id;
    }

    /** The letter sent to the Minister with the version, to whoever reads the determination's pages. */
    @GetMapping("/kebijakan/versi/{id}/penyampaian/surat")
    void submissionLetter(@PathVariable long id, HttpServletResponse response) throws IOException {
        DocumentDownloads.write(submissions.letter(id).orElseThrow(PolicyPages::notFound), response);
    }

    private String version(long id, Model model, Locale locale, Map<String, String> errors, String submittedOn,
                           String letterNumber) {
        PolicyVersion version = policies.version(id).orElseThrow(PolicyPages::notFound);
        model.addAttribute("version", version);
        model.addAttribute("rows", rows.of(version, locale));
        model.addAttribute("inForce", policies.versionOn(InstitutionTime.today(clock)).orElse(null));
        model.addAttribute("afterTrial", version.trial()
                ? policies.versionOn(version.trialEndsOn().plusDays(1)).orElse(null) : null);
        Optional<PolicySubmissions.Submission> submission = submissions.of(id);
        model.addAttribute("submission", submission.orElse(null));
        model.addAttribute("submissionErrors", errors);
        model.addAttribute("submittedOn", submittedOn != null ? submittedOn
                : submission.map(s -> s.submittedOn().toString()).orElse(""));
        model.addAttribute("letterNumber", letterNumber != null ? letterNumber
                : submission.map(PolicySubmissions.Submission::letterNumber).orElse(""));
        return VIEW_VERSION;
    }

    @GetMapping("/kebijakan/banding")
    String compare(@RequestParam long a, @RequestParam long b, Model model, Locale locale) {
        PolicyVersion first = policies.version(a).orElseThrow(PolicyPages::notFound);
        PolicyVersion second = policies.version(b).orElseThrow(PolicyPages::notFound);
        List<PolicyRows.Pair> pairs = rows.compare(first, second, locale);
        model.addAttribute("a", first);
        model.addAttribute("b", second);
        model.addAttribute("pairs", pairs);
        model.addAttribute("changes", pairs.stream().filter(PolicyRows.Pair::changed).count());
        model.addAttribute("versions", policies.versions());
        return VIEW_COMPARE;
    }

    /** The form of a new version; with {@code usulan}, prepared from an evaluation's open proposal, shown above it. */
    @GetMapping("/kebijakan/ubah")
    String edit(@AuthenticationPrincipal Actor actor, @RequestParam(name = "usulan", required = false) Long proposalId,
                Model model, Locale locale, RedirectAttributes redirect) {
        if (proposalId != null) {
            try {
                model.addAttribute("proposal", proposals.openOne(actor, proposalId));
            } catch (ApiProblem gone) {
                redirect.addFlashAttribute("errorFlashKey", gone.detailKey());
                return "redirect:/kebijakan";
            }
        }
        LocalDate today = InstitutionTime.today(clock);
        PolicyDraft draft = policies.versionOn(today).map(PolicyDraft::of).orElseGet(() -> defaults(today));
        // a new version starts on a day still to come; the next Monday is the start of the next plan week
        draft.setEffectiveFrom(today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)));
        draft.padCriteria(SPARE_CRITERIA);
        draft.padScopes(SPARE_SCOPES);
        model.addAttribute(FORM, draft);
        return form(model, locale);
    }

    @PostMapping("/kebijakan")
    String save(@AuthenticationPrincipal Actor actor, @ModelAttribute(FORM) PolicyDraft form,
                BindingResult binding, @RequestParam(name = "usulan", required = false) Long proposalId,
                Model model, Locale locale, RedirectAttributes redirect) {
        form.dropEmptyCriteria();
        if (proposalId != null) {
            proposals.find(proposalId).ifPresent(p -> model.addAttribute("proposal", p));
        }
        if (!binding.hasErrors()) {
            try {
                changes.create(actor, form, proposalId);
                redirect.addFlashAttribute("successKey", proposalId == null ? "policy.saved"
                        : "policy.proposal.applied");
                return "redirect:/kebijakan";
            } catch (ApiProblem proposalGone) {
                binding.addError(new org.springframework.validation.ObjectError(FORM,
                        messages.getMessage(proposalGone.detailKey(), proposalGone.args(), locale)));
            } catch (PolicyRefused refused) {
                refused.problems().forEach(p -> reject(binding, p.field(), p.message(messages, locale)));
            } catch (PolicyDateTaken taken) {
                reject(binding, "effectiveFrom", messages.getMessage("policy.problem.dateTaken",
                        new Object[] {taken.day().toString()}, locale));
            }
        } else {
            // what could not be read is already marked; tell the rest at the same time
            changes.check(form).stream().filter(p -> !binding.hasFieldErrors(p.field()))
                    .forEach(p -> reject(binding, p.field(), p.message(messages, locale)));
        }
        form.padCriteria(SPARE_CRITERIA);
        form.padScopes(SPARE_SCOPES);
        return form(model, locale);
    }

    /** The PPK's confirmation before dismissing a proposal, with the reason to give. */
    @GetMapping("/kebijakan/usulan/{id}/tolak")
    String confirmDismiss(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
        model.addAttribute("proposal", decidable(actor, id));
        return VIEW_DISMISS;
    }

    @PostMapping("/kebijakan/usulan/{id}/tolak")
    String dismiss(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                   @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        PolicyProposal proposal = decidable(actor, id);
        try {
            proposals.dismiss(actor, id, reason);
            redirect.addFlashAttribute("successKey", "policy.proposal.dismissed");
            return "redirect:/kebijakan";
        } catch (ApiProblem refused) {
            model.addAttribute("proposal", proposal);
            model.addAttribute("reason", reason);
            model.addAttribute("reasonError", refused.fieldErrors().getOrDefault("reason", refused.detailKey()));
            return VIEW_DISMISS;
        }
    }

    private PolicyProposal decidable(Actor actor, long id) {
        try {
            return proposals.openOne(actor, id);
        } catch (ApiProblem refused) {
            throw new ResponseStatusException(refused.status());
        }
    }

    private String form(Model model, Locale locale) {
        LocalDate today = InstitutionTime.today(clock);
        model.addAttribute("units", units.all());
        model.addAttribute("locations", LocationKind.values());
        Map<DayOfWeek, String> weekdays = new LinkedHashMap<>();
        WorkWeek.WORKING_DAYS.forEach(day -> weekdays.put(day, day.getDisplayName(TextStyle.FULL, locale)));
        model.addAttribute("weekdays", weekdays);
        Map<DayOfWeek, String> deadlineDays = new LinkedHashMap<>();
        Arrays.stream(DayOfWeek.values()).forEach(day -> deadlineDays.put(day, day.getDisplayName(TextStyle.FULL, locale)));
        model.addAttribute("deadlineDays", deadlineDays);
        model.addAttribute("predikats", Predikat.values());
        model.addAttribute("cap", Regulation.MAX_LOKASI_DAYS_PER_WEEK.valueOn(today));
        Map<String, String> articles = new LinkedHashMap<>();
        Arrays.stream(PolicyField.values()).forEach(f -> articles.put(f.property(), f.article()));
        model.addAttribute("articles", articles);
        model.addAttribute("today", today);
        model.addAttribute("scopeSettings", ScopedSetting.values());
        model.addAttribute("scopeKinds", id.fleksi.rules.Scope.Kind.values());
        model.addAttribute("groups", groups.names());
        return VIEW_FORM;
    }

    /** Before any version exists: the regulation's own cap and nothing else decided for the PPK. */
    private static PolicyDraft defaults(LocalDate today) {
        PolicyDraft draft = new PolicyDraft();
        draft.setLokasiEnabled(true);
        draft.setAllowedLocations(new java.util.ArrayList<>(List.of(LocationKind.values())));
        draft.setMaxLokasiDaysPerWeek(Regulation.MAX_LOKASI_DAYS_PER_WEEK.valueOn(today));
        draft.setLateStartMaxMinutes(0);
        draft.setPlanDeadline(new PolicyDraft.Deadline(PlanDeadline.DEFAULT.weekday(), PlanDeadline.DEFAULT.time()));
        return draft;
    }

    /** Marks the field with the message, keeping what the PPK typed in it on the page. */
    private static void reject(BindingResult binding, String field, String message) {
        Object typed;
        try {
            typed = binding.getRawFieldValue(field);
        } catch (org.springframework.beans.BeansException noSuchField) {
            typed = null;
        }
        binding.addError(new FieldError(FORM, field, typed, false, null, null, message));
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
