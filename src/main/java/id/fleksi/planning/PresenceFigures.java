package id.fleksi.planning;

import id.fleksi.policy.UnitMinimums;
import id.fleksi.rules.Determination;
import id.fleksi.rules.WorkWeek;
import id.fleksi.shared.Recent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The institution's presence in figures, from approved plans: per unit and day of a week how many work away from
 * their placement office (location flexibility) or are absent otherwise (leave, duty travel), and the share of
 * employee-days away per week over a run of weeks. The counts are the stored figures of {@code presence_day}, which
 * the database keeps as plans are approved, so that a view reads a few thousand rows whatever the size of the
 * institution; an approved day stays counted after its employee leaves. Employees without an approved plan count
 * as in the office.
 */
@Service
@Transactional(readOnly = true)
public class PresenceFigures {

    /**
     * What a week of the units is judged from, as one text that changes with any of it: each row of the
     * institution's totals of the week's days ({@code presence_total}, which the database writes afresh, with a new
     * row version, whenever a unit's day changes) and the organisation's published version of its units and their
     * staff. The PPK's caps and the days off are part of the question asked.
     */
    private static final String VERSION = """
            select coalesce(string_agg(day || '.' || slot || '.' || xmin, ',' order by day, slot), '')
                   || '/' || (select version from unit_version)
            from presence_total where day between :monday and :friday""";

    private final JdbcClient jdbc;
    /**
     * The weeks of units judged lately: a ministry's board judges 2,500 units a view, and the PPK, HR and the heads
     * above many units ask the same week again and again while nothing in it changes.
     */
    private final Recent<Question, RankedWeek> recent = new Recent<>(64);

    PresenceFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A unit's week: its active staff and, Monday to Friday, the employees away and absent each day; the least
     * share of it in the office (Pasal 27), its own where the PPK scoped one, {@code null} without caps.
     */
    public record UnitWeek(long unitId, String code, String name, int staff, int[] away, int[] absent,
                           Integer minOfficePresencePercent) {
    }

    /** A week of the units asked for: employee-days away against the working employee-days (staff × 5). */
    public record WeekShare(LocalDate monday, long awayDays, long employeeDays) {

        public int percent() {
            return employeeDays == 0 ? 0 : (int) Math.round(awayDays * 100.0 / employeeDays);
        }
    }

    /**
     * The PPK's caps a board judges each working day by (Pasal 14, Pasal 27), as {@code UnitPresence} judges them:
     * each unit by the minimum presence scoped to it or to a unit above it, the others by the institution's.
     */
    public record Caps(int lokasiPercentCap, int minOfficePresencePercent,
                       List<Determination.ScopedPresence> scopedMinimums) {

        public Caps {
            scopedMinimums = scopedMinimums == null ? List.of() : List.copyOf(scopedMinimums);
        }

        /** Caps without minima scoped to units. */
        public Caps(int lokasiPercentCap, int minOfficePresencePercent) {
            this(lokasiPercentCap, minOfficePresencePercent, List.of());
        }

        /** The caps of a version of the determination, {@code null} without one. */
        public static Caps of(Determination policy) {
            return policy == null ? null : new Caps(policy.lokasiPercentCap(), policy.minOfficePresencePercent(),
                    policy.scopes().presence());
        }
    }

    /** A unit's day below the minimum presence: its staff and those away or absent. */
    public record UnitDay(String code, String name, LocalDate day, int staff, int away, int absent) {
    }

    /**
     * A week of the units asked for, judged in SQL so that only what a page shows leaves the database: the units to
     * look at first with their days, the totals of the week per day, and the days below the minimum presence.
     *
     * @param units       a page of the units, with their days; when there are more units than a page holds, the
     *                    most in need first, otherwise every unit by code
     * @param unitCount   the units with active staff
     * @param staff       their active employees
     * @param away        per day Monday to Friday, the employees away on location flexibility
     * @param aboveQuota  per day, whether a unit is above the PPK's quota that day (KUOTA_LOKASI)
     * @param breaches    the first days below the minimum presence (LAYANAN_MINIMUM), by unit code and day
     * @param breachCount all of them
     */
    public record RankedWeek(List<UnitWeek> units, int unitCount, long staff, long[] away, boolean[] aboveQuota,
                             List<UnitDay> breaches, int breachCount) {
    }

