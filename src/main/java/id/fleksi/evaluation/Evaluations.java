package id.fleksi.evaluation;

import id.fleksi.audit.AuditTrail;
import id.fleksi.evaluation.EvaluationRefused.Reason;
import id.fleksi.organisation.Organisation;
import id.fleksi.organisation.UnitScope;
import id.fleksi.policy.Policies;
import id.fleksi.policy.PolicyVersionSummary;
import id.fleksi.rules.EvaluationSchedule;
import id.fleksi.shared.Actor;
import id.fleksi.shared.InstitutionTime;
import id.fleksi.shared.Recent;
import id.fleksi.shared.web.Paged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Monitoring and evaluation of flexible work, tiered as Pasal 35 ayat (1) has it: the head of a unit evaluates the
 * unit with its sub-units, the PPK the institution, at least once every 6 months (ayat (2)). An evaluation is opened
 * for a period, shows the figures the data gives, takes the findings and a recommendation, and is finalized: from
 * then on it keeps the figures of that day, whatever changes later.
 *
 * <p>Who may do what: the PPK opens and finalizes any evaluation; a unit head those of the units they head and
 * their sub-units; HR reads and exports all of them; nobody else any.
 */
@Service
@Transactional(readOnly = true)
public class Evaluations {

    static final String SUBJECT = "EVALUATION";
    static final int MAX_FINDINGS = 10_000;
    static final int MAX_PROPOSAL = id.fleksi.policy.PolicyProposals.MAX_TEXT;
    /** The longest period one evaluation covers: a year (the regulation asks for one every 6 months at least). */
    static final int MAX_PERIOD_DAYS = 366;

    private final EvaluationStore store;
    private final FigureCalculator figures;
    private final Organisation organisation;
    private final Policies policies;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final EvaluationDrafts drafts;
    /**
     * The figures of the evaluations read lately, parsed, each under the version of its row: a ministry's figures
     * are a megabyte of JSON that every view of its page would otherwise read and parse again. Every write of the
     * row (a recomputation, the findings, a finalization) gives it a new version.
     */
    private final Recent<Long, EvaluationFigures> recent = new Recent<>(4);

