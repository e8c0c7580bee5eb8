package id.fleksi.policy;

import id.fleksi.rules.LocationKind;
import id.fleksi.rules.Predikat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The stored versions of the determination, with their additional criteria (Pasal 26). */
@Repository
class PolicyVersions {

    /** A version with its criteria and scopes, each as an array of text rows, so that a version is one statement. */
    private static final String COLUMNS = """
            select id, effective_from, decree_number, lokasi_enabled, allowed_locations, max_lokasi_days_per_week,
                   lokasi_percent_cap, fixed_lokasi_weekdays, sif_enabled, sif_unit_codes, dinamis_enabled,
                   dinamis_earliest_start, dinamis_latest_end, dinamis_core_start, dinamis_core_end,
                   dinamis_min_minutes_per_day, late_start_max_minutes, new_employee_months, min_predikat,
                   min_office_presence_percent, code_of_conduct, plan_deadline_weekday, plan_deadline_time,
                   created_by, created_at, trial_ends_on,
                   array(select array[c.code, c.description, c.coordination_letter]
                         from policy_additional_criterion c where c.policy_version_id = policy_version.id
                         order by c.code) as criterion_rows,
                   %s as scope_rows
            from policy_version""".formatted(PolicyScopes.asRows("policy_version.id"));

    /** A version is in force on :day from its effective date until a later one starts or its trial ends. */
    static final String IN_FORCE = "effective_from <= :day and (trial_ends_on is null or trial_ends_on >= :day)";

    /**
     * True when a version is in force on :today and the account (:account) has not acknowledged its code of
     * conduct.
     */
    static final String CONDUCT_OUTSTANDING = """
            exists(select 1
                   from (select id from policy_version where %s order by effective_from desc limit 1) v
                   where not exists(select 1 from code_of_conduct_acknowledgement a
                                    where a.account_id = :account and a.policy_version_id = v.id))"""
            .formatted(IN_FORCE.replace(":day", ":today"));

    /** The version in force on :day, if any, next to {@link #CONDUCT_OUTSTANDING} of :today; always one row. */
    private static final String IN_FORCE_WITH_CONDUCT = "select " + CONDUCT_OUTSTANDING + """
             as conduct_outstanding, v.*
            from (select 1) one left join lateral (%s where %s order by effective_from desc limit 1) v on true"""
            .formatted(COLUMNS, IN_FORCE);

    private final JdbcClient jdbc;
    private final PolicyScopes scopes;

    PolicyVersions(JdbcClient jdbc, PolicyScopes scopes) {
        this.jdbc = jdbc;
        this.scopes = scopes;
    }

    /**
     * The version in force on a day: the latest one effective on or before it whose trial, if it is one, has not
     * ended; after a trial's last day the version in force before it applies again.
     */
    Optional<PolicyVersion> inForceOn(LocalDate day) {
        return jdbc.sql(COLUMNS + " where " + IN_FORCE + " order by effective_from desc limit 1")
                .param("day", day).query(PolicyVersions::row).optional();
    }

    /**
     * The determination in force on {@code day} and whether the account has yet to acknowledge the code of conduct
     * of the version in force on {@code today}, in one statement.
     */
    Policies.SubmissionTerms inForceWithConduct(LocalDate day, long accountId, LocalDate today) {
        return jdbc.sql(IN_FORCE_WITH_CONDUCT)
                .param("day", day).param("today", today).param("account", accountId)
                .query((rs, n) -> new Policies.SubmissionTerms(
                        rs.getObject("id") == null ? null : row(rs, n).toDetermination(),
                        rs.getBoolean("conduct_outstanding")))
                .single();
    }