    /** What a ranked week answers: the units ({@code null}: all), the week, the caps, the days off, the part shown. */
    private record Question(Set<Long> unitIds, LocalDate monday, Caps caps, Set<LocalDate> daysOff, long firstUnit,
                            int maxUnits, int maxBreaches) {

        Question {
            unitIds = unitIds == null ? null : Set.copyOf(unitIds);
            daysOff = Set.copyOf(daysOff);
        }
    }

    /**
     * The week of the units given ({@code null}: all), judged by the PPK's caps ({@code null}: none in force) on
     * its working days (the days off given are not judged). A unit in need has the most days below the minimum
     * presence (LAYANAN_MINIMUM, Pasal 27), then the most days above the quota (KUOTA_LOKASI, Pasal 14), then the
     * highest share of its staff away on a day, then the lowest code.
     */
    public RankedWeek ranked(Set<Long> unitIds, LocalDate monday, Caps caps, Set<LocalDate> daysOff, long firstUnit,
                             int maxUnits, int maxBreaches) {
        // read before the week, so that a change made in between gives a version the week is not kept under
        String version = jdbc.sql(VERSION).param("monday", monday)
                .param("friday", monday.plusDays(WorkWeek.WORKING_DAY_COUNT - 1L)).query(String.class).single();
        Question key = new Question(unitIds, monday, caps, daysOff, firstUnit, maxUnits, maxBreaches);
        return recent.answer(key, version,
                () -> judge(unitIds, monday, caps, daysOff, firstUnit, maxUnits, maxBreaches));
    }

