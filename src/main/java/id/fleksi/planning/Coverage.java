package id.fleksi.planning;

import id.fleksi.rules.Determination;
import id.fleksi.rules.PlanDay;
import id.fleksi.rules.UnitPresence;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit's week from its approved plans: per day, who is in the office, away on location flexibility, on leave or
 * on duty travel, and the unit against the PPK's caps (Pasal 14: share away; Pasal 27: share in the office).
 * Employees without an approved plan count as in the office.
 */
public record Coverage(String unitCode, String unitName, String week, int staff, Integer lokasiPercentCap,
                       Integer minOfficePresencePercent, List<Day> days) {

    public Coverage {
        days = List.copyOf(days);
    }

    /** A day of the unit; {@code workingDay} is false on Saturday, Sunday and the institution's holidays. */
    public record Day(LocalDate date, boolean workingDay, int inOffice, int away, int onLeave, int dutyTravel,
                      int awayPercent, int inOfficePercent, boolean aboveQuota, boolean belowMinimum,
                      List<Person> awayEmployees, List<Person> onLeaveEmployees, List<Person> dutyTravelEmployees) {

        static Day of(LocalDate date, boolean workingDay, int staff, List<PlanStore.AwayDay> plans,
                      Determination policy) {
            List<Person> away = people(plans, true, null);
            List<Person> leave = people(plans, false, PlanDay.DayKind.CUTI);
            List<Person> travel = people(plans, false, PlanDay.DayKind.DINAS_LUAR);
            UnitPresence.DayPresence presence = new UnitPresence.DayPresence(date, staff, away.size(),
                    leave.size() + travel.size());
            return new Day(date, workingDay, presence.present(), away.size(), leave.size(), travel.size(),
                    presence.lokasiPercent(), presence.presentPercent(),
                    workingDay && UnitPresence.aboveQuota(policy, presence),
                    workingDay && UnitPresence.belowMinimum(policy, presence), away, leave, travel);
        }

        private static List<Person> people(List<PlanStore.AwayDay> plans, boolean lokasi, PlanDay.DayKind kind) {
            return plans.stream().filter(p -> lokasi ? p.kind().isLokasi() : p.kind() == kind)
                    .map(p -> new Person(p.nip(), p.name(), p.kind())).toList();
        }
    }

    public record Person(String nip, String name, PlanDay.DayKind kind) {
    }
}
