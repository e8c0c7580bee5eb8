package id.fleksi.evaluation;

import id.fleksi.reports.ReportFiles;
import id.fleksi.reports.ReportFormat;
import id.fleksi.shared.Actor;
import id.fleksi.shared.InstitutionTime;
import id.fleksi.shared.web.ApiProblem;
import id.fleksi.shared.web.PageController;
import id.fleksi.shared.web.Paged;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.validation.MessageCodesResolver;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Evaluations in the browser: the list (with the date the next institution evaluation is due), opening one, its
 * figures as tables, the findings and recommendation, the confirmation before it is finalized, and its report as
 * CSV, XLSX or PDF.
 */
@PageController
class EvaluationPages {

    static final String VIEW_LIST = "evaluation/list";
    static final String VIEW_NEW = "evaluation/new";
    static final String VIEW_DETAIL = "evaluation/detail";
    static final String VIEW_FINALIZE = "evaluation/finalize";
    /** The refusals of the drafts asked for, told on the confirmation page beside what the author typed. */
    private static final java.util.Set<EvaluationRefused.Reason> DRAFT_REFUSALS = java.util.EnumSet.of(
            EvaluationRefused.Reason.DRAFTS_NOT_ASKED, EvaluationRefused.Reason.PROPOSAL_MISSING,
            EvaluationRefused.Reason.PROPOSAL_TOO_LONG, EvaluationRefused.Reason.TASKS_MISSING);
    static final String NEW_FORM = "newEvaluation";
    static final String FINDINGS_FORM = "findingsForm";
    /**
     * The most rows of the stored lists (employees with location days, unit-days below the minimum, service
     * indicators) and the most units without a final evaluation the page writes; the report holds them whole.
     */
    static final int ROWS_SHOWN = 20;
    static final int MISSING_UNITS_SHOWN = 100;

    private final Evaluations evaluations;
    private final EvaluationReport report;
    private final ReportFiles files;
    private final Clock clock;

    EvaluationPages(Evaluations evaluations, EvaluationReport report, ReportFiles files, Clock clock) {
        this.evaluations = evaluations;
        this.report = report;
        this.files = files;
        this.clock = clock;
    }

    @InitBinder(NEW_FORM)
    void newFields(WebDataBinder binder) {
        binder.setAllowedFields("unitCode", "periodFrom", "periodTo");
        binder.setMessageCodesResolver(TYPE_MISMATCH);
    }

    @InitBinder(FINDINGS_FORM)
    void findingsFields(WebDataBinder binder) {
        binder.setAllowedFields("findings", "recommendation", "tasks", "version");
        binder.setMessageCodesResolver(TYPE_MISMATCH);
    }

    /** A value that does not convert (a date typed wrongly) is told with this module's message. */
    static final MessageCodesResolver TYPE_MISMATCH = new DefaultMessageCodesResolver() {
        @Override
        public String[] resolveMessageCodes(String errorCode, String objectName, String field, Class<?> fieldType) {
            return "typeMismatch".equals(errorCode) ? new String[] {"evaluation.typeMismatch"}
                    : super.resolveMessageCodes(errorCode, objectName, field, fieldType);
        }
    };

