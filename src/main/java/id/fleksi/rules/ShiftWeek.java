package id.fleksi.rules;

import org.threeten.extra.YearWeek;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static id.fleksi.rules.LegalRef.pasal;

/**
 * Shift work (sif) as a unit head divides it: where it may be used and whether each employee's week of shifts
 * still reaches the weekly hours.
 *
 * <p>Pasal 19 ayat (1): "Fleksibilitas Kerja sif ... dilaksanakan dengan cara Pegawai ASN pada unit organisasi
 * tertentu bekerja secara bergantian ... berdasarkan pembagian hari dan/atau jam kerja." Ayat (2): "... tetap
 * memenuhi ketentuan jam kerja efektif ... dalam 1 (satu) minggu." Ayat (3): the unit head sets the division.
 * Ayat (4): "Unit organisasi tertentu yang dapat menerapkan Fleksibilitas Kerja sif ... ditetapkan oleh PPK atau
 * pimpinan instansi." The weekly requirement is that of Pasal 3 ayat (1), 7 hours 30 minutes for each working day
 * that is not a holiday, counted as {@link WeekJudgement} counts it.
 */
public final class ShiftWeek {

    /** The article a shortfall of a week of shifts rests on. */
    public static final LegalRef WEEKLY_HOURS = pasal("Pasal 19 ayat (2)");

    private ShiftWeek() {
    }

    /**
     * One shift on the day it starts; an end before the start is on the next day (a night shift).
     *
     * @param breakMinutes the break, not counted as work (Pasal 3 ayat (1))
     */
    public record Shift(LocalDate date, LocalTime start, LocalTime end, int breakMinutes) {

        public Shift {
            if (date == null || start == null || end == null || breakMinutes < 0) {
                throw new IllegalArgumentException("A shift needs a date, a start, an end and a break of 0 or more");
            }
        }

        /** Minutes of work, breaks excluded; a night shift counts to its end on the next day. */
        public int effectiveMinutes() {
            return PlanDays.effectiveMinutes(planDay());
        }

        /** Whether the shift ends on the day after it starts. */
        public boolean endsNextDay() {
            return end.isBefore(start);
        }

        PlanDay planDay() {
            return new PlanDay(date, PlanDay.DayKind.SIF, start, end, breakMinutes, null, null);
        }
    }

    /**
     * The hours of one employee's week of shifts.
     *
     * @param violation the shortfall (JAM_KERJA_MINGGUAN, Pasal 19 ayat (2)), or {@code null} when the week is met
     */
    public record Week(LocalDate monday, int requiredMinutes, int effectiveMinutes, Violation violation) {

        public boolean met() {
            return violation == null;
        }
    }

    /**
     * The week from {@code monday}: its shifts counted on the day each starts (shifts on other days are left out),
     * against 7h30m for each working day that is not a holiday.
     */
    public static Week week(LocalDate monday, List<Shift> shifts, Set<LocalDate> holidays) {
        LocalDate sunday = monday.plusDays(6);
        List<PlanDay> days = new ArrayList<>();
        for (Shift shift : shifts) {
            if (!shift.date().isBefore(monday) && !shift.date().isAfter(sunday)) {
                days.add(shift.planDay());
            }
        }
        String isoWeek = YearWeek.from(monday).toString();
        WeekPlan plan = new WeekPlan(isoWeek, WeekPlan.FlexType.SIF, days);
        int required = WeekHours.requiredMinutes(plan, monday, holidays == null ? Set.of() : holidays);
        int effective = WeekHours.plannedMinutes(plan);
        Violation shortfall = effective >= required ? null
                : Violation.error(RuleCode.JAM_KERJA_MINGGUAN, WEEKLY_HOURS, Text.of(
                        "Jam kerja efektif sif minggu " + Dates.id(monday) + " " + PlanDays.jam(effective)
                                + ", kurang dari " + PlanDays.jam(required)
                                + " yang diwajibkan (7 jam 30 menit per hari kerja, di luar istirahat).",
                        "Effective shift time in the week of " + Dates.en(monday) + " is "
                                + PlanDays.hours(effective) + ", less than the " + PlanDays.hours(required)
                                + " required (7 h 30 min per working day, breaks excluded)."))
                .on(monday);
        return new Week(monday, required, effective, shortfall);
    }

    /**
     * Whether the determination in force lets the unit use sif: it must enable sif (JENIS_TIDAK_DITETAPKAN) and
     * designate the unit or a unit above it (UNIT_SIF, Pasal 19 ayat (4)).
     *
     * @param policy   the determination in force, or {@code null} when there is none
     * @param unitPath the unit's code first, then the codes of the units above it
     * @return the reasons it may not; empty when it may
     */
    public static List<Violation> designation(Determination policy, List<String> unitPath) {
        if (policy == null) {
            return List.of(Designation.noDetermination(FlexibilityType.SIF));
        }
        String unit = unitPath.isEmpty() ? "" : unitPath.get(0);
        List<Violation> found = new ArrayList<>();
        if (!policy.sifEnabled()) {
            found.add(Violation.error(RuleCode.JENIS_TIDAK_DITETAPKAN, Designation.articleOf(FlexibilityType.SIF),
                    Text.of("Penetapan PPK (" + policy.decreeNumber() + ") tidak memberlakukan sif.",
                            "The PPK's determination (" + policy.decreeNumber() + ") does not enable shift work.")));
        }
        if (unitPath.stream().noneMatch(policy.sifUnitCodes()::contains)) {
            found.add(Violation.error(RuleCode.UNIT_SIF, Text.of(
                    "Unit " + unit + " tidak ditetapkan PPK (" + policy.decreeNumber() + ") untuk menerapkan sif.",
                    "Unit " + unit + " is not designated by the PPK (" + policy.decreeNumber()
                            + ") for shift work.")));
        }
        return found;
    }
}
