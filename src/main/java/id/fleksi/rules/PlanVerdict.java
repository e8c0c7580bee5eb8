package id.fleksi.rules;

import java.util.List;

/**
 * The judgement of one weekly plan: valid when no violation is an ERROR; the minutes the week requires
 * (Pasal 3 ayat (1), less holidays and leave) and the effective minutes planned; the days of location
 * flexibility (Pasal 13 ayat (1)); every violation and every labelled exception applied.
 */
public record PlanVerdict(boolean valid, int requiredMinutes, int plannedMinutes, int lokasiDays,
                          List<Violation> violations, List<ExceptionApplied> exceptionsApplied) {

    public PlanVerdict {
        violations = List.copyOf(violations);
        exceptionsApplied = List.copyOf(exceptionsApplied);
    }
}
