package id.fleksi.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The judgement of one employee's weekly plan against PermenPANRB 4/2025: the working days (Pasal 2), the
 * hours, breaks, start and end (Pasal 3), the dinamis arrangement (Pasal 20 ayat (2)), what the PPK determined
 * (Pasal 12 ayat (4), 19 ayat (4), 20 ayat (2)), the location days and their exceptions (Pasal 12 ayat (3),
 * 13), and the employee's eligibility for each kind of flexible work the plan uses (Pasal 8-35, see
 * {@link Eligibility}). The verdict does not depend on the order of the plan's days.
 */
public final class WeekJudgement {

    private static final Comparator<Violation> ORDER = Comparator
            .comparing(Violation::date, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(Violation::rule)
            .thenComparing(Violation::severity)
            .thenComparing(violation -> violation.article().article())
            .thenComparing(violation -> violation.message().indonesian());

    /** Eligibility findings the week judges day by day itself. */
    private static final Set<RuleCode> JUDGED_BY_DAY = EnumSet.of(RuleCode.JENIS_TIDAK_DITETAPKAN,
            RuleCode.LOKASI_RUMAH_DOMISILI, RuleCode.LOKASI_MAKS_HARI);

    private WeekJudgement() {
    }

    /**
     * @param policy   the determination in force on the week's Monday, or {@code null} when there is none
     * @param holidays the institution's holidays (libur nasional, cuti bersama); any dates, those of the week count
     */
    public static PlanVerdict judge(EmployeeFacts employee, Determination policy, Set<LocalDate> holidays,
                                    WeekPlan plan) {
        Set<LocalDate> offDays = holidays == null ? Set.of() : holidays;
        LocalDate monday = plan.monday();
        List<Violation> violations = new ArrayList<>();
        List<ExceptionApplied> exceptions = new ArrayList<>();

        int required = WeekHours.requiredMinutes(plan, monday, offDays);
        int planned = WeekHours.plannedMinutes(plan);
        violations.addAll(WeekHours.workingDays(plan, monday, offDays));
        violations.addAll(WeekHours.weeklyHours(required, planned));
        violations.addAll(WeekHours.breaks(plan));
        violations.addAll(WeekHours.endAfterStart(plan));
        violations.addAll(WeekHours.startAndEnd(plan, policy));
        violations.addAll(WeekHours.dinamis(employee, plan, policy));
        violations.addAll(WeekLocations.notDetermined(plan, policy));
        violations.addAll(WeekLocations.maxDays(employee, plan, policy, monday, exceptions));
        violations.addAll(WeekLocations.domicile(employee, plan));
        eligibility(employee, policy, monday, plan, violations, exceptions);

        List<Violation> distinct = violations.stream().distinct().sorted(ORDER).toList();
        boolean valid = distinct.stream().noneMatch(Violation::blocks);
        return new PlanVerdict(valid, required, planned, WeekLocations.lokasiDays(plan).size(), distinct,
                exceptions);
    }

    /**
     * The weekly judgement with the unit's side added: KUOTA_LOKASI (Pasal 14) and LAYANAN_MINIMUM (Pasal 27)
     * against the unit's other approved plans, as warnings at submission or as errors at approval.
     */
    public static PlanVerdict judge(EmployeeFacts employee, Determination policy, Set<LocalDate> holidays,
                                    WeekPlan plan, UnitPresence.UnitWeek unit, Severity unitSeverity) {
        PlanVerdict own = judge(employee, policy, holidays, plan);
        List<Violation> violations = new ArrayList<>(own.violations());
        violations.addAll(UnitPresence.judge(policy, employee.unitPath(), unit, plan, unitSeverity));
        List<Violation> distinct = violations.stream().distinct().sorted(ORDER).toList();
        return new PlanVerdict(distinct.stream().noneMatch(Violation::blocks), own.requiredMinutes(),
                own.plannedMinutes(), own.lokasiDays(), distinct, own.exceptionsApplied());
    }

    /** The kinds of flexible work the plan uses. */
    static Set<FlexibilityType> typesUsed(WeekPlan plan) {
        Set<FlexibilityType> types = EnumSet.noneOf(FlexibilityType.class);
        if (plan.days().stream().anyMatch(day -> day.kind().isLokasi())) {
            types.add(FlexibilityType.LOKASI);
        }
        if (plan.flexType() == WeekPlan.FlexType.SIF
                || plan.days().stream().anyMatch(day -> day.kind() == PlanDay.DayKind.SIF)) {
            types.add(FlexibilityType.SIF);
        }
        if (plan.flexType() == WeekPlan.FlexType.DINAMIS) {
            types.add(FlexibilityType.DINAMIS);
        }
        return types;
    }

    private static void eligibility(EmployeeFacts employee, Determination policy, LocalDate monday, WeekPlan plan,
                                    List<Violation> violations, List<ExceptionApplied> exceptions) {
        Set<FlexibilityType> used = typesUsed(plan);
        if (used.isEmpty()) {
            return;
        }
        Eligibility.Verdict verdict = Eligibility.of(employee, policy, monday);
        for (FlexibilityType type : used) {
            Eligibility.TypeVerdict typeVerdict = verdict.of(type);
            typeVerdict.violations().stream()
                    .filter(violation -> !JUDGED_BY_DAY.contains(violation.rule()))
                    .forEach(violations::add);
            typeVerdict.exceptionsApplied().stream()
                    .filter(exception -> exception.rule() != RuleCode.LOKASI_MAKS_HARI)
                    .filter(exception -> !exceptions.contains(exception))
                    .forEach(exceptions::add);
        }
    }
}
