package id.fleksi.eligibility;

import id.fleksi.rules.Eligibility;
import id.fleksi.rules.FlexibilityType;
import id.fleksi.shared.InstitutionTime;
import id.fleksi.eligibility.VerdictViews.ExceptionView;
import id.fleksi.eligibility.VerdictViews.ViolationView;
import id.fleksi.shared.Actor;
import id.fleksi.shared.web.ApiController;
import id.fleksi.shared.web.ApiProblem;
import id.fleksi.shared.web.Languages;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /api/employees/{nip}/eligibility?date=}: for each kind of flexible work, whether the employee
 * may use it on the day, every rule found with its article, and the exceptions applied. The employee reads
 * their own, a unit head those of their units, the PPK and HR everyone's.
 */
@ApiController("/api/employees/{nip}/eligibility")
class EligibilityApi {

    private final EligibilityService eligibility;
    private final Clock clock;

    EligibilityApi(EligibilityService eligibility, Clock clock) {
        this.eligibility = eligibility;
        this.clock = clock;
    }

    @GetMapping
    EligibilityAnswer eligibility(@AuthenticationPrincipal Actor actor, @PathVariable String nip,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                  LocalDate date,
                                  @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        LocalDate day = date == null ? InstitutionTime.today(clock) : date;
        Locale locale = Languages.fromAcceptLanguage(language);
        EligibilityService.Judgement judged = eligibility.judge(actor, nip, day)
                .orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND, "eligibility.problem.noEmployee", nip));
        Eligibility.Verdict verdict = judged.verdict();
        return new EligibilityAnswer(nip, day, kind(verdict, FlexibilityType.LOKASI, locale),
                kind(verdict, FlexibilityType.SIF, locale), kind(verdict, FlexibilityType.DINAMIS, locale),
                judged.policy() == null ? null : judged.policy().trialEndsOn(),
                judged.arrangements().stream().map(a -> new Arrangement(a.rule().name(),
                        a.rule().article().article(), a.setting().in(locale), a.appliesTo().in(locale))).toList());
    }

    private static Kind kind(Eligibility.Verdict verdict, FlexibilityType type, Locale locale) {
        Eligibility.TypeVerdict judged = verdict.of(type);
        return new Kind(judged.eligible(),
                judged.violations().stream().map(v -> ViolationView.of(v, locale)).toList(),
                judged.exceptionsApplied().stream().map(e -> ExceptionView.of(e, locale)).toList());
    }

    /**
     * {@code policyTrialEndsOn}: the last day of the determination applied when it is a trial (uji coba), or null;
     * {@code scopedArrangements}: the settings that apply to the employee through a scope (Pasal 26; 20 ayat (2); 27).
     */
    record EligibilityAnswer(String nip, LocalDate date, Kind lokasi, Kind sif, Kind dinamis,
                             LocalDate policyTrialEndsOn, List<Arrangement> scopedArrangements) {
    }

    /** A scoped setting: its rule and article, what it sets and whom it applies to. */
    record Arrangement(String rule, String article, String setting, String appliesTo) {
    }

    record Kind(boolean eligible, List<ViolationView> violations, List<ExceptionView> exceptionsApplied) {
    }
}