    private RankedWeek judge(Set<Long> unitIds, LocalDate monday, Caps caps, Set<LocalDate> daysOff, long firstUnit,
                             int maxUnits, int maxBreaches) {
        Map<String, Object> params = new HashMap<>(units(unitIds));
        params.put("monday", monday);
        // the days off, Monday 1 to Friday 5, are not judged
        Set<Integer> offDays = daysOff.stream().map(day -> (int) (day.toEpochDay() - monday.toEpochDay()) + 1)
                .collect(Collectors.toSet());
        params.put("cap", caps == null ? null : caps.lokasiPercentCap());
        params.put("min", caps == null ? null : caps.minOfficePresencePercent());
        params.putAll(UnitMinimums.params(caps == null ? List.of() : caps.scopedMinimums()));
        params.put("first", firstUnit);
        params.put("max", maxUnits);
        params.put("maxBreaches", maxBreaches);
        int unitCount = jdbc.sql("select count(*) from unit_staff where active > 0" + among("unit_id", unitIds))
                .params(units(unitIds)).query(Integer.class).single();
        String order = unitCount <= maxUnits ? "code" : "below desc, above desc, share desc, code";
        // One pass over the units' weeks (presence_week, a row per unit), its parts told apart by the first column:
        // the units of the page (1) and their days (2), the totals per day (3), the first days below the minimum
        // (4), the count of those and the staff (5). Day d (1 to 5) is judged as UnitPresence.belowMinimum (b1-b5)
        // and aboveQuota (a1-a5) judge it; the pages and the first breaches are ranked after their top-N sorts.
        // The working days come from WorkWeek, written into the text rather than bound: the planner then knows
        // how many rows a unit's days give. Each unit's minimum is the one scoped to it or to a unit above it
        // (scoped_minimum, from the version's scopes bound as arrays), else the institution's (:min).
        String sql = """
                with scoped_minimum as materialized (
                    %s
                ), judged as materialized (
                    select unit_id, staff, away, absent, %s, %s,
                           %s as below, %s as above, greatest(%s) as highest
                    from (select w.unit_id, s.active as staff, w.away, w.absent, %s, %s
                          from presence_week w join unit_staff s on s.unit_id = w.unit_id
                              left join scoped_minimum m on m.unit_id = w.unit_id
                          where w.monday = :monday and s.active > 0%s) days
                ), shown as (
                    select id, code, name, active, minimum, row_number() over (order by %s) as rank
                    from (select u.id, u.code, u.name, s.active, coalesce(j.below, 0) as below,
                                 coalesce(j.above, 0) as above, coalesce(j.highest, 0) * 100 / s.active as share,
                                 coalesce(m.percent, cast(:min as integer)) as minimum
                          from unit_directory u join unit_staff s on s.unit_id = u.id
                              left join judged j on j.unit_id = u.id
                              left join scoped_minimum m on m.unit_id = u.id
                          where s.active > 0%s order by %s
                          offset :first limit :max) page
                ), breach as (
                    select code, name, day, staff, away, absent, row_number() over (order by code, day) as rank
                    from (select u.code, u.name, cast(:monday as date) + d.i as day, j.staff, j.away[d.i + 1] as away,
                                 j.absent[d.i + 1] as absent
                          from judged j join unit_directory u on u.id = j.unit_id
                          cross join lateral (values %s) d(i, below)
                          where j.below > 0 and d.below
                          order by u.code, d.i limit :maxBreaches) listed
                )
                select 1, rank, id, code, name, cast(null as date), active, minimum, 0, false from shown
                union all
                select 2, 0, j.unit_id, null, null, null, d.i, j.away[d.i + 1], j.absent[d.i + 1], false
                from judged j join shown on shown.id = j.unit_id cross join generate_series(0, %d) d(i)
                union all
                select 3, 0, null, null, null, null, t.i, t.away, 0, t.above
                from (select %s from judged) totals cross join lateral (values %s) t(i, away, above)
                union all
                select 4, rank, null, code, name, day, staff, away, absent, false from breach
                union all
                select 5, 0, null, null, null, null, (select coalesce(sum(below), 0) from judged),
                       (select coalesce(sum(active), 0) from unit_staff where true%s), 0, false
                order by 1, 2""".formatted(UnitMinimums.SCOPED.replace("\n", "\n    "),
                days("b%d"), days("a%d"), sum("b%d::integer"), sum("a%d::integer"), days("away[%d]"),
                judgedDays(offDays, "greatest(0, s.active - w.away[%1$d] - w.absent[%1$d]) * 100"
                        + " < coalesce(m.percent, cast(:min as integer)) * s.active", "b%d"),
                judgedDays(offDays, "w.away[%1$d] * 100 > cast(:cap as integer) * s.active", "a%d"),
                among("w.unit_id", unitIds), order, among("u.id", unitIds), order,
                values("(%d, b%d)"), WorkWeek.WORKING_DAY_COUNT - 1, totals(), values("(%d, totals.s%d, totals.f%d)"),
                among("unit_id", unitIds));
        Map<Long, UnitWeek> shown = new LinkedHashMap<>();
        long[] away = new long[WorkWeek.WORKING_DAY_COUNT];
        boolean[] above = new boolean[WorkWeek.WORKING_DAY_COUNT];
        List<UnitDay> breaches = new ArrayList<>();
        long[] counts = new long[2];
        jdbc.sql(sql).params(params).query(rs -> {
            switch (rs.getInt(1)) {
                case 1 -> shown.put(rs.getLong(3), new UnitWeek(rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getInt(7), new int[WorkWeek.WORKING_DAY_COUNT], new int[WorkWeek.WORKING_DAY_COUNT],
                        rs.getObject(8) == null ? null : rs.getInt(8)));
                case 2 -> {
                    UnitWeek unit = shown.get(rs.getLong(3));
                    unit.away()[rs.getInt(7)] = rs.getInt(8);
                    unit.absent()[rs.getInt(7)] = rs.getInt(9);
                }
                case 3 -> {
                    away[rs.getInt(7)] = rs.getLong(8);
                    above[rs.getInt(7)] = rs.getBoolean(10);
                }
                case 4 -> breaches.add(new UnitDay(rs.getString(4), rs.getString(5),
                        rs.getObject(6, LocalDate.class), rs.getInt(7), rs.getInt(8), rs.getInt(9)));
                default -> {
                    counts[0] = rs.getLong(7);
                    counts[1] = rs.getLong(8);
                }
            }
        });
        return new RankedWeek(List.copyOf(shown.values()), unitCount, counts[1], away, above, breaches,
                (int) counts[0]);
    }

