package id.fleksi.dashboard;

import id.fleksi.organisation.Organisation;
import id.fleksi.planning.PresenceFigures;
import id.fleksi.planning.WeeklyPlans;
import id.fleksi.policy.Holiday;
import id.fleksi.policy.Holidays;
import id.fleksi.policy.Policies;
import id.fleksi.rules.Determination;
import id.fleksi.rules.UnitPresence;
import id.fleksi.shared.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The figures of a dashboard for the person asking: the whole institution for the PPK and HR, the units they head
 * and their sub-units for a unit head.
 */
@Service
@Transactional(readOnly = true)
public class Dashboards {

    static final int TREND_WEEKS = 12;
    /** Rows of the units' heatmap and lines of the days below the minimum shown at most. */
    static final int MAX_UNITS = 40;
    static final int MAX_BREACHES = 50;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d/M", Locale.forLanguageTag("id"));
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d/M", Locale.forLanguageTag("id"));

    private final PresenceFigures figures;
    private final WeeklyPlans plans;
    private final Organisation organisation;
    private final Policies policies;
    private final Holidays holidays;

    Dashboards(PresenceFigures figures, WeeklyPlans plans, Organisation organisation, Policies policies,
               Holidays holidays) {
        this.figures = figures;
        this.plans = plans;
        this.organisation = organisation;
        this.policies = policies;
        this.holidays = holidays;
    }

    /** The board of the week starting on the Monday, for the person asking. */
    public Board board(Actor actor, LocalDate monday) {
        Set<Long> scope = actor.readsWholeInstitution() ? null
                : actor.employeeId() == null ? Set.of() : organisation.headedScopeOf(actor.employeeId()).unitIds();
        Determination policy = policies.determinationOn(monday).orElse(null);
        Set<LocalDate> offDays = holidays.between(monday, monday.plusDays(4)).stream().map(Holiday::date)
                .collect(Collectors.toSet());
        List<UnitRow> units = new ArrayList<>();
        List<Breach> breaches = new ArrayList<>();
        int[] away = new int[5];
        int staff = 0;
        for (PresenceFigures.UnitWeek unit : figures.week(scope, monday)) {
            staff += unit.staff();
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                LocalDate day = monday.plusDays(i);
                away[i] += unit.away()[i];
                UnitPresence.DayPresence presence = new UnitPresence.DayPresence(day, unit.staff(), unit.away()[i],
                        unit.absent()[i]);
                boolean working = !offDays.contains(day);
                boolean below = working && UnitPresence.belowMinimum(policy, presence);
                boolean above = working && UnitPresence.aboveQuota(policy, presence);
                cells.add(new Cell(day, working, presence.lokasi(), presence.lokasiPercent(), presence.present(),
                        presence.presentPercent(), above, below));
                if (below) {
                    breaches.add(new Breach(unit.code(), unit.name(), day, presence.present(), unit.staff(),
                            presence.presentPercent()));
                }
            }
            units.add(new UnitRow(unit.code(), unit.name(), unit.staff(), cells));
        }
        List<String> dayLabels = new ArrayList<>();
        List<Integer> dayPercents = new ArrayList<>();
        List<Boolean> dayFlags = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            LocalDate day = monday.plusDays(i);
            dayLabels.add(DAY.format(day));
            dayPercents.add(staff == 0 ? 0 : (int) Math.round(away[i] * 100.0 / staff));
            int index = i;
            dayFlags.add(units.stream().anyMatch(unit -> unit.cells().get(index).aboveQuota()));
        }
        List<PresenceFigures.WeekShare> trend = figures.trend(scope, monday, TREND_WEEKS);
        Integer cap = policy == null ? null : policy.lokasiPercentCap();
        return new Board(monday, isoWeek(monday), staff, policy,
                Charts.bars(dayLabels, dayPercents, dayFlags, cap), days(monday, dayPercents, away, staff),
                Charts.line(trend.stream().map(w -> WEEK.format(w.monday())).toList(),
                        trend.stream().map(PresenceFigures.WeekShare::percent).toList(), cap),
                trend, mostInNeed(units), units.size(), breaches.stream().limit(MAX_BREACHES).toList(),
                breaches.size(), plans.waitingCount(actor));
    }

    /**
     * The units a reader should look at first, at most {@value #MAX_UNITS} (an institution of thousands of units
     * would otherwise fill the page): most days below the minimum presence, then most days above the quota, then the
     * highest share away on a day, then by code.
     */
    static List<UnitRow> mostInNeed(List<UnitRow> units) {
        if (units.size() <= MAX_UNITS) {
            return units;
        }
        // each unit's keys once, not at every comparison of thousands of units
        Comparator<Need> order = Comparator.comparingInt(Need::below).reversed()
                .thenComparing(Comparator.comparingInt(Need::above).reversed())
                .thenComparing(Comparator.comparingInt(Need::highestShare).reversed())
                .thenComparing(need -> need.unit().code());
        return units.stream().map(Need::of).sorted(order).limit(MAX_UNITS).map(Need::unit).toList();
    }

    /** What ranks a unit: its days below the minimum, its days above the quota, its highest share away. */
    private record Need(UnitRow unit, int below, int above, int highestShare) {

        static Need of(UnitRow unit) {
            int below = 0;
            int above = 0;
            int highest = 0;
            for (Cell cell : unit.cells()) {
                below += cell.belowMinimum() ? 1 : 0;
                above += cell.aboveQuota() ? 1 : 0;
                highest = Math.max(highest, cell.away());
            }
            return new Need(unit, below, above, highest * 100 / Math.max(unit.staff(), 1));
        }
    }

    private static List<DayShare> days(LocalDate monday, List<Integer> percents, int[] away, int staff) {
        List<DayShare> days = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            days.add(new DayShare(monday.plusDays(i), away[i], staff, percents.get(i)));
        }
        return days;
    }

    static String isoWeek(LocalDate monday) {
        return "%d-W%02d".formatted(monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The dashboard of one week. */
    public record Board(LocalDate monday, String isoWeek, int staff, Determination policy, Charts.BarChart dayChart,
                        List<DayShare> days, Charts.LineChart trendChart, List<PresenceFigures.WeekShare> trend,
                        List<UnitRow> units, int unitCount, List<Breach> breaches, int breachCount, long waiting) {
    }

    /** One day of the scope: employees away of all staff. */
    public record DayShare(LocalDate date, int away, int staff, int percent) {
    }

    /** A unit's week, a cell a day. */
    public record UnitRow(String code, String name, int staff, List<Cell> cells) {
    }

    /** A unit's day: away on location flexibility and in the office, against the PPK's caps. */
    public record Cell(LocalDate date, boolean workingDay, int away, int awayPercent, int inOffice,
                       int inOfficePercent, boolean aboveQuota, boolean belowMinimum) {

        /** A step 0-4 of the colour scale, by the share away. */
        public int shade() {
            return Math.min(4, awayPercent / 20);
        }
    }

    /** A unit's day below the minimum presence of Pasal 27. */
    public record Breach(String code, String name, LocalDate date, int inOffice, int staff, int percent) {
    }
}
