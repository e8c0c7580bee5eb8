package id.fleksi.eligibility;

import id.fleksi.IntegrationTest;
import id.fleksi.rules.EmployeeFacts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The facts loaded for many employees at once are those loaded for each alone. */
class RuleFactsTest extends IntegrationTest {

    @Autowired
    RuleFacts facts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theBatchLoaderGivesEveryEmployeeTheSameFactsAsTheSingleLoader() {
        List<Long> ids = jdbc.sql("select id from employee order by nip").query(Long.class).list();
        Map<Long, EmployeeFacts> batch = facts.of(ids);
        assertThat(batch.keySet()).containsExactlyElementsOf(ids);
        for (Long id : ids) {
            assertThat(batch.get(id)).as("employee " + id).isEqualTo(facts.of(id).orElseThrow());
        }
        // the demo holds a case of each kind of fact, so the comparison covers them all
        assertThat(batch.values()).anySatisfy(e -> assertThat(e.discipline()).isNotEmpty())
                .anySatisfy(e -> assertThat(e.specialCircumstances()).isNotEmpty())
                .anySatisfy(e -> assertThat(e.predicates()).isNotEmpty())
                .anySatisfy(e -> assertThat(e.tasks()).isNotEmpty())
                .anySatisfy(e -> assertThat(e.infrastructureReady()).isFalse())
                .anySatisfy(e -> assertThat(e.unitPath()).hasSize(3));
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
