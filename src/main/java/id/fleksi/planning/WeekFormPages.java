package id.fleksi.planning;

import id.fleksi.eligibility.EligibilityService;
import id.fleksi.organisation.EmployeeProfile;
import id.fleksi.organisation.Organisation;
import id.fleksi.policy.Holiday;
import id.fleksi.policy.Holidays;
import id.fleksi.policy.Policies;
import id.fleksi.rosters.Rosters;
import id.fleksi.rules.Determination;
import id.fleksi.rules.Eligibility;
import id.fleksi.rules.FlexibilityType;
import id.fleksi.rules.PlanDay;
import id.fleksi.rules.PlanVerdict;
import id.fleksi.rules.WeekPlan;
import id.fleksi.rules.WorkWeek;
import id.fleksi.shared.Actor;
import id.fleksi.shared.InstitutionTime;
import id.fleksi.shared.web.PageController;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "Rencana minggu depan": the employee plans a week day by day, sees the verdict of PermenPANRB 4/2025 and the
 * PPK's determination before submitting ("Periksa", or live through {@code js/weekplan.js}, which asks the same
 * endpoint for the verdict panel alone), and submits it to the head of their unit. A plan with an ERROR is not
 * stored and nothing typed is lost; an undecided plan is replaced by submitting again.
 */
@PageController
class WeekFormPages {

    static final String VIEW = "planning/week-form";
    static final String VIEW_VERDICT = "planning/week-verdict :: verdict";
    static final String FORM = "weekForm";
    static final String PATH = "/saya/rencana";
    /** Sent by {@code js/weekplan.js}: answer with the verdict panel alone. */
    static final String FRAGMENT_HEADER = "X-Fleksi-Fragment";

    private final WeeklyPlans plans;
    private final Organisation organisation;
    private final EligibilityService eligibility;
    private final Policies policies;
    private final Holidays holidays;
    private final WeekUnits units;
    private final MessageSource messages;
    private final Rosters rosters;
    private final UnitGroups groups;
    private final Clock clock;

    WeekFormPages(WeeklyPlans plans, Organisation organisation, EligibilityService eligibility, Policies policies,
                  Holidays holidays, WeekUnits units, MessageSource messages, Rosters rosters, UnitGroups groups,
                  Clock clock) {
        this.plans = plans;
        this.organisation = organisation;
        this.eligibility = eligibility;
        this.policies = policies;
        this.holidays = holidays;
        this.units = units;
        this.messages = messages;
        this.rosters = rosters;
        this.groups = groups;
        this.clock = clock;
    }

    /** Only the day rows and the plan's time flexibility bind: never the employee, the week or a status. */
    @InitBinder(FORM)
    void allowedFields(WebDataBinder binder) {
        bindDays(binder);
    }

    /**
     * Binds the day rows and the time flexibility of a week's form, and any other fields named, with the error
     * codes of the weekplan bundle.
     */
    static void bindDays(WebDataBinder binder, String... more) {
        List<String> fields = new ArrayList<>(List.of("flexType", "days[*].kind", "days[*].start", "days[*].end",
                "days[*].breakMinutes", "days[*].officeUnitCode", "days[*].note"));
        fields.addAll(List.of(more));
        binder.setAllowedFields(fields.toArray(String[]::new));
        DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();
        codes.setPrefix("weekplan.");
        binder.setMessageCodesResolver(codes);
    }

