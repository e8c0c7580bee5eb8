package id.fleksi.tasks;

import id.fleksi.rules.FlexibilityType;
import id.fleksi.rules.InfrastructureItem;
import id.fleksi.rules.LegalRef;
import id.fleksi.rules.RuleCode;
import id.fleksi.rules.TaskCriteria;
import id.fleksi.shared.Actor;
import id.fleksi.shared.ProposalStatus;
import id.fleksi.shared.csv.CsvTemplate;
import id.fleksi.shared.csv.ImportReport;
import id.fleksi.shared.web.ApiProblem;
import id.fleksi.shared.web.PageController;
import id.fleksi.shared.web.Paged;
import id.fleksi.tasks.TaskViews.TaskRecord;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The task inventory in the browser: list, detail with its reasons, HR's form, assignments and imports. */
@PageController
class TaskPages {

    static final String VIEW_LIST = "tasks/list";
    static final String VIEW_DETAIL = "tasks/detail";
    static final String VIEW_FORM = "tasks/form";
    static final String VIEW_UNASSIGN = "tasks/unassign";
    static final String VIEW_IMPORT = "tasks/import";

    static final String VIEW_DISMISS = "tasks/proposal-dismiss";

    private final TaskService tasks;
    private final TaskProposals proposals;
    private final TaskImports imports;
    private final MessageSource messages;

    TaskPages(TaskService tasks, TaskProposals proposals, TaskImports imports, MessageSource messages) {
        this.tasks = tasks;
        this.proposals = proposals;
        this.imports = imports;
        this.messages = messages;
    }

    @InitBinder("form")
    void taskFields(WebDataBinder binder) {
        binder.setAllowedFields("code", "name", "unitCode", "type", "environment", "social", "mentalEmotional",
                "cognitive", "canBeDoneOutsideOffice", "noSpecialRoomOrEquipment", "doableWithIct",
                "minimalFaceToFace", "noContinuousSupervision", "mustBeOutsideOffice", "moreThan8h30PerDay",
                "moreThan5DaysPerWeek", "notBoundToInstitutionHours", "version", "infrastructureNeeds");
    }

    @InitBinder("assignment")
    void assignmentFields(WebDataBinder binder) {
        binder.setAllowedFields("nip");
    }