    @GetMapping("/evaluasi")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("evaluations", evaluations.list(actor, Paged.page(page), Paged.DEFAULT_SIZE));
        model.addAttribute("due", evaluations.due().orElse(null));
        model.addAttribute("mayOpen", evaluations.mayOpen(actor));
        return VIEW_LIST;
    }

    @GetMapping("/evaluasi/baru")
    String newEvaluation(@AuthenticationPrincipal Actor actor, Model model) {
        LocalDate today = InstitutionTime.today(clock);
        NewEvaluationForm form = new NewEvaluationForm();
        form.setPeriodFrom(today.minusMonths(6).plusDays(1));
        form.setPeriodTo(today);
        model.addAttribute(NEW_FORM, form);
        return showNew(actor, model);
    }

    @PostMapping("/evaluasi")
    String open(@AuthenticationPrincipal Actor actor, @ModelAttribute(NEW_FORM) NewEvaluationForm form,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                Evaluation opened = evaluations.open(actor, form.getPeriodFrom(), form.getPeriodTo(),
                        form.getUnitCode());
                redirect.addFlashAttribute("successKey", "evaluation.opened");
                return "redirect:/evaluasi/" + opened.id();
            } catch (EvaluationRefused refused) {
                if (refused.reason() == EvaluationRefused.Reason.EXISTS) {
                    model.addAttribute("existingId", refused.args()[0]);
                }
                reject(errors, refused);
            }
        }
        return showNew(actor, model);
    }

    /**
     * An evaluation with its figures; the table of units is paged and searched by a unit's code or name
     * ({@code q}, {@code page}), as a ministry has thousands.
     */
    @GetMapping("/evaluasi/{id}")
    String detail(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                  @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                  Model model) {
        Evaluation evaluation = found(actor, id);
        model.addAttribute(FINDINGS_FORM, FindingsForm.of(evaluation));
        showUnits(evaluation, q, Paged.page(page), model);
        return showDetail(actor, evaluation, model);
    }

    @PostMapping("/evaluasi/{id}")
    String saveFindings(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                        @ModelAttribute(FINDINGS_FORM) FindingsForm form, BindingResult errors, Model model,
                        RedirectAttributes redirect) {
        Evaluation evaluation = found(actor, id);
        if (!errors.hasErrors()) {
            try {
                evaluations.saveFindings(actor, id, form.getVersion(), form.toFindings());
                redirect.addFlashAttribute("successKey", "evaluation.findings.saved");
                return "redirect:/evaluasi/" + id;
            } catch (EvaluationRefused refused) {
                reject(errors, refused);
            }
        }
        showUnits(evaluation, null, 0, model);
        return showDetail(actor, evaluation, model);
    }

    /** One page of the units' figures whose code or name contains the search, and the heads of the long lists. */
    private static void showUnits(Evaluation evaluation, String q, int page, Model model) {
        EvaluationFigures figures = evaluation.figures();
        String text = q == null ? "" : q.strip();
        String wanted = text.toLowerCase(Locale.ROOT);
        List<EvaluationFigures.UnitFigures> units = wanted.isEmpty() ? figures.perUnit()
                : figures.perUnit().stream().filter(u -> u.unitCode().toLowerCase(Locale.ROOT).contains(wanted)
                        || u.unitName().toLowerCase(Locale.ROOT).contains(wanted)).toList();
        int size = Paged.DEFAULT_SIZE;
        int first = (int) Math.min((long) page * size, units.size());
        showLists(model, text, new Paged<>(units.subList(first, Math.min(units.size(), first + size)), page, size,
                units.size()), figures, figures.serviceIndicators().size(), figures.unitsWithoutEvaluation().size());
    }

    /** The page of units and the heads of the stored lists the page writes, with the lengths of the whole lists. */
    private static void showLists(Model model, String q, Paged<EvaluationFigures.UnitFigures> units,
                                  EvaluationFigures figures, int indicators, int missingUnits) {
        model.addAttribute("q", q);
        model.addAttribute("unitRows", units);
        model.addAttribute("breachesShown", head(figures.coverageBreaches(), ROWS_SHOWN));
        model.addAttribute("indicatorsShown", head(figures.serviceIndicators(), ROWS_SHOWN));
        model.addAttribute("indicatorsTotal", indicators);
        model.addAttribute("byEmployeeShown", head(figures.locationDaysByEmployee(), ROWS_SHOWN));
        model.addAttribute("missingUnitsShown", head(figures.unitsWithoutEvaluation(), MISSING_UNITS_SHOWN));
        model.addAttribute("missingUnitsTotal", missingUnits);
    }

    private static <T> List<T> head(List<T> rows, int most) {
        return rows.subList(0, Math.min(rows.size(), most));
    }

    /** The author counts a draft's figures again, e.g. after service indicators or late decisions came in. */
    @PostMapping("/evaluasi/{id}/hitung-ulang")
    String recompute(@AuthenticationPrincipal Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        try {
            evaluations.recompute(actor, id);
            redirect.addFlashAttribute("successKey", "evaluation.recomputed");
        } catch (EvaluationRefused refused) {
            if (refused.reason() == EvaluationRefused.Reason.NO_EVALUATION) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            redirect.addFlashAttribute("errorFlashKey", refused.reason().messageKey());
        }
        return "redirect:/evaluasi/" + id;
    }

    @GetMapping("/evaluasi/{id}/finalkan")
    String confirmFinalize(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model,
                           RedirectAttributes redirect) {
        Evaluation evaluation = found(actor, id);
        if (!evaluations.mayEdit(actor, evaluation)) {
            if (evaluation.isFinal()) {
                return "redirect:/evaluasi/" + id;
            }
            throw new org.springframework.security.access.AccessDeniedException("not the evaluation's editor");
        }
        if (!evaluation.readyToFinalize()) {
            redirect.addFlashAttribute("errorFlashKey", EvaluationRefused.Reason.NOT_READY.messageKey());
            return "redirect:/evaluasi/" + id;
        }
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("drafts", Evaluations.Drafts.NONE);
        return VIEW_FINALIZE;
    }

    /**
     * Finalizes the evaluation; with SESUAIKAN or HENTIKAN_SEBAGIAN the author may open drafts of the changes the
     * recommendation asks for (the determination for the PPK, the named tasks' criteria for HR) with their text.
     */
    @PostMapping("/evaluasi/{id}/finalkan")
    String finalize(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                    @RequestParam(required = false) Long version,
                    @RequestParam(required = false) String proposeDetermination,
                    @RequestParam(required = false) String proposeTasks,
                    @RequestParam(required = false) String proposal, Model model, RedirectAttributes redirect) {
        Evaluations.Drafts drafts = new Evaluations.Drafts(proposeDetermination != null, proposeTasks != null,
                proposal);
        try {
            evaluations.finalize(actor, id, version, null, drafts);
            redirect.addFlashAttribute("successKey", drafts.any() ? "evaluation.finalized.drafts"
                    : "evaluation.finalized");
        } catch (EvaluationRefused refused) {
            if (refused.reason() == EvaluationRefused.Reason.NO_EVALUATION) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            if (DRAFT_REFUSALS.contains(refused.reason())) {
                model.addAttribute("evaluation", found(actor, id));
                model.addAttribute("drafts", drafts);
                model.addAttribute("draftError", refused.reason().messageKey());
                return VIEW_FINALIZE;
            }
            redirect.addFlashAttribute("errorFlashKey", refused.reason().messageKey());
        }
        return "redirect:/evaluasi/" + id;
    }

    @GetMapping("/evaluasi/{id}/unduh")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                                    @RequestParam(required = false) String format, Locale locale) {
        ReportFormat wanted = ReportFormat.named(format)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        Evaluation evaluation = found(actor, id);
        try {
            return EvaluationApi.download(report, files, evaluation, wanted, locale);
        } catch (ApiProblem notYet) {
            throw new ResponseStatusException(notYet.status());
        }
    }

    private Evaluation found(Actor actor, long id) {
        return evaluations.find(actor, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String showNew(Actor actor, Model model) {
        model.addAttribute("units", evaluations.unitsToEvaluate(actor));
        model.addAttribute("mayEvaluateInstitution", actor.isPpk());
        return VIEW_NEW;
    }

    private String showDetail(Actor actor, Evaluation evaluation, Model model) {
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("figures", evaluation.figures());
        model.addAttribute("computedAt", evaluation.figuresComputedAt() == null ? null
                : java.time.LocalDateTime.ofInstant(evaluation.figuresComputedAt(), InstitutionTime.ZONE));
        boolean editable = evaluations.mayEdit(actor, evaluation);
        model.addAttribute("editable", editable);
        model.addAttribute("recommendations", Recommendation.values());
        model.addAttribute("tasks", editable ? evaluations.tasksFor(evaluation) : List.of());
        model.addAttribute("formats", ReportFormat.values());
        model.addAttribute("drafts", evaluation.isFinal() ? evaluations.draftsOf(evaluation) : List.of());
        return VIEW_DETAIL;
    }

    private static void reject(BindingResult errors, EvaluationRefused refused) {
        if (refused.reason().field() != null) {
            errors.rejectValue(refused.reason().field(), refused.reason().messageKey(), refused.args(), null);
        } else {
            errors.reject(refused.reason().messageKey(), refused.args(), null);
        }
    }

    /** Opening an evaluation: the unit (none for the institution) and the period. */
    public static class NewEvaluationForm {

        private String unitCode;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate periodFrom;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate periodTo;

        public String getUnitCode() {
            return unitCode;
        }

        public void setUnitCode(String unitCode) {
            this.unitCode = unitCode;
        }

        public LocalDate getPeriodFrom() {
            return periodFrom;
        }

        public void setPeriodFrom(LocalDate periodFrom) {
            this.periodFrom = periodFrom;
        }

        public LocalDate getPeriodTo() {
            return periodTo;
        }

        public void setPeriodTo(LocalDate periodTo) {
            this.periodTo = periodTo;
        }
    }

    /** The findings, the recommendation with the tasks it names, and the version read. */
    public static class FindingsForm {

        private String findings;
        private Recommendation recommendation;
        private List<String> tasks = new ArrayList<>();
        private Long version;

        static FindingsForm of(Evaluation evaluation) {
            FindingsForm form = new FindingsForm();
            form.findings = evaluation.findings();
            form.recommendation = evaluation.recommendation();
            form.tasks = new ArrayList<>(evaluation.recommendationTasks());
            form.version = evaluation.version();
            return form;
        }

        Evaluations.Findings toFindings() {
            return new Evaluations.Findings(findings, recommendation, tasks);
        }

        public String getFindings() {
            return findings;
        }

        public void setFindings(String findings) {
            this.findings = findings;
        }

        public Recommendation getRecommendation() {
            return recommendation;
        }

        public void setRecommendation(Recommendation recommendation) {
            this.recommendation = recommendation;
        }

        public List<String> getTasks() {
            return tasks;
        }

        public void setTasks(List<String> tasks) {
            this.tasks = tasks == null ? new ArrayList<>() : tasks;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }
    }
}
