package id.fleksi.notifications;

import id.fleksi.audit.AuditTrail;
import id.fleksi.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The e-mail address of an account, where reminders are mailed; each person sets their own. */
@Service
class EmailAddresses {

    static final String CHANGED = "ACCOUNT_EMAIL_CHANGED";
    static final String SUBJECT = "ACCOUNT";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    EmailAddresses(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    Optional<String> of(long accountId) {
        return jdbc.sql("select email from mail_address where account_id = :id").param("id", accountId)
                .query(String.class).optional();
    }

    /**
     * Sets the person's own address, or removes it when {@code email} is blank; records a change in the audit
     * trail. The address is kept in lower case: mail servers treat it so, and it reads the same everywhere.
     */
    @Transactional
    void change(Actor actor, String email) {
        String address = email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
        String before = jdbc.sql("select email from mail_address where account_id = :id for update")
                .param("id", actor.accountId()).query(String.class).optional().orElse(null);
        if (Objects.equals(before, address)) {
            return;
        }
        if (address == null) {
            jdbc.sql("delete from mail_address where account_id = :id").param("id", actor.accountId()).update();
        } else {
            jdbc.sql("""
                            insert into mail_address (account_id, email) values (:id, :email)
                            on conflict (account_id) do update set email = excluded.email""")
                    .param("email", address).param("id", actor.accountId()).update();
        }
        audit.record(actor, CHANGED, SUBJECT, actor.username(), emailState(before), emailState(address));
    }

    private static Map<String, Object> emailState(String address) {
        return address == null ? null : Map.of("email", address);
    }
}