    @GetMapping(PATH)
    String form(@AuthenticationPrincipal Actor actor, @RequestParam(name = "minggu", required = false) String minggu,
                Model model) {
        PlanWeek week = PlanWeek.parse(minggu).orElseGet(() -> PlanWeek.after(InstitutionTime.today(clock)));
        Set<LocalDate> holidayDates = holidayDates(week);
        Set<DayOfWeek> fixedHomeDays = policies.determinationOn(week.monday())
                .map(Determination::fixedLokasiWeekdays).orElse(Set.of());
        Optional<StoredPlan> existing = plans.ownPlan(actor, week.iso());
        WeekForm form;
        String source;
        if (existing.isPresent()) {
            form = WeekForm.ofDays(existing.get().summary().flexType(), existing.get().days());
            source = "existing";
        } else {
            Optional<StoredPlan> last = plans.lastApproved(actor, week.monday());
            List<PlanDay> shifts = shiftDays(actor, week);
            Optional<UnitGroups.GroupWeek> group = actor.employeeId() == null ? Optional.empty()
                    : groups.weekOf(actor.employeeId(), week.iso());
            if (!shifts.isEmpty()) {
                form = WeekForm.ofDays(WeekPlan.FlexType.SIF, shifts);
                source = "shifts";
            } else if (group.isPresent()) {
                // the alternating group's week of the cycle: its home days, the office on the others
                form = WeekForm.standard(week.monday(), holidayDates, Set.copyOf(group.get().homeDays()));
                source = "group";
                model.addAttribute("sourceGroup", group.get().group());
            } else if (last.isPresent()) {
                form = WeekForm.shifted(last.get().summary().flexType(), last.get().days(), week.monday(),
                        holidayDates, fixedHomeDays);
                source = "lastApproved";
                model.addAttribute("sourceWeek", last.get().summary().isoWeek());
            } else {
                form = WeekForm.standard(week.monday(), holidayDates, fixedHomeDays);
                source = fixedHomeDays.isEmpty() ? "standard" : "fixedWeekdays";
            }
        }
        model.addAttribute("source", source);
        model.addAttribute(FORM, form);
        return page(actor, week, existing, model);
    }

    /** The employee's published shifts of the week (Pasal 19 ayat (3): the head divides them) as plan days. */
    private List<PlanDay> shiftDays(Actor actor, PlanWeek week) {
        if (actor.employeeId() == null) {
            return List.of();
        }
        return rosters.publishedShifts(actor.employeeId(), week.monday(), week.monday().plusDays(6)).stream()
                .map(shift -> new PlanDay(shift.date(), PlanDay.DayKind.SIF, shift.start(), shift.end(),
                        shift.breakMinutes(), null, "Sif " + shift.templateName()))
                .toList();
    }

    @PostMapping(PATH + "/periksa")
    String check(@AuthenticationPrincipal Actor actor, @RequestParam(name = "minggu", required = false) String minggu,
                 @Valid @ModelAttribute(FORM) WeekForm form, BindingResult errors,
                 @RequestHeader(name = FRAGMENT_HEADER, required = false) String fragment, Model model,
                 Locale locale) {
        PlanWeek week = week(minggu);
        String nip = nip(actor);
        form.complete();
        form.check(errors, week.monday(), offDays(week), units.all().keySet());
        model.addAttribute("formErrors", errors.hasErrors());
        if (!errors.hasErrors()) {
            PlanVerdict verdict = plans.judge(actor, nip, form.toPlan(week.iso(), week.monday()))
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            model.addAttribute("panel", panel(verdict, form.getFlexType(), week, nip));
        }
        if (fragment != null) {
            model.addAttribute("problems", errors.getFieldErrors().stream()
                    .map(error -> messages.getMessage(error, locale)).distinct().toList());
            return VIEW_VERDICT;
        }
        return page(actor, week, plans.ownPlan(actor, week.iso()), model);
    }

    @PostMapping(PATH)
    String submit(@AuthenticationPrincipal Actor actor, @RequestParam(name = "minggu", required = false) String minggu,
                  @Valid @ModelAttribute(FORM) WeekForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        PlanWeek week = week(minggu);
        String nip = nip(actor);
        form.complete();
        form.check(errors, week.monday(), offDays(week), units.all().keySet());
        model.addAttribute("formErrors", errors.hasErrors());
        if (!errors.hasErrors()) {
            try {
                WeeklyPlans.Submission submission = plans.submit(actor, nip, form.toPlan(week.iso(), week.monday()));
                if (submission.stored()) {
                    redirect.addFlashAttribute("successKey", "weekplan.submitted");
                    return "redirect:" + PATH + "/" + submission.id();
                }
                model.addAttribute("panel", panel(submission.verdict(), form.getFlexType(), week, nip));
                model.addAttribute("notStored", true);
            } catch (PlanRefused refused) {
                model.addAttribute("refusal", refused.reason());
            }
        }
        return page(actor, week, plans.ownPlan(actor, week.iso()), model);
    }

