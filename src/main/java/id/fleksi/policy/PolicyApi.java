package id.fleksi.policy;

import id.fleksi.shared.InstitutionTime;
import id.fleksi.shared.Actor;
import id.fleksi.shared.web.ApiController;
import id.fleksi.shared.web.ApiProblem;
import id.fleksi.shared.web.Languages;
import id.fleksi.shared.web.Paged;
import id.fleksi.shared.web.ProposalStatuses;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The institution's determination through the API: the PPK sets a new version effective from a date;
 * everyone signed in reads the version in force on a day and every earlier one.
 */
@ApiController("/api/policy")
class PolicyApi {

    private final Policies policies;
    private final PolicyChanges changes;
    private final PolicyProposals proposals;
    private final PolicySubmissions submissions;
    private final MessageSource messages;
    private final Clock clock;

    PolicyApi(Policies policies, PolicyChanges changes, PolicyProposals proposals, PolicySubmissions submissions,
              MessageSource messages, Clock clock) {
        this.submissions = submissions;
        this.policies = policies;
        this.changes = changes;
        this.proposals = proposals;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * A new version in force from its {@code effectiveFrom}; 400 naming the article when a bound is broken. With
     * {@code proposalId}, the version is prepared from an evaluation's open proposal, which it applies.
     */
    @PutMapping
    ResponseEntity<PolicyVersion> create(@AuthenticationPrincipal Actor actor, @RequestBody PolicyDraft body,
                                         @RequestParam(required = false) Long proposalId) {
        PolicyVersion version = changes.create(actor, body, proposalId);
        return ResponseEntity.created(URI.create("/api/policy/versions/" + version.id())).body(version);
    }

    /** The version in force on {@code date} (today in Asia/Jakarta when left out). */
    @GetMapping
    PolicyVersion inForce(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                          LocalDate date) {
        LocalDate day = date == null ? InstitutionTime.today(clock) : date;
        return policies.versionOn(day).orElseThrow(() ->
                ApiProblem.of(HttpStatus.NOT_FOUND, "policy.problem.noneInForce", day.toString()));
    }

    @GetMapping("/versions")
    List<PolicyVersionSummary> versions() {
        return policies.versions();
    }

    @GetMapping("/versions/{id}")
    PolicyVersion version(@PathVariable long id) {
        return policies.version(id).orElseThrow(() ->
                ApiProblem.of(HttpStatus.NOT_FOUND, "policy.problem.unknownVersion", String.valueOf(id)));
    }

    /** What was recorded of the version's sending to the Minister (Pasal 31); 404 when nothing was. */
    @GetMapping("/versions/{id}/submission")
    PolicySubmissions.Submission submission(@PathVariable long id) {
        return submissions.of(id).orElseThrow(() ->
                ApiProblem.of(HttpStatus.NOT_FOUND, "policy.submission.none"));
    }

    /**
     * The PPK records the version's sending to the Minister (Pasal 31), as a form: {@code submittedOn}
     * (2026-12-07, not after today), {@code letterNumber} and optionally the {@code letter} (PDF, PNG or JPEG).
     * 400 with every wrong field in {@code errors}; nothing is stored then.
     */
    @PostMapping("/versions/{id}/submission")
    PolicySubmissions.Submission recordSubmission(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                                                  @RequestParam(required = false) String submittedOn,
                                                  @RequestParam(required = false) String letterNumber,
                                                  @RequestParam(required = false) MultipartFile letter,
                                                  HttpServletRequest request) throws IOException {
        policies.version(id).orElseThrow(() ->
                ApiProblem.of(HttpStatus.NOT_FOUND, "policy.problem.unknownVersion", String.valueOf(id)));
        try {
            return submissions.record(actor, id, submittedOn, letterNumber,
                    letter == null || letter.isEmpty() ? null : letter.getOriginalFilename(),
                    letter == null || letter.isEmpty() ? null : letter.getInputStream());
        } catch (PolicyRefused refused) {
            Locale locale = Languages.of(request);
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "policy.submission.refused").with("errors",
                    refused.problems().stream().map(p -> Map.of("field", p.field(), "message",
                            p.message(messages, locale))).toList());
        }
    }

    /** The changes of the determination evaluations proposed, the newest first; {@code status} OPEN, APPLIED or DISMISSED. */
    @GetMapping("/proposals")
    Paged<PolicyProposal> proposals(@RequestParam(required = false) String status,
                                    @RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size) {
        return proposals.list(ProposalStatuses.named(status), Paged.page(page), Paged.size(size));
    }

    /** The PPK dismisses an open proposal with a reason. */
    @PostMapping("/proposals/{id}/dismiss")
    PolicyProposal dismiss(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                           @RequestBody(required = false) Dismissal body) {
        return proposals.dismiss(actor, id, body == null ? null : body.reason());
    }

    /** Why a proposal is dismissed. */
    record Dismissal(String reason) {
    }

    @ExceptionHandler(PolicyRefused.class)
    ResponseEntity<ProblemDetail> refused(PolicyRefused refused, HttpServletRequest request) {
        Locale locale = Languages.of(request);
        Map<String, String> errors = FieldProblems.empty();
        refused.problems().forEach(p -> FieldProblems.collect(errors, p.field(), p.message(messages, locale)));
        List<String> articles = refused.articles();
        String detail = articles.isEmpty()
                ? messages.getMessage("policy.problem.refused", null, locale)
                : messages.getMessage("policy.problem.bounds", new Object[] {String.join(", ", articles)}, locale);
        return FieldProblems.answer(messages, locale, HttpStatus.BAD_REQUEST, detail, errors);
    }

    @ExceptionHandler(PolicyDateTaken.class)
    ResponseEntity<ProblemDetail> dateTaken(PolicyDateTaken taken, HttpServletRequest request) {
        Locale locale = Languages.of(request);
        return FieldProblems.answer(messages, locale, HttpStatus.CONFLICT,
                messages.getMessage("policy.problem.dateTaken", new Object[] {taken.day().toString()}, locale),
                Map.of());
    }
}
