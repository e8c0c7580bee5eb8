package id.fleksi.policy;

import id.fleksi.rules.Determination;
import id.fleksi.rules.Scope;

import java.util.List;

/**
 * A setting of a stored version applied to part of the institution only: which setting (for an additional
 * criterion, its code), whom it applies to, and for a dinamis arrangement its hours, for a minimum presence its
 * share. What has no scope applies to all.
 *
 * @param targetName the unit's or the group's name as it is now (the position's name for a position)
 */
public record PolicyScope(ScopedSetting setting, String criterionCode, Scope.Kind kind, String target,
                          String targetName, PolicyVersion.DinamisHours dinamis, Integer minOfficePresencePercent) {

    /** Whom the setting applies to, as the rules read it. */
    public Scope scope() {
        return new Scope(kind, target, targetName);
    }

    /** The version's scopes as the rules read them. */
    static Determination.Scopes toRules(List<PolicyScope> scopes) {
        return new Determination.Scopes(
                scopes.stream().filter(s -> s.setting == ScopedSetting.KRITERIA_TAMBAHAN)
                        .map(s -> new Determination.ScopedCriterion(s.criterionCode, s.scope())).toList(),
                scopes.stream().filter(s -> s.setting == ScopedSetting.DINAMIS_JAM)
                        .map(s -> new Determination.ScopedDinamis(s.scope(), new Determination.DinamisHours(
                                s.dinamis.earliestStart(), s.dinamis.latestEnd(), s.dinamis.coreStart(),
                                s.dinamis.coreEnd(), s.dinamis.minMinutesPerDay()))).toList(),
                scopes.stream().filter(s -> s.setting == ScopedSetting.LAYANAN_MINIMUM)
                        .map(s -> new Determination.ScopedPresence(s.scope(), s.minOfficePresencePercent)).toList());
    }
}
