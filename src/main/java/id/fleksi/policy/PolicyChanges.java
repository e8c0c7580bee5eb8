package id.fleksi.policy;

import id.fleksi.shared.InstitutionTime;
import id.fleksi.audit.AuditTrail;
import id.fleksi.rules.Determination;
import id.fleksi.rules.DeterminationBounds;
import id.fleksi.rules.LegalRef;
import id.fleksi.rules.Regulation;
import id.fleksi.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static id.fleksi.rules.LegalRef.pasal;

/**
 * The PPK sets a new version of the determination. It may only tighten what the regulation allows
 * ({@link DeterminationBounds}); it takes effect today or later, because plans already judged by an
 * earlier version must not change; and it never overwrites a version that starts on the same day.
 */
@Service
class PolicyChanges {

    static final String SUBJECT = "POLICY_VERSION";
    static final String CREATED = "POLICY_VERSION_CREATED";

    private static final int DECREE_LENGTH = 120;
    private static final int CODE_LENGTH = 40;
    private static final int DESCRIPTION_LENGTH = 1000;
    private static final int LETTER_LENGTH = 200;
    /** Not a rule of the regulation: a period beyond 50 years is a typing error, and the column is small. */
    private static final int MAX_NEW_EMPLOYEE_MONTHS = 600;

    private final PolicyVersions versions;
    private final InstitutionUnits units;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final PolicyProposals proposals;
    private final ScopeChecks scopes;

