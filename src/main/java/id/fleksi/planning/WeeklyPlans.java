package id.fleksi.planning;

import id.fleksi.audit.AuditTrail;
import id.fleksi.eligibility.EligibilityService;
import id.fleksi.eligibility.EmployeeOnRecord;
import id.fleksi.organisation.Organisation;
import id.fleksi.organisation.UnitScope;
import id.fleksi.policy.Holiday;
import id.fleksi.policy.Holidays;
import id.fleksi.policy.Policies;
import id.fleksi.policy.UnitMinimums;
import id.fleksi.rules.Determination;
import id.fleksi.rules.EmployeeFacts;
import id.fleksi.rules.PlanDay;
import id.fleksi.rules.PlanVerdict;
import id.fleksi.rules.Recall;
import id.fleksi.rules.RuleCode;
import id.fleksi.rules.Severity;
import id.fleksi.rules.UnitPresence;
import id.fleksi.rules.Violation;
import id.fleksi.rules.WeekJudgement;
import id.fleksi.rules.WeekPlan;
import id.fleksi.rules.WorkWeek;
import id.fleksi.shared.Actor;
import id.fleksi.shared.InstitutionTime;
import id.fleksi.shared.web.Paged;
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
import java.util.stream.Collectors;

/**
 * The weekly loop: an employee submits the plan of a week, the head of their unit (or above) approves or rejects
 * it. Each submission is judged against PermenPANRB 4/2025 and the PPK's determination in force that week; each
 * approval is judged again, this time with the unit's caps of Pasal 14 and Pasal 27 blocking, under the unit's
 * row lock so that two approvals at once cannot together break them.
 */
@Service
@Transactional(readOnly = true)
public class WeeklyPlans {

    static final String SUBJECT = "WEEKLY_PLAN";
    /** How many employees without an approved plan a unit's week names; the rest are counted. */
    static final int PENDING_NAMED = 100;
    /** The longest reason of a recall kept, as the plan day's note. */
    static final int MAX_REASON = 500;

