package id.fleksi.planning;

import id.fleksi.IntegrationTest;
import id.fleksi.planning.PlanTestUnits.TestUnit;
import id.fleksi.shared.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The number of plans waiting for a decision, read from each unit's stored count, is the number of plans the inbox
 * lists: for the PPK, for the head of a unit with a sub-unit and a head placed in it, and for those two heads,
 * whatever plans are submitted, decided, moved to another unit or removed, one by one or many in one statement.
 */
class WaitingCountTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    WeeklyPlans plans;
    @Autowired
    UserDetailsService users;

    @Test
    void theStoredCountOfWaitingPlansIsWhatTheInboxLists() {
        TestUnit unit = PlanTestUnits.create(jdbc, "TGU", 4, true);
        // the head works in the unit; the first employee heads a sub-unit (their plans go to the unit's head), where
        // the second works; the fourth heads a unit beside it (their plans go above the unit's head)
        unit(unit.code() + "-S", unit.code());
        unit(unit.code() + "-B", "SETDA");
        head(unit.code() + "-S", unit.staff().get(0));
        head(unit.code() + "-B", unit.staff().get(3));
        place(unit.head(), unit.code());
        place(unit.staff().get(1), unit.code() + "-S");
        List<String> everyone = List.of(unit.staff().get(0), unit.staff().get(1), unit.staff().get(2),
                unit.staff().get(3), unit.head());
        List<String> actors = List.of("ppk", unit.head(), unit.staff().get(0), unit.staff().get(3));

        submit(everyone, "2027-W40", "2027-10-04");
        submit(everyone.subList(0, 3), "2027-W41", "2027-10-11");
        assertSame(actors);
        assertThat(count(unit.head())).isEqualTo(6);

        // decided, one and several at once; a plan moves to the sub-unit; a plan is removed
        jdbc.sql("update weekly_plan set status = 'APPROVED', decided_at = now(), decided_by = 'uji' where iso_week = '2027-W41' and employee_id = "
                + "(select id from employee where nip = :nip)").param("nip", unit.staff().get(2)).update();
        jdbc.sql("update weekly_plan set status = 'REJECTED', decided_at = now(), decided_by = 'uji', "
                + "decision_note = 'uji' where iso_week = '2027-W40' and employee_id in "
                + "(select id from employee where nip in (:nips))").param("nips", everyone.subList(2, 4)).update();
        jdbc.sql("update weekly_plan set unit_id = (select id from unit where code = :code) where employee_id = "
                + "(select id from employee where nip = :nip)").param("code", unit.code() + "-S")
                .param("nip", unit.staff().get(1)).update();
        jdbc.sql("delete from weekly_plan where iso_week = '2027-W41' and employee_id = "
                + "(select id from employee where nip = :nip)").param("nip", unit.staff().get(0)).update();
        // back to waiting
        jdbc.sql("update weekly_plan set status = 'SUBMITTED', decided_at = null where iso_week = '2027-W40' and employee_id = "
                + "(select id from employee where nip = :nip)").param("nip", unit.staff().get(3)).update();
        assertSame(actors);

        assertThat(stored()).isEqualTo(counted());
    }

    /**
     * Employees of one unit whose ids step by 16 (created unit by unit in turn) still spread over several of the
     * unit's slots, so that their submissions at the same moment do not all wait on one row.
     */
    @Test
    void employeesWhoseIdsStepBySixteenSpreadOverTheSlots() {
        TestUnit unit = PlanTestUnits.create(jdbc, "TGS", 0, true);
        long first = jdbc.sql("select (max(id) / 16 + 1000) * 16 from employee").query(Long.class).single();
        for (int i = 0; i < 8; i++) {
            long id = first + 16L * i;
            jdbc.sql("""
                            insert into employee (id, nip, name, employee_type, unit_id, position, position_since)
                            values (:id, :nip, 'Pegawai slot ' || :id, 'PNS', (select id from unit where code = :unit),
                                    'Pranata Komputer', date '2020-01-01')""")
                    .param("id", id).param("nip", String.valueOf(199001012020000000L + id % 100000000L))
                    .param("unit", unit.code()).update();
            jdbc.sql("""
                            insert into weekly_plan (employee_id, unit_id, iso_week, week_start, flex_type, status,
                                                     verdict, warnings, submitted_at, submitted_by)
                            values (:id, (select id from unit where code = :unit), '2027-W40', date '2027-10-04', 'NONE',
                                    'SUBMITTED', cast('{"valid":true,"violations":[]}' as jsonb), 0, now(), 'uji')""")
                    .param("id", id).param("unit", unit.code()).update();
        }
        // the ids were chosen ahead of the employees' sequence: move it past them, or a later test's employees
        // would be given these ids again
        jdbc.sql("select setval(pg_get_serial_sequence('employee', 'id'), (select max(id) from employee))")
                .query(Long.class).single();
        List<Integer> slots = jdbc.sql("""
                        select submitted from unit_waiting
                        where unit_id = (select id from unit where code = :unit) and submitted > 0""")
                .param("unit", unit.code()).query(Integer.class).list();
        assertThat(slots).as("slots holding the unit's 8 waiting plans").hasSizeGreaterThan(3);
        assertThat(slots.stream().mapToInt(Integer::intValue).sum()).isEqualTo(8);
        assertThat(stored()).isEqualTo(counted());
    }

    /**
     * A page's GET counts a head's waiting plans once, for the navigation's badge and the inbox's list alike; a
     * form's POST, and the next page, count afresh.
     */
    @Test
    void aPageCountsTheWaitingPlansOnce() {
        TestUnit unit = PlanTestUnits.create(jdbc, "TGP", 3, true);
        Actor head = (Actor) users.loadUserByUsername(unit.head());
        submit(unit.staff().subList(0, 1), "2027-W42", "2027-10-18");
        try {
            inRequest("GET");
            assertThat(plans.waitingCount(head)).isEqualTo(1);
            submit(unit.staff().subList(1, 2), "2027-W42", "2027-10-18");
            assertThat(plans.waiting(head, null, 0, 20).total()).as("the list of the same page").isEqualTo(1);
            assertThat(plans.waitingCount(head)).as("the badge of the same page").isEqualTo(1);
            inRequest("GET");
            assertThat(plans.waitingCount(head)).as("the next page").isEqualTo(2);
            inRequest("POST");
            submit(unit.staff().subList(2, 3), "2027-W42", "2027-10-18");
            assertThat(plans.waitingCount(head)).as("a form's POST").isEqualTo(3);
            submit(unit.staff().subList(0, 1), "2027-W43", "2027-10-25");
            assertThat(plans.waitingCount(head)).as("a form's POST").isEqualTo(4);
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
        assertThat(plans.waitingCount(head)).as("outside a request").isEqualTo(4);
    }

    private static void inRequest(String method) {
        RequestContextHolder.setRequestAttributes(
                new ServletRequestAttributes(new MockHttpServletRequest(method, "/persetujuan")));
    }

    private void assertSame(List<String> usernames) {
        for (String username : usernames) {
            Actor actor = (Actor) users.loadUserByUsername(username);
            assertThat(plans.waitingCount(actor)).as("waiting for " + username)
                    .isEqualTo(plans.waiting(actor, null, 0, 1000).items().size());
        }
        assertThat(stored()).isEqualTo(counted());
    }

    private long count(String username) {
        return plans.waitingCount((Actor) users.loadUserByUsername(username));
    }

    private void unit(String code, String parent) {
        jdbc.sql("""
                        insert into unit (code, name, parent_id, time_zone)
                        values (:code, 'Unit uji ' || :code, (select id from unit where code = :parent), 'Asia/Jakarta')""")
                .param("code", code).param("parent", parent).update();
    }

    private void place(String nip, String unitCode) {
        jdbc.sql("update employee set unit_id = (select id from unit where code = :code) where nip = :nip")
                .param("code", unitCode).param("nip", nip).update();
    }

    private void head(String unitCode, String nip) {
        jdbc.sql("""
                        insert into unit_head (unit_id, employee_id, started_on)
                        values ((select id from unit where code = :code), (select id from employee where nip = :nip),
                                date '2024-01-02')""")
                .param("code", unitCode).param("nip", nip).update();
    }

    /** Plans of the employees for the week, all in one statement, submitted. */
    private void submit(List<String> nips, String week, String monday) {
        jdbc.sql("""
                        insert into weekly_plan (employee_id, unit_id, iso_week, week_start, flex_type, status, verdict,
                                                 submitted_at, submitted_by)
                        select e.id, e.unit_id, :week, cast(:monday as date), 'NONE', 'SUBMITTED', '{}'::jsonb, now(),
                               e.nip
                        from employee e where e.nip in (:nips)""")
                .param("week", week).param("monday", monday).param("nips", nips).update();
    }

    private Map<Long, Long> stored() {
        return figures("select unit_id, sum(submitted)::bigint from unit_waiting group by unit_id having sum(submitted) <> 0");
    }

    private Map<Long, Long> counted() {
        return figures("select unit_id, count(*) from weekly_plan where status = 'SUBMITTED' group by unit_id");
    }

    private Map<Long, Long> figures(String sql) {
        List<Map.Entry<Long, Long>> rows = jdbc.sql(sql)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).list();
        return Map.ofEntries(rows.toArray(Map.Entry[]::new));
    }
}
