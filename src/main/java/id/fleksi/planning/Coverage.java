package id.fleksi.planning;

import id.fleksi.rules.Determination;
import id.fleksi.rules.PlanDay;
import id.fleksi.rules.Scope;
import id.fleksi.rules.UnitPresence;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit's week from its approved plans: per day, who is in the office, away on location flexibility, on leave or
 * on duty travel, and the unit against the PPK's caps (Pasal 14: share away; Pasal 27: share in the office).
 * Only approved plans say where someone works: employees without one are counted apart ({@link Standing}), never as
 * in the office. A day is below the minimum when it would be so even if all of them came to the office. The minimum is
 * the unit's own: the one the PPK scoped to the unit or a unit above it ({@code minimumScope}), else the
 * institution's ({@code minimumScope} {@code null}).
 */
public record Coverage(String unitCode, String unitName, String week, int staff, Integer lokasiPercentCap,
                       Integer minOfficePresencePercent, Scope minimumScope, Standing standing, List<Day> days) {

    public Coverage {
        days = List.copyOf(days);
    }

    /**
     * A day of the unit; {@code workingDay} is false on Saturday, Sunday and the institution's holidays.
     * {@code inOffice} counts the approved plans that put the employee in the office that day, {@code unknown} the
     * active employees without an approved plan for the week.
     */
    public record Day(LocalDate date, boolean workingDay, int inOffice, int unknown, int away, int onLeave,
                      int dutyTravel, int awayPercent, int inOfficePercent, boolean aboveQuota, boolean belowMinimum,
                      List<Person> awayEmployees, List<Person> onLeaveEmployees, List<Person> dutyTravelEmployees) {

        static Day of(LocalDate date, boolean workingDay, Standing standing, List<PlanStore.AwayDay> plans,
                      Determination policy, Determination.Applied<Integer> minimum) {
            List<Person> away = people(plans, true, null);
            List<Person> leave = people(plans, false, PlanDay.DayKind.CUTI);
            List<Person> travel = people(plans, false, PlanDay.DayKind.DINAS_LUAR);
            int staff = standing.staff();
            // judged as the approval judges: whoever has no approved plan may still come to the office
            UnitPresence.DayPresence atMost = new UnitPresence.DayPresence(date, staff, away.size(),
                    leave.size() + travel.size());
            int inOffice = Math.max(0, standing.approved() - away.size() - leave.size() - travel.size());
            return new Day(date, workingDay, inOffice, standing.withoutApprovedPlan(), away.size(), leave.size(),
                    travel.size(), atMost.lokasiPercent(),
                    staff == 0 ? 0 : (int) Math.round(inOffice * 100.0 / staff),
                    workingDay && UnitPresence.aboveQuota(policy, atMost),
                    workingDay && minimum != null && UnitPresence.belowMinimum(minimum.value(), atMost), away, leave,
                    travel);
        }

        private static List<Person> people(List<PlanStore.AwayDay> plans, boolean lokasi, PlanDay.DayKind kind) {
            return plans.stream().filter(p -> lokasi ? p.kind().isLokasi() : p.kind() == kind)
                    .map(p -> new Person(p.nip(), p.name(), p.kind(), p.planId())).toList();
        }
    }

    /** An employee away on a day, with the approved plan that says so. */
    public record Person(String nip, String name, PlanDay.DayKind kind, long planId) {
    }

    /**
     * Where the plans of the unit's active employees stand for the week: approved, waiting for the head, rejected,
     * or not submitted at all; {@code pending} names the first of those without an approved plan (not submitted
     * first, then rejected, then waiting; by name).
     */
    public record Standing(int staff, int approved, int waiting, int rejected, int notSubmitted,
                           List<Pending> pending) {

        public Standing {
            pending = List.copyOf(pending);
        }

        public int withoutApprovedPlan() {
            return waiting + rejected + notSubmitted;
        }

        /** How many of those without an approved plan are not named in {@link #pending}. */
        public int notNamed() {
            return Math.max(0, withoutApprovedPlan() - pending.size());
        }
    }

    /** An employee without an approved plan for the week; {@code status} is {@code null} when none was submitted. */
    public record Pending(String nip, String name, PlanStatus status) {
    }
}