    /**
     * The versions in force on any day from {@code from} to {@code to}, each with the first day of the range
     * on which it applies, in order. A version applies on a stretch of days; one that applies again after a
     * trial ends is listed again from the day after the trial's end.
     */
    List<Stretch> inForceBetween(LocalDate from, LocalDate to) {
        // a version that is no trial, in force on or before the first day, hides every earlier one
        List<PolicyVersion> candidates = jdbc.sql(COLUMNS + " " + """
                         where effective_from <= :to
                           and effective_from >= coalesce((select max(effective_from) from policy_version
                                                           where effective_from <= :from and trial_ends_on is null),
                                                          '-infinity'::date)
                         order by effective_from""").param("to", to).param("from", from)
                .query(PolicyVersions::row).list();
        java.util.TreeSet<LocalDate> changes = new java.util.TreeSet<>();
        changes.add(from);
        for (PolicyVersion v : candidates) {
            if (v.effectiveFrom().isAfter(from)) {
                changes.add(v.effectiveFrom());
            }
            if (v.trial() && v.trialEndsOn().isBefore(to) && !v.trialEndsOn().isBefore(from)) {
                changes.add(v.trialEndsOn().plusDays(1));
            }
        }
        List<Stretch> stretches = new ArrayList<>();
        for (LocalDate day : changes) {
            PolicyVersion applying = null;
            for (PolicyVersion v : candidates) {
                if (!v.effectiveFrom().isAfter(day) && (!v.trial() || !v.trialEndsOn().isBefore(day))) {
                    applying = v;
                }
            }
            if (applying != null && (stretches.isEmpty() || stretches.get(stretches.size() - 1).version() != applying)) {
                stretches.add(new Stretch(applying, day));
            }
        }
        return stretches;
    }

    /** A version and the first day of a range on which it applies. */
    record Stretch(PolicyVersion version, LocalDate from) {
    }

    Optional<PolicyVersion> byId(long id) {
        return jdbc.sql(COLUMNS + " where id = :id").param("id", id).query(PolicyVersions::row).optional();
    }

    Optional<PolicyVersionSummary> startingOn(LocalDate day) {
        return jdbc.sql("select id, effective_from, decree_number, created_by, created_at, trial_ends_on"
                        + " from policy_version where effective_from = :day")
                .param("day", day).query(PolicyVersions::summaryRow).optional();
    }

    /** Every version, the latest effective date first. */
    List<PolicyVersionSummary> all() {
        return jdbc.sql("select id, effective_from, decree_number, created_by, created_at, trial_ends_on"
                        + " from policy_version order by effective_from desc")
                .query(PolicyVersions::summaryRow).list();
    }

    /** Stores a checked version; the unique effective date refuses a second version on the same day. */
    long insert(CheckedPolicy policy, String createdBy) {
        PolicyDraft draft = policy.draft();
        PolicyDraft.Dinamis hours = policy.dinamis();
        long id = jdbc.sql("""
                        insert into policy_version (effective_from, decree_number, lokasi_enabled, allowed_locations,
                            max_lokasi_days_per_week, lokasi_percent_cap, fixed_lokasi_weekdays, sif_enabled,
                            sif_unit_codes, dinamis_enabled, dinamis_earliest_start, dinamis_latest_end,
                            dinamis_core_start, dinamis_core_end, dinamis_min_minutes_per_day,
                            late_start_max_minutes, new_employee_months, min_predikat, min_office_presence_percent,
                            code_of_conduct, plan_deadline_weekday, plan_deadline_time, created_by, trial_ends_on)
                        values (:effectiveFrom, :decree, :lokasi, cast(:locations as varchar[]), :maxDays, :percent,
                            cast(:weekdays as varchar[]), :sif, cast(:sifUnits as varchar[]), :dinamis,
                            :earliestStart, :latestEnd, :coreStart, :coreEnd, :minMinutes, :lateStart,
                            :newMonths, :minPredikat, :minPresence, :codeOfConduct, :deadlineWeekday,
                            :deadlineTime, :createdBy, :trialEndsOn)
                        returning id""")
                .param("effectiveFrom", draft.getEffectiveFrom())
                .param("decree", draft.getDecreeNumber().strip())
                .param("lokasi", draft.isLokasiEnabled())
                .param("locations", names(draft.allowedLocations()))
                .param("maxDays", draft.getMaxLokasiDaysPerWeek())
                .param("percent", draft.getLokasiPercentCap())
                .param("weekdays", names(draft.fixedLokasiWeekdays()))
                .param("sif", draft.isSifEnabled())
                .param("sifUnits", draft.sifUnitCodes().toArray(String[]::new))
                .param("dinamis", draft.isDinamisEnabled())
                .param("earliestStart", hours == null ? null : hours.getEarliestStart(), Types.TIME)
                .param("latestEnd", hours == null ? null : hours.getLatestEnd(), Types.TIME)
                .param("coreStart", hours == null ? null : hours.getCoreStart(), Types.TIME)
                .param("coreEnd", hours == null ? null : hours.getCoreEnd(), Types.TIME)
                .param("minMinutes", hours == null ? null : hours.getMinMinutesPerDay(), Types.INTEGER)
                .param("lateStart", policy.lateStartMaxMinutes())
                .param("newMonths", draft.getNewEmployeeMonths())
                .param("minPredikat", draft.getMinPredikat() == null ? null : draft.getMinPredikat().name(),
                        Types.VARCHAR)
                .param("minPresence", draft.getMinOfficePresencePercent())
                .param("codeOfConduct", draft.getCodeOfConduct().strip())
                .param("deadlineWeekday", policy.planDeadline().weekday().name())
                .param("deadlineTime", policy.planDeadline().time(), Types.TIME)
                .param("createdBy", createdBy)
                .param("trialEndsOn", draft.getTrialEndsOn(), Types.DATE)
                .query(Long.class).single();
        for (PolicyDraft.Criterion criterion : draft.criteria()) {
            jdbc.sql("""
                            insert into policy_additional_criterion (policy_version_id, code, description,
                                                                     coordination_letter)
                            values (:id, :code, :description, :letter)""")
                    .param("id", id).param("code", criterion.getCode().strip())
                    .param("description", criterion.getDescription().strip())
                    .param("letter", criterion.getCoordinationLetter().strip())
                    .update();
        }
        scopes.insert(id, draft.scopes());
        return id;
    }

