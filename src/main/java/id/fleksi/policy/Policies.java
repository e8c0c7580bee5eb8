package id.fleksi.policy;

import id.fleksi.audit.AuditTrail;
import id.fleksi.rules.Determination;
import id.fleksi.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The PPK's determination as it stands on a given day, for every module: the summary other pages show,
 * the full version, the rules' reading of it ({@link Determination}), and the acknowledgements of its code
 * of conduct.
 */
@Service
public class Policies {

    static final String ACKNOWLEDGED = "CODE_OF_CONDUCT_ACKNOWLEDGED";
    /** How many days before a trial's last day the PPK is reminded of it. */
    public static final int TRIAL_REMINDER_DAYS = 14;

    private final JdbcClient jdbc;
    private final PolicyVersions versions;
    private final AuditTrail audit;

    Policies(JdbcClient jdbc, PolicyVersions versions, AuditTrail audit) {
        this.jdbc = jdbc;
        this.versions = versions;
        this.audit = audit;
    }

    /**
     * The version in force on a day: the latest one effective on or before it whose trial (uji coba), if it is
     * one, has not ended.
     */
    @Transactional(readOnly = true)
    public Optional<PolicyInForce> inForceOn(LocalDate day) {
        return jdbc.sql("""
                        select id, effective_from, decree_number, max_lokasi_days_per_week, lokasi_percent_cap,
                               code_of_conduct, plan_deadline_weekday, plan_deadline_time, trial_ends_on
                        from policy_version where %s
                        order by effective_from desc limit 1""".formatted(PolicyVersions.IN_FORCE))
                .param("day", day)
                .query((rs, n) -> new PolicyInForce(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getString(6),
                        new PlanDeadline(DayOfWeek.valueOf(rs.getString(7)), rs.getObject(8, LocalTime.class)),
                        rs.getObject(9, LocalDate.class)))
                .optional();
    }

    /** The determination in force on a day, as the rules read it; empty before the first version. */
    @Transactional(readOnly = true)
    public Optional<Determination> determinationOn(LocalDate day) {
        return versions.inForceOn(day).map(PolicyVersion::toDetermination);
    }

    /**
     * Every version in force on at least one day from {@code from} to {@code to} (both included), oldest
     * first: the one in force on {@code from}, if any, and each that starts later within the range. A plan
     * week that straddles a change gets both versions; on each day the latest one with
     * {@code effectiveFrom <= day} applies. A version that applies again after a trial (uji coba) ends is
     * listed again with {@code effectiveFrom} the day after the trial's last day, so that the same reading
     * holds.
     */
    @Transactional(readOnly = true)
    public List<Determination> versionsBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The range ends before it starts: " + from + " to " + to);
        }
        List<PolicyVersions.Stretch> stretches = versions.inForceBetween(from, to);
        List<Determination> read = new java.util.ArrayList<>();
        for (int i = 0; i < stretches.size(); i++) {
            PolicyVersions.Stretch stretch = stretches.get(i);
            Determination determination = stretch.version().toDetermination();
            // the first keeps its own date (on or before the range); a later one starts where it applies again
            read.add(i == 0 || stretch.from().equals(determination.effectiveFrom()) ? determination
                    : determination.from(stretch.from()));
        }
        return read;
    }

    /** The whole version in force on a day. */
    @Transactional(readOnly = true)
    public Optional<PolicyVersion> versionOn(LocalDate day) {
        return versions.inForceOn(day);
    }

    @Transactional(readOnly = true)
    public Optional<PolicyVersion> version(long id) {
        return versions.byId(id);
    }

    /** Every version, the latest effective date first. */
    @Transactional(readOnly = true)
    public List<PolicyVersionSummary> versions() {
        return versions.all();
    }

    /**
     * The trial (uji coba) in force on {@code today} when its last day is at most {@link #TRIAL_REMINDER_DAYS}
     * days away, with the version that applies after it.
     */
    @Transactional(readOnly = true)
    public Optional<TrialEnding> trialEnding(LocalDate today) {
        return versions.inForceOn(today)
                .filter(v -> v.trial() && !v.trialEndsOn().isAfter(today.plusDays(TRIAL_REMINDER_DAYS)))
                .map(v -> new TrialEnding(v.id(), v.decreeNumber(), v.trialEndsOn(),
                        java.time.temporal.ChronoUnit.DAYS.between(today, v.trialEndsOn()),
                        versions.inForceOn(v.trialEndsOn().plusDays(1)).map(PolicyVersion::decreeNumber)
                                .orElse(null)));
    }

    @Transactional(readOnly = true)
    public boolean codeOfConductAcknowledged(long accountId, LocalDate day) {
        return inForceOn(day).map(policy -> codeOfConductAcknowledged(accountId, policy)).orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean codeOfConductAcknowledged(long accountId, PolicyInForce policy) {
        return jdbc.sql("""
                        select exists(select 1 from code_of_conduct_acknowledgement
                                      where account_id = :account and policy_version_id = :policy)""")
                .param("account", accountId).param("policy", policy.id())
                .query(Boolean.class).single();
    }

    /**
     * True when a version is in force on the day and the account has not acknowledged its code of conduct, in one
     * statement: the week's form asks it on every view (a submission asks it with {@link #submissionTerms}).
     */
    @Transactional(readOnly = true)
    public boolean codeOfConductOutstanding(long accountId, LocalDate day) {
        return jdbc.sql("select " + PolicyVersions.CONDUCT_OUTSTANDING)
                .param("today", day).param("account", accountId)
                .query(Boolean.class).single();
    }

    /**
     * What a submission made today reads of the determination, in one statement: the version in force on the
     * plan's Monday, as the rules read it, and whether the account has yet to acknowledge the code of conduct of
     * the version in force today.
     */
    @Transactional(readOnly = true)
    public SubmissionTerms submissionTerms(long accountId, LocalDate today, LocalDate monday) {
        return versions.inForceWithConduct(monday, accountId, today);
    }

    /**
     * The determination in force on a plan's Monday ({@code null} before the first version) and whether the
     * submitting account has yet to acknowledge the code of conduct in force today.
     */
    public record SubmissionTerms(Determination determination, boolean codeOfConductOutstanding) {
    }

    /** Records the person's acknowledgement of the code of conduct in force; false when none is in force. */
    @Transactional
    public boolean acknowledgeCodeOfConduct(Actor actor, LocalDate day) {
        return acknowledge(actor.accountId(), actor.username(), day);
    }

    private boolean acknowledge(long accountId, String username, LocalDate day) {
        Optional<PolicyInForce> policy = inForceOn(day);
        policy.ifPresent(p -> {
            int added = jdbc.sql("""
                            insert into code_of_conduct_acknowledgement (account_id, policy_version_id)
                            values (:account, :policy) on conflict do nothing""")
                    .param("account", accountId).param("policy", p.id()).update();
            if (added > 0) {
                Map<String, Object> after = new LinkedHashMap<>();
                after.put("username", username);
                after.put("policyVersionId", p.id());
                after.put("effectiveFrom", p.effectiveFrom().toString());
                after.put("decreeNumber", p.decreeNumber());
                audit.record(username, ACKNOWLEDGED, "CODE_OF_CONDUCT", username + "@" + p.id(), null, after);
            }
        });
        return policy.isPresent();
    }
}
