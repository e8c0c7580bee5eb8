package id.fleksi.planning;

import id.fleksi.policy.Holiday;
import id.fleksi.policy.Holidays;
import id.fleksi.policy.Policies;
import id.fleksi.policy.UnitMinimums;
import id.fleksi.rules.Determination;
import id.fleksi.rules.PlanDay;
import id.fleksi.rules.PlanVerdict;
import id.fleksi.rules.Scope;
import id.fleksi.rules.UnitPresence;
import id.fleksi.rules.WorkWeek;
import id.fleksi.shared.Actor;
import id.fleksi.shared.InstitutionTime;
import id.fleksi.shared.web.Paged;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The unit head's inbox: each plan waiting for their decision with its days, the verdict it was submitted with,
 * and what approving it would do to its unit each day, counted with the unit's approved plans against the PPK's
 * caps (Pasal 14: the share away; Pasal 27: the share in the office).
 */
@Service
@Transactional(readOnly = true)
class Inbox {

    private final WeeklyPlans plans;
    private final PlanStore store;
    private final Policies policies;
    private final Holidays holidays;
    private final UnitMinimums minimums;

    Inbox(WeeklyPlans plans, PlanStore store, Policies policies, Holidays holidays, UnitMinimums minimums) {
        this.plans = plans;
        this.store = store;
        this.policies = policies;
        this.holidays = holidays;
        this.minimums = minimums;
    }

    /**
     * A page of the plans waiting for the person's decision, optionally of one week and of one unit with its
     * sub-units.
     *
     * @throws org.springframework.security.access.AccessDeniedException when the unit is not one the person heads
     */
    Paged<Row> waiting(Actor actor, String isoWeek, String unitCode, int page, int size) {
        Paged<PlanSummary> found = plans.waiting(actor, isoWeek, unitCode, page, size);
        Weeks weeks = new Weeks();
        Map<Long, List<PlanDay>> days = store.daysOf(found.items().stream().map(PlanSummary::id).toList());
        // the list holds only plans the person decides: their units' (a head's own plan from above), never their own
        List<Row> rows = found.items().stream()
                .map(summary -> row(new StoredPlan(summary, days.getOrDefault(summary.id(), List.of())), weeks,
                        true))
                .toList();
        return new Paged<>(rows, found.page(), found.size(), found.total());
    }

    /**
     * One plan as the inbox shows it, for someone who may read it.
     *
     * @throws org.springframework.security.access.AccessDeniedException for anyone else
     */
    Optional<Row> plan(Actor actor, long id) {
        return plans.find(actor, id).map(plan -> row(plan, new Weeks(),
                plan.summary().status() == PlanStatus.SUBMITTED && plans.mayDecide(actor, plan.summary())));
    }

    private Row row(StoredPlan plan, Weeks weeks, boolean decidable) {
        PlanSummary summary = plan.summary();
        LocalDate monday = summary.weekStart();
        Determination policy = weeks.policy(monday);
        // the unit's own minimum (Pasal 27), as the approval judges it
        Determination.Applied<Integer> minimum = weeks.minimum(summary);
        Set<LocalDate> offDays = weeks.offDays(monday);
        UnitPresence.UnitWeek unit = weeks.unit(summary, store);
        Map<LocalDate, PlanDay.DayKind> kinds = plan.days().stream()
                .collect(Collectors.toMap(PlanDay::date, PlanDay::kind, (a, b) -> b));
        List<DayEffect> effect = new ArrayList<>();
        for (UnitPresence.DayPresence day : UnitPresence.week(unit, plan.plan())) {
            boolean working = WorkWeek.isWorkingDay(day.date()) && !offDays.contains(day.date());
            PlanDay.DayKind kind = kinds.get(day.date());
            if (working || kind != null) {
                effect.add(new DayEffect(day.date(), working, kind, day.present(), day.staff(), day.presentPercent(),
                        day.lokasi(), day.lokasiPercent(),
                        working && minimum != null && UnitPresence.belowMinimum(minimum.value(), day),
                        working && UnitPresence.aboveQuota(policy, day)));
            }
        }
        PlanVerdict verdict = plans.verdictOf(summary);
        return new Row(summary, plan.days(), verdict, effect, decidable,
                policy == null ? null : policy.lokasiPercentCap(),
                minimum == null ? null : minimum.value(), minimum == null ? null : minimum.scope());
    }

    /**
     * A plan in the inbox.
     *
     * @param effect    the unit's working days (and any other day the plan holds) with the plan counted in
     * @param decidable                whether the reader may decide it now
     * @param minOfficePresencePercent the minimum of the plan's unit (Pasal 27), {@code null} without a determination
     * @param minimumScope             the scope the PPK set that minimum for, {@code null}: the institution's
     */
    record Row(PlanSummary summary, List<PlanDay> days, PlanVerdict verdict, List<DayEffect> effect,
               boolean decidable, Integer lokasiPercentCap, Integer minOfficePresencePercent, Scope minimumScope) {

        /** Whether approving it leaves some day of the unit below the minimum or above the quota. */
        public boolean flagged() {
            return effect.stream().anyMatch(DayEffect::flagged);
        }

        /** When it was submitted, in WIB. */
        public LocalDateTime submittedInJakarta() {
            return summary.submittedAt().atZone(InstitutionTime.ZONE).toLocalDateTime();
        }

        /** When it was decided, in WIB, or {@code null}. */
        public LocalDateTime decidedInJakarta() {
            return summary.decidedAt() == null ? null
                    : summary.decidedAt().atZone(InstitutionTime.ZONE).toLocalDateTime();
        }
    }

    /** A day of the plan's unit if the plan is approved: who is in the office, who works away, against the caps. */
    record DayEffect(LocalDate date, boolean workingDay, PlanDay.DayKind kind, int present, int staff,
                     int presentPercent, int lokasi, int lokasiPercent, boolean belowMinimum, boolean aboveQuota) {

        public boolean flagged() {
            return belowMinimum || aboveQuota;
        }
    }

    /**
     * What the rows of one page share: a week's determination and holidays, and a unit's approved plans of a week.
     * An employee has one plan a week, so a waiting plan's own employee never has an approved plan that week to
     * leave aside: a unit's week is the same for each of its waiting plans.
     */
    private final class Weeks {

        private final Map<LocalDate, Optional<Determination>> policies = new HashMap<>();
        private final Map<LocalDate, Set<LocalDate>> offDays = new HashMap<>();
        private final Map<String, UnitPresence.UnitWeek> units = new HashMap<>();
        private final Map<String, Optional<Determination.Applied<Integer>>> unitMinimums = new HashMap<>();

        Determination policy(LocalDate monday) {
            return policies.computeIfAbsent(monday, Inbox.this.policies::determinationOn).orElse(null);
        }

        Set<LocalDate> offDays(LocalDate monday) {
            return offDays.computeIfAbsent(monday, day -> holidays.between(day, day.plusDays(6)).stream()
                    .map(Holiday::date).collect(Collectors.toSet()));
        }

        Determination.Applied<Integer> minimum(PlanSummary plan) {
            return unitMinimums.computeIfAbsent(plan.unitId() + "/" + plan.weekStart(), key -> Optional.ofNullable(
                    Inbox.this.minimums.of(policy(plan.weekStart()), plan.unitId()))).orElse(null);
        }

        UnitPresence.UnitWeek unit(PlanSummary plan, PlanStore store) {
            return units.computeIfAbsent(plan.unitId() + "/" + plan.weekStart(), key -> store.unitWeek(plan.unitId(),
                    plan.unitCode(), plan.weekStart(), plan.employeeId()));
        }
    }
}
