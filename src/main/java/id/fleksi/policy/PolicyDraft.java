package id.fleksi.policy;

import id.fleksi.rules.Determination;
import id.fleksi.rules.LocationKind;
import id.fleksi.rules.Predikat;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A determination as the PPK writes it, before it is checked: the body of {@code PUT /api/policy} and the
 * form of {@code /kebijakan/ubah}. Numbers are boxed so that a missing one is told apart from a zero.
 */
public class PolicyDraft {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate effectiveFrom;
    private String decreeNumber;
    private boolean lokasiEnabled;
    private List<LocationKind> allowedLocations = new ArrayList<>();
    private Integer maxLokasiDaysPerWeek;
    private Integer lokasiPercentCap;
    private List<DayOfWeek> fixedLokasiWeekdays = new ArrayList<>();
    private boolean sifEnabled;
    private List<String> sifUnitCodes = new ArrayList<>();
    private boolean dinamisEnabled;
    private Dinamis dinamis = new Dinamis();
    private Integer lateStartMaxMinutes;
    private Deadline planDeadline = new Deadline();
    private Integer newEmployeeMonths;
    private Predikat minPredikat;
    private Integer minOfficePresencePercent;
    private List<Criterion> additionalCriteria = new ArrayList<>();
    private String codeOfConduct;
    /** Left out of an API body ({@code null}): the scopes of the version in force before are kept. */
    private List<ScopeDraft> scopes;
    /** The last day of a trial (uji coba) version, after its start; empty when the version is no trial. */
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate trialEndsOn;

    /** A draft holding what a stored version says, for the form that starts from it. */
    static PolicyDraft of(PolicyVersion version) {
        PolicyDraft draft = new PolicyDraft();
        draft.effectiveFrom = version.effectiveFrom();
        draft.decreeNumber = version.decreeNumber();
        draft.lokasiEnabled = version.lokasiEnabled();
        draft.allowedLocations = new ArrayList<>(version.allowedLocations());
        draft.maxLokasiDaysPerWeek = version.maxLokasiDaysPerWeek();
        draft.lokasiPercentCap = version.lokasiPercentCap();
        draft.fixedLokasiWeekdays = new ArrayList<>(version.fixedLokasiWeekdays());
        draft.sifEnabled = version.sifEnabled();
        draft.sifUnitCodes = new ArrayList<>(version.sifUnitCodes());
        draft.dinamisEnabled = version.dinamisEnabled();
        if (version.dinamis() != null) {
            PolicyVersion.DinamisHours hours = version.dinamis();
            draft.dinamis = new Dinamis(hours.earliestStart(), hours.latestEnd(), hours.coreStart(),
                    hours.coreEnd(), hours.minMinutesPerDay());
        }
        draft.lateStartMaxMinutes = version.lateStartMaxMinutes();
        draft.planDeadline = new Deadline(version.planDeadline().weekday(), version.planDeadline().time());
        draft.newEmployeeMonths = version.newEmployeeMonths();
        draft.minPredikat = version.minPredikat();
        draft.minOfficePresencePercent = version.minOfficePresencePercent();
        version.additionalCriteria().forEach(c -> draft.additionalCriteria.add(
                new Criterion(c.code(), c.description(), c.coordinationLetter())));
        draft.codeOfConduct = version.codeOfConduct();
        draft.scopes = new ArrayList<>(version.scopes().stream().map(ScopeDraft::of).toList());
        draft.trialEndsOn = version.trialEndsOn();
        return draft;
    }

    /**
     * The draft as the rules read it, checked on {@code day}; missing numbers become values that no bound
     * trips over, because they are reported as missing on their own.
     */
    Determination toDetermination(LocalDate day, int regulationCap) {
        Determination.DinamisHours hours = dinamisEnabled && dinamis != null && !dinamis.isEmpty()
                ? new Determination.DinamisHours(dinamis.earliestStart, dinamis.latestEnd, dinamis.coreStart,
                dinamis.coreEnd, dinamis.minMinutesPerDay)
                : null;
        return new Determination(day, decreeNumber, lokasiEnabled, new LinkedHashSet<>(allowedLocations()),
                maxLokasiDaysPerWeek == null ? regulationCap : maxLokasiDaysPerWeek,
                lokasiPercentCap == null ? 0 : lokasiPercentCap, new LinkedHashSet<>(fixedLokasiWeekdays()),
                sifEnabled, new LinkedHashSet<>(sifUnitCodes()), dinamisEnabled, hours,
                lateStartMaxMinutes == null ? 0 : lateStartMaxMinutes,
                newEmployeeMonths == null ? 0 : newEmployeeMonths, minPredikat,
                minOfficePresencePercent == null ? 0 : minOfficePresencePercent,
                criteria().stream().map(c -> new Determination.AdditionalCriterion(c.code, c.description,
                        c.coordinationLetter)).toList(), Determination.Scopes.NONE, trialEndsOn);
    }

