package id.fleksi.organisation;

import id.fleksi.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stored count of each unit's active employees follows every change to the employees, one by one or many in
 * one statement: it always equals counting them.
 */
class UnitStaffTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theStoredStaffOfEachUnitEqualsCountingItsActiveEmployees() {
        jdbc.sql("""
                insert into unit (code, name, parent_id, time_zone) values
                    ('STAF-A', 'Unit staf A', (select id from unit where code = 'SETDA'), 'Asia/Jakarta'),
                    ('STAF-B', 'Unit staf B', (select id from unit where code = 'SETDA'), 'Asia/Jakarta')""").update();
        jdbc.sql("""
                insert into employee (nip, name, employee_type, unit_id, position, position_since)
                select '1990010120150310' || lpad(g::text, 2, '0'), 'Staf ' || g, 'PNS',
                       (select id from unit where code = case when g <= 3 then 'STAF-A' else 'STAF-B' end),
                       'Analis', date '2020-01-01'
                from generate_series(1, 5) g""").update();
        assertThat(stored()).containsEntry("STAF-A", 3).containsEntry("STAF-B", 2);

        // a move, a deactivation, a move of an inactive employee, a removal, a reactivation
        jdbc.sql("update employee set unit_id = (select id from unit where code = 'STAF-B') where nip = '199001012015031001'")
                .update();
        jdbc.sql("update employee set active = false where nip in ('199001012015031002', '199001012015031004')").update();
        jdbc.sql("update employee set unit_id = (select id from unit where code = 'STAF-A') where nip = '199001012015031004'")
                .update();
        jdbc.sql("delete from employee where nip = '199001012015031005'").update();
        assertThat(stored()).containsEntry("STAF-A", 1).containsEntry("STAF-B", 1);
        jdbc.sql("update employee set active = true where nip = '199001012015031004'").update();

        assertThat(stored()).containsEntry("STAF-A", 2).containsEntry("STAF-B", 1);
        assertThat(stored()).isEqualTo(counted());

        // a change of kind, an update that changes nothing counted, many rows in one statement
        jdbc.sql("update employee set employee_type = 'PPPK' where nip = '199001012015031004'").update();
        jdbc.sql("update employee set name = name || ' ' where nip like '1990010120150310%'").update();
        jdbc.sql("update employee set active = false where nip = '199001012015031003'").update();
        assertThat(storedKinds()).isEqualTo(countedKinds());
        assertThat(storedKinds()).containsEntry("STAF-A", "3 1 0 1 0").containsEntry("STAF-B", "1 1 1 0 0");
    }

    /** Per unit: all employees, the active ones, and the active ones of each kind. */
    private Map<String, String> storedKinds() {
        return texts("""
                select u.code, concat_ws(' ', s.employees, s.active, s.pns, s.pppk, s.pppk_paruh_waktu)
                from unit_staff s join unit u on u.id = s.unit_id where u.code like 'STAF-%'""");
    }

    private Map<String, String> countedKinds() {
        return texts("""
                select u.code, concat_ws(' ', count(*), count(*) filter (where e.active),
                       count(*) filter (where e.active and e.employee_type = 'PNS'),
                       count(*) filter (where e.active and e.employee_type = 'PPPK'),
                       count(*) filter (where e.active and e.employee_type = 'PPPK_PARUH_WAKTU'))
                from employee e join unit u on u.id = e.unit_id where u.code like 'STAF-%' group by u.code""");
    }

    private Map<String, String> texts(String sql) {
        List<Map.Entry<String, String>> rows = jdbc.sql(sql)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list();
        return Map.ofEntries(rows.toArray(Map.Entry[]::new));
    }

    private Map<String, Integer> stored() {
        return figures("""
                select u.code, s.active from unit_staff s join unit u on u.id = s.unit_id where s.active > 0""");
    }

    private Map<String, Integer> counted() {
        return figures("""
                select u.code, count(*)::int from employee e join unit u on u.id = e.unit_id where e.active
                group by u.code""");
    }

    private Map<String, Integer> figures(String sql) {
        List<Map.Entry<String, Integer>> rows = jdbc.sql(sql)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2))).list();
        return Map.ofEntries(rows.toArray(Map.Entry[]::new));
    }
}
