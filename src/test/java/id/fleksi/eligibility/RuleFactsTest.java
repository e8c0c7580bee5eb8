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
    /**
     * Every kind of record read in the one query is what its view holds, field by field, for every demo employee
     * that has one; the demo institution has records of each kind, so that none of these comparisons is empty.
     */
    @Test
    void everyKindOfRecordIsReadAsItsViewHoldsIt() {
        List<Long> ids = jdbc.sql("select id from employee order by id").query(Long.class).list();
        // the demo institution records no additional criterion: two for this test, removed at its end
        jdbc.sql("""
                        insert into employee_additional_criterion (employee_id, code, met, note, recorded_by)
                        values (:first, 'UJIFAKTA1', true, null, 'uji'), (:first, 'UJIFAKTA2', false, null, 'uji'),
                               (:second, 'UJIFAKTA1', false, 'belum', 'uji')""")
                .param("first", ids.get(0)).param("second", ids.get(1)).update();
        try {
            compareEveryKind(ids);
        } finally {
            jdbc.sql("delete from employee_additional_criterion where code like 'UJIFAKTA%'").update();
        }
    }

    private void compareEveryKind(List<Long> ids) {
        Map<Long, EmployeeFacts> all = facts.of(ids);
        Map<Long, List<String>> expected = new HashMap<>();
        Map<Long, List<String>> read = new HashMap<>();
        record Kind(String name, String sql, java.util.function.Function<EmployeeFacts, List<String>> read) {
        }
        List<Kind> kinds = List.of(
                new Kind("discipline", """
                        select employee_id, concat_ws('|', starts_on, ends_on, status) from personnel_discipline
                        order by employee_id, starts_on, id""",
                        f -> f.discipline() == null ? List.of() : f.discipline().stream()
                                .map(d -> join(d.from(), d.to(), d.status())).toList()),
                new Kind("special", """
                        select employee_id, concat_ws('|', reason, starts_on, ends_on, request_number)
                        from personnel_special_circumstance order by employee_id, starts_on, id""",
                        f -> f.specialCircumstances() == null ? List.of() : f.specialCircumstances().stream()
                                .map(c -> join(c.reason(), c.from(), c.to(), c.requestNumber())).toList()),
                new Kind("predicates", """
                        select employee_id, concat_ws('|', year, predikat) from personnel_predicate
                        order by employee_id, year""",
                        f -> f.predicates() == null ? List.of() : f.predicates().entrySet().stream()
                                .sorted(Map.Entry.comparingByKey()).map(e -> join(e.getKey(), e.getValue())).toList()),
                new Kind("additional", """
                        select employee_id, concat_ws('|', code, met) from personnel_additional_criterion
                        order by employee_id, code""",
                        f -> f.additionalCriteriaMet() == null ? List.of() : f.additionalCriteriaMet().entrySet().stream()
                                .sorted(Map.Entry.comparingByKey())
                                .map(e -> join(e.getKey(), e.getValue() ? "t" : "f")).toList()),
                new Kind("tasks", """
                        select employee_id, concat_ws('|', code, name, can_be_done_outside_office,
                               no_special_room_or_equipment, doable_with_ict, minimal_face_to_face,
                               no_continuous_supervision, must_be_outside_office, more_than_8h30_per_day,
                               more_than_5_days_per_week, not_bound_to_institution_hours,
                               array_to_string(array(select unnest(infrastructure_needs) order by 1), ','))
                        from held_task order by employee_id, code""",
                        f -> f.tasks() == null ? List.of() : f.tasks().stream().map(t -> join(t.code(), t.name(),
                                t.criteria().canBeDoneOutsideOffice() ? "t" : "f",
                                t.criteria().noSpecialRoomOrEquipment() ? "t" : "f",
                                t.criteria().doableWithIct() ? "t" : "f",
                                t.criteria().minimalFaceToFace() ? "t" : "f",
                                t.criteria().noContinuousSupervision() ? "t" : "f",
                                t.criteria().mustBeOutsideOffice() ? "t" : "f",
                                t.criteria().moreThan8h30PerDay() ? "t" : "f",
                                t.criteria().moreThan5DaysPerWeek() ? "t" : "f",
                                t.criteria().notBoundToInstitutionHours() ? "t" : "f",
                                String.join(",", t.infrastructureNeeds().stream().map(Enum::name).sorted().toList())))
                                .toList()));
        for (Kind kind : kinds) {
            expected.clear();
            read.clear();
            jdbc.sql(kind.sql()).query((rs, n) -> expected.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                    .add(rs.getString(2))).list();
            assertThat(expected).as(kind.name() + " in the demo institution").isNotEmpty();
            all.forEach((id, f) -> {
                List<String> rows = kind.read().apply(f);
                if (!rows.isEmpty()) {
                    read.put(id, rows);
                }
            });
            assertThat(read).as(kind.name()).isEqualTo(expected);
        }
    }

    private static String join(Object... values) {
        return java.util.Arrays.stream(values).filter(java.util.Objects::nonNull).map(String::valueOf)
                .collect(java.util.stream.Collectors.joining("|"));
    }
}
