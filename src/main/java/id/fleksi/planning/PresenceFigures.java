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
     * Each unit's week, for the units given ({@code null}: every unit with active staff), ordered by code.
     */
    public List<UnitWeek> week(Set<Long> unitIds, LocalDate monday) {
        Map<Long, UnitWeek> units = new LinkedHashMap<>();
        jdbc.sql("""
                        select u.id, u.code, u.name, s.active from unit u join unit_staff s on s.unit_id = u.id
                        where s.active > 0""" + among("u.id", unitIds) + " order by u.code")
                .params(units(unitIds))
                .query(rs -> {
                    units.put(rs.getLong(1), new UnitWeek(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getInt(4), new int[5], new int[5]));
                });
        jdbc.sql("""
                        select unit_id, day - cast(:monday as date), away, absent from presence_day
                        where day between :monday and :friday""" + among("unit_id", unitIds))
                .param("monday", monday).param("friday", monday.plusDays(4)).params(units(unitIds))
                .query(rs -> {
                    UnitWeek unit = units.get(rs.getLong(1));
                    if (unit != null) {
                        unit.away()[rs.getInt(2)] = rs.getInt(3);
                        unit.absent()[rs.getInt(2)] = rs.getInt(4);
                    }
                });
        return new ArrayList<>(units.values());
    }

    /** The share away of the units given ({@code null}: all) for each of {@code weeks} weeks up to the Monday. */
    public List<WeekShare> trend(Set<Long> unitIds, LocalDate lastMonday, int weeks) {
        LocalDate first = lastMonday.minusWeeks(weeks - 1L);
        long staff = jdbc.sql("select coalesce(sum(active), 0) from unit_staff where true" + among("unit_id", unitIds))
                .params(units(unitIds)).query(Long.class).single();
        Map<LocalDate, Long> away = new HashMap<>();
        // summed by day from the index on (day) alone, then by week here: a few dozen rows
        jdbc.sql("""
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
     * on each row under a plan made for any of them.
     */
    static String among(String column, Set<Long> unitIds) {
        return unitIds == null ? "" : " and " + column + " = any(:units)";
    }

    static Map<String, Object> units(Set<Long> unitIds) {
        return unitIds == null ? Map.of() : Map.of("units", unitIds.toArray(Long[]::new));
    }
}
