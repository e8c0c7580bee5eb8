package id.fleksi.planning;

import id.fleksi.rules.PlanDay;
import id.fleksi.rules.WorkWeek;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/**
 * A change of an approved plan as the employee types it: the week's days as the plan form holds them, and the reason
 * the head reads. Days already past are the approved plan's, whatever arrived.
 */
public class AmendmentForm extends WeekForm {

    @NotBlank(message = "{weekplan.amend.reasonMissing}")
    @Size(max = WeeklyPlans.MAX_REASON, message = "{weekplan.amend.reasonTooLong}")
    private String reason = "";

    /** The approved plan's week, to start the change from. */
    static AmendmentForm of(StoredPlan plan) {
        AmendmentForm form = new AmendmentForm();
        WeekForm approved = WeekForm.ofDays(plan.summary().flexType(), plan.days());
        form.setFlexType(approved.getFlexType());
        form.setDays(approved.getDays());
        return form;
    }

    /** Puts the approved days back on the days already past, which a change leaves as they are. */
    void keepPast(StoredPlan plan, Predicate<LocalDate> past) {
        WeekForm approved = WeekForm.ofDays(plan.summary().flexType(), plan.days());
        LocalDate monday = plan.summary().weekStart();
        for (int i = 0; i < WorkWeek.DAYS; i++) {
            if (past.test(monday.plusDays(i))) {
                getDays().set(i, approved.getDays().get(i));
            }
        }
    }

    /** The indexes of the week's days already past, for the page. */
    static List<Integer> pastDays(LocalDate monday, Predicate<LocalDate> past) {
        return java.util.stream.IntStream.range(0, WorkWeek.DAYS).filter(i -> past.test(monday.plusDays(i)))
                .boxed().toList();
    }

    /** The days of the changed week, once {@link #check} found nothing. */
    List<PlanDay> days(String isoWeek, LocalDate monday) {
        return toPlan(isoWeek, monday).days();
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
