package id.fleksi.home;

import id.fleksi.dashboard.Dashboards;
import id.fleksi.evaluation.Evaluations;
import id.fleksi.organisation.Organisation;
import id.fleksi.planning.WeeklyPlans;
import id.fleksi.policy.Policies;
import id.fleksi.policy.PolicyInForce;
import id.fleksi.policy.PolicySubmissions;
import id.fleksi.security.FleksiUser;
import id.fleksi.security.Role;
import id.fleksi.shared.InstitutionTime;
import id.fleksi.shared.web.PageController;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;

/** Each role's home page: what the person needs to see first, and where to go next. */
@PageController
class HomePages {

    static final String VIEW_PPK = "home/ppk";
    static final String VIEW_HR = "home/kepegawaian";
    static final String VIEW_HEAD = "home/pimpinan";
    static final String VIEW_EMPLOYEE = "home/pegawai";
    /** The units a head's home lists; a directorate general's hundreds are paged on the units page. */
    static final int UNITS_SHOWN = 20;

    private static final Map<Role, String> PATHS = Map.of(
            Role.PPK, "/beranda/ppk",
            Role.KEPEGAWAIAN, "/beranda/kepegawaian",
            Role.PIMPINAN_UNIT, "/beranda/pimpinan",
            Role.PEGAWAI, "/beranda/pegawai");

    private final Organisation organisation;
    private final Policies policies;
    private final Evaluations evaluations;
    private final Dashboards dashboards;
    private final WeeklyPlans plans;
    private final PolicySubmissions submissions;
    private final Clock clock;

    HomePages(Organisation organisation, Policies policies, Evaluations evaluations, Dashboards dashboards,
              WeeklyPlans plans, PolicySubmissions submissions, Clock clock) {
        this.submissions = submissions;
        this.organisation = organisation;
        this.policies = policies;
        this.evaluations = evaluations;
        this.dashboards = dashboards;
        this.plans = plans;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal FleksiUser user) {
        return "redirect:" + PATHS.get(user.primaryRole());
    }

    @GetMapping("/beranda/ppk")
    String ppk(@AuthenticationPrincipal FleksiUser user, Model model) {
        model.addAttribute("overview", organisation.overview());
        model.addAttribute("policy", policies.inForceOn(LocalDate.now(clock)).orElse(null));
        model.addAttribute("evaluationDue", evaluations.due().orElse(null));
        model.addAttribute("unsent", submissions.unsentInForce().orElse(null));
        model.addAttribute("trialEnding", policies.trialEnding(LocalDate.now(clock)).orElse(null));
        model.addAttribute("board", dashboards.board(user, thisMonday()));
        return VIEW_PPK;
    }

    @GetMapping("/beranda/kepegawaian")
    String hr(Model model) {
        model.addAttribute("overview", organisation.overview());
        return VIEW_HR;
    }

    @GetMapping("/beranda/pimpinan")
    String head(@AuthenticationPrincipal FleksiUser user, Model model) {
        model.addAttribute("units", organisation.staffOfUnitsHeadedBy(user.employeeId(), UNITS_SHOWN));
        model.addAttribute("board", dashboards.board(user, thisMonday()));
        return VIEW_HEAD;
    }

    @GetMapping("/beranda/pegawai")
    String employee(@AuthenticationPrincipal FleksiUser user, Model model) {
        model.addAttribute("profile", user.employeeId() == null ? null
                : organisation.profile(user.employeeId()).orElse(null));
        PolicyInForce policy = policies.inForceOn(LocalDate.now(clock)).orElse(null);
        model.addAttribute("policy", policy);
        model.addAttribute("codeOfConductAcknowledged",
                policy != null && policies.codeOfConductAcknowledged(user.accountId(), policy));
        model.addAttribute("weeks", plans.ownWeeks(user, thisMonday(), 2));
        return VIEW_EMPLOYEE;
    }

    private LocalDate thisMonday() {
        return InstitutionTime.today(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
