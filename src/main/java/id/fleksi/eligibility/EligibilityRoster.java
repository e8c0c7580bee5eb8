package id.fleksi.eligibility;

import id.fleksi.organisation.EmployeeType;
import id.fleksi.organisation.Organisation;
import id.fleksi.organisation.UnitFilter;
import id.fleksi.organisation.UnitScope;
import id.fleksi.policy.Policies;
import id.fleksi.policy.PolicyVersion;
import id.fleksi.rules.Determination;
import id.fleksi.rules.Eligibility;
import id.fleksi.rules.EmployeeFacts;
import id.fleksi.rules.FlexibilityType;
import id.fleksi.rules.Violation;
import id.fleksi.shared.Actor;
import id.fleksi.shared.LikeText;
import id.fleksi.shared.web.Paged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which active employees in the reader's scope may use which kind of flexible work on a day: the list HR,
 * the PPK and unit heads search and filter. The determination is read once per request and every employee
 * is judged by {@link Eligibility#of} from facts loaded a chunk at a time, so an institution of a quarter of
 * a million employees is filtered with bounded memory: only the count of matches and the requested page's
 * verdicts are kept. When the stored standings ({@link EligibilityStandings}) were computed for the day under the
 * determination version in force on it, the filter selects, counts and pages in SQL instead, and only the page's
 * employees are judged; the rows shown are always judged live.
 */
@Service
@Transactional(readOnly = true)
public class EligibilityRoster {

    /** How many employees are loaded and judged at once when the list is filtered by eligibility. */
    static final int CHUNK = 1_000;

    private static final String ORDER = " order by lower(e.name), e.nip";

    private final JdbcClient jdbc;
    private final RuleFacts facts;
    private final Policies policies;
    private final Organisation organisation;
    private final EligibilityStandings standings;

    EligibilityRoster(JdbcClient jdbc, RuleFacts facts, Policies policies, Organisation organisation,
                      EligibilityStandings standings) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.policies = policies;
        this.organisation = organisation;
        this.standings = standings;
    }

    /**
     * One page of the active employees the person may read that match the query, by name, each judged on
     * the day.
     *
     * @throws AccessDeniedException when the query names a unit outside the person's scope
     */
    public Roster list(Actor actor, Query query, LocalDate day, int page, int size) {
        return list(actor, query, day, page, size, CHUNK, true);
    }

    /**
     * The same, judging {@code chunk} employees at a time when filtering by eligibility without the stored
     * standings, which are used only when {@code stored} allows and they answer for the day.
     */
    Roster list(Actor actor, Query query, LocalDate day, int page, int size, int chunk, boolean stored) {
        Optional<PolicyVersion> version = policies.versionOn(day);
        Determination policy = version.map(PolicyVersion::toDetermination).orElse(null);
        UnitScope scope = organisation.scopeOf(actor);
        String unitCode = normalCode(query.unitCode());
        if (!unitCode.isEmpty() && !scope.includesUnit(unitCode)) {
            throw new AccessDeniedException("unit outside the reader's scope");
        }
        if (scope.isEmpty()) {
            return new Roster(new Paged<>(List.of(), page, size, 0), policy);
        }
        Candidates candidates = candidates(scope, unitCode, query);
        if (!query.filtersEligibility()) {
            return new Roster(unfiltered(candidates, policy, day, page, size), policy);
        }
        Optional<EligibilityStandings.Run> run = stored
                ? standings.usableFor(day, version.map(PolicyVersion::id).orElse(null)) : Optional.empty();
        if (run.isPresent()) {
            return new Roster(unfiltered(candidates.standing(query, day), policy, day, page, size), policy,
                    run.get().computedAt());
        }
        return new Roster(filtered(candidates, query, policy, day, page, size, chunk), policy);
    }

    /** No employees: the list of a filter that finds none before asking (a unit the person cannot choose). */
    public Roster none(LocalDate day, int page, int size) {
        return new Roster(new Paged<>(List.of(), page, size, 0), policies.determinationOn(day).orElse(null));
    }

    /** The unit filter of the list within the person's scope: all units for the PPK and HR, their units for a head. */
    public UnitFilter unitFilter(Actor actor, String typed) {
        return organisation.unitFilter(organisation.scopeOf(actor), typed);
    }

    /**
     * Without an eligibility filter (or with one the stored standings answer) the database pages the list, and only
     * the page's employees are judged.
     */
    private Paged<Row> unfiltered(Candidates candidates, Determination policy, LocalDate day, int page, int size) {
        long total = jdbc.sql(candidates.countSql()).params(candidates.params()).query(Long.class).single();
        Map<String, Object> params = new HashMap<>(candidates.params());
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<Long> ids = jdbc.sql("select e.id" + candidates.from() + ORDER + " limit :limit offset :offset")
                .params(params).query(Long.class).list();
        Map<Long, Eligibility.Verdict> verdicts = new LinkedHashMap<>();
        facts.of(ids).forEach((id, employee) -> verdicts.put(id, Eligibility.of(employee, policy, day)));
        return new Paged<>(rows(verdicts), page, size, total);
    }

    /**
     * With an eligibility filter every candidate must be judged: their ids are read in order, judged a chunk
     * at a time, and only the number of matches and the verdicts of the requested page are kept.
     */
    private Paged<Row> filtered(Candidates candidates, Query query, Determination policy, LocalDate day,
                                int page, int size, int chunk) {
        long[] ids = candidateIds(candidates);
        long first = (long) page * size;
        long matches = 0;
        Map<Long, Eligibility.Verdict> shown = new LinkedHashMap<>();
        for (int start = 0; start < ids.length; start += chunk) {
            List<Long> part = Arrays.stream(ids, start, Math.min(ids.length, start + chunk)).boxed().toList();
            for (Map.Entry<Long, EmployeeFacts> employee : facts.of(part).entrySet()) {
                Eligibility.Verdict verdict = Eligibility.of(employee.getValue(), policy, day);
                if (query.matches(verdict)) {
                    if (matches >= first && matches < first + size) {
                        shown.put(employee.getKey(), verdict);
                    }
                    matches++;
                }
            }
        }
        return new Paged<>(rows(shown), page, size, matches);
    }

    private long[] candidateIds(Candidates candidates) {
        LongBuffer ids = new LongBuffer();
        jdbc.sql("select e.id" + candidates.from() + ORDER).params(candidates.params())
                .query(rs -> {
                    ids.add(rs.getLong(1));
                });
        return ids.toArray();
    }

    /** The rows of the judged employees, in the order of the verdicts, with what the list shows of each. */
    private List<Row> rows(Map<Long, Eligibility.Verdict> verdicts) {
        if (verdicts.isEmpty()) {
            return List.of();
        }
        Map<Long, Row> byId = new HashMap<>();
        jdbc.sql("""
                        select e.id, e.nip, e.name, e.employee_type, u.code, u.name
                        from employee_directory e join unit_directory u on u.id = e.unit_id where e.id = any(:ids)""")
                .param("ids", verdicts.keySet().toArray(Long[]::new))
                .query(rs -> {
                    Eligibility.Verdict verdict = verdicts.get(rs.getLong(1));
                    byId.put(rs.getLong(1), new Row(rs.getString(2), rs.getString(3),
                            EmployeeType.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                            Kind.of(verdict.of(FlexibilityType.LOKASI)), Kind.of(verdict.of(FlexibilityType.SIF)),
                            Kind.of(verdict.of(FlexibilityType.DINAMIS))));
                });
        List<Row> rows = new ArrayList<>(verdicts.size());
        verdicts.keySet().stream().map(byId::get).filter(Objects::nonNull).forEach(rows::add);
        return rows;
    }

    /** The active employees in scope matching the query's search, unit and type (not yet judged). */
    private static Candidates candidates(UnitScope scope, String unitCode, Query query) {
        StringBuilder where = new StringBuilder(" where e.active");
        // without a search text, stored counts per unit give the total: the organisation's of active employees
        StringBuilder units = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        if (!scope.wholeInstitution()) {
            where.append(" and e.unit_id = any(:scope)");
            units.append(" and s.unit_id = any(:scope)");
            params.put("scope", scope.unitIds().toArray(Long[]::new));
        }
        if (!unitCode.isEmpty()) {
            String subtree = " in (select unit_id from unit_below((select id from unit_directory where code = :unit)))";
            where.append(" and e.unit_id").append(subtree);
            units.append(" and s.unit_id").append(subtree);
            params.put("unit", unitCode);
        }
        String q = query.q() == null ? "" : query.q().strip();
        if (!q.isEmpty()) {
            String escaped = LikeText.escape(q);
            where.append(" and (lower(e.name) like :contains or e.nip like :prefix)");
            params.put("contains", "%" + escaped.toLowerCase(Locale.ROOT) + "%");
            params.put("prefix", escaped + "%");
        }
        if (query.type() != null) {
            where.append(" and e.employee_type = :type");
            params.put("type", query.type().name());
        }
        return new Candidates(" from employee_directory e join unit_directory u on u.id = e.unit_id" + where, params,
                q.isEmpty() ? "select coalesce(sum(s." + Organisation.activeStaffColumn(query.type()) + "), 0)"
                        + " from unit_staff s where true" + units : null, units.toString());
    }

    private static String normalCode(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * The candidates' rows, the SQL of their stored count when one answers the query, and the conditions on the
     * units of a stored count ({@code s.unit_id}).
     */
    private record Candidates(String from, Map<String, Object> params, String storedCount, String units) {

        String countSql() {
            return storedCount != null ? storedCount : "select count(*)" + from;
        }

        /**
         * These candidates narrowed to those whose stored standing on the day matches the query's filter, as
         * {@link Query#matches} decides it; without a search text, counted from the standings' counts per unit.
         */
        Candidates standing(Query query, LocalDate day) {
            String judged = query.flexibility() == null ? "(s.lokasi or s.sif or s.dinamis)"
                    : "s." + query.flexibility().name().toLowerCase(Locale.ROOT);
            Map<String, Object> narrowed = new HashMap<>(params);
            narrowed.put("standingDay", day);
            narrowed.put("eligible", query.eligible());
            String count = storedCount == null ? null
                    : "select coalesce(sum(s.employees), 0) from eligibility_standing_count s where " + judged
                    + " = :eligible" + units + (query.type() == null ? "" : " and s.employee_type = :type");
            return new Candidates(from.replaceFirst(" where ",
                    " join eligibility_standing s on s.employee_id = e.id and s.day = :standingDay where ")
                    + " and " + judged + " = :eligible", narrowed, count, units);
        }
    }

    /**
     * What the list is asked for; each part may be {@code null}.
     *
     * @param q           part of the name or the beginning of the NIP
     * @param unitCode    a unit, with all its sub-units
     * @param flexibility the kind of flexible work {@code eligible} is about; {@code null} with
     *                    {@code eligible} means any kind (eligible for at least one, or for none)
     * @param eligible    only those who may ({@code true}) or may not ({@code false}) use it
     */
    public record Query(String q, String unitCode, EmployeeType type, FlexibilityType flexibility, Boolean eligible) {

        boolean filtersEligibility() {
            return eligible != null;
        }

        boolean matches(Eligibility.Verdict verdict) {
            if (eligible == null) {
                return true;
            }
            boolean judged = flexibility == null ? verdict.anyEligible() : verdict.of(flexibility).eligible();
            return judged == eligible;
        }
    }

    /**
     * A page of the list and the determination the employees were judged by ({@code null}: none in force), with
     * when the stored standings the eligibility filter used were computed ({@code null}: every employee was judged
     * for the request, or no such filter).
     */
    public record Roster(Paged<Row> rows, Determination policy, Instant standingComputedAt) {

        Roster(Paged<Row> rows, Determination policy) {
            this(rows, policy, null);
        }
    }

    /** An employee of the list with, for each kind of flexible work, the verdict and the rules that block it. */
    public record Row(String nip, String name, EmployeeType type, String unitCode, String unitName, Kind lokasi,
                      Kind sif, Kind dinamis) {

        public Kind of(FlexibilityType flexibility) {
            return switch (flexibility) {
                case LOKASI -> lokasi;
                case SIF -> sif;
                case DINAMIS -> dinamis;
            };
        }
    }

    /**
     * One kind of flexible work for one employee: whether it may be used, and the codes of the rules that
     * block it (warnings that do not block are left out; the employee's eligibility page shows them).
     */
    public record Kind(boolean eligible, List<String> rules) {

        public Kind {
            rules = List.copyOf(rules);
        }

        static Kind of(Eligibility.TypeVerdict verdict) {
            return new Kind(verdict.eligible(), verdict.violations().stream().filter(Violation::blocks)
                    .map(violation -> violation.rule().name()).distinct().toList());
        }
    }

    /** A growing array of ids, so a long list of candidates costs eight bytes each. */
    private static final class LongBuffer {

        private long[] values = new long[1024];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