    private static String[] names(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toArray(String[]::new);
    }

    /** The criteria of an array of text rows (code, description, coordination letter). */
    private static List<PolicyVersion.Criterion> criteria(Array rows) throws SQLException {
        List<PolicyVersion.Criterion> criteria = new ArrayList<>();
        for (Object row : (Object[]) rows.getArray()) {
            String[] column = (String[]) row;
            criteria.add(new PolicyVersion.Criterion(column[0], column[1], column[2]));
        }
        return criteria;
    }

    private static PolicyVersion row(ResultSet rs, int n) throws SQLException {
        LocalTime earliest = rs.getObject("dinamis_earliest_start", LocalTime.class);
        LocalTime latest = rs.getObject("dinamis_latest_end", LocalTime.class);
        LocalTime coreStart = rs.getObject("dinamis_core_start", LocalTime.class);
        LocalTime coreEnd = rs.getObject("dinamis_core_end", LocalTime.class);
        Integer minMinutes = rs.getObject("dinamis_min_minutes_per_day", Integer.class);
        boolean anyHours = earliest != null || latest != null || coreStart != null || coreEnd != null
                || minMinutes != null;
        String predikat = rs.getString("min_predikat");
        return new PolicyVersion(rs.getLong("id"), rs.getObject("effective_from", LocalDate.class),
                rs.getString("decree_number"), rs.getBoolean("lokasi_enabled"),
                strings(rs.getArray("allowed_locations")).stream().map(LocationKind::valueOf).sorted().toList(),
                rs.getInt("max_lokasi_days_per_week"), rs.getInt("lokasi_percent_cap"),
                strings(rs.getArray("fixed_lokasi_weekdays")).stream().map(DayOfWeek::valueOf).sorted().toList(),
                rs.getBoolean("sif_enabled"), strings(rs.getArray("sif_unit_codes")).stream().sorted().toList(),
                rs.getBoolean("dinamis_enabled"),
                anyHours ? new PolicyVersion.DinamisHours(earliest, latest, coreStart, coreEnd, minMinutes) : null,
                rs.getInt("late_start_max_minutes"),
                new PlanDeadline(DayOfWeek.valueOf(rs.getString("plan_deadline_weekday")),
                        rs.getObject("plan_deadline_time", LocalTime.class)),
                rs.getInt("new_employee_months"),
                predikat == null ? null : Predikat.valueOf(predikat), rs.getInt("min_office_presence_percent"),
                criteria(rs.getArray("criterion_rows")), rs.getString("code_of_conduct"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                PolicyScopes.fromRows(rs.getArray("scope_rows")), rs.getObject("trial_ends_on", LocalDate.class));
    }

    private static PolicyVersionSummary summaryRow(ResultSet rs, int n) throws SQLException {
        return new PolicyVersionSummary(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getObject(6, LocalDate.class));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
