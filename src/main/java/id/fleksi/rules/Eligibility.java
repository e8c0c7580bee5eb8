package id.fleksi.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Whether an employee may use each kind of flexible work on a day, and why: the designation by the PPK
 * (Pasal 12 ayat (4), 19 ayat (4), 20 ayat (2)), the task criteria (Pasal 23, 24) with their labelled
 * exceptions, the employee criteria (Pasal 8 ayat (2), 25, 26), and for location work the domicile and the
 * infrastructure (Pasal 12 ayat (3), 15-16) and the exceptions to the cap of days (Pasal 13 ayat (2)).
 */
public final class Eligibility {

    private Eligibility() {
    }

    /**
     * @param policy the determination in force on the day, or {@code null} when there is none
     */
    public static Verdict of(EmployeeFacts employee, Determination policy, LocalDate day) {
        Map<FlexibilityType, TypeVerdict> byType = new EnumMap<>(FlexibilityType.class);
        for (FlexibilityType type : FlexibilityType.values()) {
            byType.put(type, judge(employee, policy, day, type));
        }
        return new Verdict(employee.nip(), day, byType);
    }

    private static TypeVerdict judge(EmployeeFacts employee, Determination policy, LocalDate day,
                                     FlexibilityType type) {
        if (policy == null) {
            return TypeVerdict.of(type, List.of(Designation.noDetermination(type)), List.of());
        }
        List<Violation> violations = new ArrayList<>(Designation.check(employee, policy, type));
        List<ExceptionApplied> exceptions = new ArrayList<>();
        TaskBasis.Outcome tasks = TaskBasis.check(employee, type, day);
        if (tasks.violation() != null) {
            violations.add(tasks.violation());
        }
        if (tasks.exception() != null) {
            exceptions.add(tasks.exception());
        }
        violations.addAll(EmployeeCriteria.check(employee, policy, day));
        if (type == FlexibilityType.LOKASI) {
            violations.addAll(LocationConditions.check(employee, policy));
            LocationConditions.capExceptions(employee, day).stream()
                    .filter(exception -> !exceptions.contains(exception))
                    .forEach(exceptions::add);
        }
        return TypeVerdict.of(type, violations, exceptions);
    }

    /** The eligibility of one employee on one day, for each kind of flexible work. */
    public record Verdict(String nip, LocalDate date, Map<FlexibilityType, TypeVerdict> byType) {

        public Verdict {
            byType = Map.copyOf(byType);
        }

        public TypeVerdict of(FlexibilityType type) {
            return byType.get(type);
        }

        /** Eligible for at least one kind of flexible work. */
        public boolean anyEligible() {
            return byType.values().stream().anyMatch(TypeVerdict::eligible);
        }
    }

    /** One kind of flexible work: eligible when no violation blocks, with every finding and exception. */
    public record TypeVerdict(FlexibilityType type, boolean eligible, List<Violation> violations,
                              List<ExceptionApplied> exceptionsApplied) {

        public TypeVerdict {
            violations = List.copyOf(violations);
            exceptionsApplied = List.copyOf(exceptionsApplied);
        }

        static TypeVerdict of(FlexibilityType type, List<Violation> violations, List<ExceptionApplied> exceptions) {
            return new TypeVerdict(type, violations.stream().noneMatch(Violation::blocks), violations, exceptions);
        }
    }
}
