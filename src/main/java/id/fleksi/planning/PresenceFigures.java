package id.fleksi.planning;

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

    private final JdbcClient jdbc;

    PresenceFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A unit's week: its active staff and, Monday to Friday, the employees away and absent each day. */
    public record UnitWeek(long unitId, String code, String name, int staff, int[] away, int[] absent) {
    }

    /** A week of the units asked for: employee-days away against the working employee-days (staff × 5). */
    public record WeekShare(LocalDate monday, long awayDays, long employeeDays) {

        public int percent() {
            return employeeDays == 0 ? 0 : (int) Math.round(awayDays * 100.0 / employeeDays);
        }
    }

    /**
     * The PPK's caps a board judges each working day by (Pasal 14, Pasal 27), as {@code UnitPresence} judges them.
     */
    public record Caps(int lokasiPercentCap, int minOfficePresencePercent) {
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

    /**
     * The week of the units given ({@code null}: all), judged by the PPK's caps ({@code null}: none in force) on
     * its working days (the days off given are not judged). A unit in need has the most days below the minimum
     * presence (LAYANAN_MINIMUM, Pasal 27), then the most days above the quota (KUOTA_LOKASI, Pasal 14), then the
     * highest share of its staff away on a day, then the lowest code.
     */
    public RankedWeek ranked(Set<Long> unitIds, LocalDate monday, Caps caps, Set<LocalDate> daysOff, long firstUnit,
                             int maxUnits, int maxBreaches) {
        Map<String, Object> params = new HashMap<>(units(unitIds));
        params.put("monday", monday);
        params.put("friday", monday.plusDays(4));
        params.put("off", daysOff.stream().map(day -> (int) (day.toEpochDay() - monday.toEpochDay()))
                .toArray(Integer[]::new));
        params.put("cap", caps == null ? null : caps.lokasiPercentCap());
        params.put("min", caps == null ? null : caps.minOfficePresencePercent());
        params.put("first", firstUnit);
        params.put("max", maxUnits);
        params.put("maxBreaches", maxBreaches);
        int unitCount = jdbc.sql("select count(*) from unit_staff where active > 0" + among("unit_id", unitIds))
                .params(units(unitIds)).query(Integer.class).single();
        String order = unitCount <= maxUnits ? "u.code" : """
                coalesce(n.below, 0) desc, coalesce(n.above, 0) desc, coalesce(n.highest, 0) * 100 / s.active desc,
                u.code""";
        // One pass over the week's figures, its parts told apart by the first column: the units of the page (1) and
        // their days (2), the totals per day (3), the first days below the minimum (4), the count of those and the
        // staff (5). A day is judged as UnitPresence.aboveQuota and belowMinimum judge it.
        String sql = """
                with judged as materialized (
                    select p.unit_id, p.day, p.day - cast(:monday as date) as i, p.away, p.absent, s.active as staff,
                           coalesce(not (p.day - cast(:monday as date)) = any(cast(:off as integer[]))
                                    and p.away * 100 > cast(:cap as integer) * s.active, false) as above,
                           coalesce(not (p.day - cast(:monday as date)) = any(cast(:off as integer[]))
                                    and greatest(0, s.active - p.away - p.absent) * 100
                                        < cast(:min as integer) * s.active, false) as below
                    from presence_day p join unit_staff s on s.unit_id = p.unit_id
                    where p.day between :monday and :friday and s.active > 0""" + among("p.unit_id", unitIds) + """
                ), need as (
                    select unit_id, count(*) filter (where below) as below, count(*) filter (where above) as above,
                           max(away) as highest
                    from judged group by unit_id
                ), shown as (
                    select u.id, u.code, u.name, s.active, row_number() over (order by\s""" + order + """
                    ) as rank
                    from unit u join unit_staff s on s.unit_id = u.id left join need n on n.unit_id = u.id
                    where s.active > 0""" + among("u.id", unitIds) + " order by " + order + """
                    offset :first limit :max
                ), breach as (
                    select u.code, u.name, j.day, j.staff, j.away, j.absent,
                           row_number() over (order by u.code, j.day) as rank
                    from judged j join unit u on u.id = j.unit_id where j.below
                    order by u.code, j.day limit :maxBreaches
                )
                select 1, rank, id, code, name, null, active, 0, 0, false from shown
                union all
                select 2, 0, j.unit_id, null, null, j.day, j.i, j.away, j.absent, false
                from judged j join shown on shown.id = j.unit_id
                union all
                select 3, 0, null, null, null, null, i, sum(away), 0, bool_or(above) from judged group by i
                union all
                select 4, rank, null, code, name, day, staff, away, absent, false from breach
                union all
                select 5, 0, null, null, null, null, (select count(*) from judged where below),
                       (select coalesce(sum(active), 0) from unit_staff where true""" + among("unit_id", unitIds) + """
                ), 0, false
                order by 1, 2""";
        Map<Long, UnitWeek> shown = new LinkedHashMap<>();
        long[] away = new long[5];
        boolean[] above = new boolean[5];
        List<UnitDay> breaches = new ArrayList<>();
        long[] counts = new long[2];
        jdbc.sql(sql).params(params).query(rs -> {
            switch (rs.getInt(1)) {
                case 1 -> shown.put(rs.getLong(3), new UnitWeek(rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getInt(7), new int[5], new int[5]));
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

    /** The share away of the units given ({@code null}: all) for each of {@code weeks} weeks up to the Monday. */
    public List<WeekShare> trend(Set<Long> unitIds, LocalDate lastMonday, int weeks) {
        LocalDate first = lastMonday.minusWeeks(weeks - 1L);
        long staff = jdbc.sql("select coalesce(sum(active), 0) from unit_staff where true" + among("unit_id", unitIds))
                .params(units(unitIds)).query(Long.class).single();
        Map<LocalDate, Long> away = new HashMap<>();
        // the whole institution from its totals per day, some units from theirs; summed by week here
        jdbc.sql(unitIds == null
                        ? "select day, sum(away) from presence_total where day between :first and :last group by day"
                        : """
                        select day, sum(away) from presence_day
                        where day between :first and :last""" + among("unit_id", unitIds) + " group by day")
                .param("first", first).param("last", lastMonday.plusDays(4)).params(units(unitIds))
                .query(rs -> {
                    away.merge(rs.getObject(1, LocalDate.class).with(DayOfWeek.MONDAY), rs.getLong(2), Long::sum);
                });
        List<WeekShare> shares = new ArrayList<>();
        for (int i = 0; i < weeks; i++) {
            LocalDate monday = first.plusWeeks(i);
            shares.add(new WeekShare(monday, away.getOrDefault(monday, 0L), staff * 5));
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
