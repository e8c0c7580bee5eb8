package id.fleksi.planning;

import id.fleksi.rules.WeekPlan;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A weekly plan as lists show it: whose, which week, where it stands, who decided and why.
 *
 * @param warnings    how many warnings its verdict had when submitted
 * @param verdictJson the verdict when submitted, as stored
 */
public record PlanSummary(long id, String isoWeek, LocalDate weekStart, WeekPlan.FlexType flexType,
                          PlanStatus status, int warnings, Instant submittedAt, Instant decidedAt, String decidedBy,
                          String decisionNote, long version, String verdictJson, long employeeId, String nip,
                          String employeeName, long unitId, String unitCode, String unitName) {
}
