package id.fleksi.organisation;

import id.fleksi.IntegrationTest;
import id.fleksi.security.AccountSetup;
import id.fleksi.shared.InstitutionTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A head's units, computed once, are reused while the units, their heads and acting heads stay as they were, and
 * computed afresh after any change of them, whichever instance made it, and never after a change rolled back.
 */
class HeadedScopeTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountSetup accounts;
    @Autowired
    Organisation organisation;
    @Autowired
    Clock clock;
    @Autowired
    PlatformTransactionManager transactions;

    private PersonnelTestData data;
    private String unit;
    private long head;

    @BeforeEach
    void aUnitWithItsHead() {
        data = new PersonnelTestData(jdbc, accounts);
        unit = "UJI-LINGKUP-" + System.nanoTime() % 1_000_000;
        insertUnit(unit, "SETDA");
        head = data.idOf(data.employee(unit));
        jdbc.sql("""
                        insert into unit_head (unit_id, employee_id, started_on)
                        values ((select id from unit where code = :unit), :head, date '2024-01-02')""")
                .param("unit", unit).param("head", head).update();
    }

    @Test
    void theScopeFollowsTheTreeAndTheHeadship() {
        UnitScope scope = organisation.headedScopeOf(head);
        assertThat(scope.unitCodes()).containsExactly(unit);
        assertThat(organisation.headedScopeOf(head)).isSameAs(scope);

        String below = unit + "-1";
        insertUnit(below, unit);
        assertThat(organisation.headedScopeOf(head).unitCodes()).containsExactlyInAnyOrder(unit, below);

        jdbc.sql("update unit_head set ended_on = :today where employee_id = :head")
                .param("today", InstitutionTime.today(clock)).param("head", head).update();
        assertThat(organisation.headedScopeOf(head).isEmpty()).isTrue();
    }

    @Test
    void anActingHeadHoldsTheScopeWhileInActiveService() {
        long acting = data.idOf(data.employee("BAPPEDA"));
        assertThat(organisation.headedScopeOf(acting).isEmpty()).isTrue();
        LocalDate today = InstitutionTime.today(clock);
        jdbc.sql("""
                        insert into acting_head (unit_id, employee_id, kind, starts_on, ends_on, letter, created_by)
                        values ((select id from unit where code = :unit), :acting, 'PLH', :from, :to, 'ST-1', 'uji')""")
                .param("unit", unit).param("acting", acting).param("from", today.minusDays(1))
                .param("to", today.plusDays(3)).update();
        assertThat(organisation.headedScopeOf(acting).unitCodes()).containsExactly(unit);

        jdbc.sql("update employee set active = false where id = :acting").param("acting", acting).update();
        assertThat(organisation.headedScopeOf(acting).isEmpty()).isTrue();
    }

    @Test
    void aChangeRolledBackLeavesNoScopeBehindForALaterChange() {
        String rolledBack = unit + "-BATAL";
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            insertUnit(rolledBack, unit);
            assertThat(organisation.headedScopeOf(head).unitCodes()).contains(rolledBack);
            status.setRollbackOnly();
        });
        String kept = unit + "-TETAP";
        insertUnit(kept, unit);
        assertThat(organisation.headedScopeOf(head).unitCodes()).containsExactlyInAnyOrder(unit, kept);
    }

    private void insertUnit(String code, String parent) {
        jdbc.sql("insert into unit (code, name, parent_id, time_zone) values (:code, 'Unit lingkup uji', "
                        + "(select id from unit where code = :parent), 'Asia/Jakarta')")
                .param("code", code).param("parent", parent).update();
    }
}
