package id.fleksi.tasks;

import id.fleksi.rules.InfrastructureItem;
import id.fleksi.rules.TaskCriteria;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A task of the inventory (inventarisasi tugas kedinasan, Pasal 9 ayat (2)): its characteristics (Pasal 9
 * ayat (1) huruf a–e) and the criteria of Pasal 23 and 24 as HR recorded them. HR and nobody else edits it;
 * two edits of the same version cannot both land.
 */
@Entity
@Table(name = "task")
class Task {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String name;

    @Column(name = "unit_id")
    private long unitId;

    @Column(name = "char_type")
    private String type;

    @Column(name = "char_environment")
    private String environment;

    @Column(name = "char_social")
    private String social;

    @Column(name = "char_mental_emotional")
    private String mentalEmotional;

    @Column(name = "char_cognitive")
    private String cognitive;

    @Column(name = "can_be_done_outside_office")
    private boolean canBeDoneOutsideOffice;

    @Column(name = "no_special_room_or_equipment")
    private boolean noSpecialRoomOrEquipment;

    @Column(name = "doable_with_ict")
    private boolean doableWithIct;

    @Column(name = "minimal_face_to_face")
    private boolean minimalFaceToFace;

    @Column(name = "no_continuous_supervision")
    private boolean noContinuousSupervision;

    @Column(name = "must_be_outside_office")
    private boolean mustBeOutsideOffice;

    @Column(name = "more_than_8h30_per_day")
    private boolean moreThan8h30PerDay;

    @Column(name = "more_than_5_days_per_week")
    private boolean moreThan5DaysPerWeek;

    @Column(name = "not_bound_to_institution_hours")
    private boolean notBoundToInstitutionHours;

    /** Pasal 15 ayat (2): the work infrastructure the task needs, as names of {@link InfrastructureItem}. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "infrastructure_needs")
    private String[] infrastructureNeeds = new String[0];

    @Version
    private long version;

    protected Task() {
    }

    Task(String code, long unitId, TaskInput input) {
        this.code = code;
        apply(unitId, input);
    }

    /** Takes over everything the input says except the code, which names the task for good. */
    void apply(long unitId, TaskInput input) {
        this.name = input.name().strip();
        this.unitId = unitId;
        TaskInput.Characteristics c = input.characteristics();
        this.type = c.type().strip();
        this.environment = c.environment().strip();
        this.social = c.social().strip();
        this.mentalEmotional = c.mentalEmotional().strip();
        this.cognitive = c.cognitive().strip();
        TaskCriteria criteria = input.criteria().toRules();
        this.canBeDoneOutsideOffice = criteria.canBeDoneOutsideOffice();
        this.noSpecialRoomOrEquipment = criteria.noSpecialRoomOrEquipment();
        this.doableWithIct = criteria.doableWithIct();
        this.minimalFaceToFace = criteria.minimalFaceToFace();
        this.noContinuousSupervision = criteria.noContinuousSupervision();
        this.mustBeOutsideOffice = criteria.mustBeOutsideOffice();
        this.moreThan8h30PerDay = criteria.moreThan8h30PerDay();
        this.moreThan5DaysPerWeek = criteria.moreThan5DaysPerWeek();
        this.notBoundToInstitutionHours = criteria.notBoundToInstitutionHours();
        if (input.infrastructureNeeds() != null) {
            this.infrastructureNeeds = InfrastructureItem.names(InfrastructureItem.of(input.infrastructureNeeds()))
                    .toArray(String[]::new);
        }
    }

    Set<InfrastructureItem> infrastructureNeeds() {
        return InfrastructureItem.of(infrastructureNeeds == null ? List.of() : List.of(infrastructureNeeds));
    }

    Long id() {
        return id;
    }

    String code() {
        return code;
    }

    long unitId() {
        return unitId;
    }

    long version() {
        return version;
    }

    TaskCriteria criteria() {
        return new TaskCriteria(canBeDoneOutsideOffice, noSpecialRoomOrEquipment, doableWithIct, minimalFaceToFace,
                noContinuousSupervision, mustBeOutsideOffice, moreThan8h30PerDay, moreThan5DaysPerWeek,
                notBoundToInstitutionHours);
    }

    /** What the audit trail keeps of the task: one flat field per fact, so a change reads field by field. */
    Map<String, Object> state(String unitCode) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", code);
        state.put("name", name);
        state.put("unitCode", unitCode);
        state.put("type", type);
        state.put("environment", environment);
        state.put("social", social);
        state.put("mentalEmotional", mentalEmotional);
        state.put("cognitive", cognitive);
        state.putAll(TaskInput.Criteria.of(criteria()).asMap());
        state.put("infrastructureNeeds", String.join(",", InfrastructureItem.names(infrastructureNeeds())));
        return state;
    }
}
