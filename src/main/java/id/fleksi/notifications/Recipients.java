package id.fleksi.notifications;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;

/** Whom a notification about employees reaches: the enabled accounts of those employees, with their addresses. */
@Component
class Recipients {

    private final JdbcClient jdbc;

    Recipients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Recipient> ofEmployees(Collection<Long> employeeIds) {
        return jdbc.sql("""
                        select a.id, a.display_name, m.email from account_directory a
                        left join mail_address m on m.account_id = a.id
                        where a.employee_id = any(:employees) and a.enabled
                        order by a.id""")
                .param("employees", employeeIds.toArray(Long[]::new))
                .query((rs, n) -> new Recipient(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    /** The enabled accounts that hold the role (PPK, KEPEGAWAIAN), by id. */
    List<Long> withRole(String role) {
        return havingRole(role).stream().map(Recipient::accountId).toList();
    }

    /** The enabled accounts that hold the role, with their names and addresses. */
    List<Recipient> havingRole(String role) {
        return jdbc.sql("""
                        select a.id, a.display_name, m.email from account_directory a
                        join account_role_directory r on r.account_id = a.id and r.role = :role
                        left join mail_address m on m.account_id = a.id
                        where a.enabled order by a.id""")
                .param("role", role)
                .query((rs, n) -> new Recipient(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    /** An account to notify: its name and the address it gave for mail, or null. */
    record Recipient(long accountId, String name, String email) {
    }
}
