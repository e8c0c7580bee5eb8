package id.fleksi.planning;

import id.fleksi.audit.AuditTrail;
import id.fleksi.rules.PlanChange;
import id.fleksi.rules.PlanDay;
import id.fleksi.rules.PlanVerdict;
import id.fleksi.rules.Severity;
import id.fleksi.rules.Violation;
import id.fleksi.rules.WeekPlan;
import id.fleksi.shared.Actor;
import id.fleksi.shared.InstitutionTime;
import id.fleksi.shared.web.Paged;
import id.fleksi.organisation.Organisation;
import id.fleksi.organisation.UnitScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Changes of approved plans the employee asks for and the head of the plan's unit decides (PermenPANRB 4/2025 Pasal
 * 8 ayat (2): the direct superior's policy). A request is judged as a new plan is (Pasal 13 ayat (1) among the
 * rules) and a day already past is not changed ({@code PERUBAHAN_RENCANA}); its approval is judged again at that
 * moment with the unit's caps blocking (Pasal 14, 27), under the unit's row lock, as the approval of a plan is. One
 * request of a plan waits at a time; the employee may withdraw it.
 */
@Service
@Transactional(readOnly = true)
public class PlanAmendmentRequests {

    static final String SUBJECT = "PLAN_AMENDMENT_REQUEST";

