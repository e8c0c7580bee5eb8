package id.fleksi.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether a task qualifies for each type, both sides of each criterion of Pasal 23 and 24. */
class TaskCriteriaTest {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/rules/task-criteria.csv", numLinesToSkip = 1)
    void aTaskQualifiesAsPasal23And24Say(String description, boolean outside, boolean room, boolean ict,
                                         boolean faceToFace, boolean supervision, boolean mustOutside,
                                         boolean over8h30, boolean over5days, boolean unbound,
                                         boolean lokasi, boolean sif, boolean dinamis) {
        TaskCriteria criteria = new TaskCriteria(outside, room, ict, faceToFace, supervision, mustOutside, over8h30,
                over5days, unbound);

        assertThat(criteria.qualifiesFor(FlexibilityType.LOKASI)).as("LOKASI").isEqualTo(lokasi);
        assertThat(criteria.qualifiesFor(FlexibilityType.SIF)).as("SIF").isEqualTo(sif);
        assertThat(criteria.qualifiesFor(FlexibilityType.DINAMIS)).as("DINAMIS").isEqualTo(dinamis);
        assertThat(criteria.mustBeOutsideOfficeException()).isEqualTo(mustOutside);
        for (FlexibilityType type : FlexibilityType.values()) {
            // a type qualifies exactly when its explanation says so
            List<TaskCriteria.Criterion> explained = criteria.explain(type);
            boolean allMet = explained.stream().allMatch(TaskCriteria.Criterion::met);
            boolean anyMet = explained.stream().anyMatch(TaskCriteria.Criterion::met);
            assertThat(type == FlexibilityType.SIF ? anyMet : allMet).as(type + " explained")
                    .isEqualTo(criteria.qualifiesFor(type));
        }
    }

    @Test
    void eachCriterionNamesItsArticleAndWhetherItIsMet() {
        TaskCriteria criteria = new TaskCriteria(true, false, true, false, true, false, false, true, true);

        assertThat(criteria.explain(FlexibilityType.LOKASI))
                .extracting(c -> c.article().article(), TaskCriteria.Criterion::met)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Pasal 23 huruf a", true),
                        org.assertj.core.groups.Tuple.tuple("Pasal 23 huruf b", false),
                        org.assertj.core.groups.Tuple.tuple("Pasal 23 huruf c", true),
                        org.assertj.core.groups.Tuple.tuple("Pasal 23 huruf d", false),
                        org.assertj.core.groups.Tuple.tuple("Pasal 23 huruf e", true));
        assertThat(criteria.explain(FlexibilityType.SIF))
                .extracting(c -> c.article().article(), TaskCriteria.Criterion::met)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Pasal 24 ayat (1) huruf a", false),
                        org.assertj.core.groups.Tuple.tuple("Pasal 24 ayat (1) huruf b", true));
        assertThat(criteria.explain(FlexibilityType.DINAMIS))
                .extracting(c -> c.article().article(), TaskCriteria.Criterion::met)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Pasal 24 ayat (2) huruf a", true),
                        org.assertj.core.groups.Tuple.tuple("Pasal 24 ayat (2) huruf b", true));
    }

    @Test
    void labelsSpeakBothLanguages() {
        TaskCriteria.Criterion first = new TaskCriteria(true, true, true, true, true, false, false, false, false)
                .explain(FlexibilityType.LOKASI).get(0);

        assertThat(first.label().in(Locale.forLanguageTag("id"))).contains("luar kantor");
        assertThat(first.label().in(Locale.ENGLISH)).contains("placement office");
    }

    @Test
    void eachTypeNamesTheArticleThatDefinesIt() {
        assertThat(FlexibilityType.LOKASI.article().article()).isEqualTo("Pasal 11 huruf a");
        assertThat(FlexibilityType.SIF.article().article()).isEqualTo("Pasal 18 huruf a");
        assertThat(FlexibilityType.DINAMIS.article().article()).isEqualTo("Pasal 18 huruf b");
        assertThat(TaskCriteria.ruleFor(FlexibilityType.LOKASI)).isEqualTo(RuleCode.KRITERIA_TUGAS_LOKASI);
        assertThat(TaskCriteria.mustBeOutsideOfficeArticle().article()).isEqualTo("Pasal 13 ayat (2) huruf a");
    }
}
