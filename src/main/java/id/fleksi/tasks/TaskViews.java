package id.fleksi.tasks;

import id.fleksi.rules.FlexibilityType;
import id.fleksi.rules.InfrastructureItem;
import id.fleksi.rules.TaskCriteria;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** What the pages and the API show of tasks. */
public final class TaskViews {

    private TaskViews() {
    }

    /** Whether a task meets the criteria of each type (Pasal 23; Pasal 24 ayat (1); Pasal 24 ayat (2)). */
    public record Qualifies(boolean lokasi, boolean sif, boolean dinamis) {

        static Qualifies of(TaskCriteria criteria) {
            return new Qualifies(criteria.qualifiesFor(FlexibilityType.LOKASI),
                    criteria.qualifiesFor(FlexibilityType.SIF), criteria.qualifiesFor(FlexibilityType.DINAMIS));
        }

        /** The types the task qualifies for, in the order LOKASI, SIF, DINAMIS. */
        public List<FlexibilityType> types() {
            return Arrays.stream(FlexibilityType.values()).filter(this::of).toList();
        }

        public boolean of(FlexibilityType type) {
            return switch (type) {
                case LOKASI -> lokasi;
                case SIF -> sif;
                case DINAMIS -> dinamis;
            };
        }
    }

    /** A line of the task list. */
    public record TaskSummary(String code, String name, String unitCode, String unitName, Qualifies qualifies,
                       boolean mustBeOutsideOffice, long assignees) {
    }

    /** One task as it is stored, with its unit and the work infrastructure it needs (Pasal 15 ayat (2)). */
    public record TaskRecord(long id, long unitId, String code, String name, String unitCode, String unitName,
                      TaskInput.Characteristics characteristics, TaskCriteria criteria, long version,
                      List<InfrastructureItem> infrastructureNeeds) {

        public Qualifies qualifies() {
            return Qualifies.of(criteria);
        }
    }

    /** Someone who holds a task. */
    public record Assignee(String nip, String name, String unitCode, String position, boolean active, LocalDate assignedOn) {
    }
}
