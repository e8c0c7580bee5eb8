package id.fleksi.planning;

import id.fleksi.planning.PlanBodies.PlanRequest;
import id.fleksi.planning.PlanBodies.VerdictAnswer;
import id.fleksi.rules.WeekPlan;
import id.fleksi.shared.Actor;
import id.fleksi.shared.web.ApiController;
import id.fleksi.shared.web.ApiProblem;
import id.fleksi.shared.web.Languages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * {@code POST /api/plans/validate}: judges a weekly plan against PermenPANRB 4/2025, the PPK's determination in
 * force that week and the unit's approved plans (Pasal 14, 27 as warnings), and stores nothing. An employee
 * validates their own plans, a unit head those of their units, HR and the PPK anyone's.
 */
@ApiController("/api/plans/validate")
class PlanValidationApi {

    private final WeeklyPlans plans;

    PlanValidationApi(WeeklyPlans plans) {
        this.plans = plans;
    }

    @PostMapping
    VerdictAnswer validate(@AuthenticationPrincipal Actor actor, @RequestBody PlanRequest request,
                           @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        WeekPlan plan = request.toPlan();
        return plans.judge(actor, request.nip(), plan)
                .map(verdict -> VerdictAnswer.of(verdict, Languages.fromAcceptLanguage(language)))
                .orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND, "eligibility.problem.noEmployee",
                        request.nip()));
    }
}
