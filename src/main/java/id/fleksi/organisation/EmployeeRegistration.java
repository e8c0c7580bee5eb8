package id.fleksi.organisation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds checked employees in JDBC batches (one employee or ten thousand from an import take the same way)
 * and announces them with {@link EmployeesRegistered} in the same transaction, so that their accounts are
 * created with them or not at all.
 */
@Component
class EmployeeRegistration {

    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    EmployeeRegistration(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Inserts the employees and returns their ids by NIP. */
    @Transactional(propagation = Propagation.MANDATORY)
    Map<String, Long> register(List<NewEmployee> employees) {
        for (int from = 0; from < employees.size(); from += BATCH) {
            List<Object[]> rows = new ArrayList<>();
            for (NewEmployee e : employees.subList(from, Math.min(from + BATCH, employees.size()))) {
                rows.add(new Object[] {e.nip().value(), e.name(), e.type().name(), e.unitId(), e.position(),
                        Date.valueOf(e.positionSince()), e.domicile()});
            }
            jdbc.batchUpdate("""
                    insert into employee (nip, name, employee_type, unit_id, position, position_since, domicile)
                    values (?, ?, ?, ?, ?, ?, ?)""", rows);
        }
        String[] nips = employees.stream().map(e -> e.nip().value()).toArray(String[]::new);
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("select nip, id from employee where nip = any(?)",
                rs -> {
                    ids.put(rs.getString(1), rs.getLong(2));
                }, (Object) nips);
        events.publishEvent(new EmployeesRegistered(employees.stream()
                .map(e -> new EmployeesRegistered.Registration(ids.get(e.nip().value()), e.nip().value(), e.name(),
                        e.initialPassword()))
                .toList()));
        return ids;
    }

    /** An employee whose fields have all been checked. */
    record NewEmployee(Nip nip, String name, EmployeeType type, long unitId, String unitCode, String position,
                       java.time.LocalDate positionSince, String domicile, String initialPassword) {

        @Override
        public String toString() {
            return "NewEmployee[" + nip.value() + ", " + name + "]";
        }
    }
}
