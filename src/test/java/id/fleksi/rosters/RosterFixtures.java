package id.fleksi.rosters;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Data of the roster tests that no other test sees: a sub-unit of the demo's emergency unit (designated for sif
 * through its parent, Pasal 19 ayat (4)) with its own head, who signs in, and employees who hold the emergency
 * task (Pasal 24 ayat (1)). Names sort after the demo's, so that no list of the demo changes its first page.
 */
final class RosterFixtures {

    private static final AtomicLong NEXT_NIP = new AtomicLong(970_000_000_000_000_000L
            + Math.floorMod(System.nanoTime(), 1_000_000_000_000L) * 1000);

    private RosterFixtures() {
    }

    /** A unit, its head's username and its employees' NIPs. */
    record TestUnit(String code, String head, String headNip, List<String> nips) {
    }

    static TestUnit unit(JdbcClient jdbc, int employees) {
        return unit(jdbc, employees, "RSUD-IGD");
    }

    static TestUnit unit(JdbcClient jdbc, int employees, String parentCode) {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        String code = "SIF-" + suffix;
        jdbc.sql("""
                        insert into unit (code, name, parent_id, time_zone)
                        values (?, ?, (select id from unit where code = ?), 'Asia/Jakarta')""")
                .params(code, "Tim Sif Uji " + suffix, parentCode).update();
        String headNip = employee(jdbc, code, "Zulfa Kepala " + suffix);
        jdbc.sql("""
                        insert into unit_head (unit_id, employee_id, started_on)
                        values ((select id from unit where code = ?), (select id from employee where nip = ?),
                                date '2024-01-02')""")
                .params(code, headNip).update();
        String username = "kepala." + suffix.toLowerCase(Locale.ROOT);
        jdbc.sql("""
                        insert into account (username, display_name, password_hash, employee_id)
                        values (?, ?, '{noop}tidak-dipakai', (select id from employee where nip = ?))""")
                .params(username, "Zulfa Kepala " + suffix, headNip).update();
        jdbc.sql("insert into account_role (account_id, role) select id, 'PEGAWAI' from account where username = ?")
                .params(username).update();
        List<String> nips = new ArrayList<>();
        for (int i = 0; i < employees; i++) {
            String nip = employee(jdbc, code, "Zulfa Perawat " + suffix + " " + (char) ('A' + i));
            jdbc.sql("""
                            insert into task_assignment (task_id, employee_id, assigned_on)
                            values ((select id from task where code = 'IGD-LYN'),
                                    (select id from employee where nip = ?), date '2026-01-05')""")
                    .params(nip).update();
            jdbc.sql("""
                            insert into account (username, display_name, password_hash, employee_id)
                            values (?, ?, '{noop}tidak-dipakai', (select id from employee where nip = ?))""")
                    .params(nip, "Zulfa Perawat " + suffix, nip).update();
            jdbc.sql("insert into account_role (account_id, role) select id, 'PEGAWAI' from account where username = ?")
                    .params(nip).update();
            nips.add(nip);
        }
        return new TestUnit(code, username, headNip, nips);
    }

    private static String employee(JdbcClient jdbc, String unitCode, String name) {
        String nip = Long.toString(NEXT_NIP.incrementAndGet());
        jdbc.sql("""
                        insert into employee (nip, name, employee_type, unit_id, position, position_since)
                        values (?, ?, 'PNS', (select id from unit where code = ?), 'Perawat', date '2020-01-01')""")
                .params(nip, name, unitCode).update();
        jdbc.sql("""
                        insert into performance_predicate (employee_id, year, predikat, recorded_by, recorded_at)
                        values ((select id from employee where nip = ?), 2025, 'BAIK', 'uji', now())""")
                .params(nip).update();
        return nip;
    }
}