    /** Drops the criteria rows left wholly empty (the form offers a few spare rows). */
    void dropEmptyCriteria() {
        if (additionalCriteria != null) {
            additionalCriteria.removeIf(c -> c == null || c.isEmpty());
        }
        if (scopes != null) {
            scopes.removeIf(scope -> scope == null || scope.isDropped());
        }
    }

    /** Adds empty scope rows until there are {@code spare} of them at the end, for the form. */
    void padScopes(int spare) {
        if (scopes == null) {
            scopes = new ArrayList<>();
        }
        for (int i = 0; i < spare; i++) {
            scopes.add(new ScopeDraft());
        }
    }

    /** The scopes given, in their order; none when they were left out. */
    List<ScopeDraft> scopes() {
        return scopes == null ? List.of() : scopes.stream().filter(Objects::nonNull).toList();
    }

    /** Adds empty criteria rows until there are {@code spare} of them at the end, for the form. */
    void padCriteria(int spare) {
        if (additionalCriteria == null) {
            additionalCriteria = new ArrayList<>();
        }
        for (int i = 0; i < spare; i++) {
            additionalCriteria.add(new Criterion());
        }
    }

    /** The plan deadline as stored: Friday 16.00 when none was given. Call after the draft is checked. */
    PlanDeadline planDeadline() {
        return planDeadline == null || planDeadline.isEmpty() ? PlanDeadline.DEFAULT
                : new PlanDeadline(planDeadline.weekday, planDeadline.time);
    }

    List<LocationKind> allowedLocations() {
        return allowedLocations == null ? List.of() : allowedLocations.stream().filter(Objects::nonNull)
                .distinct().sorted().toList();
    }

    List<DayOfWeek> fixedLokasiWeekdays() {
        return fixedLokasiWeekdays == null ? List.of() : fixedLokasiWeekdays.stream().filter(Objects::nonNull)
                .distinct().sorted().toList();
    }

    List<String> sifUnitCodes() {
        return sifUnitCodes == null ? List.of() : sifUnitCodes.stream().filter(Objects::nonNull)
                .map(String::strip).filter(code -> !code.isEmpty()).distinct().sorted().toList();
    }