    private String page(Actor actor, PlanWeek week, Optional<StoredPlan> existing, Model model) {
        LocalDate today = InstitutionTime.today(clock);
        List<Holiday> weekHolidays = holidays.between(week.monday(), week.sunday());
        WeekForm form = (WeekForm) model.getAttribute(FORM);
        model.addAttribute("week", week);
        model.addAttribute("days", WeekViews.days(week.monday(), weekHolidays));
        model.addAttribute("holidays", weekHolidays);
        model.addAttribute("units", units.all());
        model.addAttribute("existing", existing.map(StoredPlan::summary).orElse(null));
        List<WeekPlan.FlexType> flexTypes = flexTypes(actor, week, form.getFlexType());
        model.addAttribute("flexTypes", flexTypes);
        model.addAttribute("sifOffered", flexTypes.contains(WeekPlan.FlexType.SIF));
        model.addAttribute("kinds", List.of(PlanDay.DayKind.values()));
        model.addAttribute("policy", policies.determinationOn(week.monday()).orElse(null));
        model.addAttribute("codeOfConductPending", policies.codeOfConductOutstanding(actor.accountId(), today));
        model.addAttribute("locked", existing.map(plan -> plan.summary().status() == PlanStatus.APPROVED)
                .orElse(false));
        return VIEW;
    }

    /**
     * Standar always; dinamis and sif when the employee may use them that week (Pasal 19 ayat (4), 20 ayat (2),
     * 24), and whatever the plan already holds.
     */
    private List<WeekPlan.FlexType> flexTypes(Actor actor, PlanWeek week, WeekPlan.FlexType current) {
        Optional<Eligibility.Verdict> verdict = eligibility.judgeOwn(actor, week.monday())
                .map(EligibilityService.Judgement::verdict);
        List<WeekPlan.FlexType> types = new ArrayList<>();
        for (WeekPlan.FlexType type : WeekPlan.FlexType.values()) {
            boolean eligible = switch (type) {
                case NONE -> true;
                case DINAMIS -> verdict.map(v -> v.of(FlexibilityType.DINAMIS).eligible()).orElse(false);
                case SIF -> verdict.map(v -> v.of(FlexibilityType.SIF).eligible()).orElse(false);
            };
            if (eligible || type == current) {
                types.add(type);
            }
        }
        return types;
    }

    private WeekViews.VerdictPanel panel(PlanVerdict verdict, WeekPlan.FlexType flexType, PlanWeek week, String nip) {
        return new WeekViews.VerdictPanel(verdict, flexType == WeekPlan.FlexType.DINAMIS,
                policies.determinationOn(week.monday()).map(Determination::maxLokasiDaysPerWeek).orElse(null), nip,
                week.monday());
    }

    private String nip(Actor actor) {
        return Optional.ofNullable(actor.employeeId()).flatMap(organisation::profile).map(EmployeeProfile::nip)
                .orElseThrow(() -> new AccessDeniedException("a weekly plan is an employee's own"));
    }

    private Set<LocalDate> holidayDates(PlanWeek week) {
        Set<LocalDate> dates = new HashSet<>();
        holidays.between(week.monday(), week.sunday()).forEach(holiday -> dates.add(holiday.date()));
        return dates;
    }

    /** The days that need no work: those outside the working week (Saturday, Sunday) and the week's holidays. */
    private Set<LocalDate> offDays(PlanWeek week) {
        return offDays(week.monday(), holidays);
    }

    /** The days of the week from the Monday that need no work: Saturday, Sunday and the week's holidays. */
    static Set<LocalDate> offDays(LocalDate monday, Holidays holidays) {
        Set<LocalDate> off = new HashSet<>();
        holidays.between(monday, monday.plusDays(6)).forEach(holiday -> off.add(holiday.date()));
        monday.datesUntil(monday.plusDays(7)).filter(day -> !WorkWeek.isWorkingDay(day)).forEach(off::add);
        return off;
    }

    private static PlanWeek week(String minggu) {
        return PlanWeek.parse(minggu).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
    }
}
