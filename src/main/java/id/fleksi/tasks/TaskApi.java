package id.fleksi.tasks;

import id.fleksi.rules.FlexibilityType;
import id.fleksi.rules.InfrastructureItem;
import id.fleksi.rules.TaskCriteria;
import id.fleksi.shared.Actor;
import id.fleksi.shared.csv.ImportAnswer;
import id.fleksi.shared.csv.ImportReport;
import id.fleksi.shared.web.ApiController;
import id.fleksi.shared.web.Languages;
import id.fleksi.shared.web.Paged;
import id.fleksi.shared.web.ProposalStatuses;
import id.fleksi.tasks.TaskViews.Assignee;
import id.fleksi.tasks.TaskViews.Qualifies;
import id.fleksi.tasks.TaskViews.TaskRecord;
import id.fleksi.tasks.TaskViews.TaskSummary;
import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The task inventory over JSON: HR keeps it, the PPK reads it all, unit heads read their units' tasks. */
@ApiController
class TaskApi {

    private final TaskService tasks;
    private final TaskProposals proposals;
    private final TaskImports imports;
    private final MessageSource messages;

    TaskApi(TaskService tasks, TaskProposals proposals, TaskImports imports, MessageSource messages) {
        this.tasks = tasks;
        this.proposals = proposals;
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping("/api/tasks")
    Paged<TaskSummary> list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String unitCode,
                            @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                            @RequestParam(required = false) Integer size) {
        return tasks.search(actor, unitCode, q, Paged.page(page), Paged.size(size));
    }

    @PostMapping("/api/tasks")
    ResponseEntity<TaskDetail> create(@AuthenticationPrincipal Actor actor, @RequestBody TaskInput body,
                                      HttpServletRequest request) {
        TaskRecord task = tasks.create(actor, body);
        return ResponseEntity.created(URI.create("/api/tasks/" + task.code())).body(detail(task, request));
    }

    @GetMapping("/api/tasks/{code}")
    TaskDetail get(@AuthenticationPrincipal Actor actor, @PathVariable String code, HttpServletRequest request) {
        return detail(tasks.get(actor, code), request);
    }

    /** Replaces the task; with {@code proposalId}, the change prepared from an evaluation's open proposal of it. */
    @PutMapping("/api/tasks/{code}")
    TaskDetail update(@AuthenticationPrincipal Actor actor, @PathVariable String code, @RequestBody TaskInput body,
                      @RequestParam(required = false) Long proposalId, HttpServletRequest request) {
        return detail(tasks.update(actor, code, body, proposalId), request);
    }

    /**
     * The changes of tasks' criteria evaluations proposed, of the tasks the caller may read, the newest first;
     * {@code status} OPEN, APPLIED or DISMISSED.
     */
    @GetMapping("/api/tasks/proposals")
    Paged<TaskProposal> proposals(@AuthenticationPrincipal Actor actor,
                                  @RequestParam(required = false) String status,
                                  @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size) {
        return proposals.list(actor, ProposalStatuses.named(status), Paged.page(page), Paged.size(size));
    }

    /** HR dismisses an open proposal with a reason. */
    @PostMapping("/api/tasks/proposals/{id}/dismiss")
    TaskProposal dismiss(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                         @RequestBody(required = false) Dismissal body) {
        return proposals.dismiss(actor, id, body == null ? null : body.reason());
    }

    /** Why a proposal is dismissed. */
    record Dismissal(String reason) {
    }

    @GetMapping("/api/tasks/{code}/assignees")
    List<Assignee> assignees(@AuthenticationPrincipal Actor actor, @PathVariable String code) {
        return tasks.assignees(actor, code);
    }

    @PostMapping("/api/tasks/{code}/assignees")
    ResponseEntity<Assignee> assign(@AuthenticationPrincipal Actor actor, @PathVariable String code,
                                    @RequestBody NewAssignee body) {
        boolean added = tasks.assign(actor, code, body.nip());
        Assignee assignee = tasks.assignee(actor, code, body.nip());
        return ResponseEntity.status(added ? HttpStatus.CREATED : HttpStatus.OK).body(assignee);
    }

    @DeleteMapping("/api/tasks/{code}/assignees/{nip}")
    ResponseEntity<Void> unassign(@AuthenticationPrincipal Actor actor, @PathVariable String code,
                                  @PathVariable String nip) {
        tasks.unassign(actor, code, nip);
        return ResponseEntity.noContent().build();
    }

    /** A CSV file of tasks (columns as in {@link TaskImports#TASK_COLUMNS}); all rows or none. */
    @PostMapping("/api/tasks/import")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "the CSV file, UTF-8",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    ResponseEntity<ImportAnswer> importTasks(@AuthenticationPrincipal Actor actor, HttpServletRequest request)
            throws IOException {
        return answer(imports.importTasks(actor, request.getInputStream()), request);
    }

    /** A CSV file with the columns taskCode and nip; all rows or none. */
    @PostMapping("/api/assignments/import")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "the CSV file, UTF-8",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    ResponseEntity<ImportAnswer> importAssignments(@AuthenticationPrincipal Actor actor, HttpServletRequest request)
            throws IOException {
        return answer(imports.importAssignments(actor, request.getInputStream()), request);
    }

    private ResponseEntity<ImportAnswer> answer(ImportReport report, HttpServletRequest request) {
        return ImportAnswer.of(report, messages, Languages.of(request));
    }

    private TaskDetail detail(TaskRecord task, HttpServletRequest request) {
        Locale locale = Languages.of(request);
        TaskCriteria criteria = task.criteria();
        List<Qualification> qualifications = Arrays.stream(FlexibilityType.values())
                .map(type -> new Qualification(type, criteria.qualifiesFor(type), TaskCriteria.ruleFor(type).name(),
                        TaskCriteria.ruleFor(type).article().article(),
                        criteria.explain(type).stream()
                                .map(c -> new CriterionView(c.article().article(), c.met(), c.label().in(locale)))
                                .toList()))
                .toList();
        List<ExceptionView> exceptions = criteria.mustBeOutsideOfficeException()
                ? List.of(new ExceptionView(TaskCriteria.mustBeOutsideOfficeArticle().article(),
                messages.getMessage("task.exception.outsideOffice", null, locale)))
                : List.of();
        return new TaskDetail(task.code(), task.name(), task.unitCode(), task.unitName(), task.characteristics(),
                TaskInput.Criteria.of(criteria), task.qualifies(), qualifications, exceptions, task.version(),
                task.infrastructureNeeds());
    }

    record NewAssignee(String nip) {
    }

    /** A task with its qualification per type and the reasons, criterion by criterion. */
    record TaskDetail(String code, String name, String unitCode, String unitName,
                      TaskInput.Characteristics characteristics, TaskInput.Criteria criteria, Qualifies qualifies,
                      List<Qualification> qualifications, List<ExceptionView> exceptions, long version,
                      List<InfrastructureItem> infrastructureNeeds) {
    }

    record Qualification(FlexibilityType type, boolean qualifies, String rule, String article,
                         List<CriterionView> criteria) {
    }

    record CriterionView(String article, boolean met, String label) {
    }

    /** An exception to the 2-day cap that the task brings (Pasal 13 ayat (2) huruf a). */
    record ExceptionView(String article, String reason) {
    }

}