    private final PlanStore store;
    private final StoredVerdicts verdicts;
    private final EligibilityService eligibility;
    private final Policies policies;
    private final Holidays holidays;
    private final Organisation organisation;
    private final UnitMinimums minimums;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WeeklyPlans(PlanStore store, StoredVerdicts verdicts, EligibilityService eligibility, Policies policies,
                Holidays holidays, Organisation organisation, UnitMinimums minimums, AuditTrail audit,
                ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.verdicts = verdicts;
        this.eligibility = eligibility;
        this.policies = policies;
        this.holidays = holidays;
        this.organisation = organisation;
        this.minimums = minimums;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The verdict on a plan of the employee with this NIP, for someone who may read their record; the unit's caps
     * (Pasal 14, 27) as warnings next to the unit's approved plans. Stores nothing. Empty when there is no such
     * employee or the person may not read their record, alike.
     */
    public Optional<PlanVerdict> judge(Actor actor, String nip, WeekPlan plan) {
        return eligibility.onRecord(actor, nip).map(employee -> judge(employee.facts(), owner(employee), plan,
                policies.determinationOn(plan.monday()).orElse(null), Severity.WARNING));
    }

    /**
     * Submits the signed-in employee's plan of a week. A plan with an ERROR is not stored; its verdict says why.
     * The same week again replaces a plan that is not approved.
     *
     * @throws AccessDeniedException when the plan is not the person's own
     * @throws PlanRefused           when the code of conduct is not acknowledged or the week's plan is approved
     */
    @Transactional
    public Submission submit(Actor actor, String nip, WeekPlan plan) {
        EmployeeOnRecord employee = eligibility.onRecord(actor, nip)
                .filter(found -> Long.valueOf(found.employeeId()).equals(actor.employeeId()))
                .orElseThrow(() -> store.employeeExists(nip)
                        ? new AccessDeniedException("a plan is submitted by its employee")
                        : new PlanRefused(PlanRefused.Reason.NO_EMPLOYEE));
        PlanStore.Owner owner = owner(employee);
        if (!employee.active()) {
            throw new PlanRefused(PlanRefused.Reason.INACTIVE);
        }
        Policies.SubmissionTerms terms = policies.submissionTerms(actor.accountId(), InstitutionTime.today(clock),
                plan.monday());
        if (terms.codeOfConductOutstanding()) {
            throw new PlanRefused(PlanRefused.Reason.CODE_OF_CONDUCT);
        }
        PlanVerdict verdict = judge(employee.facts(), owner, plan, terms.determination(), Severity.WARNING);
        if (!verdict.valid()) {
            return new Submission(null, verdict);
        }
        int warnings = (int) verdict.violations().stream().filter(v -> !v.blocks()).count();
        Optional<PlanState> replaced = store.stateOf(owner.employeeId(), plan.isoWeek());
        replaced.ifPresent(PlanState::replaceBySubmission);
        long id = store.submit(owner, plan, verdicts.write(verdict), warnings, actor.username(), clock.instant(),
                        replaced.orElse(null))
                .orElseThrow(() -> new PlanRefused(PlanRefused.Reason.CHANGED));
        audit.record(actor, "PLAN_SUBMITTED", SUBJECT, key(nip, plan.isoWeek()), null, state(plan, verdict));
        events.publishEvent(new PlanSubmitted(id, owner.employeeId(), nip, plan.isoWeek()));
        return new Submission(id, verdict);
    }

    /**
     * The plan, for its employee, a head of its unit or above, HR and the PPK; empty for anyone else as for a plan
     * that does not exist, so that nobody learns of plans outside their scope.
     */
    /** A plan by its id, whoever asks: for the module's own services, which check the person themselves. */
    Optional<StoredPlan> storedPlan(long id) {
        return store.find(id);
    }

    public Optional<StoredPlan> find(Actor actor, long id) {
        return store.find(id).filter(found -> organisation.mayRead(actor, found.summary().employeeId()));
    }

    /** The verdict a plan was submitted with. */
    public PlanVerdict verdictOf(PlanSummary plan) {
        return verdicts.read(plan.verdictJson());
    }

    /** The signed-in employee's plan of the week, if any. */
    public Optional<StoredPlan> ownPlan(Actor actor, String isoWeek) {
        return Optional.ofNullable(actor.employeeId()).flatMap(id -> store.ofWeek(id, isoWeek));
    }

    /** The signed-in employee's weeks from the Monday on, each with the status of their plan of it. */
    public List<OwnWeek> ownWeeks(Actor actor, LocalDate monday, int weeks) {
        List<OwnWeek> own = new ArrayList<>();
        for (int i = 0; i < weeks; i++) {
            LocalDate week = monday.plusWeeks(i);
            String isoWeek = IsoWeeks.of(week);
            Optional<PlanSummary> plan = ownPlan(actor, isoWeek).map(StoredPlan::summary);
            own.add(new OwnWeek(week, isoWeek, plan.map(PlanSummary::status).orElse(null),
                    plan.map(PlanSummary::id).orElse(null)));
        }
        return own;
    }

    /** The signed-in employee's latest approved plan before the week, to start a new one from. */
    public Optional<StoredPlan> lastApproved(Actor actor, LocalDate monday) {
        return Optional.ofNullable(actor.employeeId()).flatMap(id -> store.lastApprovedBefore(id, monday));
    }

    /** The signed-in employee's own plans, newest week first. */
    public Paged<PlanSummary> own(Actor actor, int page, int size) {
        if (actor.employeeId() == null) {
            return new Paged<>(List.of(), page, size, 0);
        }
        return store.list(new PlanStore.PlanFilter(actor.employeeId(), null, null, null, null, null), page, size);
    }

    /**
     * Plans the person may read: all for the PPK and HR, those of their units and sub-units for a head, their own
     * for an employee. {@code unitCode} narrows to a unit and its sub-units within that scope.
     *
     * @throws AccessDeniedException when the unit asked for is outside the person's scope
     */
    public Paged<PlanSummary> list(Actor actor, String isoWeek, String unitCode, PlanStatus status, int page,
                                   int size) {
        UnitScope scope = organisation.scopeOf(actor);
        Set<Long> units = null;
        Long employee = null;
        if (scope.isEmpty()) {
            employee = actor.employeeId() == null ? -1L : actor.employeeId();
        } else if (!scope.wholeInstitution()) {
            units = scope.unitIds();
        }
        if (unitCode != null && !unitCode.isBlank()) {
            if (employee != null || !scope.includesUnit(unitCode.strip())) {
                throw new AccessDeniedException("unit outside the caller's scope");
            }
            Set<Long> subtree = store.subtree(unitCode.strip());
            units = units == null ? subtree : units.stream().filter(subtree::contains).collect(Collectors.toSet());
        }
        return store.list(new PlanStore.PlanFilter(employee, units, isoWeek, status, null, null), page, size);
    }

    /**
     * Plans waiting for the person's decision: submitted plans of their units and sub-units (all for the PPK),
     * never their own.
     */
    public Paged<PlanSummary> waiting(Actor actor, String isoWeek, int page, int size) {
        return store.list(waitingFilter(actor, isoWeek), page, size);
    }

    /** How many plans wait for the person's decision, for the badge of the navigation. */
    public long waitingCount(Actor actor) {
        return store.count(waitingFilter(actor, null));
    }

    private PlanStore.PlanFilter waitingFilter(Actor actor, String isoWeek) {
        Set<Long> units = null;
        if (!actor.isPpk()) {
            UnitScope scope = headScope(actor);
            units = scope.unitIds();
        }
        return new PlanStore.PlanFilter(null, units, blankToNull(isoWeek), PlanStatus.SUBMITTED, actor.employeeId(),
                units);
    }

    /**
     * Whether the person may decide this plan: the PPK, or a head of its unit or above; never their own, and a unit
     * head's plan only from above their unit.
     */
    public boolean mayDecide(Actor actor, PlanSummary plan) {
        if (Long.valueOf(plan.employeeId()).equals(actor.employeeId())) {
            return false;
        }
        if (actor.isPpk()) {
            return true;
        }
        UnitScope scope = headScope(actor);
        if (!scope.includesUnit(plan.unitId())) {
            return false;
        }
        // a unit head's own plan is decided from above: by a head of the unit above theirs, not by their Plt/Plh
        return store.parentsOfUnitsHeadedBy(plan.employeeId()).stream()
                .allMatch(parent -> parent != null && scope.includesUnit(parent));
    }

    /**
     * Approves a submitted plan after judging it again, now with the unit's caps blocking (Pasal 14, 27) next to
     * the unit's other approved plans, under the unit's row lock.
     *
     * @param version the version the decider saw, or {@code null}
     * @throws PlanRefused       when the plan was decided or changed meanwhile
     * @throws DecisionRefused   when the plan, judged again, breaks a rule
     * @throws AccessDeniedException when the person may not decide it
     */
    @Transactional
    public PlanSummary approve(Actor actor, long id, Long version, String note) {
        StoredPlan plan = decidable(actor, id);
        PlanState.Move move = state(plan).approve(version, blankToNull(note));
        PlanSummary summary = plan.summary();
        organisation.lockUnit(summary.unitId());
        PlanVerdict verdict = judgeFor(actor, summary, plan.plan(), Severity.ERROR);
        if (!verdict.valid()) {
            throw new DecisionRefused(verdict.violations().stream().filter(Violation::blocks).toList());
        }
        return decide(actor, plan, move);
    }

    /**
     * Rejects a submitted plan with a reason the employee reads.
     *
     * @throws PlanRefused when the plan was decided or changed meanwhile, or the reason is missing
     */
    @Transactional
    public PlanSummary reject(Actor actor, long id, Long version, String reason) {
        if (reason == null || reason.isBlank()) {
            // told before the plan is looked up, as a missing field of the request
            throw new PlanRefused(PlanRefused.Reason.REASON_MISSING);
        }
        StoredPlan plan = decidable(actor, id);
        return decide(actor, plan, state(plan).reject(version, reason));
    }

    /**
     * The unit's week, day by day, from its approved plans: who is in the office, away on location flexibility,
     * on leave or on duty travel, against the PPK's caps; and who has no approved plan for it yet.
     *
     * @throws AccessDeniedException when the unit is outside the person's scope
     */
    public Optional<Coverage> coverage(Actor actor, String unitCode, WeekPlan week) {
        return store.unit(unitCode).map(unit -> {
            if (!organisation.scopeOf(actor).includesUnit(unit.id())) {
                throw new AccessDeniedException("unit outside the caller's scope");
            }
            LocalDate monday = week.monday();
            Determination policy = policies.determinationOn(monday).orElse(null);
            // the unit's own minimum (Pasal 27), as the approval judges it
            Determination.Applied<Integer> minimum = minimums.of(policy, unit.id());
            Set<LocalDate> offDays = offDays(monday);
            Coverage.Standing standing = store.standing(unit.id(), week.isoWeek(), PENDING_NAMED);
            Map<LocalDate, List<PlanStore.AwayDay>> away = store.awayDays(unit.id(), monday).stream()
                    .collect(Collectors.groupingBy(PlanStore.AwayDay::date, LinkedHashMap::new, Collectors.toList()));
            List<Coverage.Day> days = new java.util.ArrayList<>();
            for (int i = 0; i < WorkWeek.DAYS; i++) {
                LocalDate date = monday.plusDays(i);
                days.add(Coverage.Day.of(date, WorkWeek.isWorkingDay(date) && !offDays.contains(date), standing,
                        away.getOrDefault(date, List.of()), policy, minimum));
            }
            return new Coverage(unit.code(), unit.name(), week.isoWeek(), standing.staff(),
                    policy == null ? null : policy.lokasiPercentCap(),
                    minimum == null ? null : minimum.value(), minimum == null ? null : minimum.scope(), standing,
                    days);
        });
    }

    /**
     * The head recalls the employee to the office on a day of their approved plan (Pasal 8 ayat (2); 27): the day
     * becomes an office day, what it was is kept with the reason, and the employee is told.
     *
     * @param version the version the head saw, or {@code null}
     * @throws PlanRefused           when the plan is not approved, changed meanwhile, or the reason is missing
     * @throws DecisionRefused       when the day cannot be recalled ({@code PANGGILAN_KANTOR})
     * @throws AccessDeniedException when the person may not decide the plan
     */
    @Transactional
    public StoredPlan recall(Actor actor, long id, LocalDate day, String reason, Long version) {
        if (reason == null || reason.isBlank()) {
            throw new PlanRefused(PlanRefused.Reason.RECALL_REASON_MISSING);
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new PlanRefused(PlanRefused.Reason.REASON_TOO_LONG);
        }
        StoredPlan plan = decidable(actor, id);
        PlanSummary summary = plan.summary();
        if (summary.status() != PlanStatus.APPROVED) {
            throw new PlanRefused(PlanRefused.Reason.NOT_APPROVED);
        }
        if (version != null && version != summary.version()) {
            throw new PlanRefused(PlanRefused.Reason.CHANGED);
        }
        Optional<PlanDay> before = plan.days().stream().filter(d -> d.date().equals(day)).findFirst();
        Recall.judge(InstitutionTime.today(clock), day, before.map(PlanDay::kind).orElse(null))
                .ifPresent(refusal -> {
                    throw new DecisionRefused(List.of(refusal));
                });
        String why = reason.strip();
        if (!store.recall(id, summary.version(), before.orElseThrow(), why, actor.username(), actor.displayName(),
                clock.instant())) {
            throw new PlanRefused(PlanRefused.Reason.CHANGED);
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("day", day.toString());
        after.put("kind", PlanDay.DayKind.KANTOR.name());
        after.put("reason", why);
        after.put("rule", RuleCode.PANGGILAN_KANTOR.name() + " " + RuleCode.PANGGILAN_KANTOR.article().article());
        audit.record(actor, "PLAN_RECALLED", SUBJECT, key(summary.nip(), summary.isoWeek()),
                Map.of("day", day.toString(), "kind", before.get().kind().name()), after);
        events.publishEvent(new PlanRecalled(id, summary.employeeId(), summary.nip(), summary.isoWeek(), day,
                before.get().kind().name(), why, actor.displayName()));
        return store.find(id).orElseThrow();
    }

    /** The days of the plan changed after its approval, for whoever may read the plan. */
    public List<PlanAmendment> amendments(long planId) {
        return store.amendments(planId);
    }

    /**
     * The verdict on another week of an existing plan's employee, as a submission ({@link Severity#WARNING}) or an
     * approval ({@link Severity#ERROR}) judges it: next to the unit's other approved plans, the employee's own aside.
     */
    PlanVerdict judgeFor(Actor actor, PlanSummary summary, WeekPlan plan, Severity unitSeverity) {
        EmployeeFacts facts = eligibility.factsFor(actor, summary.employeeId()).orElseThrow();
        PlanStore.Owner owner = new PlanStore.Owner(summary.employeeId(), summary.unitId(), summary.unitCode());
        return judge(facts, owner, plan, policies.determinationOn(plan.monday()).orElse(null), unitSeverity);
    }

    private static PlanStore.Owner owner(EmployeeOnRecord employee) {
        return new PlanStore.Owner(employee.employeeId(), employee.unitId(), employee.unitCode());
    }

    /** Locks the unit's row until the transaction ends, so that two approvals at once cannot together break a cap. */
    void lockUnit(long unitId) {
        organisation.lockUnit(unitId);
    }

    private StoredPlan decidable(Actor actor, long id) {
        // a plan the person may not even read is answered as one that does not exist
        StoredPlan plan = store.find(id).filter(found -> organisation.mayRead(actor, found.summary().employeeId()))
                .orElseThrow(() -> new PlanRefused(PlanRefused.Reason.NO_PLAN));
        if (!mayDecide(actor, plan.summary())) {
            throw new AccessDeniedException("not the head of the plan's unit");
        }
        return plan;
    }

    private static PlanState state(StoredPlan plan) {
        return new PlanState(plan.summary().id(), plan.summary().status(), plan.summary().version());
    }

    private PlanSummary decide(Actor actor, StoredPlan plan, PlanState.Move move) {
        PlanSummary before = plan.summary();
        if (!store.move(move, actor.username(), actor.displayName(), clock.instant())) {
            throw new PlanRefused(PlanRefused.Reason.CHANGED);
        }
        PlanStatus status = move.to();
        String note = move.note();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", status.name());
        after.put("note", note);
        audit.record(actor, status == PlanStatus.APPROVED ? "PLAN_APPROVED" : "PLAN_REJECTED", SUBJECT,
                key(before.nip(), before.isoWeek()), Map.of("status", before.status().name()), after);
        events.publishEvent(new PlanDecided(before.id(), before.employeeId(), before.nip(), before.isoWeek(),
                before.weekStart(), status == PlanStatus.APPROVED, note, actor.displayName()));
        return store.find(before.id()).orElseThrow().summary();
    }

    private PlanVerdict judge(EmployeeFacts facts, PlanStore.Owner owner, WeekPlan plan, Determination determination,
                              Severity unitSeverity) {
        LocalDate monday = plan.monday();
        UnitPresence.UnitWeek unit = store.unitWeek(owner.unitId(), owner.unitCode(), monday, owner.employeeId());
        return WeekJudgement.judge(facts, determination, offDays(monday), plan, unit, unitSeverity);
    }

    private Set<LocalDate> offDays(LocalDate monday) {
        return holidays.between(monday, monday.plusDays(6)).stream().map(Holiday::date).collect(Collectors.toSet());
    }

    private UnitScope headScope(Actor actor) {
        return actor.employeeId() == null ? UnitScope.NONE : organisation.headedScopeOf(actor.employeeId());
    }

    static String key(String nip, String isoWeek) {
        return nip + "/" + isoWeek;
    }

    private static Map<String, Object> state(WeekPlan plan, PlanVerdict verdict) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("week", plan.isoWeek());
        state.put("flexType", plan.flexType().name());
        state.put("days", plan.days().stream().map(WeeklyPlans::day).toList());
        state.put("valid", verdict.valid());
        state.put("rules", verdict.violations().stream().map(v -> v.severity() + " " + v.rule()
                + (v.date() == null ? "" : "@" + v.date())).toList());
        return state;
    }

    private static String day(PlanDay day) {
        return day.date() + " " + day.kind() + (day.start() == null ? "" : " " + day.start() + "-" + day.end());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A submission: the plan's id when stored, and its verdict. */
    public record Submission(Long id, PlanVerdict verdict) {

        public boolean stored() {
            return id != null;
        }
    }

    /**
     * Plans waiting for the person's decision, as {@link #waiting(Actor, String, int, int)}, narrowed to a unit and
     * its sub-units when {@code unitCode} is given.
     *
     * @throws AccessDeniedException when the unit is not one the person decides on
     */
    public Paged<PlanSummary> waiting(Actor actor, String isoWeek, String unitCode, int page, int size) {
        if (unitCode == null || unitCode.isBlank()) {
            return waiting(actor, isoWeek, page, size);
        }
        Set<Long> units = store.subtree(unitCode.strip());
        Set<Long> decider = null;
        if (!actor.isPpk()) {
            UnitScope scope = headScope(actor);
            if (!scope.includesUnit(unitCode.strip())) {
                throw new AccessDeniedException("unit outside the units the person heads");
            }
            units = units.stream().filter(scope.unitIds()::contains).collect(Collectors.toSet());
            decider = scope.unitIds();
        }
        return store.list(new PlanStore.PlanFilter(null, units, blankToNull(isoWeek), PlanStatus.SUBMITTED,
                actor.employeeId(), decider), page, size);
    }
}
