package id.fleksi.dashboard;

import id.fleksi.organisation.Organisation;
import id.fleksi.planning.PresenceFigures;
import id.fleksi.policy.Holiday;
import id.fleksi.policy.Holidays;
import id.fleksi.policy.Policies;
import id.fleksi.rules.Determination;
import id.fleksi.rules.UnitPresence;
import id.fleksi.rules.WorkWeek;
import id.fleksi.shared.Actor;
import id.fleksi.shared.web.Paged;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.threeten.extra.YearWeek;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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
    /** Rows of a page of the units' heatmap, and lines of the days below the minimum shown at most. */
    static final int UNITS_PER_PAGE = 20;
    static final int MAX_BREACHES = 20;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d/M", Locale.forLanguageTag("id"));
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d/M", Locale.forLanguageTag("id"));

    private final PresenceFigures figures;
    private final Organisation organisation;
    private final Policies policies;
    private final Holidays holidays;

    Dashboards(PresenceFigures figures, Organisation organisation, Policies policies,
               Holidays holidays) {
        this.figures = figures;
        this.organisation = organisation;
        this.policies = policies;
        this.holidays = holidays;
    }

    /** The board of the week starting on the Monday, for the person asking, its units' first page. */
    public Board board(Actor actor, LocalDate monday) {
        return board(actor, monday, 0);
    }

    /** The board of the week starting on the Monday, for the person asking, a page of its units (from 0). */
    public Board board(Actor actor, LocalDate monday, int page) {
        Set<Long> scope = actor.readsWholeInstitution() ? null
                : actor.employeeId() == null ? Set.of() : organisation.headedScopeOf(actor.employeeId()).unitIds();
        Determination policy = policies.determinationOn(monday).orElse(null);
        Set<LocalDate> offDays = holidays.between(monday, WorkWeek.lastWorkingDay(monday)).stream().map(Holiday::date)
                .collect(Collectors.toSet());
        PresenceFigures.RankedWeek week = figures.ranked(scope, monday, PresenceFigures.Caps.of(policy), offDays,
                (long) page * UNITS_PER_PAGE, UNITS_PER_PAGE, MAX_BREACHES);
        List<UnitRow> units = new ArrayList<>();
        for (PresenceFigures.UnitWeek unit : week.units()) {
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < WorkWeek.WORKING_DAY_COUNT; i++) {
                LocalDate day = monday.plusDays(i);
                UnitPresence.DayPresence presence = new UnitPresence.DayPresence(day, unit.staff(), unit.away()[i],
                        unit.absent()[i]);
                boolean working = !offDays.contains(day);
                cells.add(new Cell(day, working, presence.lokasi(), presence.lokasiPercent(), presence.present(),
                        presence.presentPercent(), working && UnitPresence.aboveQuota(policy, presence),
                        working && unit.minOfficePresencePercent() != null
                                && UnitPresence.belowMinimum(unit.minOfficePresencePercent(), presence)));
            }
            units.add(new UnitRow(unit.code(), unit.name(), unit.staff(), cells));
        }
        List<Breach> breaches = week.breaches().stream().map(breach -> {
            UnitPresence.DayPresence presence = new UnitPresence.DayPresence(breach.day(), breach.staff(),
                    breach.away(), breach.absent());
            return new Breach(breach.code(), breach.name(), breach.day(), presence.present(), breach.staff(),
                    presence.presentPercent());
        }).toList();
        int staff = (int) week.staff();
        List<String> dayLabels = new ArrayList<>();
        List<Integer> dayPercents = new ArrayList<>();
        List<Boolean> dayFlags = new ArrayList<>();
        int[] away = new int[WorkWeek.WORKING_DAY_COUNT];
        for (int i = 0; i < WorkWeek.WORKING_DAY_COUNT; i++) {
            LocalDate day = monday.plusDays(i);
            away[i] = (int) week.away()[i];
            dayLabels.add(DAY.format(day));
            dayPercents.add(staff == 0 ? 0 : (int) Math.round(away[i] * 100.0 / staff));
            dayFlags.add(week.aboveQuota()[i]);
        }
        List<PresenceFigures.WeekShare> trend = figures.trend(scope, monday, TREND_WEEKS);
        Integer cap = policy == null ? null : policy.lokasiPercentCap();
        return new Board(monday, isoWeek(monday), staff, policy,
                Charts.bars(dayLabels, dayPercents, dayFlags, cap), days(monday, dayPercents, away, staff),
                Charts.line(trend.stream().map(w -> WEEK.format(w.monday())).toList(),
                        trend.stream().map(PresenceFigures.WeekShare::percent).toList(), cap),
                trend, new Paged<>(units, page, UNITS_PER_PAGE, week.unitCount()), breaches, week.breachCount());
    }

    private static List<DayShare> days(LocalDate monday, List<Integer> percents, int[] away, int staff) {
        List<DayShare> days = new ArrayList<>();
        for (int i = 0; i < WorkWeek.WORKING_DAY_COUNT; i++) {
            days.add(new DayShare(monday.plusDays(i), away[i], staff, percents.get(i)));
        }
        return days;
    }

    static String isoWeek(LocalDate monday) {
        return YearWeek.from(monday).toString();
    }

    /** The dashboard of one week. */
    public record Board(LocalDate monday, String isoWeek, int staff, Determination policy, Charts.BarChart dayChart,
                        List<DayShare> days, Charts.LineChart trendChart, List<PresenceFigures.WeekShare> trend,
                        Paged<UnitRow> unitPage, List<Breach> breaches, int breachCount) {

        /** The units of the page shown. */
        public List<UnitRow> units() {
            return unitPage.items();
        }

        /** The units with active staff in the board's scope. */
        public long unitCount() {
            return unitPage.total();
        }
    }

    /** One day of the scope: employees away of all staff. */
    public record DayShare(LocalDate date, int away, int staff, int percent) {
    }

    /** A unit's week, a cell a day. */
    public record UnitRow(String code, String name, int staff, List<Cell> cells) {
    }

    private static final String[] SHADES = {"text-center heat-0", "text-center heat-1", "text-center heat-2",
            "text-center heat-3", "text-center heat-4"};

    /** A unit's day: away on location flexibility and in the office, against the PPK's caps. */
    public record Cell(LocalDate date, boolean workingDay, int away, int awayPercent, int inOffice,
                       int inOfficePercent, boolean aboveQuota, boolean belowMinimum) {

        /** A step 0-4 of the colour scale, by the share away. */
        public int shade() {
            return Math.min(4, awayPercent / 20);
        }

        /** The cell's classes: its shade, or a day off. */
        public String css() {
            return workingDay ? SHADES[shade()] : "text-center heat-off";
        }
    }

    /** A unit's day below the minimum presence of Pasal 27. */
    public record Breach(String code, String name, LocalDate date, int inOffice, int staff, int percent) {
    }
}
