package id.fleksi.planning;

import id.fleksi.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A week of units judged once is reused while nothing it was judged from changes, and judged afresh after any
 * change of a unit's day in that week, of a unit, or of a unit's staff.
 */
class RankedWeekReuseTest extends IntegrationTest {

    static final LocalDate MONDAY = LocalDate.of(2032, 5, 10);
    static final PresenceFigures.Caps CAPS = new PresenceFigures.Caps(40, 50);

    @Autowired
    PresenceFigures figures;
    @Autowired
    JdbcClient jdbc;

    PlanTestUnits.TestUnit unit;
    long unitId;

    @BeforeEach
    void aUnitWithAWeek() {
        unit = PlanTestUnits.create(jdbc, "ULANG", 4, false);
        unitId = jdbc.sql("select id from unit where code = :code").param("code", unit.code())
                .query(Long.class).single();
        jdbc.sql("insert into presence_day (unit_id, day, away, absent) values (:unit, :day, 1, 0)")
                .param("unit", unitId).param("day", MONDAY).update();
    }

    @Test
    void theSameWeekIsReusedUntilAUnitsDayOfItChanges() {
        PresenceFigures.RankedWeek first = week();
        assertThat(week()).isSameAs(first);
        assertThat(first.units().get(0).away()[0]).isEqualTo(1);

        // a day of another week changes nothing of this one
        jdbc.sql("insert into presence_day (unit_id, day, away, absent) values (:unit, :day, 2, 0)")
                .param("unit", unitId).param("day", MONDAY.plusWeeks(1)).update();
        assertThat(week()).isSameAs(first);

        jdbc.sql("update presence_day set away = 3 where unit_id = :unit and day = :day")
                .param("unit", unitId).param("day", MONDAY).update();
        PresenceFigures.RankedWeek changed = week();
        assertThat(changed).isNotSameAs(first);
        assertThat(changed.units().get(0).away()[0]).isEqualTo(3);
        assertThat(changed.away()[0]).isEqualTo(3);
        assertThat(changed.aboveQuota()[0]).as("3 of 4 away is above a quota of 40%").isTrue();
        assertThat(week()).isSameAs(changed);
    }

    @Test
    void aChangeOfTheUnitOrItsStaffIsJudgedAfresh() {
        PresenceFigures.RankedWeek first = week();
        assertThat(first.units().get(0).staff()).isEqualTo(4);

        jdbc.sql("update employee set active = false where nip = :nip").param("nip", unit.staff().get(0)).update();
        PresenceFigures.RankedWeek fewer = week();
        assertThat(fewer.units().get(0).staff()).isEqualTo(3);
        assertThat(fewer.staff()).isEqualTo(3);

        jdbc.sql("update unit set name = 'Unit uji berganti nama' where id = :unit").param("unit", unitId).update();
        assertThat(week().units().get(0).name()).isEqualTo("Unit uji berganti nama");
    }

    @Test
    void anotherQuestionIsAnotherWeek() {
        PresenceFigures.RankedWeek judged = week();
        PresenceFigures.RankedWeek withoutCaps = figures.ranked(Set.of(unitId), MONDAY, null, Set.of(), 0, 20, 20);
        assertThat(withoutCaps).isNotSameAs(judged);
        assertThat(withoutCaps.aboveQuota()).containsOnly(false);
        PresenceFigures.RankedWeek dayOff = figures.ranked(Set.of(unitId), MONDAY, CAPS, Set.of(MONDAY), 0, 20, 20);
        assertThat(dayOff).isNotSameAs(judged);
        assertThat(week()).isSameAs(judged);
    }

    private PresenceFigures.RankedWeek week() {
        return figures.ranked(Set.of(unitId), MONDAY, CAPS, Set.of(), 0, 20, 20);
    }
}