    /**
     * The working days by their ISO number, Monday 1 to Friday 5: their places in the arrays of
     * {@code presence_week}, which keeps each working day at its ISO number (V31).
     */
    private static IntStream workingDays() {
        return WorkWeek.WORKING_DAYS.stream().mapToInt(DayOfWeek::getValue);
    }

    /** The working days' expressions, separated by commas. */
    private static String days(String pattern) {
        return workingDays().mapToObj(pattern::formatted).collect(Collectors.joining(", "));
    }

    /** The working days' expressions added up. */
    private static String sum(String pattern) {
        return workingDays().mapToObj(pattern::formatted).collect(Collectors.joining(" + "));
    }

    /**
     * A rule's judgment of each day, named by the alias: false on a day off, and where no determination is in force.
     */
    private static String judgedDays(Set<Integer> offDays, String condition, String alias) {
        return workingDays().mapToObj(day -> (offDays.contains(day) ? "false"
                        : "coalesce(" + condition.formatted(day) + ", false)") + " as " + alias.formatted(day))
                .collect(Collectors.joining(", "));
    }

    /** The working days as rows of a {@code values} list: the day counted from 0, then the day's columns. */
    private static String values(String pattern) {
        return workingDays().mapToObj(day -> pattern.formatted(day - 1, day, day))
                .collect(Collectors.joining(", "));
    }

    /** The week's totals per day: those away, and whether a unit is above the quota that day. */
    private static String totals() {
        return workingDays()
                .mapToObj(day -> "coalesce(sum(away[%1$d]), 0) as s%1$d, coalesce(bool_or(a%1$d), false) as f%1$d"
                        .formatted(day))
                .collect(Collectors.joining(", "));
    }

    /** The share away of the units given ({@code null}: all) for each of {@code weeks} weeks up to the Monday. */
    public List<WeekShare> trend(Set<Long> unitIds, LocalDate lastMonday, int weeks) {
        LocalDate first = lastMonday.minusWeeks(weeks - 1L);
        long staff = jdbc.sql("select coalesce(sum(active), 0) from unit_staff where true" + among("unit_id", unitIds))
                .params(units(unitIds)).query(Long.class).single();
        Map<LocalDate, Long> away = new HashMap<>();
        // the whole institution from its totals per day, some units from theirs, unit by unit (offset 0 keeps the
        // planner from scanning every unit's days of the period when it plans for units it cannot count); summed by
        // week here
        jdbc.sql(unitIds == null
                        ? "select day, sum(away) from presence_total where day between :first and :last group by day"
                        : """
                        select d.day, sum(d.away) from unnest(cast(:units as bigint[])) s(unit_id)
                        cross join lateral (select day, away from presence_day
                                            where unit_id = s.unit_id and day between :first and :last
                                            offset 0) d
                        group by d.day""")
                .param("first", first).param("last", WorkWeek.lastWorkingDay(lastMonday)).params(units(unitIds))
                .query(rs -> {
                    away.merge(rs.getObject(1, LocalDate.class).with(DayOfWeek.MONDAY), rs.getLong(2), Long::sum);
                });
        List<WeekShare> shares = new ArrayList<>();
        for (int i = 0; i < weeks; i++) {
            LocalDate monday = first.plusWeeks(i);
            shares.add(new WeekShare(monday, away.getOrDefault(monday, 0L), staff * WorkWeek.WORKING_DAY_COUNT));
        }
        return shares;
    }

    /**
     * The condition on the units given, none for all of them ({@code null}): one array parameter, which PostgreSQL
     * plans as a set whatever the number of units, instead of a list of hundreds of parameters compared one by one
     * on each row under a plan made for any of them. The array is a set joined by hash, not {@code = any(array)}:
     * under a prepared statement's generic plan that compares each row with every element (a directorate
     * general's 420 units against 15,000 rows took 17 ms instead of 7).
     */
    static String among(String column, Set<Long> unitIds) {
        return unitIds == null ? "" : " and " + column + " in (select unnest(cast(:units as bigint[])))";
    }

    static Map<String, Object> units(Set<Long> unitIds) {
        return unitIds == null ? Map.of() : Map.of("units", unitIds.toArray(Long[]::new));
    }
}
