package id.fleksi.planning;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Units of the tests of the weekly loop, each made for one test in the shared database: a unit under SETDA with
 * employees who may use location flexibility (task KOM-APL meets Pasal 23, in the position since 2020, domicile
 * registered), each with an account named by the NIP and the demo password; optionally a head in another unit.
 */
public final class PlanTestUnits {

    private static final AtomicInteger SERIAL = new AtomicInteger(1);

    private PlanTestUnits() {
    }

    /** A unit with its code, employees' NIPs (accounts with password demo12345) and its head's NIP, if any. */
    public record TestUnit(String code, List<String> staff, String head) {
    }

    public static TestUnit create(JdbcClient jdbc, String prefix, int staff, boolean withHead) {
        int n = SERIAL.getAndIncrement();
        String code = (prefix + "-" + n).toUpperCase();
        jdbc.sql("""
                        insert into unit (code, name, parent_id, time_zone)
                        values (:code, :name, (select id from unit where code = 'SETDA'), 'Asia/Jakarta')""")
                .param("code", code).param("name", "Unit uji " + code).update();
        List<String> nips = new ArrayList<>();
        for (int i = 0; i < staff; i++) {
            nips.add(employee(jdbc, code, n, i, "Pegawai " + code + " " + (i + 1)));
        }
        String head = null;
        if (withHead) {
            head = employee(jdbc, "SETDA", n, 900, "Kepala " + code);
            jdbc.sql("""
                            insert into unit_head (unit_id, employee_id, started_on)
                            values ((select id from unit where code = :code), (select id from employee where nip = :nip),
                                    date '2024-01-02')""")
                    .param("code", code).param("nip", head).update();
        }
        return new TestUnit(code, nips, head);
    }

    private static String employee(JdbcClient jdbc, String unitCode, int unit, int index, String name) {
        // born 1960 + unit's serial, appointed March 2015; the serial keeps NIPs of the tests apart
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(unit % 360);
        String nip = "%04d%02d%02d201503%d%03d".formatted(birth.getYear() + unit / 360, birth.getMonthValue(),
                birth.getDayOfMonth(), 1 + index % 2, index + 1);
        jdbc.sql("""
                        insert into employee (nip, name, employee_type, unit_id, position, position_since, domicile)
                        values (:nip, :name, 'PNS', (select id from unit where code = :unit), 'Pranata Komputer',
                                date '2020-01-01', 'Jl. Uji No. 1')""")
                .param("nip", nip).param("name", name).param("unit", unitCode).update();
        jdbc.sql("""
                        insert into task_assignment (task_id, employee_id, assigned_on)
                        values ((select id from task where code = 'KOM-APL'), (select id from employee where nip = :nip),
                                date '2026-01-05')""")
                .param("nip", nip).update();
        long account = jdbc.sql("""
                        insert into account (username, display_name, password_hash, employee_id)
                        values (:nip, :name, (select password_hash from account where username = 'pegawai'),
                                (select id from employee where nip = :nip))
                        returning id""")
                .param("nip", nip).param("name", name).query(Long.class).single();
        jdbc.sql("insert into account_role (account_id, role) values (:id, 'PEGAWAI')").param("id", account).update();
        return nip;
    }
}
