package id.fleksi.policy;

import id.fleksi.rules.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** The scoped settings of each stored version (Pasal 26, Pasal 20 ayat (2), Pasal 27), in the order given. */
@Repository
class PolicyScopes {

    private final JdbcClient jdbc;

    PolicyScopes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The scopes of the version whose id is {@code versionId} (a column or an expression of the enclosing query),
     * in their order, each with the unit's or the group's name as it is now, as an array of text rows: for a query
     * that reads a version and its scopes at once ({@link #fromRows}).
     */
    static String asRows(String versionId) {
        return """
                array(select array[s.setting, s.criterion_code, s.scope_kind, s.scope_target,
                                   coalesce(u.name, g.name, s.scope_target),
                                   s.dinamis_earliest_start::text, s.dinamis_latest_end::text,
                                   s.dinamis_core_start::text, s.dinamis_core_end::text,
                                   s.dinamis_min_minutes_per_day::text, s.min_office_presence_percent::text]
                      from policy_scope s
                      left join unit_directory u on s.scope_kind in ('UNIT', 'UNIT_TREE') and u.code = s.scope_target
                      left join policy_group g on s.scope_kind = 'GROUP' and g.id::text = s.scope_target
                      where s.policy_version_id = %s order by s.position)""".formatted(versionId);
    }

    /** The scopes of an array read by {@link #asRows}. */
    static List<PolicyScope> fromRows(Array rows) throws SQLException {
        List<PolicyScope> scopes = new ArrayList<>();
        for (Object row : (Object[]) rows.getArray()) {
            String[] column = (String[]) row;
            ScopedSetting setting = ScopedSetting.valueOf(column[0]);
            PolicyVersion.DinamisHours hours = setting == ScopedSetting.DINAMIS_JAM ? new PolicyVersion.DinamisHours(
                    time(column[5]), time(column[6]), time(column[7]), time(column[8]), number(column[9])) : null;
            scopes.add(new PolicyScope(setting, column[1], Scope.Kind.valueOf(column[2]), column[3], column[4], hours,
                    number(column[10])));
        }
        return scopes;
    }

    private static LocalTime time(String text) {
        return text == null ? null : LocalTime.parse(text);
    }

    private static Integer number(String text) {
        return text == null ? null : Integer.valueOf(text);
    }

    void insert(long versionId, List<ScopeDraft> scopes) {
        int position = 0;
        for (ScopeDraft scope : scopes) {
            PolicyDraft.Dinamis hours = scope.getSetting() == ScopedSetting.DINAMIS_JAM ? scope.getDinamis() : null;
            jdbc.sql("""
                            insert into policy_scope (policy_version_id, position, setting, criterion_code, scope_kind,
                                scope_target, dinamis_earliest_start, dinamis_latest_end, dinamis_core_start,
                                dinamis_core_end, dinamis_min_minutes_per_day, min_office_presence_percent)
                            values (:version, :position, :setting, :code, :kind, :target, :earliestStart, :latestEnd,
                                :coreStart, :coreEnd, :minMinutes, :presence)""")
                    .param("version", versionId)
                    .param("position", position++)
                    .param("setting", scope.getSetting().name())
                    .param("code", scope.getSetting() == ScopedSetting.KRITERIA_TAMBAHAN
                            ? scope.getCriterionCode().strip() : null, Types.VARCHAR)
                    .param("kind", scope.getKind().name())
                    .param("target", scope.strippedTarget())
                    .param("earliestStart", hours == null ? null : hours.getEarliestStart(), Types.TIME)
                    .param("latestEnd", hours == null ? null : hours.getLatestEnd(), Types.TIME)
                    .param("coreStart", hours == null ? null : hours.getCoreStart(), Types.TIME)
                    .param("coreEnd", hours == null ? null : hours.getCoreEnd(), Types.TIME)
                    .param("minMinutes", hours == null ? null : hours.getMinMinutesPerDay(), Types.INTEGER)
                    .param("presence", scope.getSetting() == ScopedSetting.LAYANAN_MINIMUM
                            ? scope.getMinOfficePresencePercent() : null, Types.INTEGER)
                    .update();
        }
    }
}