    @GetMapping("/tugas")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String q,
                @RequestParam(required = false) String unitCode, @RequestParam(required = false) Integer page,
                @RequestParam(name = "usulan", required = false) String proposed, Model model) {
        boolean onlyProposed = proposed != null && !proposed.isBlank();
        model.addAttribute("tasks", tasks.search(actor, unitCode, q, onlyProposed, Paged.page(page),
                Paged.DEFAULT_SIZE));
        model.addAttribute("openProposals", proposals.list(actor, ProposalStatus.OPEN, 0, 1).total());
        model.addAttribute("onlyProposed", onlyProposed);
        model.addAttribute("units", tasks.units(actor));
        model.addAttribute("q", q);
        model.addAttribute("unitCode", unitCode);
        return VIEW_LIST;
    }

    @GetMapping("/tugas/baru")
    String newTask(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("form", new TaskForm());
        return showForm(actor, model, null);
    }

    @PostMapping("/tugas")
    String create(@AuthenticationPrincipal Actor actor, @ModelAttribute("form") TaskForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        try {
            TaskRecord task = tasks.create(actor, form.toInput());
            redirect.addFlashAttribute("successKey", "task.created");
            return "redirect:/tugas/" + task.code();
        } catch (ApiProblem refused) {
            reject(errors, refused);
            return showForm(actor, model, null);
        }
    }

    @GetMapping("/tugas/{code}")
    String detail(@AuthenticationPrincipal Actor actor, @PathVariable String code, Model model) {
        model.addAttribute("assignment", new AssignmentForm(null));
        return showDetail(actor, code, model);
    }

    /**
     * HR's form of the task; with {@code usulan}, prepared from an evaluation's open proposal of it, shown above the
     * form: a proposal to stop location flexibility unticks the criterion of Pasal 23 huruf a, for HR to confirm.
     */
    @GetMapping("/tugas/{code}/ubah")
    String edit(@AuthenticationPrincipal Actor actor, @PathVariable String code,
                @RequestParam(name = "usulan", required = false) Long proposalId, Model model,
                RedirectAttributes redirect) {
        TaskRecord task = tasks.get(actor, code);
        TaskForm form = TaskForm.of(task);
        if (proposalId != null) {
            TaskProposal proposal;
            try {
                proposal = proposals.openOne(actor, proposalId, task.code());
            } catch (ApiProblem gone) {
                redirect.addFlashAttribute("errorFlashKey", gone.detailKey());
                return "redirect:/tugas/" + task.code();
            }
            if (proposal.kind() == TaskProposal.Kind.STOP_LOCATION_FLEXIBILITY) {
                form.setCanBeDoneOutsideOffice(false);
            }
            model.addAttribute("proposal", proposal);
        }
        model.addAttribute("form", form);
        return showForm(actor, model, task);
    }

    @PostMapping("/tugas/{code}")
    String update(@AuthenticationPrincipal Actor actor, @PathVariable String code,
                  @ModelAttribute("form") TaskForm form, BindingResult errors,
                  @RequestParam(name = "usulan", required = false) Long proposalId, Model model,
                  RedirectAttributes redirect) {
        TaskRecord task = tasks.get(actor, code);
        form.setCode(task.code());
        if (proposalId != null) {
            proposals.find(proposalId).filter(p -> p.taskCode().equals(task.code()))
                    .ifPresent(p -> model.addAttribute("proposal", p));
        }
        try {
            tasks.update(actor, task.code(), form.toInput(), proposalId);
            redirect.addFlashAttribute("successKey", proposalId == null ? "task.updated" : "task.proposal.applied");
            return "redirect:/tugas/" + task.code();
        } catch (ApiProblem refused) {
            reject(errors, refused);
        } catch (ObjectOptimisticLockingFailureException conflict) {
            errors.reject("task.error.conflict");
        }
        return showForm(actor, model, task);
    }

    /** HR's confirmation before dismissing a proposal of the task, with the reason to give. */
    @GetMapping("/tugas/{code}/usulan/{id}/tolak")
    String confirmDismiss(@AuthenticationPrincipal Actor actor, @PathVariable String code, @PathVariable long id,
                          Model model) {
        model.addAttribute("proposal", decidable(actor, code, id));
        return VIEW_DISMISS;
    }

    @PostMapping("/tugas/{code}/usulan/{id}/tolak")
    String dismiss(@AuthenticationPrincipal Actor actor, @PathVariable String code, @PathVariable long id,
                   @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        TaskProposal proposal = decidable(actor, code, id);
        try {
            proposals.dismiss(actor, id, reason);
            redirect.addFlashAttribute("successKey", "task.proposal.dismissed");
            return "redirect:/tugas/" + proposal.taskCode();
        } catch (ApiProblem refused) {
            model.addAttribute("proposal", proposal);
            model.addAttribute("reason", reason);
            model.addAttribute("reasonError", refused.fieldErrors().getOrDefault("reason", refused.detailKey()));
            return VIEW_DISMISS;
        }
    }

    private TaskProposal decidable(Actor actor, String code, long id) {
        TaskRecord task = tasks.get(actor, code);
        try {
            return proposals.openOne(actor, id, task.code());
        } catch (ApiProblem refused) {
            throw new org.springframework.web.server.ResponseStatusException(refused.status());
        }
    }

    @PostMapping("/tugas/{code}/penugasan")
    String assign(@AuthenticationPrincipal Actor actor, @PathVariable String code,
                  @ModelAttribute("assignment") AssignmentForm assignment, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        TaskRecord task = tasks.get(actor, code);
        try {
            boolean added = tasks.assign(actor, task.code(), assignment.nip());
            redirect.addFlashAttribute("successKey", added ? "task.assigned" : "task.assigned.already");
            return "redirect:/tugas/" + task.code();
        } catch (ApiProblem refused) {
            refused.fieldErrors().forEach((field, key) -> errors.rejectValue("nip", key));
            return showDetail(actor, code, model);
        }
    }

    @GetMapping("/tugas/{code}/penugasan/{nip}/hapus")
    String confirmUnassign(@AuthenticationPrincipal Actor actor, @PathVariable String code, @PathVariable String nip,
                           Model model) {
        model.addAttribute("task", tasks.get(actor, code));
        model.addAttribute("assignee", tasks.assignee(actor, code, nip));
        return VIEW_UNASSIGN;
    }

    @PostMapping("/tugas/{code}/penugasan/{nip}/hapus")
    String unassign(@AuthenticationPrincipal Actor actor, @PathVariable String code, @PathVariable String nip,
                    RedirectAttributes redirect) {
        TaskRecord task = tasks.get(actor, code);
        tasks.unassign(actor, task.code(), nip);
        redirect.addFlashAttribute("successKey", "task.unassigned");
        return "redirect:/tugas/" + task.code();
    }

    @GetMapping("/tugas/impor")
    String importPage(Model model) {
        model.addAttribute("taskColumns", String.join(",", TaskImports.TASK_COLUMNS));
        model.addAttribute("assignmentColumns", String.join(",", TaskImports.ASSIGNMENT_COLUMNS));
        return VIEW_IMPORT;
    }

    @GetMapping("/tugas/impor/tugas/templat")
    void taskTemplate(Locale locale, HttpServletResponse response) throws IOException {
        CsvTemplate.write(response, "templat-impor-tugas", TaskImports.TASK_COLUMNS, locale);
    }

    @GetMapping("/tugas/impor/penugasan/templat")
    void assignmentTemplate(Locale locale, HttpServletResponse response) throws IOException {
        CsvTemplate.write(response, "templat-impor-penugasan", TaskImports.ASSIGNMENT_COLUMNS, locale);
    }

    @PostMapping("/tugas/impor/tugas")
    String importTasks(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) MultipartFile file,
                       Model model, RedirectAttributes redirect, Locale locale) throws IOException {
        return imported(imports.importTasks(actor, bytes(file)), "task.import.tasks.done", "tasks", model, redirect,
                locale);
    }

    @PostMapping("/tugas/impor/penugasan")
    String importAssignments(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) MultipartFile file,
                             Model model, RedirectAttributes redirect, Locale locale) throws IOException {
        return imported(imports.importAssignments(actor, bytes(file)), "task.import.assignments.done", "assignments",
                model, redirect, locale);
    }

    private String imported(ImportReport report, String doneKey, String kind, Model model,
                            RedirectAttributes redirect, Locale locale) {
        if (report.imported()) {
            redirect.addFlashAttribute("successKey", doneKey);
            redirect.addFlashAttribute("importedRows", report.rows());
            return "redirect:/tugas/impor";
        }
        model.addAttribute("refusedKind", kind);
        model.addAttribute("refusedRows", report.rows());
        model.addAttribute("problems", report.problems().stream()
                .map(p -> new ProblemLine(p.line(), p.column(),
                        messages.getMessage(p.messageKey(), p.args().toArray(), locale)))
                .toList());
        return importPage(model);
    }

    private String showDetail(Actor actor, String code, Model model) {
        TaskRecord task = tasks.get(actor, code);
        model.addAttribute("task", task);
        model.addAttribute("types", Arrays.stream(FlexibilityType.values())
                .map(type -> TypeView.of(type, task.criteria())).toList());
        model.addAttribute("outsideOffice", task.criteria().mustBeOutsideOfficeException());
        model.addAttribute("outsideOfficeArticle", TaskCriteria.mustBeOutsideOfficeArticle());
        model.addAttribute("infrastructureArticle", LegalRef.pasal("Pasal 15 ayat (2)").article());
        model.addAttribute("assignees", tasks.assignees(actor, code));
        model.addAttribute("proposals", proposals.openOf(task.code()));
        return VIEW_DETAIL;
    }

    private String showForm(Actor actor, Model model, TaskRecord task) {
        model.addAttribute("task", task);
        model.addAttribute("units", tasks.units(actor));
        model.addAttribute("criteriaByType", Arrays.stream(FlexibilityType.values())
                .map(type -> TypeView.of(type, new TaskCriteria(false, false, false, false, false, false, false,
                        false, false))).toList());
        model.addAttribute("infrastructureItems", InfrastructureItem.values());
        model.addAttribute("infrastructureArticle", LegalRef.pasal("Pasal 15 ayat (2)").article());
        return VIEW_FORM;
    }

    private static void reject(BindingResult errors, ApiProblem refused) {
        if (refused.fieldErrors().isEmpty()) {
            errors.reject(refused.detailKey(), refused.args(), null);
        }
        refused.fieldErrors().forEach((path, key) -> {
            int dot = path.lastIndexOf('.');
            errors.rejectValue(dot < 0 ? path : path.substring(dot + 1), key);
        });
    }

    private static InputStream bytes(MultipartFile file) throws IOException {
        return file == null || file.isEmpty() ? null : file.getInputStream();
    }

    /** A NIP to give the task to. */
    record AssignmentForm(String nip) {
    }

    /** A row of an import's report, its message in the reader's language. */
    public record ProblemLine(int line, String column, String message) {
    }

    /**
     * One type's verdict on the task, with each criterion and the ones that decide: for a qualifying task
     * the criteria it meets, otherwise the ones it does not.
     */
    public record TypeView(FlexibilityType type, boolean qualifies, RuleCode rule, LegalRef article,
                           List<TaskCriteria.Criterion> criteria, List<TaskCriteria.Criterion> reasons) {

        static TypeView of(FlexibilityType type, TaskCriteria criteria) {
            boolean qualifies = criteria.qualifiesFor(type);
            List<TaskCriteria.Criterion> all = criteria.explain(type);
            return new TypeView(type, qualifies, TaskCriteria.ruleFor(type), TaskCriteria.ruleFor(type).article(), all,
                    all.stream().filter(c -> c.met() == qualifies).toList());
        }

        /** The form field that records a criterion, by its article. */
        public String field(TaskCriteria.Criterion criterion) {
            return FIELDS_BY_ARTICLE.get(criterion.article().article());
        }

        private static final java.util.Map<String, String> FIELDS_BY_ARTICLE = java.util.Map.of(
                "Pasal 23 huruf a", "canBeDoneOutsideOffice",
                "Pasal 23 huruf b", "noSpecialRoomOrEquipment",
                "Pasal 23 huruf c", "doableWithIct",
                "Pasal 23 huruf d", "minimalFaceToFace",
                "Pasal 23 huruf e", "noContinuousSupervision",
                "Pasal 24 ayat (1) huruf a", "moreThan8h30PerDay",
                "Pasal 24 ayat (1) huruf b", "moreThan5DaysPerWeek",
                "Pasal 24 ayat (2) huruf a", "notBoundToInstitutionHours",
                "Pasal 24 ayat (2) huruf b", "noContinuousSupervision");
    }
}
