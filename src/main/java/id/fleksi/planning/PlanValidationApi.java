package id.fleksi.planning;

import id.fleksi.eligibility.EligibilityService;
import id.fleksi.eligibility.VerdictViews.ExceptionView;
import id.fleksi.eligibility.VerdictViews.ViolationView;
import id.fleksi.policy.Holiday;
import id.fleksi.policy.Holidays;
import id.fleksi.policy.Policies;
import id.fleksi.rules.EmployeeFacts;
import id.fleksi.rules.PlanDay;
import id.fleksi.rules.PlanVerdict;
import id.fleksi.rules.WeekJudgement;
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

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code POST /api/plans/validate}: judges a weekly plan against PermenPANRB 4/2025 and the PPK's
 * determination in force that week, and stores nothing. An employee validates their own plans, a unit head
 * those of their units, HR and the PPK anyone's.
 */
@ApiController("/api/plans/validate")
class PlanValidationApi {

    private final EligibilityService eligibility;
    private final Policies policies;
    private final Holidays holidays;

    PlanValidationApi(EligibilityService eligibility, Policies policies, Holidays holidays) {
        this.eligibility = eligibility;
        this.policies = policies;
        this.holidays = holidays;
    }

    @PostMapping
    VerdictAnswer validate(@AuthenticationPrincipal Actor actor, @RequestBody PlanRequest request,
                           @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        WeekPlan plan = request.toPlan();
        EmployeeFacts employee = eligibility.factsFor(actor, request.nip())
                .orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND, "eligibility.problem.noEmployee",
                        request.nip()));
        LocalDate monday = plan.monday();
        Set<LocalDate> offDays = holidays.between(monday, monday.plusDays(6)).stream().map(Holiday::date)
                .collect(Collectors.toSet());
        PlanVerdict verdict = WeekJudgement.judge(employee, policies.determinationOn(monday).orElse(null), offDays,
                plan);
        return VerdictAnswer.of(verdict, Languages.fromAcceptLanguage(language));
    }

    /** The plan as the contract writes it: {nip, week, flexType, days: [...]}. */
    record PlanRequest(String nip, String week, WeekPlan.FlexType flexType, List<Day> days) {

        WeekPlan toPlan() {
            if (nip == null || !nip.matches("\\d{18}")) {
                throw ApiProblem.field("nip", "planning.error.nip");
            }
            if (week == null || !week.matches("\\d{4}-W\\d{2}")) {
                throw ApiProblem.field("week", "planning.error.week");
            }
            if (days == null || days.isEmpty()) {
                throw ApiProblem.field("days", "planning.error.days");
            }
            for (int i = 0; i < days.size(); i++) {
                if (days.get(i) == null || days.get(i).date() == null || days.get(i).kind() == null) {
                    throw ApiProblem.field("days[" + i + "]", "planning.error.day");
                }
            }
            WeekPlan plan = new WeekPlan(week, flexType, days.stream().map(Day::toPlanDay).toList());
            try {
                plan.monday();
            } catch (IllegalArgumentException noSuchWeek) {
                throw ApiProblem.field("week", "planning.error.week");
            }
            return plan;
        }
    }

    /** A plan day: {date, kind, start?, end?, breakMinutes?, officeUnitCode?, note?}. */
    record Day(LocalDate date, PlanDay.DayKind kind, LocalTime start, LocalTime end, Integer breakMinutes,
               String officeUnitCode, String note) {

        PlanDay toPlanDay() {
            return new PlanDay(date, kind, start, end, breakMinutes, officeUnitCode, note);
        }
    }

    /** The verdict: {valid, requiredMinutes, plannedMinutes, lokasiDays, violations, exceptionsApplied}. */
    record VerdictAnswer(boolean valid, int requiredMinutes, int plannedMinutes, int lokasiDays,
                         List<ViolationView> violations, List<ExceptionView> exceptionsApplied) {

        static VerdictAnswer of(PlanVerdict verdict, Locale locale) {
            return new VerdictAnswer(verdict.valid(), verdict.requiredMinutes(), verdict.plannedMinutes(),
                    verdict.lokasiDays(), verdict.violations().stream().map(v -> ViolationView.of(v, locale)).toList(),
                    verdict.exceptionsApplied().stream().map(e -> ExceptionView.of(e, locale)).toList());
        }
    }
}
