package id.fleksi.planning;

import id.fleksi.attendance.RealisationTestData;
import id.fleksi.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;

/** Units of their own with alternating groups, for the tests of groups; the demo's units stay as they are. */
public final class GroupTestData {

    private GroupTestData() {
    }

    /** A unit with its head and 4 employees split in two groups of 2 that take turns at home. */
    public record Ambon(RealisationTestData.HeadedUnit unit, UnitGroups.Group a, UnitGroups.Group b, String a1,
                        String a2, String b1, String b2) {
    }

    /**
     * Ambon's practice in a 2-week cycle: Kelompok A at home on Monday and Tuesday in odd ISO weeks and on Thursday
     * and Friday in even ones, Kelompok B the other way round.
     */
    public static Ambon ambon(JdbcClient jdbc, UnitGroups groups, UserDetailsService users) {
        RealisationTestData.HeadedUnit unit = RealisationTestData.headedUnit(jdbc);
        Actor head = (Actor) users.loadUserByUsername(unit.head());
        String a1 = eligible(jdbc, RealisationTestData.employee(jdbc, unit.code()));
        String a2 = eligible(jdbc, RealisationTestData.employee(jdbc, unit.code()));
        String b1 = eligible(jdbc, RealisationTestData.employee(jdbc, unit.code()));
        String b2 = eligible(jdbc, RealisationTestData.employee(jdbc, unit.code()));
        UnitGroups.Group a = groups.create(head, unit.code(), input("Kelompok A",
                List.of(MONDAY, TUESDAY), List.of(THURSDAY, FRIDAY)));
        UnitGroups.Group b = groups.create(head, unit.code(), input("Kelompok B",
                List.of(THURSDAY, FRIDAY), List.of(MONDAY, TUESDAY)));
        groups.setMembers(head, unit.code(), a.id(), List.of(a1, a2));
        groups.setMembers(head, unit.code(), b.id(), List.of(b1, b2));
        return new Ambon(unit, a, b, a1, a2, b1, b2);
    }

    /**
     * The demo employee's tasks and predicate, a declared infrastructure and the code of conduct acknowledged, so
     * that location flexibility is open to the employee.
     */
    public static String eligible(JdbcClient jdbc, String nip) {
        long id = jdbc.sql("select id from employee where nip = :nip").param("nip", nip).query(Long.class).single();
        jdbc.sql("""
                        insert into task_assignment (task_id, employee_id, assigned_on)
                        select task_id, :id, date '2024-01-02' from task_assignment
                        where employee_id = (select id from employee where nip = '198808122010042002')""")
                .param("id", id).update();
        jdbc.sql("insert into infrastructure_declaration (employee_id, ready, note) values (:id, true, 'Siap')")
                .param("id", id).update();
        jdbc.sql("""
                        insert into performance_predicate (employee_id, year, predikat, recorded_by)
                        select :id, year, predikat, recorded_by from performance_predicate
                        where employee_id = (select id from employee where nip = '198808122010042002')""")
                .param("id", id).update();
        jdbc.sql("""
                        insert into code_of_conduct_acknowledgement (account_id, policy_version_id, acknowledged_at)
                        select a.id, p.id, now() from account a cross join policy_version p where a.username = :nip""")
                .param("nip", nip).update();
        return nip;
    }

    @SafeVarargs
    public static UnitGroups.GroupInput input(String name, List<DayOfWeek>... weeks) {
        return new UnitGroups.GroupInput(name, Arrays.stream(weeks)
                .map(week -> week.stream().map(DayOfWeek::name).toList()).toList());
    }
}
