package id.fleksi.policy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
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