    Evaluations(EvaluationStore store, FigureCalculator figures, Organisation organisation, Policies policies,
                AuditTrail audit, JdbcClient jdbc, Clock clock, EvaluationDrafts drafts) {
        this.drafts = drafts;
        this.store = store;
        this.figures = figures;
        this.organisation = organisation;
        this.policies = policies;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Opens a draft evaluation of a unit with its sub-units, or of the institution when {@code unitCode} is blank.
     *
     * @throws AccessDeniedException when the person may not evaluate that unit (or the institution)
     * @throws EvaluationRefused     for an unknown unit, a period missing, reversed or longer than a year, or an
     *                               evaluation of that unit and period that exists already
     */
    @Transactional
    public Evaluation open(Actor actor, LocalDate from, LocalDate to, String unitCode) {
        Long unitId = null;
        if (unitCode == null || unitCode.isBlank()) {
            if (!actor.isPpk()) {
                throw new AccessDeniedException("the institution is evaluated by the PPK");
            }
        } else {
            unitId = unitId(unitCode.strip()).orElseThrow(() -> new EvaluationRefused(Reason.NO_UNIT,
                    unitCode.strip()));
            if (!mayEvaluateUnit(actor, unitId)) {
                throw new AccessDeniedException("unit outside the caller's scope");
            }
        }
        checkPeriod(from, to);
        EvaluationLevel level = unitId == null ? EvaluationLevel.INSTANSI : EvaluationLevel.UNIT;
        Long unit = unitId;
        long id = store.open(level, unitId, from, to, actor.username(), clock.instant())
                .orElseThrow(() -> new EvaluationRefused(Reason.EXISTS, store.idOf(level, unit, from, to)
                        .orElse(0L)));
        EvaluationStore.Stored opened = store.find(id).orElseThrow();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("level", level.name());
        after.put("unitCode", opened.unitCode());
        after.put("periodFrom", from.toString());
        after.put("periodTo", to.toString());
        audit.record(actor, "EVALUATION_OPENED", SUBJECT, key(opened), null, after);
        return computed(opened);
    }

    /**
     * The evaluation with its figures (frozen when final, computed now for a draft), for the PPK and HR, and for
     * the heads of its unit or above.
     *
     * @throws AccessDeniedException for anyone else
     */
    public Optional<Evaluation> find(Actor actor, long id) {
        return store.findWithoutFigures(id).map(unread -> {
            EvaluationStore.Stored stored = unread.stored();
            if (!mayRead(actor, stored.level(), stored.unitId())) {
                throw new AccessDeniedException("evaluation outside the caller's scope");
            }
            if (stored.figuresComputedAt() == null) {
                return computed(stored);
            }
            Optional<EvaluationFigures> known = recent.get(id, unread.rowVersion());
            if (known.isPresent()) {
                return stored.with(known.get());
            }
            return store.figuresOf(id).map(found -> {
                EvaluationFigures read = figures.read(found.json());
                recent.put(id, found.rowVersion(), read);
                return stored.with(read, found.computedAt());
            }).orElseGet(() -> computed(stored));
        });
    }

    /**
     * The evaluations the person may read, the latest period first, without their figures: all for the PPK and
     * HR, those of the units a head heads and their sub-units.
     */
    public Paged<Evaluation> list(Actor actor, int page, int size) {
        Set<Long> units = null;
        if (!actor.readsWholeInstitution()) {
            units = headedScope(actor).unitIds();
        }
        Paged<EvaluationStore.Stored> found = store.list(units, units == null, page, size);
        return new Paged<>(found.items().stream().map(s -> s.with(null)).toList(), found.page(), found.size(),
                found.total());
    }

    /** Whether the person may write the findings of this evaluation and finalize it (a draft only). */
    public boolean mayEdit(Actor actor, Evaluation evaluation) {
        return !evaluation.isFinal() && (evaluation.isInstitution() ? actor.isPpk()
                : mayEvaluateUnit(actor, evaluation.unitId()));
    }

    /** Whether the person may open evaluations at all: the PPK, or the head of a unit. */
    public boolean mayOpen(Actor actor) {
        return actor.isPpk() || !headedScope(actor).isEmpty();
    }

    /**
     * Saves a draft's findings and recommendation; either may still be empty.
     *
     * @param version the version the person read, or {@code null}
     * @throws EvaluationRefused when it is final, changed meanwhile, or the input is refused
     */
    @Transactional
    public Evaluation saveFindings(Actor actor, long id, Long version, Findings findings) {
        EvaluationStore.Stored stored = editable(actor, id, version);
        Findings checked = check(stored, findings, false);
        if (!store.saveFindings(id, stored.version(), checked.text(), checked.recommendation(), checked.tasks())) {
            throw new EvaluationRefused(Reason.CHANGED);
        }
        audit.record(actor, "EVALUATION_FINDINGS_SAVED", SUBJECT, key(stored), state(stored.findings(),
                stored.recommendation(), stored.recommendationTasks()), state(checked.text(),
                checked.recommendation(), checked.tasks()));
        return withFigures(store.find(id).orElseThrow());
    }

    /**
     * Finalizes a draft: its figures are computed one last time and kept as they are, with who signs (the head of
     * the unit, or the PPK) and the day. With {@code findings} given they are saved first; without, the saved ones
     * are used and must be complete.
     *
     * @throws EvaluationRefused when it is final, changed meanwhile, or its findings are incomplete
     */
    @Transactional
    public Evaluation finalize(Actor actor, long id, Long version, Findings findings) {
        return finalize(actor, id, version, findings, Drafts.NONE);
    }

    /**
     * Finalizes a draft as {@link #finalize(Actor, long, Long, Findings)} and, in the same transaction, opens the
     * drafts of changes its recommendation asks for (SESUAIKAN or HENTIKAN_SEBAGIAN only): a change of the
     * determination for the PPK, changes of the named tasks' criteria for HR.
     *
     * @throws EvaluationRefused also when drafts are asked with LANJUTKAN, without a text, or of tasks none named
     */
    @Transactional
    public Evaluation finalize(Actor actor, long id, Long version, Findings findings, Drafts asked) {
        EvaluationStore.Stored stored = editable(actor, id, version);
        long current = stored.version();
        if (findings != null) {
            Findings checked = check(stored, findings, true);
            if (!store.saveFindings(id, current, checked.text(), checked.recommendation(), checked.tasks())) {
                throw new EvaluationRefused(Reason.CHANGED);
            }
            current++;
            stored = store.find(id).orElseThrow();
        } else if (!stored.with(null).readyToFinalize()) {
            throw new EvaluationRefused(Reason.NOT_READY);
        }
        Drafts checkedDrafts = check(stored, asked == null ? Drafts.NONE : asked);
        EvaluationFigures computed = figures.compute(stored.unitId(), stored.periodFrom(), stored.periodTo());
        Evaluation.Signer signer = signer(actor, stored);
        LocalDate today = InstitutionTime.today(clock);
        if (!store.finalize(id, current, figures.write(computed), actor.username(), clock.instant(), today, signer)) {
            throw new EvaluationRefused(Reason.CHANGED);
        }
        Map<String, Object> after = state(stored.findings(), stored.recommendation(), stored.recommendationTasks());
        after.put("status", EvaluationStatus.FINAL.name());
        after.put("signer", signer.name());
        after.put("drafts", List.of(checkedDrafts.determination() ? "DETERMINATION" : "",
                checkedDrafts.tasks() ? "TASKS" : "").stream().filter(d -> !d.isEmpty()).toList());
        audit.record(actor, "EVALUATION_FINALIZED", SUBJECT, key(stored),
                Map.of("status", EvaluationStatus.DRAFT.name()), after);
        Evaluation finalized = withFigures(store.find(id).orElseThrow());
        if (checkedDrafts.any()) {
            drafts.open(actor, finalized, checkedDrafts);
        }
        return finalized;
    }

    /** The drafts of changes the evaluation's recommendation opened, with what became of them. */
    public List<EvaluationDrafts.OpenedDraft> draftsOf(Evaluation evaluation) {
        return drafts.of(evaluation.id());
    }

    /** Checks the drafts asked for against the recommendation finalized with them. */
    private static Drafts check(EvaluationStore.Stored stored, Drafts asked) {
        if (!asked.any()) {
            return Drafts.NONE;
        }
        Recommendation recommendation = stored.recommendation();
        if (recommendation == null || recommendation == Recommendation.LANJUTKAN) {
            throw new EvaluationRefused(Reason.DRAFTS_NOT_ASKED);
        }
        String text = asked.text() == null ? "" : asked.text().strip();
        if (text.isEmpty()) {
            throw new EvaluationRefused(Reason.PROPOSAL_MISSING);
        }
        if (text.length() > MAX_PROPOSAL) {
            throw new EvaluationRefused(Reason.PROPOSAL_TOO_LONG, MAX_PROPOSAL);
        }
        if (asked.tasks() && stored.recommendationTasks().isEmpty()) {
            throw new EvaluationRefused(Reason.TASKS_MISSING);
        }
        return new Drafts(asked.determination(), asked.tasks(), text);
    }

    /**
     * When the next institution evaluation is due (Pasal 35 ayat (2)), counted from the end of the last finalized
     * institution evaluation's period that has passed, or else from the day the first determination came into
     * force; empty when there is neither.
     */
    public Optional<EvaluationDue> due() {
        LocalDate today = InstitutionTime.today(clock);
        Optional<LocalDate> lastEnd = store.lastInstitutionPeriodEnd(today);
        LocalDate countedFrom = lastEnd.orElseGet(() -> policies.versions().stream()
                .map(PolicyVersionSummary::effectiveFrom).min(LocalDate::compareTo).orElse(null));
        if (countedFrom == null) {
            return Optional.empty();
        }
        return Optional.of(new EvaluationDue(countedFrom, lastEnd.isPresent(), EvaluationSchedule.dueBy(countedFrom),
                EvaluationSchedule.overdue(countedFrom, today).orElse(null)));
    }

    /** The units the person may evaluate, by code: all for the PPK, their units and sub-units for a head. */
    public List<UnitChoice> unitsToEvaluate(Actor actor) {
        UnitScope scope = actor.isPpk() ? new UnitScope(true, Set.of(), Set.of()) : headedScope(actor);
        return jdbc.sql("select id, code, name from unit_directory order by code")
                .query((rs, n) -> new UnitChoice(rs.getLong(1), rs.getString(2), rs.getString(3))).list().stream()
                .filter(unit -> scope.includesUnit(unit.id())).toList();
    }

    /** The tasks a recommendation may name: those of the evaluated units, or all for the institution. */
    public List<TaskChoice> tasksFor(Evaluation evaluation) {
        return tasks(evaluation.unitId());
    }

    private List<TaskChoice> tasks(Long unitId) {
        String sql = "select t.code, t.name from task_directory t";
        if (unitId != null) {
            sql += " where t.unit_id in (:units)";
        }
        var statement = jdbc.sql(sql + " order by t.code");
        if (unitId != null) {
            statement = statement.param("units", FigureCalculator.subtree(figures.units(), unitId));
        }
        return statement.query((rs, n) -> new TaskChoice(rs.getString(1), rs.getString(2))).list();
    }

    private EvaluationStore.Stored editable(Actor actor, long id, Long version) {
        EvaluationStore.Stored stored = store.find(id).orElseThrow(() -> new EvaluationRefused(Reason.NO_EVALUATION));
        if (!mayRead(actor, stored.level(), stored.unitId()) || (stored.level() == EvaluationLevel.INSTANSI
                ? !actor.isPpk() : !mayEvaluateUnit(actor, stored.unitId()))) {
            throw new AccessDeniedException("not the evaluation's unit head or the PPK");
        }
        if (stored.status() == EvaluationStatus.FINAL) {
            throw new EvaluationRefused(Reason.FINAL);
        }
        if (version != null && version != stored.version()) {
            throw new EvaluationRefused(Reason.CHANGED);
        }
        return stored;
    }

    /** Checks findings; {@code complete}: as needed to finalize (text and recommendation present). */
    private Findings check(EvaluationStore.Stored stored, Findings findings, boolean complete) {
        String text = findings.text() == null || findings.text().isBlank() ? null : findings.text().strip();
        if (complete && text == null) {
            throw new EvaluationRefused(Reason.FINDINGS_MISSING);
        }
        if (text != null && text.length() > MAX_FINDINGS) {
            throw new EvaluationRefused(Reason.FINDINGS_TOO_LONG, MAX_FINDINGS);
        }
        Recommendation recommendation = findings.recommendation();
        if (complete && recommendation == null) {
            throw new EvaluationRefused(Reason.RECOMMENDATION_MISSING);
        }
        List<String> tasks = new ArrayList<>(new LinkedHashSet<>(findings.tasks().stream()
                .filter(code -> code != null && !code.isBlank()).map(String::strip).toList()));
        if (recommendation == null || recommendation == Recommendation.LANJUTKAN) {
            tasks.clear();
        }
        if (recommendation != null && recommendation.namesTasks() && tasks.isEmpty()) {
            throw new EvaluationRefused(Reason.TASKS_MISSING);
        }
        if (!tasks.isEmpty()) {
            Set<String> known = new java.util.HashSet<>(tasks(stored.unitId()).stream().map(TaskChoice::code).toList());
            tasks.stream().filter(code -> !known.contains(code)).findFirst().ifPresent(code -> {
                throw new EvaluationRefused(Reason.TASK_UNKNOWN, code);
            });
        }
        return new Findings(text, recommendation, tasks);
    }

    /** The evaluation with the figures it keeps; a draft not computed yet is computed now and keeps them. */
    private Evaluation withFigures(EvaluationStore.Stored stored) {
        if (stored.figuresJson() != null) {
            return stored.with(figures.read(stored.figuresJson()));
        }
        return computed(stored);
    }

    private Evaluation computed(EvaluationStore.Stored stored) {
        EvaluationFigures computed = figures.compute(stored.unitId(), stored.periodFrom(), stored.periodTo());
        Instant at = clock.instant();
        store.storeFigures(stored.id(), figures.write(computed), at);
        return stored.with(computed, at);
    }

    /**
     * Counts a draft's figures again from the data as it is now, for whoever may edit it.
     *
     * @throws AccessDeniedException for anyone else
     * @throws EvaluationRefused     when it is final or unknown
     */
    @Transactional
    public Evaluation recompute(Actor actor, long id) {
        return computed(editable(actor, id, null));
    }

    private boolean mayRead(Actor actor, EvaluationLevel level, Long unitId) {
        if (actor.readsWholeInstitution()) {
            return true;
        }
        return level == EvaluationLevel.UNIT && headedScope(actor).includesUnit(unitId);
    }

    private boolean mayEvaluateUnit(Actor actor, long unitId) {
        return actor.isPpk() || headedScope(actor).includesUnit(unitId);
    }

    private UnitScope headedScope(Actor actor) {
        return actor.employeeId() == null ? UnitScope.NONE : organisation.headedScopeOf(actor.employeeId());
    }

    private Optional<Long> unitId(String code) {
        return jdbc.sql("select id from unit_directory where code = :code").param("code", code)
                .query(Long.class).optional();
    }

    /**
     * Who signs: for a unit, its head today (or the person finalizing when it has none); for the institution, the
     * PPK finalizing it. The name and NIP of the employee, or the account's name for a PPK who is no employee.
     */
    private Evaluation.Signer signer(Actor actor, EvaluationStore.Stored stored) {
        if (stored.level() == EvaluationLevel.UNIT) {
            Optional<Evaluation.Signer> head = jdbc.sql("""
                            select e.name, e.nip from unit_authority h join employee_directory e on e.id = h.employee_id
                            where h.unit_id = :unit and h.authority = 'HEAD'""")
                    .param("unit", stored.unitId())
                    .query((rs, n) -> new Evaluation.Signer(rs.getString(1), rs.getString(2))).optional();
            if (head.isPresent()) {
                return head.get();
            }
        }
        if (actor.employeeId() != null) {
            return jdbc.sql("select name, nip from employee_directory where id = :id").param("id", actor.employeeId())
                    .query((rs, n) -> new Evaluation.Signer(rs.getString(1), rs.getString(2))).single();
        }
        String name = jdbc.sql("select display_name from account_directory where id = :id")
                .param("id", actor.accountId())
                .query(String.class).optional().orElse(actor.username());
        return new Evaluation.Signer(name, "");
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new EvaluationRefused(from == null ? Reason.PERIOD_MISSING : Reason.PERIOD_ORDER);
        }
        if (to.isBefore(from)) {
            throw new EvaluationRefused(Reason.PERIOD_ORDER);
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_PERIOD_DAYS) {
            throw new EvaluationRefused(Reason.PERIOD_TOO_LONG, MAX_PERIOD_DAYS);
        }
    }

