package id.fleksi.policy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.fleksi.rules.Determination;
import id.fleksi.rules.LocationKind;
import id.fleksi.rules.Predikat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Optional;

/** The PPK's determination as it stands on a given day, and the acknowledgements of its code of conduct. */
@Service
public class Policies {

    private final JdbcClient jdbc;

    Policies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The version in force on a day: the latest one effective on or before it. */
    @Transactional(readOnly = true)
    public Optional<PolicyInForce> inForceOn(LocalDate day) {
        return jdbc.sql("""
                        select id, effective_from, decree_number, max_lokasi_days_per_week, lokasi_percent_cap,
                               code_of_conduct
                        from policy_version where effective_from <= :day
                        order by effective_from desc limit 1""")
                .param("day", day)
                .query((rs, n) -> new PolicyInForce(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getString(6)))
                .optional();
    }

    /** The determination in force on a day as the rules read it. */
    @Transactional(readOnly = true)
    public Optional<Determination> determinationOn(LocalDate day) {
        return jdbc.sql("""
                        select * from policy_version where effective_from <= :day
                        order by effective_from desc limit 1""")
                .param("day", day)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    List<Determination.AdditionalCriterion> criteria = jdbc.sql("""
                                    select code, description, coordination_letter from policy_additional_criterion
                                    where policy_version_id = :id order by code""")
                            .param("id", id)
                            .query((c, m) -> new Determination.AdditionalCriterion(c.getString(1), c.getString(2),
                                    c.getString(3)))
                            .list();
                    Determination.DinamisHours dinamis = rs.getObject("dinamis_earliest_start") == null ? null
                            : new Determination.DinamisHours(rs.getObject("dinamis_earliest_start", LocalTime.class),
                            rs.getObject("dinamis_latest_end", LocalTime.class),
                            rs.getObject("dinamis_core_start", LocalTime.class),
                            rs.getObject("dinamis_core_end", LocalTime.class),
                            (Integer) rs.getObject("dinamis_min_minutes_per_day", Integer.class));
                    return new Determination(rs.getObject("effective_from", LocalDate.class),
                            rs.getString("decree_number"), rs.getBoolean("lokasi_enabled"),
                            Arrays.stream((String[]) rs.getArray("allowed_locations").getArray())
                                    .map(LocationKind::valueOf).collect(Collectors.toSet()),
                            rs.getInt("max_lokasi_days_per_week"), rs.getInt("lokasi_percent_cap"),
                            Arrays.stream((String[]) rs.getArray("fixed_lokasi_weekdays").getArray())
                                    .map(DayOfWeek::valueOf).collect(Collectors.toSet()),
                            rs.getBoolean("sif_enabled"), Set.of((String[]) rs.getArray("sif_unit_codes").getArray()),
                            rs.getBoolean("dinamis_enabled"), dinamis, rs.getInt("late_start_max_minutes"),
                            rs.getInt("new_employee_months"),
                            rs.getString("min_predikat") == null ? null : Predikat.valueOf(rs.getString("min_predikat")),
                            rs.getInt("min_office_presence_percent"), criteria);
                })
                .optional();
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

    /** Records the acknowledgement of the code of conduct in force; false when no determination is in force. */
    @Transactional
    public boolean acknowledgeCodeOfConduct(long accountId, LocalDate day) {
        Optional<PolicyInForce> policy = inForceOn(day);
        policy.ifPresent(p -> jdbc.sql("""
                        insert into code_of_conduct_acknowledgement (account_id, policy_version_id)
                        values (:account, :policy) on conflict do nothing""")
                .param("account", accountId).param("policy", p.id()).update());
        return policy.isPresent();
    }
}