    PolicyChanges(PolicyVersions versions, InstitutionUnits units, AuditTrail audit, Clock clock,
                  ApplicationEventPublisher events, PolicyProposals proposals, ScopeChecks scopes) {
        this.scopes = scopes;
        this.events = events;
        this.proposals = proposals;
        this.versions = versions;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every reason the draft cannot be saved today; empty when it can. */
    @Transactional(readOnly = true)
    List<PolicyProblem> check(PolicyDraft draft) {
        LocalDate today = InstitutionTime.today(clock);
        List<PolicyProblem> problems = new ArrayList<>();
        LocalDate effectiveFrom = draft.getEffectiveFrom();
        if (effectiveFrom == null) {
            DeterminationBounds.check(draft.toDetermination(null, 0)).forEach(b -> problems.add(PolicyProblem.of(b)));
        } else if (effectiveFrom.isBefore(today)) {
            problems.add(PolicyProblem.of("effectiveFrom", null, "policy.error.effectiveFrom.past", today));
        }
        required(problems, "maxLokasiDaysPerWeek", draft.getMaxLokasiDaysPerWeek(), pasal("Pasal 13 ayat (1)"));
        required(problems, "lokasiPercentCap", draft.getLokasiPercentCap(), pasal("Pasal 14"));
        required(problems, "newEmployeeMonths", draft.getNewEmployeeMonths(), pasal("Pasal 25 ayat (3)"));
        required(problems, "minOfficePresencePercent", draft.getMinOfficePresencePercent(), pasal("Pasal 27"));
        if (draft.getNewEmployeeMonths() != null && draft.getNewEmployeeMonths() > MAX_NEW_EMPLOYEE_MONTHS) {
            problems.add(PolicyProblem.of("newEmployeeMonths", pasal("Pasal 25 ayat (3)"),
                    "policy.error.newEmployeeMonths.tooLong", MAX_NEW_EMPLOYEE_MONTHS));
        }
        tooLong(problems, "decreeNumber", draft.getDecreeNumber(), DECREE_LENGTH, pasal("Pasal 12 ayat (4)"));
        List<PolicyDraft.Criterion> criteria = draft.criteria();
        for (int i = 0; i < criteria.size(); i++) {
            PolicyDraft.Criterion criterion = criteria.get(i);
            String field = "additionalCriteria[" + i + "]";
            tooLong(problems, field + ".code", criterion.getCode(), CODE_LENGTH, pasal("Pasal 26"));
            tooLong(problems, field + ".description", criterion.getDescription(), DESCRIPTION_LENGTH, pasal("Pasal 26"));
            tooLong(problems, field + ".coordinationLetter", criterion.getCoordinationLetter(), LETTER_LENGTH,
                    pasal("Pasal 26"));
        }
        // the plan deadline may be left off (Friday 16.00), but not half given; no article governs it
        PolicyDraft.Deadline deadline = draft.getPlanDeadline();
        if (deadline != null && !deadline.isEmpty()) {
            if (deadline.getWeekday() == null) {
                problems.add(PolicyProblem.of("planDeadline.weekday", null, "policy.error.required"));
            }
            if (deadline.getTime() == null) {
                problems.add(PolicyProblem.of("planDeadline.time", null, "policy.error.required"));
            }
        }
        // a trial ends after it starts; no article governs the trial (uji coba), so none is named
        if (draft.getTrialEndsOn() != null && effectiveFrom != null && !draft.getTrialEndsOn().isAfter(effectiveFrom)) {
            problems.add(PolicyProblem.of("trialEndsOn", null, "policy.error.trialEndsOn.notAfterStart",
                    effectiveFrom));
        }
        if (draft.getCodeOfConduct() == null || draft.getCodeOfConduct().isBlank()) {
            problems.add(PolicyProblem.of("codeOfConduct", null, "policy.error.codeOfConduct.required"));
        }
        scopes.check(draft, day(effectiveFrom, today)).forEach(problems::add);
        List<String> unknownUnits = units.unknown(draft.sifUnitCodes());
        if (!unknownUnits.isEmpty()) {
            problems.add(PolicyProblem.of("sifUnitCodes", pasal("Pasal 19 ayat (4)"), "policy.error.sifUnit.unknown",
                    String.join(", ", unknownUnits)));
        }
        // The bounds of the regulation in force on the day the version starts (today when that day is unusable).
        LocalDate day = day(effectiveFrom, today);
        Determination determination = draft.toDetermination(day, Regulation.MAX_LOKASI_DAYS_PER_WEEK.valueOn(day));
        Set<String> reported = new HashSet<>();
        problems.forEach(p -> reported.add(p.field()));
        DeterminationBounds.check(determination).stream()
                .filter(breach -> !reported.contains(breach.field()))
                .forEach(breach -> problems.add(PolicyProblem.of(breach)));
        return problems;
    }

    /**
     * Stores the draft as a new version and records it in the audit trail.
     *
     * @throws PolicyRefused   when the draft breaks a bound or a check
     * @throws PolicyDateTaken when a version already takes effect on that day
     */
    @Transactional
    PolicyVersion create(Actor actor, PolicyDraft draft) {
        if (draft.getScopes() == null && draft.getEffectiveFrom() != null) {
            // a body without scopes keeps those of the version it follows
            draft.setScopes(new ArrayList<>(versions.inForceOn(draft.getEffectiveFrom()).map(v -> v.scopes().stream()
                    .map(ScopeDraft::of).toList()).orElse(List.of())));
        }
        draft.dropEmptyCriteria();
        List<PolicyProblem> problems = check(draft);
        if (!problems.isEmpty()) {
            throw new PolicyRefused(problems);
        }
        if (versions.startingOn(draft.getEffectiveFrom()).isPresent()) {
            throw new PolicyDateTaken(draft.getEffectiveFrom());
        }
        PolicyDraft.Dinamis hours = draft.isDinamisEnabled() ? draft.getDinamis() : null;
        CheckedPolicy checked = new CheckedPolicy(draft, hours,
                draft.getLateStartMaxMinutes() == null ? 0 : draft.getLateStartMaxMinutes(), draft.planDeadline());
        long id;
        try {
            id = versions.insert(checked, actor.username());
        } catch (DuplicateKeyException sameDay) {
            // another PPK session saved a version for that day a moment ago
            throw new PolicyDateTaken(draft.getEffectiveFrom());
        }
        PolicyVersion version = versions.byId(id).orElseThrow();
        audit.record(actor, CREATED, SUBJECT, version.effectiveFrom().toString(), null, version);
        events.publishEvent(new CalendarChanged(CalendarChanged.Cause.DETERMINATION, version.effectiveFrom(),
                List.of()));
        return version;
    }

    /**
     * Stores the draft as a new version prepared from an evaluation's proposal, which it applies in the same
     * transaction; without a proposal, as {@link #create(Actor, PolicyDraft)}.
     *
     * @throws id.fleksi.shared.web.ApiProblem 404 or 409 when the proposal is unknown or decided already
     */
    @Transactional
    PolicyVersion create(Actor actor, PolicyDraft draft, Long proposalId) {
        if (proposalId != null) {
            proposals.openOne(actor, proposalId);
        }
        PolicyVersion version = create(actor, draft);
        if (proposalId != null) {
            proposals.applied(actor, proposalId, version);
        }
        return version;
    }

    private static LocalDate day(LocalDate effectiveFrom, LocalDate today) {
        return effectiveFrom == null || effectiveFrom.isBefore(today) ? today : effectiveFrom;
    }

    private static void required(List<PolicyProblem> problems, String field, Integer value, LegalRef article) {
        if (value == null) {
            problems.add(PolicyProblem.of(field, article, "policy.error.required"));
        }
    }

    private static void tooLong(List<PolicyProblem> problems, String field, String value, int max,
                                LegalRef article) {
        if (value != null && value.strip().length() > max) {
            problems.add(PolicyProblem.of(field, article, "policy.error.tooLong", max));
        }
    }
}
