package id.fleksi.policy;

import id.fleksi.rules.Determination;
import id.fleksi.rules.DeterminationBounds;
import id.fleksi.rules.LegalRef;
import id.fleksi.rules.Regulation;
import id.fleksi.rules.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static id.fleksi.rules.LegalRef.pasal;

/**
 * Why a draft's scopes cannot be saved: a scope names its setting (an additional criterion of the draft by its
 * code), a unit that exists, a position some employee holds, or a group the PPK keeps; a scoped dinamis arrangement
 * keeps the bounds of the institution's (Pasal 20 ayat (2)), a scoped minimum presence is a share of 0 to 100 of a
 * unit (Pasal 27), so it is scoped to units only.
 */
@Component
class ScopeChecks {

    private static final int TARGET_LENGTH = 200;

    private final JdbcClient jdbc;

    ScopeChecks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PolicyProblem> check(PolicyDraft draft, LocalDate day) {
        List<PolicyProblem> problems = new ArrayList<>();
        List<ScopeDraft> scopes = draft.scopes();
        Set<String> codes = draft.criteria().stream().map(PolicyDraft.Criterion::getCode).filter(Objects::nonNull)
                .map(String::strip).collect(java.util.stream.Collectors.toSet());
        for (int i = 0; i < scopes.size(); i++) {
            ScopeDraft scope = scopes.get(i);
            if (scope.isDropped()) {
                continue;
            }
            String field = "scopes[" + i + "]";
            ScopedSetting setting = scope.getSetting();
            LegalRef article = setting == null ? null : pasal(setting.article());
            if (setting == null) {
                problems.add(PolicyProblem.of(field + ".setting", null, "policy.scope.settingRequired"));
            }
            if (scope.getKind() == null) {
                problems.add(PolicyProblem.of(field + ".kind", article, "policy.scope.kindRequired"));
            }
            String target = scope.strippedTarget();
            if (target == null || target.isEmpty()) {
                problems.add(PolicyProblem.of(field + ".target", article, "policy.scope.targetRequired"));
            } else if (target.length() > TARGET_LENGTH) {
                problems.add(PolicyProblem.of(field + ".target", article, "policy.error.tooLong", TARGET_LENGTH));
            } else if (scope.getKind() != null && !exists(scope.getKind(), target)) {
                problems.add(PolicyProblem.of(field + ".target", article,
                        "policy.scope.unknown." + scope.getKind().name(), target));
            }
            if (setting == ScopedSetting.KRITERIA_TAMBAHAN && (scope.getCriterionCode() == null
                    || !codes.contains(scope.getCriterionCode().strip()))) {
                problems.add(PolicyProblem.of(field + ".criterionCode", article, "policy.scope.criterionUnknown"));
            }
            if (setting == ScopedSetting.DINAMIS_JAM) {
                checkHours(problems, field, draft, scope, day);
            }
            if (setting == ScopedSetting.LAYANAN_MINIMUM) {
                Integer percent = scope.getMinOfficePresencePercent();
                if (percent == null || percent < 0 || percent > Regulation.FULL_PERCENT) {
                    problems.add(PolicyProblem.of(field + ".minOfficePresencePercent", article,
                            "policy.scope.percent"));
                }
                if (scope.getKind() == Scope.Kind.POSITION || scope.getKind() == Scope.Kind.GROUP) {
                    problems.add(PolicyProblem.of(field + ".kind", article, "policy.scope.presenceUnitsOnly"));
                }
            }
        }
        return problems;
    }

    /** The scoped window must keep the bounds the institution's keeps: the same check, on the scoped hours. */
    private static void checkHours(List<PolicyProblem> problems, String field, PolicyDraft draft, ScopeDraft scope,
                                   LocalDate day) {
        if (!draft.isDinamisEnabled()) {
            problems.add(PolicyProblem.of(field + ".setting", pasal("Pasal 20 ayat (2)"),
                    "policy.scope.dinamisDisabled"));
            return;
        }
        PolicyDraft.Dinamis hours = scope.getDinamis() == null ? new PolicyDraft.Dinamis() : scope.getDinamis();
        Determination alone = new Determination(day, "", false, Set.of(), 0, 0, Set.of(), false, Set.of(), true,
                new Determination.DinamisHours(hours.getEarliestStart(), hours.getLatestEnd(), hours.getCoreStart(),
                        hours.getCoreEnd(), hours.getMinMinutesPerDay()), 0, 0, null, 0, List.of());
        DeterminationBounds.check(alone).stream()
                .filter(breach -> breach.field().startsWith("dinamis"))
                .forEach(breach -> problems.add(new PolicyProblem(field + "." + breach.field(), breach.article(),
                        breach.message(), null, List.of())));
    }

    private boolean exists(Scope.Kind kind, String target) {
        return switch (kind) {
            case UNIT, UNIT_TREE -> jdbc.sql("select exists(select 1 from unit_directory where code = :t)")
                    .param("t", target).query(Boolean.class).single();
            case POSITION -> jdbc.sql("""
                            select exists(select 1 from employee_directory
                                          where lower(btrim(position)) = lower(:t))""")
                    .param("t", target).query(Boolean.class).single();
            case GROUP -> target.matches("\\d{1,18}") && jdbc.sql(
                            "select exists(select 1 from policy_group where id = cast(:t as bigint))")
                    .param("t", target).query(Boolean.class).single();
        };
    }
}
