package id.fleksi.security;

import id.fleksi.organisation.AccountStatuses;
import id.fleksi.organisation.EmployeeActivationChanged;
import id.fleksi.organisation.EmployeesRegistered;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The accounts of the employees HR adds or takes out of service, kept in step with the organisation
 * inside the same transaction: a new employee signs in with their NIP and the initial password, which they
 * must change at first sign-in; a deactivated one can no longer sign in and their sessions end.
 */
@Component
class EmployeeAccounts implements AccountStatuses {

    /**
     * Initial passwords get bcrypt of strength 4 instead of the default 10: a 10,000-row import with
     * distinct passwords would otherwise spend over ten minutes hashing (about 70 ms each), with it about
     * ten seconds. The weaker hash is acceptable
     * because it guards a temporary credential: it must be replaced at first sign-in, where the new password
     * gets the full strength, and guessing it online runs into the lockout after five failures. The
     * {@code {bcrypt}} id lets the delegating encoder verify it like any other bcrypt hash.
     */
    private static final BCryptPasswordEncoder INITIAL = new BCryptPasswordEncoder(4);
    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    EmployeeAccounts(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void create(EmployeesRegistered registered) {
        // each distinct password is hashed once, on every core: hashing is what an import spends its time on
        Map<String, String> hashes = registered.registrations().stream()
                .map(EmployeesRegistered.Registration::initialPassword).distinct().toList()
                .parallelStream()
                .collect(Collectors.toConcurrentMap(Function.identity(),
                        password -> "{bcrypt}" + INITIAL.encode(password)));
        List<Object[]> rows = new ArrayList<>();
        for (EmployeesRegistered.Registration employee : registered.registrations()) {
            rows.add(new Object[] {employee.nip(), employee.name(), hashes.get(employee.initialPassword()),
                    employee.employeeId()});
        }
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate("""
                    insert into account (username, display_name, password_hash, employee_id, must_change_password)
                    values (?, ?, ?, ?, true)""", rows.subList(from, Math.min(from + BATCH, rows.size())));
        }
        Long[] employeeIds = registered.registrations().stream()
                .map(EmployeesRegistered.Registration::employeeId).toArray(Long[]::new);
        jdbc.update("""
                insert into account_role (account_id, role)
                select id, 'PEGAWAI' from account where employee_id = any(?)""", (Object) employeeIds);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void changeActivation(EmployeeActivationChanged changed) {
        jdbc.update("update account set enabled = ? where employee_id = ?", changed.active(), changed.employeeId());
        if (!changed.active()) {
            // Signed-in pages would otherwise go on until the session expires; the API checks on every call.
            jdbc.update("""
                    delete from spring_session
                    where principal_name in (select username from account where employee_id = ?)""",
                    changed.employeeId());
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AccountStatus> of(long employeeId) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.query("""
                        select username, enabled, must_change_password, locked_until > ?, last_login_at
                        from account where employee_id = ?""",
                (rs, n) -> new AccountStatus(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4),
                        Optional.ofNullable(rs.getTimestamp(5)).map(Timestamp::toInstant).orElse(null)),
                now, employeeId).stream().findFirst();
    }
}
