package id.fleksi.planning;

import id.fleksi.rules.WeekPlan;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A weekly plan as lists show it: whose, which week, where it stands, who decided and why.
 *
 * @param warnings      how many warnings its verdict had when submitted
 * @param decidedBy     the account that decided it
 * @param decidedByName that person's name when deciding; {@code null} for plans decided before names were kept
 * @param verdictJson   the verdict when submitted, as stored
 */
public record PlanSummary(long id, String isoWeek, LocalDate weekStart, WeekPlan.FlexType flexType,
                          PlanStatus status, int warnings, Instant submittedAt, Instant decidedAt, String decidedBy,
                          String decidedByName, String decisionNote, long version, String verdictJson,
                          long employeeId, String nip, String employeeName, long unitId, String unitCode,
                          String unitName) {

    /** Who decided, as people know them: the name, or the account where no name was kept. */
    public String decider() {
        return decidedByName != null ? decidedByName : decidedBy;
    }
}
