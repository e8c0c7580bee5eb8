package id.fleksi.tasks;

/**
 * The task form of the pages. Only these fields bind (see {@code TaskPages#allowedFields}); the code of an
 * existing task is taken from its address, never from the form.
 */
public class TaskForm {

    private String code;
    private String name;
    private String unitCode;
    private String type;
    private String environment;
    private String social;
    private String mentalEmotional;
    private String cognitive;
    private boolean canBeDoneOutsideOffice;
    private boolean noSpecialRoomOrEquipment;
    private boolean doableWithIct;
    private boolean minimalFaceToFace;
    private boolean noContinuousSupervision;
    private boolean mustBeOutsideOffice;
    private boolean moreThan8h30PerDay;
    private boolean moreThan5DaysPerWeek;
    private boolean notBoundToInstitutionHours;
    private Long version;
    private java.util.List<String> infrastructureNeeds = new java.util.ArrayList<>();

    static TaskForm of(TaskViews.TaskRecord task) {
        TaskForm form = new TaskForm();
        form.code = task.code();
        form.name = task.name();
        form.unitCode = task.unitCode();
        form.type = task.characteristics().type();
        form.environment = task.characteristics().environment();
        form.social = task.characteristics().social();
        form.mentalEmotional = task.characteristics().mentalEmotional();
        form.cognitive = task.characteristics().cognitive();
        var c = task.criteria();
        form.canBeDoneOutsideOffice = c.canBeDoneOutsideOffice();
        form.noSpecialRoomOrEquipment = c.noSpecialRoomOrEquipment();
        form.doableWithIct = c.doableWithIct();
        form.minimalFaceToFace = c.minimalFaceToFace();
        form.noContinuousSupervision = c.noContinuousSupervision();
        form.mustBeOutsideOffice = c.mustBeOutsideOffice();
        form.moreThan8h30PerDay = c.moreThan8h30PerDay();
        form.moreThan5DaysPerWeek = c.moreThan5DaysPerWeek();
        form.notBoundToInstitutionHours = c.notBoundToInstitutionHours();
        form.version = task.version();
        form.infrastructureNeeds = new java.util.ArrayList<>(task.infrastructureNeeds().stream().map(Enum::name).toList());
        return form;
    }

    TaskInput toInput() {
        return new TaskInput(code, name, unitCode,
                new TaskInput.Characteristics(type, environment, social, mentalEmotional, cognitive),
                new TaskInput.Criteria(canBeDoneOutsideOffice, noSpecialRoomOrEquipment, doableWithIct,
                        minimalFaceToFace, noContinuousSupervision, mustBeOutsideOffice, moreThan8h30PerDay,
                        moreThan5DaysPerWeek, notBoundToInstitutionHours),
                version, infrastructureNeeds == null ? java.util.List.of() : infrastructureNeeds);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getEnvironment() {
        return environment;
    }

    public void setEnvironment(String environment) {
        this.environment = environment;
    }

    public String getSocial() {
        return social;
    }

    public void setSocial(String social) {
        this.social = social;
    }

    public String getMentalEmotional() {
        return mentalEmotional;
    }

    public void setMentalEmotional(String mentalEmotional) {
        this.mentalEmotional = mentalEmotional;
    }

    public String getCognitive() {
        return cognitive;
    }

    public void setCognitive(String cognitive) {
        this.cognitive = cognitive;
    }

    public boolean isCanBeDoneOutsideOffice() {
        return canBeDoneOutsideOffice;
    }

    public void setCanBeDoneOutsideOffice(boolean value) {
        this.canBeDoneOutsideOffice = value;
    }

    public boolean isNoSpecialRoomOrEquipment() {
        return noSpecialRoomOrEquipment;
    }

    public void setNoSpecialRoomOrEquipment(boolean value) {
        this.noSpecialRoomOrEquipment = value;
    }

    public boolean isDoableWithIct() {
        return doableWithIct;
    }

    public void setDoableWithIct(boolean value) {
        this.doableWithIct = value;
    }

    public boolean isMinimalFaceToFace() {
        return minimalFaceToFace;
    }

    public void setMinimalFaceToFace(boolean value) {
        this.minimalFaceToFace = value;
    }

    public boolean isNoContinuousSupervision() {
        return noContinuousSupervision;
    }

    public void setNoContinuousSupervision(boolean value) {
        this.noContinuousSupervision = value;
    }

    public boolean isMustBeOutsideOffice() {
        return mustBeOutsideOffice;
    }

    public void setMustBeOutsideOffice(boolean value) {
        this.mustBeOutsideOffice = value;
    }

    public boolean isMoreThan8h30PerDay() {
        return moreThan8h30PerDay;
    }

    public void setMoreThan8h30PerDay(boolean value) {
        this.moreThan8h30PerDay = value;
    }

    public boolean isMoreThan5DaysPerWeek() {
        return moreThan5DaysPerWeek;
    }

    public void setMoreThan5DaysPerWeek(boolean value) {
        this.moreThan5DaysPerWeek = value;
    }

    public boolean isNotBoundToInstitutionHours() {
        return notBoundToInstitutionHours;
    }

    public void setNotBoundToInstitutionHours(boolean value) {
        this.notBoundToInstitutionHours = value;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public java.util.List<String> getInfrastructureNeeds() {
        return infrastructureNeeds;
    }

    public void setInfrastructureNeeds(java.util.List<String> infrastructureNeeds) {
        this.infrastructureNeeds = infrastructureNeeds;
    }
}