    private final WeeklyPlans plans;
    private final PlanStore planStore;
    private final AmendmentRequestStore store;
    private final StoredVerdicts verdicts;
    private final Organisation organisation;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanAmendmentRequests(WeeklyPlans plans, PlanStore planStore, AmendmentRequestStore store,
                          StoredVerdicts verdicts, Organisation organisation, AuditTrail audit,
                          ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.planStore = planStore;
        this.store = store;
        this.verdicts = verdicts;
        this.organisation = organisation;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The employee asks to change their approved plan to these days. A request whose verdict has an ERROR is not
     * stored; its verdict says why.
     *
     * @param flexType the week's time flexibility, {@code null} for the plan's
     * @throws PlanRefused           NO_PLAN outside the person's reach; NOT_APPROVED, WEEK_OVER, AMENDMENT_PENDING,
     *                               CHANGED (409); AMENDMENT_REASON_MISSING, REASON_TOO_LONG, NO_CHANGE (400)
     * @throws AccessDeniedException when the plan is not the person's own
     */
    @Transactional
    public Requested request(Actor actor, long planId, WeekPlan.FlexType flexType, List<PlanDay> days,
                             String reason) {
        StoredPlan plan = own(actor, planId);
        String why = reason(reason, PlanRefused.Reason.AMENDMENT_REASON_MISSING);
        PlanSummary summary = plan.summary();
        // the plan's row, locked: a second request at once waits for the first
        PlanState state = planStore.stateOf(summary.employeeId(), summary.isoWeek())
                .orElseThrow(() -> new PlanRefused(PlanRefused.Reason.NO_PLAN));
        if (state.status() != PlanStatus.APPROVED) {
            throw new PlanRefused(PlanRefused.Reason.NOT_APPROVED);
        }
        LocalDate today = InstitutionTime.today(clock);
        if (summary.weekStart().plusDays(6).isBefore(today)) {
            throw new PlanRefused(PlanRefused.Reason.WEEK_OVER);
        }
        if (store.pending(planId).isPresent()) {
            throw new PlanRefused(PlanRefused.Reason.AMENDMENT_PENDING);
        }
        StoredPlan current = plans.storedPlan(planId).orElseThrow();
        WeekPlan asked = new WeekPlan(summary.isoWeek(), flexType == null ? summary.flexType() : flexType, days);
        if (PlanChange.changedDays(current.days(), asked.days()).isEmpty()
                && asked.flexType() == summary.flexType()) {
            throw new PlanRefused(PlanRefused.Reason.NO_CHANGE);
        }
        PlanVerdict verdict = judge(actor, current, asked, Severity.WARNING, today);
        if (!verdict.valid()) {
            return new Requested(null, verdict);
        }
        int warnings = (int) verdict.violations().stream().filter(v -> !v.blocks()).count();
        long id = store.insert(planId, state.version(), asked, why, verdicts.write(verdict), warnings,
                        actor.username(), clock.instant())
                .orElseThrow(() -> new PlanRefused(PlanRefused.Reason.AMENDMENT_PENDING));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("request", id);
        after.put("status", AmendmentRequest.Status.REQUESTED.name());
        after.put("reason", why);
        after.put("days", asked.days().stream().map(PlanAmendmentRequests::day).toList());
        audit.record(actor, "PLAN_AMENDMENT_REQUESTED", WeeklyPlans.SUBJECT,
                WeeklyPlans.key(summary.nip(), summary.isoWeek()),
                Map.of("days", current.days().stream().map(PlanAmendmentRequests::day).toList()), after);
        events.publishEvent(new PlanAmendmentRequested(id, planId, summary.employeeId(), summary.employeeName(),
                summary.unitId(), summary.isoWeek(), why));
        return new Requested(id, verdict);
    }

    /**
     * A page of the plan's requests, for whoever may read the plan: its employee, the heads of its unit or above, HR,
     * the PPK.
     *
     * @throws PlanRefused NO_PLAN for anyone else, as for a plan that does not exist
     */
    public Paged<AmendmentRequest> ofPlan(Actor actor, long planId, int page, int size) {
        plans.find(actor, planId).orElseThrow(() -> new PlanRefused(PlanRefused.Reason.NO_PLAN));
        return store.ofPlan(planId, page, size);
    }

    /** The plan's request waiting for the head, for whoever may read the plan. */
    public Optional<AmendmentRequest> pending(Actor actor, long planId) {
        return plans.find(actor, planId).flatMap(plan -> store.pending(planId));
    }

    /** The verdict a request was made with. */
    public PlanVerdict verdictOf(AmendmentRequest request) {
        return verdicts.read(request.verdictJson());
    }

    /**
     * A page of the requests waiting for the person's decision: in the units they head and below (all for the PPK),
     * never their own, a head's own only from above.
     */
    public Paged<AmendmentRequestStore.Waiting> waiting(Actor actor, int page, int size) {
        if (actor.isPpk()) {
            return store.waiting(null, actor.employeeId(), null, page, size);
        }
        UnitScope scope = actor.employeeId() == null ? UnitScope.NONE
                : organisation.headedScopeOf(actor.employeeId());
        Set<Long> units = scope.unitIds();
        if (units == null || units.isEmpty()) {
            return new Paged<>(List.of(), page, size, 0);
        }
        return store.waiting(units, actor.employeeId(), units, page, size);
    }

    /** How many requests wait for the person's decision, for the badge of the navigation. */
    public long waitingCount(Actor actor) {
        if (actor.isPpk()) {
            return store.waitingCount(null, actor.employeeId(), null);
        }
        Set<Long> units = actor.employeeId() == null ? null
                : organisation.headedScopeOf(actor.employeeId()).unitIds();
        return units == null || units.isEmpty() ? 0 : store.waitingCount(units, actor.employeeId(), units);
    }

    /**
     * The head decides a waiting request. Approving judges the week again now, with the unit's caps blocking next to
     * the unit's other approved plans, under the unit's row lock; the plan then takes the days asked for, each
     * changed day kept with what it was. Rejecting needs a note the employee reads.
     *
     * @throws PlanRefused           NO_REQUEST outside the person's reach; REQUEST_CLOSED, NOT_APPROVED, CHANGED
     *                               (409); NOTE_MISSING, REASON_TOO_LONG (400)
     * @throws DecisionRefused       when the change, judged again, breaks a rule
     * @throws AccessDeniedException when the person may not decide the plan
     */
    @Transactional
    public AmendmentRequest decide(Actor actor, long requestId, boolean approve, String note) {
        AmendmentRequest request = store.find(requestId)
                .orElseThrow(() -> new PlanRefused(PlanRefused.Reason.NO_REQUEST));
        StoredPlan plan = plans.find(actor, request.planId())
                .orElseThrow(() -> new PlanRefused(PlanRefused.Reason.NO_REQUEST));
        PlanSummary summary = plan.summary();
        if (!plans.mayDecide(actor, summary)) {
            throw new AccessDeniedException("not the head of the plan's unit");
        }
        String given = note == null || note.isBlank() ? null : note.strip();
        if (given != null && given.length() > WeeklyPlans.MAX_REASON) {
            throw new PlanRefused(PlanRefused.Reason.REASON_TOO_LONG);
        }
        if (!approve && given == null) {
            throw new PlanRefused(PlanRefused.Reason.NOTE_MISSING);
        }
        if (!request.pending()) {
            throw new PlanRefused(PlanRefused.Reason.REQUEST_CLOSED);
        }
        if (approve) {
            plans.lockUnit(summary.unitId());
            if (summary.status() != PlanStatus.APPROVED) {
                throw new PlanRefused(PlanRefused.Reason.NOT_APPROVED);
            }
            if (summary.version() != request.planVersion()) {
                throw new PlanRefused(PlanRefused.Reason.CHANGED);
            }
            WeekPlan asked = new WeekPlan(summary.isoWeek(), request.flexType(), request.days());
            PlanVerdict verdict = judge(actor, plan, asked, Severity.ERROR, InstitutionTime.today(clock));
            if (!verdict.valid()) {
                throw new DecisionRefused(verdict.violations().stream().filter(Violation::blocks).toList());
            }
            int warnings = (int) verdict.violations().stream().filter(v -> !v.blocks()).count();
            if (!planStore.amend(plan, request, verdicts.write(verdict), warnings, actor.username(),
                    actor.displayName(), clock.instant())) {
                throw new PlanRefused(PlanRefused.Reason.CHANGED);
            }
        }
        AmendmentRequest.Status to = approve ? AmendmentRequest.Status.APPROVED : AmendmentRequest.Status.REJECTED;
        if (!store.close(requestId, to, actor.username(), actor.displayName(), given, clock.instant())) {
            throw new PlanRefused(PlanRefused.Reason.REQUEST_CLOSED);
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("request", requestId);
        before.put("status", request.status().name());
        before.put("days", plan.days().stream().map(PlanAmendmentRequests::day).toList());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("request", requestId);
        after.put("status", to.name());
        after.put("note", given);
        after.put("days", (approve ? request.days() : plan.days()).stream().map(PlanAmendmentRequests::day)
                .toList());
        audit.record(actor, approve ? "PLAN_AMENDMENT_APPROVED" : "PLAN_AMENDMENT_REJECTED", WeeklyPlans.SUBJECT,
                WeeklyPlans.key(summary.nip(), summary.isoWeek()), before, after);
        events.publishEvent(new PlanAmendmentDecided(requestId, summary.id(), summary.employeeId(),
                summary.isoWeek(), approve, given, actor.displayName()));
        return store.find(requestId).orElseThrow();
    }

    /**
     * The employee withdraws their waiting request; the plan stays as approved.
     *
     * @throws PlanRefused           NO_REQUEST outside the person's reach; REQUEST_CLOSED when it no longer waits
     * @throws AccessDeniedException when the request is not the person's own
     */
    @Transactional
    public AmendmentRequest withdraw(Actor actor, long requestId) {
        AmendmentRequest request = store.find(requestId)
                .orElseThrow(() -> new PlanRefused(PlanRefused.Reason.NO_REQUEST));
        StoredPlan plan = plans.find(actor, request.planId())
                .orElseThrow(() -> new PlanRefused(PlanRefused.Reason.NO_REQUEST));
        if (!Long.valueOf(plan.summary().employeeId()).equals(actor.employeeId())) {
            throw new AccessDeniedException("a request is withdrawn by its employee");
        }
        if (!store.close(requestId, AmendmentRequest.Status.WITHDRAWN, actor.username(), actor.displayName(), null,
                clock.instant())) {
            throw new PlanRefused(PlanRefused.Reason.REQUEST_CLOSED);
        }
        audit.record(actor, "PLAN_AMENDMENT_WITHDRAWN", WeeklyPlans.SUBJECT,
                WeeklyPlans.key(plan.summary().nip(), plan.summary().isoWeek()),
                Map.of("request", requestId, "status", request.status().name()),
                Map.of("request", requestId, "status", AmendmentRequest.Status.WITHDRAWN.name()));
        return store.find(requestId).orElseThrow();
    }

    /**
     * The person's own approved plan.
     *
     * @throws PlanRefused           NO_PLAN when they may not read it or it does not exist
     * @throws AccessDeniedException when they may read it but it is another's
     */
    StoredPlan own(Actor actor, long planId) {
        StoredPlan plan = plans.find(actor, planId).orElseThrow(() -> new PlanRefused(PlanRefused.Reason.NO_PLAN));
        if (!Long.valueOf(plan.summary().employeeId()).equals(actor.employeeId())) {
            throw new AccessDeniedException("a plan is changed at its employee's request");
        }
        return plan;
    }

    /** The days of the plan's week that have passed (before today), which a request does not change. */
    public boolean past(LocalDate day) {
        return day.isBefore(InstitutionTime.today(clock));
    }

    /** The week judged as a new plan is, with the days already past refused when they change. */
    private PlanVerdict judge(Actor actor, StoredPlan plan, WeekPlan asked, Severity unitSeverity, LocalDate today) {
        PlanVerdict verdict = plans.judgeFor(actor, plan.summary(), asked, unitSeverity);
        List<Violation> past = PlanChange.judge(today, plan.days(), asked.days());
        if (past.isEmpty()) {
            return verdict;
        }
        List<Violation> all = new ArrayList<>(past);
        all.addAll(verdict.violations());
        return new PlanVerdict(false, verdict.requiredMinutes(), verdict.plannedMinutes(), verdict.lokasiDays(), all,
                verdict.exceptionsApplied());
    }

    private static String reason(String reason, PlanRefused.Reason missing) {
        if (reason == null || reason.isBlank()) {
            throw new PlanRefused(missing);
        }
        if (reason.strip().length() > WeeklyPlans.MAX_REASON) {
            throw new PlanRefused(PlanRefused.Reason.REASON_TOO_LONG);
        }
        return reason.strip();
    }

    private static String day(PlanDay day) {
        return day.date() + " " + day.kind() + (day.start() == null ? "" : " " + day.start() + "-" + day.end());
    }

    /** A request: its id when stored, and its verdict. */
    public record Requested(Long id, PlanVerdict verdict) {

        public boolean stored() {
            return id != null;
        }
    }
}
