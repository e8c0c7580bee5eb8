package id.fleksi.tasks;

import id.fleksi.rules.InfrastructureItem;
import id.fleksi.rules.TaskCriteria;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A task as HR enters it, by the API, the form or a CSV row. Every message is a key of the tasks bundle, so
 * the API, the page and the import report say it in the reader's language.
 *
 * @param version             the version the editor saw, to refuse an edit over someone else's (optional in the API)
 * @param infrastructureNeeds the work infrastructure the task needs (Pasal 15 ayat (2)): names of
 *                            {@link InfrastructureItem}; {@code null} keeps what an existing task names
 */
public record TaskInput(
        @NotBlank(message = "{task.error.required}")
        @Size(max = 40, message = "{task.error.code.size}")
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "{task.error.code.pattern}")
        String code,
        @NotBlank(message = "{task.error.required}")
        @Size(max = 300, message = "{task.error.name.size}")
        String name,
        @NotBlank(message = "{task.error.required}")
        String unitCode,
        @NotNull(message = "{task.error.required}") @Valid
        Characteristics characteristics,
        @NotNull(message = "{task.error.required}") @Valid
        Criteria criteria,
        Long version,
        List<@Pattern(regexp = InfrastructureItem.PATTERN, message = "{task.error.infrastructure}") String>
        infrastructureNeeds) {

    /** A task input that leaves the infrastructure needs as they are. */
    public TaskInput(String code, String name, String unitCode, Characteristics characteristics, Criteria criteria,
                     Long version) {
        this(code, name, unitCode, characteristics, criteria, version, null);
    }

    /** The task's code as the inventory keeps it: without surrounding blanks, in capitals. */
    static String normalCode(String code) {
        return code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** Pasal 9 ayat (1) huruf a–e: the characteristics of the task. */
    public record Characteristics(
            @NotBlank(message = "{task.error.required}") @Size(max = 500, message = "{task.error.text.size}")
            String type,
            @NotBlank(message = "{task.error.required}") @Size(max = 500, message = "{task.error.text.size}")
            String environment,
            @NotBlank(message = "{task.error.required}") @Size(max = 500, message = "{task.error.text.size}")
            String social,
            @NotBlank(message = "{task.error.required}") @Size(max = 500, message = "{task.error.text.size}")
            String mentalEmotional,
            @NotBlank(message = "{task.error.required}") @Size(max = 500, message = "{task.error.text.size}")
            String cognitive) {

        /** The field names, in the order of Pasal 9 ayat (1) huruf a–e. */
        static final List<String> FIELDS = List.of("type", "environment", "social", "mentalEmotional", "cognitive");
    }

    /** The criteria of Pasal 23 and 24, and whether the task must be done outside the office (Pasal 13 ayat (2) huruf a). */
    public record Criteria(
            @NotNull(message = "{task.error.required}") Boolean canBeDoneOutsideOffice,
            @NotNull(message = "{task.error.required}") Boolean noSpecialRoomOrEquipment,
            @NotNull(message = "{task.error.required}") Boolean doableWithIct,
            @NotNull(message = "{task.error.required}") Boolean minimalFaceToFace,
            @NotNull(message = "{task.error.required}") Boolean noContinuousSupervision,
            @NotNull(message = "{task.error.required}") Boolean mustBeOutsideOffice,
            @NotNull(message = "{task.error.required}") Boolean moreThan8h30PerDay,
            @NotNull(message = "{task.error.required}") Boolean moreThan5DaysPerWeek,
            @NotNull(message = "{task.error.required}") Boolean notBoundToInstitutionHours) {

        /** The field names, as the API, the form and the CSV columns call them. */
        static final List<String> FIELDS = List.of("canBeDoneOutsideOffice", "noSpecialRoomOrEquipment",
                "doableWithIct", "minimalFaceToFace", "noContinuousSupervision", "mustBeOutsideOffice",
                "moreThan8h30PerDay", "moreThan5DaysPerWeek", "notBoundToInstitutionHours");

        static Criteria of(TaskCriteria c) {
            return new Criteria(c.canBeDoneOutsideOffice(), c.noSpecialRoomOrEquipment(), c.doableWithIct(),
                    c.minimalFaceToFace(), c.noContinuousSupervision(), c.mustBeOutsideOffice(),
                    c.moreThan8h30PerDay(), c.moreThan5DaysPerWeek(), c.notBoundToInstitutionHours());
        }

        /** Builds the criteria from values by field name; a missing name stays {@code null}. */
        static Criteria of(Map<String, Boolean> values) {
            return new Criteria(values.get(FIELDS.get(0)), values.get(FIELDS.get(1)), values.get(FIELDS.get(2)),
                    values.get(FIELDS.get(3)), values.get(FIELDS.get(4)), values.get(FIELDS.get(5)),
                    values.get(FIELDS.get(6)), values.get(FIELDS.get(7)), values.get(FIELDS.get(8)));
        }

        TaskCriteria toRules() {
            return new TaskCriteria(canBeDoneOutsideOffice, noSpecialRoomOrEquipment, doableWithIct, minimalFaceToFace,
                    noContinuousSupervision, mustBeOutsideOffice, moreThan8h30PerDay, moreThan5DaysPerWeek,
                    notBoundToInstitutionHours);
        }

        Map<String, Boolean> asMap() {
            List<Boolean> values = java.util.Arrays.asList(canBeDoneOutsideOffice, noSpecialRoomOrEquipment, doableWithIct,
                    minimalFaceToFace, noContinuousSupervision, mustBeOutsideOffice, moreThan8h30PerDay,
                    moreThan5DaysPerWeek, notBoundToInstitutionHours);
            Map<String, Boolean> map = new LinkedHashMap<>();
            for (int i = 0; i < FIELDS.size(); i++) {
                map.put(FIELDS.get(i), values.get(i));
            }
            return map;
        }
    }
}