    private static String key(EvaluationStore.Stored stored) {
        return (stored.unitCode() == null ? EvaluationLevel.INSTANSI.name() : stored.unitCode()) + "/"
                + stored.periodFrom() + ".." + stored.periodTo();
    }

    private static Map<String, Object> state(String findings, Recommendation recommendation, List<String> tasks) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("findings", findings);
        state.put("recommendation", recommendation == null ? null : recommendation.name());
        state.put("tasks", tasks);
        return state;
    }

    /**
     * The drafts of changes a recommendation asks for when it is finalized.
     *
     * @param determination a change of the determination, for the PPK
     * @param tasks         changes of the named tasks' criteria, for HR
     * @param text          what to change, shown to whoever decides
     */
    public record Drafts(boolean determination, boolean tasks, String text) {

        public static final Drafts NONE = new Drafts(false, false, null);

        public boolean any() {
            return determination || tasks;
        }
    }

    /** The findings of an evaluation, its recommendation and the tasks the recommendation names. */
    public record Findings(String text, Recommendation recommendation, List<String> tasks) {

        public Findings {
            tasks = tasks == null ? List.of() : tasks.stream().filter(java.util.Objects::nonNull).toList();
        }
    }

    public record UnitChoice(long id, String code, String name) {
    }

    public record TaskChoice(String code, String name) {
    }
}