    List<Criterion> criteria() {
        return additionalCriteria == null ? List.of()
                : additionalCriteria.stream().filter(Objects::nonNull).toList();
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public String getDecreeNumber() {
        return decreeNumber;
    }

    public void setDecreeNumber(String decreeNumber) {
        this.decreeNumber = decreeNumber;
    }

    public boolean isLokasiEnabled() {
        return lokasiEnabled;
    }

    public void setLokasiEnabled(boolean lokasiEnabled) {
        this.lokasiEnabled = lokasiEnabled;
    }

    public List<LocationKind> getAllowedLocations() {
        return allowedLocations;
    }

    public void setAllowedLocations(List<LocationKind> allowedLocations) {
        this.allowedLocations = allowedLocations;
    }

    public Integer getMaxLokasiDaysPerWeek() {
        return maxLokasiDaysPerWeek;
    }

    public void setMaxLokasiDaysPerWeek(Integer maxLokasiDaysPerWeek) {
        this.maxLokasiDaysPerWeek = maxLokasiDaysPerWeek;
    }

    public Integer getLokasiPercentCap() {
        return lokasiPercentCap;
    }

    public void setLokasiPercentCap(Integer lokasiPercentCap) {
        this.lokasiPercentCap = lokasiPercentCap;
    }

    public List<DayOfWeek> getFixedLokasiWeekdays() {
        return fixedLokasiWeekdays;
    }

    public void setFixedLokasiWeekdays(List<DayOfWeek> fixedLokasiWeekdays) {
        this.fixedLokasiWeekdays = fixedLokasiWeekdays;
    }

    public boolean isSifEnabled() {
        return sifEnabled;
    }

    public void setSifEnabled(boolean sifEnabled) {
        this.sifEnabled = sifEnabled;
    }

    public List<String> getSifUnitCodes() {
        return sifUnitCodes;
    }

    public void setSifUnitCodes(List<String> sifUnitCodes) {
        this.sifUnitCodes = sifUnitCodes;
    }

    public boolean isDinamisEnabled() {
        return dinamisEnabled;
    }

    public void setDinamisEnabled(boolean dinamisEnabled) {
        this.dinamisEnabled = dinamisEnabled;
    }

    public Dinamis getDinamis() {
        return dinamis;
    }

    public void setDinamis(Dinamis dinamis) {
        this.dinamis = dinamis;
    }

    public Integer getLateStartMaxMinutes() {
        return lateStartMaxMinutes;
    }

    public void setLateStartMaxMinutes(Integer lateStartMaxMinutes) {
        this.lateStartMaxMinutes = lateStartMaxMinutes;
    }

    public Deadline getPlanDeadline() {
        return planDeadline;
    }

    public void setPlanDeadline(Deadline planDeadline) {
        this.planDeadline = planDeadline;
    }

    public Integer getNewEmployeeMonths() {
        return newEmployeeMonths;
    }

    public void setNewEmployeeMonths(Integer newEmployeeMonths) {
        this.newEmployeeMonths = newEmployeeMonths;
    }

    public Predikat getMinPredikat() {
        return minPredikat;
    }

    public void setMinPredikat(Predikat minPredikat) {
        this.minPredikat = minPredikat;
    }

    public Integer getMinOfficePresencePercent() {
        return minOfficePresencePercent;
    }

    public void setMinOfficePresencePercent(Integer minOfficePresencePercent) {
        this.minOfficePresencePercent = minOfficePresencePercent;
    }

    public List<Criterion> getAdditionalCriteria() {
        return additionalCriteria;
    }

    public void setAdditionalCriteria(List<Criterion> additionalCriteria) {
        this.additionalCriteria = additionalCriteria;
    }

    public LocalDate getTrialEndsOn() {
        return trialEndsOn;
    }

    public void setTrialEndsOn(LocalDate trialEndsOn) {
        this.trialEndsOn = trialEndsOn;
    }

    public String getCodeOfConduct() {
        return codeOfConduct;
    }

    public void setCodeOfConduct(String codeOfConduct) {
        this.codeOfConduct = codeOfConduct;
    }

    public List<ScopeDraft> getScopes() {
        return scopes;
    }

    public void setScopes(List<ScopeDraft> scopes) {
        this.scopes = scopes;
    }

    /** Pasal 20 ayat (2): the hours of dinamis work. */
    public static class Dinamis {

        @DateTimeFormat(pattern = "HH:mm")
        private LocalTime earliestStart;
        @DateTimeFormat(pattern = "HH:mm")
        private LocalTime latestEnd;
        @DateTimeFormat(pattern = "HH:mm")
        private LocalTime coreStart;
        @DateTimeFormat(pattern = "HH:mm")
        private LocalTime coreEnd;
        private Integer minMinutesPerDay;

        public Dinamis() {
        }

        Dinamis(LocalTime earliestStart, LocalTime latestEnd, LocalTime coreStart, LocalTime coreEnd,
                Integer minMinutesPerDay) {
            this.earliestStart = earliestStart;
            this.latestEnd = latestEnd;
            this.coreStart = coreStart;
            this.coreEnd = coreEnd;
            this.minMinutesPerDay = minMinutesPerDay;
        }

        boolean isEmpty() {
            return earliestStart == null && latestEnd == null && coreStart == null && coreEnd == null
                    && minMinutesPerDay == null;
        }

        public LocalTime getEarliestStart() {
            return earliestStart;
        }

        public void setEarliestStart(LocalTime earliestStart) {
            this.earliestStart = earliestStart;
        }

        public LocalTime getLatestEnd() {
            return latestEnd;
        }

        public void setLatestEnd(LocalTime latestEnd) {
            this.latestEnd = latestEnd;
        }

        public LocalTime getCoreStart() {
            return coreStart;
        }

        public void setCoreStart(LocalTime coreStart) {
            this.coreStart = coreStart;
        }

        public LocalTime getCoreEnd() {
            return coreEnd;
        }

        public void setCoreEnd(LocalTime coreEnd) {
            this.coreEnd = coreEnd;
        }

        public Integer getMinMinutesPerDay() {
            return minMinutesPerDay;
        }

        public void setMinMinutesPerDay(Integer minMinutesPerDay) {
            this.minMinutesPerDay = minMinutesPerDay;
        }
    }

    /** When employees submit next week's plan: a weekday and a time of the week before. */
    public static class Deadline {

        private DayOfWeek weekday;
        @DateTimeFormat(pattern = "HH:mm")
        private LocalTime time;

        public Deadline() {
        }

        Deadline(DayOfWeek weekday, LocalTime time) {
            this.weekday = weekday;
            this.time = time;
        }

        boolean isEmpty() {
            return weekday == null && time == null;
        }

        public DayOfWeek getWeekday() {
            return weekday;
        }

        public void setWeekday(DayOfWeek weekday) {
            this.weekday = weekday;
        }

        public LocalTime getTime() {
            return time;
        }

        public void setTime(LocalTime time) {
            this.time = time;
        }
    }

    /** Pasal 26: a criterion the PPK adds after coordinating with the Minister. */
    public static class Criterion {

        private String code;
        private String description;
        private String coordinationLetter;

        public Criterion() {
        }

        Criterion(String code, String description, String coordinationLetter) {
            this.code = code;
            this.description = description;
            this.coordinationLetter = coordinationLetter;
        }

        boolean isEmpty() {
            return blank(code) && blank(description) && blank(coordinationLetter);
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getCoordinationLetter() {
            return coordinationLetter;
        }

        public void setCoordinationLetter(String coordinationLetter) {
            this.coordinationLetter = coordinationLetter;
        }
    }
}
