package id.fleksi.policy;

import id.fleksi.rules.Scope;

/**
 * A scope as the PPK writes it in a draft ({@code scopes} of {@code PUT /api/policy} and of the form): the
 * setting, for an additional criterion its code, the kind of scope and its target (a unit's code, a position's
 * name, a group's id), and the dinamis hours or the minimum presence the scope sets. On the form, {@code remove}
 * drops the row.
 */
public class ScopeDraft {

    private ScopedSetting setting;
    private String criterionCode;
    private Scope.Kind kind;
    private String target;
    private PolicyDraft.Dinamis dinamis = new PolicyDraft.Dinamis();
    private Integer minOfficePresencePercent;
    private boolean remove;

    public ScopeDraft() {
    }

    static ScopeDraft of(PolicyScope scope) {
        ScopeDraft draft = new ScopeDraft();
        draft.setting = scope.setting();
        draft.criterionCode = scope.criterionCode();
        draft.kind = scope.kind();
        draft.target = scope.target();
        if (scope.dinamis() != null) {
            PolicyVersion.DinamisHours hours = scope.dinamis();
            draft.dinamis = new PolicyDraft.Dinamis(hours.earliestStart(), hours.latestEnd(), hours.coreStart(),
                    hours.coreEnd(), hours.minMinutesPerDay());
        }
        draft.minOfficePresencePercent = scope.minOfficePresencePercent();
        return draft;
    }

    /** A row the form offers empty, or one the PPK marked for removal. */
    boolean isDropped() {
        return remove || setting == null && kind == null && (target == null || target.isBlank())
                && (criterionCode == null || criterionCode.isBlank()) && minOfficePresencePercent == null
                && (dinamis == null || dinamis.isEmpty());
    }

    String strippedTarget() {
        return target == null ? null : target.strip();
    }

    public ScopedSetting getSetting() {
        return setting;
    }

    public void setSetting(ScopedSetting setting) {
        this.setting = setting;
    }

    public String getCriterionCode() {
        return criterionCode;
    }

    public void setCriterionCode(String criterionCode) {
        this.criterionCode = criterionCode;
    }

    public Scope.Kind getKind() {
        return kind;
    }

    public void setKind(Scope.Kind kind) {
        this.kind = kind;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public PolicyDraft.Dinamis getDinamis() {
        return dinamis;
    }

    public void setDinamis(PolicyDraft.Dinamis dinamis) {
        this.dinamis = dinamis;
    }

    public Integer getMinOfficePresencePercent() {
        return minOfficePresencePercent;
    }

    public void setMinOfficePresencePercent(Integer minOfficePresencePercent) {
        this.minOfficePresencePercent = minOfficePresencePercent;
    }

    public boolean isRemove() {
        return remove;
    }

    public void setRemove(boolean remove) {
        this.remove = remove;
    }
}
