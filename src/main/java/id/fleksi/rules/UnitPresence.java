package id.fleksi.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one more weekly plan does to its unit, day by day, next to the unit's other approved plans.
 *
 * <p>Pasal 14: "PPK atau pimpinan instansi menetapkan persentase jumlah Pegawai ASN yang dapat melaksanakan
 * tugas kedinasan secara fleksibel secara lokasi" (KUOTA_LOKASI). Pasal 27: flexible work must not lower the
 * quality and continuity of government services; the PPK sets the share of a unit that stays in the office each
 * working day (LAYANAN_MINIMUM).
 *
 * <p>Only the plan's location days are judged: a day of leave or duty travel lowers the unit's presence, but it
 * is not flexible work and is not refused here. Employees of the unit without an approved plan count as present.
 */
public final class UnitPresence {

    private UnitPresence() {
    }

    /**
     * The unit a plan belongs to, as the other approved plans leave it.
     *
     * @param staff  the unit's active employees, the plan's employee included
     * @param others per day, what the other approved plans of the unit's employees hold
     */
    public record UnitWeek(String unitCode, int staff, Map<LocalDate, DayCount> others) {

        public UnitWeek {
            if (staff < 1) {
                throw new IllegalArgumentException("A unit with a plan has at least one employee: " + unitCode);
            }
            others = Map.copyOf(others);
        }

        DayCount on(LocalDate day) {
            return others.getOrDefault(day, DayCount.NONE);
        }
    }

    /**
     * One day of a unit: how many employees work away from the placement office on location flexibility, and how
     * many are away for another reason (approved leave, official duty travel).
     */
    public record DayCount(int lokasi, int absent) {

        public static final DayCount NONE = new DayCount(0, 0);

        public DayCount plus(DayCount other) {
            return new DayCount(lokasi + other.lokasi, absent + other.absent);
        }
    }

    /** One day of the unit with the plan counted in: the figures a calendar or an inbox shows. */
    public record DayPresence(LocalDate date, int staff, int lokasi, int absent) {

        public int present() {
            return Math.max(0, staff - lokasi - absent);
        }

        public int lokasiPercent() {
            return percent(lokasi, staff);
        }

        public int presentPercent() {
            return percent(present(), staff);
        }
    }

    /**
     * KUOTA_LOKASI and LAYANAN_MINIMUM for each location day of the plan, counted together with the unit's other
     * approved plans. At submission they are warnings for the unit head; at approval they block. The minimum is
     * the one the PPK scoped to the unit or to a unit above it (Pasal 27) when there is one; {@code unitPath} is the
     * unit's code and its parents'.
     */
    public static List<Violation> judge(Determination policy, List<String> unitPath, UnitWeek unit, WeekPlan plan,
                                        Severity severity) {
        List<Violation> found = new ArrayList<>();
        if (policy == null) {
            return found;
        }
        Determination.Applied<Integer> minimum = policy.minOfficePresenceFor(unitPath);
        Text scope = minimum.appliesTo();
        for (PlanDay day : WeekLocations.lokasiDays(plan)) {
            DayPresence presence = with(unit, day.date(), day.kind());
            if (aboveQuota(policy, presence)) {
                found.add(new Violation(RuleCode.KUOTA_LOKASI, severity, RuleCode.KUOTA_LOKASI.article(), day.date(),
                        Text.of("Pada " + Dates.id(day.date()) + " " + presence.lokasi() + " dari " + presence.staff()
                                        + " pegawai unit " + unit.unitCode() + " akan bekerja di luar kantor penempatan ("
                                        + presence.lokasiPercent() + "%), melebihi " + policy.lokasiPercentCap()
                                        + "% yang ditetapkan PPK. Pilih hari lain untuk bekerja di luar kantor.",
                                "On " + Dates.en(day.date()) + " " + presence.lokasi() + " of the " + presence.staff()
                                        + " employees of unit " + unit.unitCode()
                                        + " would work away from their placement office (" + presence.lokasiPercent()
                                        + "%), above the " + policy.lokasiPercentCap()
                                        + "% the PPK set. Choose another day to work away from the office.")));
            }
            if (belowMinimum(minimum.value(), presence)) {
                found.add(new Violation(RuleCode.LAYANAN_MINIMUM, severity, RuleCode.LAYANAN_MINIMUM.article(),
                        day.date(), Text.of("Pada " + Dates.id(day.date()) + " hanya " + presence.present() + " dari "
                                        + presence.staff() + " pegawai unit " + unit.unitCode() + " akan hadir di kantor ("
                                        + presence.presentPercent() + "%), di bawah " + minimum.value()
                                        + "% yang ditetapkan PPK agar layanan tetap berjalan. Pilih hari lain."
                                        + scope.indonesian(),
                                "On " + Dates.en(day.date()) + " only " + presence.present() + " of the "
                                        + presence.staff() + " employees of unit " + unit.unitCode()
                                        + " would be in the office (" + presence.presentPercent() + "%), below the "
                                        + minimum.value()
                                        + "% the PPK set to keep services running. Choose another day."
                                        + scope.english())));
            }
        }
        return found;
    }

    /** Pasal 14: more of the unit away on location flexibility than the PPK's percentage. */
    public static boolean aboveQuota(Determination policy, DayPresence day) {
        return policy != null && day.lokasi() * Regulation.FULL_PERCENT > policy.lokasiPercentCap() * day.staff();
    }

    /** Pasal 27: less of the unit in the office than this minimum. */
    public static boolean belowMinimum(int minimumPercent, DayPresence day) {
        return day.present() * Regulation.FULL_PERCENT < minimumPercent * day.staff();
    }

    /** The unit's days of the week with the plan counted in, Monday to Sunday. */
    public static List<DayPresence> week(UnitWeek unit, WeekPlan plan) {
        Map<LocalDate, PlanDay.DayKind> kinds = new TreeMap<>();
        plan.days().forEach(day -> kinds.put(day.date(), day.kind()));
        List<DayPresence> days = new ArrayList<>();
        for (int i = 0; i < WorkWeek.DAYS; i++) {
            LocalDate date = plan.monday().plusDays(i);
            days.add(with(unit, date, kinds.get(date)));
        }
        return days;
    }

    /** What a day of a plan adds to the unit's day. */
    public static DayCount count(PlanDay.DayKind kind) {
        if (kind == null) {
            return DayCount.NONE;
        }
        if (kind.isLokasi()) {
            return new DayCount(1, 0);
        }
        return kind.isAbsent() ? new DayCount(0, 1) : DayCount.NONE;
    }

    private static DayPresence with(UnitWeek unit, LocalDate date, PlanDay.DayKind kind) {
        DayCount count = unit.on(date).plus(count(kind));
        return new DayPresence(date, unit.staff(), count.lokasi(), count.absent());
    }

    private static int percent(int part, int whole) {
        return whole == 0 ? 0 : (int) Math.round(part * 100.0 / whole);
    }
}
