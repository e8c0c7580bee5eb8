package id.fleksi.policy;

import id.fleksi.rules.Determination;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The least share of a unit in the office (LAYANAN_MINIMUM, Pasal 27) that applies to a unit under a version of the
 * determination: the nearest minimum the PPK scoped to the unit or to a unit above it, otherwise the institution's
 * ({@link Determination#minOfficePresenceFor}, the rule the approval judges by).
 *
 * <p>For one unit it reads the unit's path from organisation's published {@code unit_above} and
 * {@code unit_directory}. For figures over many units computed in SQL it gives the units whose minimum is scoped as a
 * subquery ({@link #SCOPED}) fed with the version's scopes as arrays ({@link #params}), which expands each scope
 * with organisation's published {@code unit_below}: a query joins it to compare each unit's day with the unit's own
 * minimum, however many units it counts.
 */
@Service
@Transactional(readOnly = true)
public class UnitMinimums {

    /**
     * One row {@code (unit_id, percent)} for each unit whose minimum is scoped: the unit of a UNIT scope, the unit of
     * a UNIT_TREE scope and every unit below it; of several scopes covering a unit the nearest (fewest levels up),
     * then the one listed first in the version. Its parameters are {@link #params}.
     */
    public static final String SCOPED = """
            select distinct on (b.unit_id) b.unit_id, s.percent
            from unnest(cast(:minimumUnits as text[]), cast(:minimumKinds as text[]),
                        cast(:minimumPercents as integer[])) with ordinality s(code, kind, percent, listed)
            join unit_directory r on r.code = s.code
            cross join lateral unit_below(r.id) b
            where s.kind = 'UNIT_TREE' or b.depth = 0
            order by b.unit_id, b.depth, s.listed""";

    private final JdbcClient jdbc;

    UnitMinimums(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The parameters of {@link #SCOPED}: the version's scoped minima in their order (none without a version). */
    public static Map<String, Object> params(Determination policy) {
        return params(policy == null ? List.of() : policy.scopes().presence());
    }

    /** The parameters of {@link #SCOPED}: these scoped minima, in the order the version lists them. */
    public static Map<String, Object> params(List<Determination.ScopedPresence> scoped) {
        Map<String, Object> params = new HashMap<>();
        params.put("minimumUnits", scoped.stream().map(s -> s.scope().target()).toArray(String[]::new));
        params.put("minimumKinds", scoped.stream().map(s -> s.scope().kind().name()).toArray(String[]::new));
        params.put("minimumPercents", scoped.stream().map(Determination.ScopedPresence::minOfficePresencePercent)
                .toArray(Integer[]::new));
        return params;
    }

    /**
     * The minimum of the unit with this id, with the scope it comes from ({@code null}: the institution's);
     * {@code null} without a version.
     */
    public Determination.Applied<Integer> of(Determination policy, long unitId) {
        if (policy == null) {
            return null;
        }
        if (policy.scopes().presence().isEmpty()) {
            return new Determination.Applied<>(policy.minOfficePresencePercent(), null);
        }
        List<String> path = jdbc.sql("""
                        select (select u.code from unit_directory u where u.id = a.unit_id)
                        from unit_above(array[cast(:unit as bigint)]) a order by a.depth""")
                .param("unit", unitId).query(String.class).list();
        return policy.minOfficePresenceFor(path);
    }

    /** The units whose minimum the version scopes, with that minimum; the others keep the institution's. */
    public Map<Long, Integer> scoped(Determination policy) {
        Map<Long, Integer> found = new HashMap<>();
        if (policy == null || policy.scopes().presence().isEmpty()) {
            return found;
        }
        jdbc.sql(SCOPED).params(params(policy)).query(rs -> {
            found.put(rs.getLong(1), rs.getInt(2));
        });
        return found;
    }
}
