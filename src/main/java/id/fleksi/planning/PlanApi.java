package id.fleksi.planning;

import id.fleksi.eligibility.VerdictViews.ViolationView;
import id.fleksi.planning.PlanBodies.DecisionRequest;
import id.fleksi.planning.PlanBodies.PlanAnswer;
import id.fleksi.planning.PlanBodies.PlanItem;
import id.fleksi.planning.PlanBodies.PlanRequest;
import id.fleksi.planning.PlanBodies.SubmissionAnswer;
import id.fleksi.planning.PlanBodies.VerdictAnswer;
import id.fleksi.rules.WeekPlan;
import id.fleksi.shared.Actor;
import id.fleksi.shared.web.ApiController;
import id.fleksi.shared.web.ApiProblem;
import id.fleksi.shared.web.Languages;
import id.fleksi.shared.web.Paged;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Weekly plans: the employee submits theirs ({@code POST /api/plans}), reads it back; the head of the employee's
 * unit or above (or the PPK) approves or rejects it. A plan with an ERROR is answered 422 with its verdict; a
 * decision on a plan decided or changed meanwhile is a 409; an approval the unit's caps refuse is a 422 naming the
 * rules.
 */
@ApiController("/api/plans")
class PlanApi {

    private final WeeklyPlans plans;

    PlanApi(WeeklyPlans plans) {
        this.plans = plans;
    }

    @PostMapping
    ResponseEntity<Object> submit(@AuthenticationPrincipal Actor actor, @RequestBody PlanRequest request,
                                  @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                                  String language) {
        WeekPlan plan = request.toPlan();
        Locale locale = Languages.fromAcceptLanguage(language);
        WeeklyPlans.Submission submission = refusals(() -> plans.submit(actor, request.nip(), plan));
        VerdictAnswer verdict = VerdictAnswer.of(submission.verdict(), locale);
        if (!submission.stored()) {
            return ResponseEntity.unprocessableContent().body(verdict);
        }
        return ResponseEntity.created(URI.create("/api/plans/" + submission.id()))
                .body(new SubmissionAnswer(submission.id(), PlanStatus.SUBMITTED, verdict));
    }

    @GetMapping("/{id}")
    PlanAnswer plan(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                    @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        StoredPlan plan = plans.find(actor, id)
                .orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND, PlanRefused.Reason.NO_PLAN.messageKey()));
        return PlanAnswer.of(plan, plans.verdictOf(plan.summary()), plans.amendments(plan.summary().id()),
                Languages.fromAcceptLanguage(language));
    }

    /** Plans within the caller's scope: {@code week} (2026-W48), {@code unitCode} (with sub-units), {@code status}. */
    @GetMapping
    Paged<PlanItem> list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String week,
                         @RequestParam(required = false) String unitCode,
                         @RequestParam(required = false) String status,
                         @RequestParam(required = false) Integer page,
                         @RequestParam(required = false) Integer size) {
        if (week != null && !week.isBlank()) {
            PlanBodies.monday(week.strip());
        }
        PlanStatus wanted = status == null || status.isBlank() ? null : Arrays.stream(PlanStatus.values())
                .filter(s -> s.name().equalsIgnoreCase(status.strip())).findFirst()
                .orElseThrow(() -> ApiProblem.field("status", "planning.error.status"));
        Paged<PlanSummary> found = plans.list(actor, week == null || week.isBlank() ? null : week.strip(), unitCode,
                wanted, Paged.page(page), Paged.size(size));
        return new Paged<>(found.items().stream().map(PlanItem::of).toList(), found.page(), found.size(),
                found.total());
    }

    @PostMapping("/{id}/approve")
    PlanItem approve(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                     @RequestBody(required = false) DecisionRequest request,
                     @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        DecisionRequest decision = request == null ? new DecisionRequest(null, null, null) : request;
        try {
            return PlanItem.of(refusals(() -> plans.approve(actor, id, decision.version(), decision.note())));
        } catch (DecisionRefused refused) {
            Locale locale = Languages.fromAcceptLanguage(language);
            throw ApiProblem.of(HttpStatus.UNPROCESSABLE_CONTENT, "planning.refused.rules")
                    .with("violations", refused.violations().stream().map(v -> ViolationView.of(v, locale)).toList());
        }
    }

    @PostMapping("/{id}/reject")
    PlanItem reject(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                    @RequestBody(required = false) DecisionRequest request) {
        if (request == null || request.reason() == null || request.reason().isBlank()) {
            throw ApiProblem.field("reason", PlanRefused.Reason.REASON_MISSING.messageKey());
        }
        return PlanItem.of(refusals(() -> plans.reject(actor, id, request.version(), request.reason())));
    }

    /**
     * The head recalls the employee to the office on a day of the approved plan, with a reason (Pasal 8 ayat (2);
     * 27): the plan as it is now, that day an office day.
     */
    @PostMapping("/{id}/recall")
    PlanAnswer recall(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                      @RequestBody(required = false) RecallRequest request,
                      @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        if (request == null || request.date() == null || request.date().isBlank()) {
            throw ApiProblem.field("date", "planning.error.recallDate");
        }
        LocalDate day;
        try {
            day = LocalDate.parse(request.date().strip());
        } catch (DateTimeParseException e) {
            throw ApiProblem.field("date", "planning.error.recallDate");
        }
        if (request.reason() == null || request.reason().isBlank()) {
            throw ApiProblem.field("reason", PlanRefused.Reason.RECALL_REASON_MISSING.messageKey());
        }
        Locale locale = Languages.fromAcceptLanguage(language);
        try {
            StoredPlan plan = refusals(() -> plans.recall(actor, id, day, request.reason(), request.version()));
            return PlanAnswer.of(plan, plans.verdictOf(plan.summary()), plans.amendments(plan.summary().id()), locale);
        } catch (DecisionRefused refused) {
            throw ApiProblem.of(HttpStatus.UNPROCESSABLE_CONTENT, "planning.refused.recall")
                    .with("violations", refused.violations().stream().map(v -> ViolationView.of(v, locale)).toList());
        }
    }

    /**
     * A recall to the office.
     *
     * @param date    the day of the plan's week (2026-12-10)
     * @param reason  why the employee is needed in the office, as they will read it
     * @param version the plan's version read, to refuse a recall of a plan changed meanwhile
     */
    record RecallRequest(String date, String reason, Long version) {
    }

    /** Runs a call of the weekly loop, answering its refusals as problem details. */
    static <T> T refusals(Supplier<T> call) {
        try {
            return call.get();
        } catch (PlanRefused refused) {
            throw ApiProblem.of(HttpStatus.valueOf(refused.reason().status()), refused.reason().messageKey());
        }
    }
}
