package id.fleksi.organisation;

import id.fleksi.security.AccountSetup;
import id.fleksi.security.NewAccount;
import id.fleksi.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** Employees made for one test each, so that tests that change records never touch the demo people. */
final class PersonnelTestData {

    static final String PASSWORD = "rahasia-uji-123";

    private final JdbcClient jdbc;
    private final AccountSetup accounts;

    PersonnelTestData(JdbcClient jdbc, AccountSetup accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /** A new active employee of the unit, with a NIP nobody else has. */
    String employee(String unitCode) {
        return employee(unitCode, true);
    }

    String employee(String unitCode, boolean active) {
        String nip = "19" + String.format("%016d", ThreadLocalRandom.current().nextLong(10_000_000_000_000_000L));
        jdbc.sql("""
                        insert into employee (nip, name, employee_type, unit_id, position, position_since, active)
                        values (:nip, :name, 'PNS', (select id from unit where code = :unit), 'Analis Uji',
                                date '2020-01-01', :active)""")
                .param("nip", nip).param("name", "Pegawai Uji " + nip.substring(12)).param("unit", unitCode)
                .param("active", active)
                .update();
        return nip;
    }

    /** A new employee who can sign in with their NIP and {@link #PASSWORD}. */
    String employeeWithAccount(String unitCode) {
        String nip = employee(unitCode);
        accounts.createAll(List.of(new NewAccount(nip, "Pegawai Uji " + nip.substring(12), nip, Set.of(Role.PEGAWAI),
                PASSWORD, false)));
        return nip;
    }

    long idOf(String nip) {
        return jdbc.sql("select id from employee where nip = :nip").param("nip", nip).query(Long.class).single();
    }

    /** The audit actions recorded on the employee, oldest first. */
    List<String> auditActions(String nip) {
        return jdbc.sql("""
                        select action from audit_event where subject_type = 'EMPLOYEE' and subject_key = :nip
                        order by id""")
                .param("nip", nip).query(String.class).list();
    }

    /** Before and after of the latest audit entry of the action on the employee, as JSON text. */
    List<String> lastAudit(String nip, String action) {
        return jdbc.sql("""
                        select coalesce(before_state::text, ''), coalesce(after_state::text, '') from audit_event
                        where subject_type = 'EMPLOYEE' and subject_key = :nip and action = :action
                        order by id desc limit 1""")
                .param("nip", nip).param("action", action)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).single();
    }
}
