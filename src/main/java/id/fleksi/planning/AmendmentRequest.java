package id.fleksi.planning;

import id.fleksi.rules.PlanDay;
import id.fleksi.rules.WeekPlan;

import java.time.Instant;
import java.util.List;

/**
 * An employee's request to change their approved plan (Pasal 8 ayat (2)): the days asked for, the reason, the verdict
 * they were asked with, and the head's decision once taken.
 *
 * @param planVersion the plan's version the request was made on: a plan changed since is not changed blind
 */
public record AmendmentRequest(long id, long planId, Status status, WeekPlan.FlexType flexType, List<PlanDay> days,
                               String reason, String verdictJson, long planVersion, String requestedBy,
                               Instant requestedAt, Instant decidedAt, String decidedBy, String decidedByName,
                               String decisionNote) {

    public AmendmentRequest {
        days = List.copyOf(days);
    }

    public boolean pending() {
        return status == Status.REQUESTED;
    }

    /** Waiting for the head, approved (the plan changed), rejected with a note, or withdrawn by the employee. */
    public enum Status {
        REQUESTED, APPROVED, REJECTED, WITHDRAWN
    }
}
