package id.fleksi.eligibility;

import id.fleksi.IntegrationTest;
import id.fleksi.rules.EmployeeFacts;
import id.fleksi.rules.FlexibilityType;
import id.fleksi.rules.Predikat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The facts the rules read, loaded for many employees at once from what HR and the employees recorded. */
class RuleFactsTest extends IntegrationTest {

    @Autowired
    RuleFacts facts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoFactsAreLoadedForEveryEmployeeAtOnce() {
        List<Long> ids = jdbc.sql("select id from employee order by nip").query(Long.class).list();
        Map<String, EmployeeFacts> byNip = new HashMap<>();
        facts.of(ids).values().forEach(employee -> byNip.put(employee.nip(), employee));
        assertThat(byNip).hasSize(ids.size());

        EmployeeFacts kartika = byNip.get("198808122010042002");
        assertThat(kartika.unitPath()).containsExactly("DISKOMINFO", "SETDA");
        assertThat(kartika.tasks()).extracting(EmployeeFacts.Task::code).containsExactly("KOM-APL");
        assertThat(kartika.tasks().get(0).criteria().qualifiesFor(FlexibilityType.LOKASI)).isTrue();
        assertThat(kartika.predicates()).containsEntry(2025, Predikat.SANGAT_BAIK);
        assertThat(kartika.infrastructureReady()).isTrue();
        assertThat(kartika.domicile()).isNotBlank();

        EmployeeFacts putu = byNip.get("198012122014081007");
        assertThat(putu.discipline()).containsExactly(new EmployeeFacts.DisciplineCase(LocalDate.of(2026, 11, 2),
                null, EmployeeFacts.DisciplineCase.Status.IN_PROCESS));
        assertThat(byNip.get("198607062019062005").specialCircumstances())
                .extracting(EmployeeFacts.SpecialCircumstance::to).containsExactly(LocalDate.of(2027, 3, 31));
        assertThat(byNip.get("198301222005092006").infrastructureReady()).isFalse();
        assertThat(byNip.get("197402061999042006").unitPath()).containsExactly("RSUD-IGD", "RSUD", "SETDA");
        assertThat(byNip.get("199404032016052003").domicile()).isNull();
        assertThat(facts.of(ids.get(0))).contains(facts.of(List.of(ids.get(0))).get(ids.get(0)));
    }

    @Test
    void unknownIdsAreLeftOutAndOrderFollowsTheRequest() {
        List<Long> ids = jdbc.sql("select id from employee order by nip desc limit 3").query(Long.class).list();
        List<Long> asked = new ArrayList<>(ids);
        asked.add(1, -1L);
        assertThat(facts.of(asked).keySet()).containsExactlyElementsOf(ids);
        assertThat(facts.of(List.of())).isEmpty();
    }
}
