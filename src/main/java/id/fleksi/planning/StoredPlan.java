package id.fleksi.planning;

import id.fleksi.rules.PlanDay;
import id.fleksi.rules.WeekPlan;

import java.util.List;

/** A stored weekly plan with its days. */
public record StoredPlan(PlanSummary summary, List<PlanDay> days) {

    public StoredPlan {
        days = List.copyOf(days);
    }

    public WeekPlan plan() {
        return new WeekPlan(summary.isoWeek(), summary.flexType(), days);
    }
}
