package id.fleksi.eligibility;

import id.fleksi.audit.AuditTrail;
import id.fleksi.organisation.EmployeeActivationChanged;
import id.fleksi.organisation.EmployeesRegistered;
import id.fleksi.organisation.PersonnelChanged;
import id.fleksi.policy.Policies;
import id.fleksi.policy.PolicyVersion;
import id.fleksi.rules.Determination;
import id.fleksi.rules.Eligibility;
import id.fleksi.rules.EmployeeFacts;
import id.fleksi.rules.FlexibilityType;
import id.fleksi.shared.Actor;
import id.fleksi.shared.InstitutionTime;
import id.fleksi.shared.events.AfterCommit;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The stored standing of every active employee on a day (tables {@code eligibility_standing} and
 * {@code eligibility_standing_run}): for each kind of flexible work whether {@link Eligibility#of} lets them use
 * it, so that the list filtered by eligibility selects, counts and pages in SQL instead of judging a quarter of a
 * million employees on every request.
 *
 * <p>A run judges the whole institution for one day, {@value EligibilityRoster#CHUNK} employees at a time, and
 * writes each chunk in one statement, in one transaction that replaces the standings of the day before: readers see
 * the previous run until it commits. It runs every night shortly after midnight, at start when no run of today
 * exists, and when HR or the PPK ask (several seconds at 250,000 employees). Between runs, a disciplinary case, a
 * move, an activation or a registration recomputes that one employee's standing for the stored day. The standings
 * answer for the run's day only while the determination version it was judged under is still the one in force.
 *
 * <p>Beside the standings, their counts per unit, employee type and standing ({@code eligibility_standing_count}),
 * which the list sums without a search text, recounted for the whole institution by a run and for the units
 * concerned by a change of one employee. Facts that change without an event (a predicate, a special circumstance, a
 * task, a group's members, an employee's type) reach the standings at the next run or when HR or the PPK recompute.
 */
@Service
public class EligibilityStandings {

    /** The job's lock name in {@code shedlock}. */
    static final String JOB = "eligibility-standing";
    /** Who a run that nobody asked for is recorded as. */
    static final String SCHEDULE = "jadwal";

    private final JdbcClient jdbc;
    private final RuleFacts facts;
    private final Policies policies;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    EligibilityStandings(JdbcClient jdbc, RuleFacts facts, Policies policies, AuditTrail audit,
                         TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.policies = policies;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A run over the whole institution: the day, the determination version judged under, and when. */
    public record Run(LocalDate day, Long policyVersionId, int employees, Instant computedAt) {
    }

    /**
     * The run of today, unless another instance is computing it (then empty). Nightly and at start.
     */
    @SchedulerLock(name = JOB, lockAtMostFor = "PT2H")
    public Optional<Run> recomputeDue() {
        return Optional.of(recompute(InstitutionTime.today(clock), SCHEDULE));
    }

    /** HR or the PPK recompute today's standings now; audited. */
    public Run recomputeNow(Actor actor) {
        Run run = recompute(InstitutionTime.today(clock), actor.username());
        transactions.executeWithoutResult(status -> audit.record(actor, "ELIGIBILITY_STANDING_RECOMPUTED",
                "ELIGIBILITY_STANDING", run.day().toString(), null, run));
        return run;
    }

    /** Whether a run of today exists. */
    boolean computedToday() {
        return jdbc.sql("select exists (select 1 from eligibility_standing_run where day = :day)")
                .param("day", InstitutionTime.today(clock)).query(Boolean.class).single();
    }

    /** The latest run, if any. */
    Optional<Run> latest() {
        return jdbc.sql("""
                        select day, policy_version_id, employees, computed_at from eligibility_standing_run
                        order by id desc limit 1""")
                .query((rs, n) -> new Run(rs.getObject(1, LocalDate.class), (Long) rs.getObject(2), rs.getInt(3),
                        rs.getTimestamp(4).toInstant()))
                .optional();
    }

    /**
     * The run whose standings answer for the day under the version in force on it ({@code null}: none): the
     * latest run, when it judged that day under that version.
     */
    Optional<Run> usableFor(LocalDate day, Long policyVersionId) {
        return latest().filter(run -> run.day().equals(day) && Objects.equals(run.policyVersionId(), policyVersionId));
    }

    /** Judges every active employee on the day and stores their standings in place of the previous day's. */
    Run recompute(LocalDate day, String by) {
        return transactions.execute(status -> {
            lock();
            Optional<PolicyVersion> version = policies.versionOn(day);
            Determination policy = version.map(PolicyVersion::toDetermination).orElse(null);
            long[] ids = activeEmployees();
            for (int start = 0; start < ids.length; start += EligibilityRoster.CHUNK) {
                List<Long> part = Arrays.stream(ids, start, Math.min(ids.length, start + EligibilityRoster.CHUNK))
                        .boxed().toList();
                store(judged(facts.of(part), policy, day), day);
            }
            jdbc.sql("delete from eligibility_standing where day <> :day").param("day", day).update();
            jdbc.sql("delete from eligibility_standing_count").update();
            count(null);
            // the planner's view of the new rows, so that a rare standing is found from its rows, not by names
            jdbc.sql("analyze eligibility_standing").update();
            Instant at = clock.instant();
            jdbc.sql("""
                            insert into eligibility_standing_run (day, policy_version_id, employees, computed_at,
                                                                  computed_by)
                            values (:day, :version, :employees, :at, :by)""")
                    .param("day", day).param("version", version.map(PolicyVersion::id).orElse(null))
                    .param("employees", ids.length).param("at", Timestamp.from(at)).param("by", by).update();
            return new Run(day, version.map(PolicyVersion::id).orElse(null), ids.length, at);
        });
    }

    @AfterCommit
    void personnelChanged(PersonnelChanged change) {
        recomputeEmployees(List.of(change.employeeId()));
    }

    @AfterCommit
    void activationChanged(EmployeeActivationChanged change) {
        recomputeEmployees(List.of(change.employeeId()));
    }

    @AfterCommit
    void registered(EmployeesRegistered registered) {
        recomputeEmployees(registered.registrations().stream().map(EmployeesRegistered.Registration::employeeId)
                .toList());
    }

    /**
     * The standings of these employees judged again for the latest run's day (an employee no longer active loses
     * theirs); nothing before the first run.
     */
    private void recomputeEmployees(Collection<Long> employeeIds) {
        lock();
        Optional<Run> latest = latest();
        if (latest.isEmpty()) {
            return;
        }
        LocalDate day = latest.get().day();
        Determination policy = policies.determinationOn(day).orElse(null);
        Long[] ids = employeeIds.toArray(Long[]::new);
        // the units whose counts change: where the employees stood, and where they are now
        Long[] units = jdbc.sql("""
                        select unit_id from eligibility_standing where employee_id = any(:ids)
                        union select unit_id from employee_directory where id = any(:ids)""")
                .param("ids", ids).query(Long.class).list().toArray(Long[]::new);
        Map<Long, EmployeeFacts> active = facts.of(jdbc.sql("""
                        select id from employee_directory where active and id = any(:ids)""")
                .param("ids", ids).query(Long.class).list());
        jdbc.sql("delete from eligibility_standing where employee_id = any(:ids) and not (employee_id = any(:active))")
                .param("ids", ids).param("active", active.keySet().toArray(Long[]::new))
                .update();
        store(judged(active, policy, day), day);
        jdbc.sql("delete from eligibility_standing_count where unit_id = any(:units)").param("units", units).update();
        count(units);
    }

    /**
     * One writer of the standings at a time, until its transaction ends: a second run waits for the first and then
     * replaces its rows, and a change of one employee waits for a run and counts its units after it.
     */
    private void lock() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('eligibility_standing'))").query(Object.class).single();
    }

    /** The counts of the standings of these units' active employees ({@code null}: of all units). */
    private void count(Long[] units) {
        Map<String, Object> params = units == null ? Map.of() : Map.of("units", units);
        jdbc.sql("""
                        insert into eligibility_standing_count (unit_id, employee_type, lokasi, sif, dinamis, employees)
                        select e.unit_id, e.employee_type, s.lokasi, s.sif, s.dinamis, count(*)
                        from eligibility_standing s join employee_directory e on e.id = s.employee_id
                        where e.active%s
                        group by e.unit_id, e.employee_type, s.lokasi, s.sif, s.dinamis"""
                        .formatted(units == null ? "" : " and e.unit_id = any(:units)"))
                .params(params).update();
    }

    private static Map<Long, Eligibility.Verdict> judged(Map<Long, EmployeeFacts> employees, Determination policy,
                                                         LocalDate day) {
        Map<Long, Eligibility.Verdict> verdicts = new LinkedHashMap<>();
        employees.forEach((id, employee) -> verdicts.put(id, Eligibility.of(employee, policy, day)));
        return verdicts;
    }

    /** One statement for the standings of many employees. */
    private void store(Map<Long, Eligibility.Verdict> verdicts, LocalDate day) {
        if (verdicts.isEmpty()) {
            return;
        }
        Long[] ids = verdicts.keySet().toArray(Long[]::new);
        jdbc.sql("""
                        insert into eligibility_standing (employee_id, day, unit_id, lokasi, sif, dinamis)
                        select s.employee_id, :day, e.unit_id, s.lokasi, s.sif, s.dinamis
                        from unnest(cast(:ids as bigint[]), cast(:lokasi as boolean[]), cast(:sif as boolean[]),
                                    cast(:dinamis as boolean[])) as s (employee_id, lokasi, sif, dinamis)
                        join employee_directory e on e.id = s.employee_id
                        on conflict (employee_id) do update
                            set day = excluded.day, unit_id = excluded.unit_id, lokasi = excluded.lokasi,
                                sif = excluded.sif, dinamis = excluded.dinamis""")
                .param("day", day).param("ids", ids)
                .param("lokasi", eligible(verdicts, ids, FlexibilityType.LOKASI))
                .param("sif", eligible(verdicts, ids, FlexibilityType.SIF))
                .param("dinamis", eligible(verdicts, ids, FlexibilityType.DINAMIS))
                .update();
    }

    private static Boolean[] eligible(Map<Long, Eligibility.Verdict> verdicts, Long[] ids, FlexibilityType kind) {
        return Arrays.stream(ids).map(id -> verdicts.get(id).of(kind).eligible()).toArray(Boolean[]::new);
    }

    private long[] activeEmployees() {
        return jdbc.sql("select id from employee_directory where active order by id").query(Long.class).list()
                .stream().mapToLong(Long::longValue).toArray();
    }
}
