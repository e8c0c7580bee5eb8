package id.fleksi.planning;

import id.fleksi.eligibility.VerdictViews.ViolationView;
import id.fleksi.planning.PlanBodies.Day;
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
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Changes of approved plans (Pasal 8 ayat (2)): the employee asks for one with a reason, the head of the plan's unit
 * approves or rejects it, the employee may withdraw it while it waits. A request breaking a rule is a 400 with its
 * verdict; an approval the rules refuse now (the unit's caps, Pasal 14 and 27; the 2 days of Pasal 13 ayat (1)) a 422
 * naming the rules; a plan not approved, a request already waiting or decided a 409.
 */
@ApiController
class PlanAmendmentApi {

    private final PlanAmendmentRequests requests;
    PlanAmendmentApi(PlanAmendmentRequests requests) {
        this.requests = requests;
    }

    @PostMapping("/api/plans/{id}/amendment-requests")
    ResponseEntity<Object> request(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                                   @RequestBody(required = false) AmendmentBody body,
                                   @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                                   String language) {
        if (body == null || body.reason() == null || body.reason().isBlank()) {
            throw ApiProblem.field("reason", PlanRefused.Reason.AMENDMENT_REASON_MISSING.messageKey());
        }
        StoredPlan plan = PlanApi.refusals(() -> requests.own(actor, id));
        Locale locale = Languages.fromAcceptLanguage(language);
        PlanAmendmentRequests.Requested requested = PlanApi.refusals(() -> requests.request(actor, id,
                body.flexType(), PlanBodies.weekDays(plan.summary().weekStart(), body.days()), body.reason()));
        VerdictAnswer verdict = VerdictAnswer.of(requested.verdict(), locale);
        if (!requested.stored()) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "planning.refused.amendmentRules").with("verdict", verdict);
        }
        return ResponseEntity.created(URI.create("/api/plans/" + id + "/amendment-requests"))
                .body(new RequestedAnswer(requested.id(), AmendmentRequest.Status.REQUESTED, verdict));
    }

    /** The plan's requests, the latest first: for its employee, the heads of its unit or above, HR and the PPK. */
    @GetMapping("/api/plans/{id}/amendment-requests")
    Paged<RequestAnswer> list(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                              @RequestParam(required = false) Integer page,
                              @RequestParam(required = false) Integer size,
                              @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        Locale locale = Languages.fromAcceptLanguage(language);
        Paged<AmendmentRequest> found = PlanApi.refusals(() -> requests.ofPlan(actor, id, Paged.page(page),
                Paged.size(size)));
        return new Paged<>(found.items().stream().map(r -> RequestAnswer.of(r, requests.verdictOf(r), locale))
                .toList(), found.page(), found.size(), found.total());
    }

    @PostMapping("/api/plan-amendment-requests/{id}/decision")
    RequestAnswer decide(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                         @RequestBody(required = false) DecisionBody body,
                         @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        if (body == null || body.decision() == null
                || !List.of("APPROVED", "REJECTED").contains(body.decision().strip())) {
            throw ApiProblem.field("decision", PlanRefused.Reason.DECISION_MISSING.messageKey());
        }
        boolean approve = body.decision().strip().equals("APPROVED");
        if (!approve && (body.note() == null || body.note().isBlank())) {
            throw ApiProblem.field("note", PlanRefused.Reason.NOTE_MISSING.messageKey());
        }
        Locale locale = Languages.fromAcceptLanguage(language);
        try {
            AmendmentRequest decided = PlanApi.refusals(() -> requests.decide(actor, id, approve, body.note()));
            return RequestAnswer.of(decided, requests.verdictOf(decided), locale);
        } catch (DecisionRefused refused) {
            throw ApiProblem.of(HttpStatus.UNPROCESSABLE_CONTENT, "planning.refused.rules")
                    .with("violations", refused.violations().stream().map(v -> ViolationView.of(v, locale)).toList());
        }
    }

    @PostMapping("/api/plan-amendment-requests/{id}/withdraw")
    RequestAnswer withdraw(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                           @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        AmendmentRequest withdrawn = PlanApi.refusals(() -> requests.withdraw(actor, id));
        return RequestAnswer.of(withdrawn, requests.verdictOf(withdrawn), Languages.fromAcceptLanguage(language));
    }

    /**
     * A change asked for: the week's days as in a plan's submission, the time flexibility (the plan's when left
     * out), and the reason the head reads.
     */
    record AmendmentBody(WeekPlan.FlexType flexType, List<Day> days, String reason) {
    }

    /** A decision: {@code APPROVED} or {@code REJECTED}, with a note (required when rejecting). */
    record DecisionBody(String decision, String note) {
    }

    /** The answer to a request stored: {id, status, verdict}. */
    record RequestedAnswer(long id, AmendmentRequest.Status status, VerdictAnswer verdict) {
    }

    /** A request as the API shows it. */
    record RequestAnswer(long id, long planId, AmendmentRequest.Status status, WeekPlan.FlexType flexType,
                         List<Day> days, String reason, Instant requestedAt, String requestedBy, Instant decidedAt,
                         String decidedBy, String decidedByName, String decisionNote, VerdictAnswer verdict) {

        static RequestAnswer of(AmendmentRequest r, id.fleksi.rules.PlanVerdict verdict, Locale locale) {
            return new RequestAnswer(r.id(), r.planId(), r.status(), r.flexType(),
                    r.days().stream().map(Day::of).toList(), r.reason(), r.requestedAt(), r.requestedBy(),
                    r.decidedAt(), r.decidedBy(), r.decidedByName(), r.decisionNote(),
                    VerdictAnswer.of(verdict, locale));
        }
    }
}
