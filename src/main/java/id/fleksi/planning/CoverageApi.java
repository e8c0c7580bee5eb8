package id.fleksi.planning;

import id.fleksi.rules.WeekPlan;
import id.fleksi.shared.Actor;
import id.fleksi.shared.web.ApiController;
import id.fleksi.shared.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /api/units/{code}/coverage?week=}: the unit's week from its approved plans, per day: employees in
 * the office, away, on leave and on duty travel, the share away, against the PPK's caps (Pasal 14, 27). For the
 * PPK, HR and the unit's heads.
 */
@ApiController("/api/units")
class CoverageApi {

    private final WeeklyPlans plans;

    CoverageApi(WeeklyPlans plans) {
        this.plans = plans;
    }

    @GetMapping("/{code}/coverage")
    Coverage coverage(@AuthenticationPrincipal Actor actor, @PathVariable String code,
                      @RequestParam String week) {
        PlanBodies.monday(week);
        return plans.coverage(actor, code, new WeekPlan(week, null, java.util.List.of()))
                .orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND, "planning.refused.noUnit", code));
    }
}
