package id.fleksi.planning;

import id.fleksi.audit.AuditTrail;
import id.fleksi.organisation.Organisation;
import id.fleksi.organisation.TextLength;
import id.fleksi.policy.Policies;
import id.fleksi.policy.UnitMinimums;
import id.fleksi.rules.Determination;
import id.fleksi.rules.Regulation;
import id.fleksi.rules.RuleCode;
import id.fleksi.rules.Scope;
import id.fleksi.rules.UnitPresence;
import id.fleksi.shared.Actor;
import id.fleksi.shared.InstitutionTime;
import id.fleksi.shared.LikeText;
import id.fleksi.shared.web.Paged;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import org.threeten.extra.YearWeek;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Alternating groups of a unit (kerja bergilir): the unit's head splits the unit into named groups, each with its home
 * days (Pasal 12 ayat (1) huruf b) per week of a cycle of 1 to {@value #MAX_CYCLE_WEEKS} ISO weeks, never more than
 * the cap of Pasal 13 ayat (1) a week (LOKASI_MAKS_HARI), so that the unit stays staffed every working day; a day of
 * the cycle on which the unit's office presence falls below the PPK's minimum is warned of (LAYANAN_MINIMUM, Pasal
 * 27). Week {@code n} of an ISO week is {@code (week number - 1) mod cycle + 1}: with 2 weeks, odd ISO weeks are
 * week 1 and even ones week 2. A unit the PPK designated for sif divides its days by shift rosters instead (Pasal 19
 * ayat (3), (4)) and has no groups. Each employee of the unit belongs to at most one group; their weekly plan form
 * starts from their group's week and is judged by every rule as any plan.
 */
@Service
@Transactional(readOnly = true)
public class UnitGroups {

    static final int MAX_CYCLE_WEEKS = 4;
    static final int MAX_GROUPS = 12;
    static final int MAX_NAME = 60;
    /** The most employees one call puts in a group. */
    static final int MAX_MEMBERS = 1000;
    static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private final JdbcClient jdbc;
    private final Organisation organisation;
    private final Policies policies;
    private final UnitMinimums minimums;
    private final AuditTrail audit;
    private final Clock clock;

    UnitGroups(JdbcClient jdbc, Organisation organisation, Policies policies, UnitMinimums minimums, AuditTrail audit,
               Clock clock) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.policies = policies;
        this.minimums = minimums;
        this.audit = audit;
        this.clock = clock;
    }

    /** A unit as its groups' pages name it. */
    public record Unit(long id, String code, String name) {
    }

    /**
     * A group: its home days per week of its cycle (the first list is week 1), how many active employees of the unit
     * it holds, and the version that a change names.
     */
    public record Group(long id, String unitCode, String name, int cycleWeeks, List<List<DayOfWeek>> homeDays,
                        int members, long version) {
    }

    /** What a head types for a group: its name and, per week of the cycle, the weekdays at home (MONDAY..FRIDAY). */
    public record GroupInput(
            @NotBlank(message = "{groups.error.name}") @TextLength(max = MAX_NAME) String name,
            List<List<String>> homeDays) {
    }

    /** A unit's groups with its presence over the cycle, for those who read the unit; {@code mayManage} for its heads. */
    public record Overview(Unit unit, boolean mayManage, boolean sifUnit, List<Group> groups, Presence presence) {
    }

    /**
     * The unit's expected office presence per weekday of each week of the cycle (the longest common cycle of its
     * groups) from its groups alone: its active employees less the members of the groups at home that day, against
     * the unit's minimum (Pasal 27), which {@code minimumScope} names when the PPK scoped it ({@code null}: the
     * institution's).
     */
    public record Presence(int staff, int cycleWeeks, int maxLokasiDaysPerWeek, Integer minOfficePresencePercent,
                           Scope minimumScope, List<PresenceWeek> weeks) {

        public List<PresenceDay> belowMinimum() {
            return weeks.stream().flatMap(week -> week.days().stream()).filter(PresenceDay::belowMinimum).toList();
        }
    }

    public record PresenceWeek(int cycleWeek, List<PresenceDay> days) {
    }

    public record PresenceDay(int cycleWeek, DayOfWeek weekday, int home, int inOffice, int inOfficePercent,
                              boolean belowMinimum) {
    }

    /** An employee of the unit as the members' list shows them, with the group they belong to, if any. */
    public record Candidate(String nip, String name, String position, Long groupId, String groupName) {
    }

    /** The group of an employee for a week: which week of its cycle it is and the weekdays at home. */
    public record GroupWeek(long groupId, String group, String unitCode, String isoWeek, int cycleWeek,
                            int cycleWeeks, List<DayOfWeek> homeDays) {
    }

    /** A change the rules or the unit refuse: the field it concerns, the message key and its arguments. */
    public static class Refused extends RuntimeException {

        private final String field;
        private final transient Object[] args;
        private final RuleCode rule;

        Refused(String field, String key, RuleCode rule, Object... args) {
            super(key);
            this.field = field;
            this.rule = rule;
            this.args = args.clone();
        }

        public String field() {
            return field;
        }

        public String key() {
            return getMessage();
        }

        public Object[] args() {
            return args.clone();
        }

        public RuleCode rule() {
            return rule;
        }
    }

    public Overview overview(Actor actor, String code) {
        Unit unit = readable(actor, code);
        List<Group> groups = groups(unit.id(), unit.code());
        return new Overview(unit, mayManage(actor, unit), sifUnit(unit), groups, presence(unit, groups));
    }

    public Group group(Actor actor, String code, long id) {
        Unit unit = readable(actor, code);
        return find(unit, id);
    }

    /** The unit's active employees, searched by name or NIP, with their group; paged, counted in SQL. */
    public Paged<Candidate> candidates(Actor actor, String code, String query, boolean membersOf, Long groupId,
                                       int page, int size) {
        Unit unit = readable(actor, code);
        String like = query == null || query.isBlank() ? null : "%" + LikeText.escape(query.strip().toLowerCase()) + "%";
        String where = """
                from employee_directory e
                left join unit_group_member m on m.employee_id = e.id
                left join unit_group g on g.id = m.group_id and g.unit_id = e.unit_id
                where e.unit_id = :unit and e.active
                  and (cast(:like as text) is null or lower(e.name) like :like or e.nip like :like)
                  and (not :membersOf or g.id = :group)
                """;
        long total = jdbc.sql("select count(*) " + where).param("unit", unit.id()).param("like", like)
                .param("membersOf", membersOf).param("group", groupId == null ? -1L : groupId)
                .query(Long.class).single();
        List<Candidate> rows = jdbc.sql("select e.nip, e.name, e.position, g.id, g.name " + where
                        + " order by e.name, e.nip limit :size offset :offset")
                .param("unit", unit.id()).param("like", like).param("membersOf", membersOf)
                .param("group", groupId == null ? -1L : groupId).param("size", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> new Candidate(rs.getString(1), rs.getString(2), rs.getString(3),
                        (Long) rs.getObject(4, Long.class), rs.getString(5)))
                .list();
        return new Paged<>(rows, page, size, total);
    }

    @Transactional
    public Group create(Actor actor, String code, GroupInput input) {
        Unit unit = manageable(actor, code);
        List<List<DayOfWeek>> days = check(unit, input, null);
        int count = jdbc.sql("select count(*) from unit_group where unit_id = :unit").param("unit", unit.id())
                .query(Integer.class).single();
        if (count >= MAX_GROUPS) {
            throw new Refused("name", "groups.error.tooMany", null, MAX_GROUPS);
        }
        long id = jdbc.sql("""
                        insert into unit_group (unit_id, name, cycle_weeks, created_by)
                        values (:unit, :name, :cycle, :by) returning id""")
                .param("unit", unit.id()).param("name", input.name().strip()).param("cycle", days.size())
                .param("by", actor.username()).query(Long.class).single();
        writeDays(id, days);
        Group created = find(unit, id);
        audit.record(actor, "UNIT_GROUP_CREATED", "UNIT_GROUP", key(unit, created), null, created);
        return created;
    }

    @Transactional
    public Group update(Actor actor, String code, long id, GroupInput input) {
        Unit unit = manageable(actor, code);
        Group before = find(unit, id);
        List<List<DayOfWeek>> days = check(unit, input, id);
        jdbc.sql("""
                        update unit_group set name = :name, cycle_weeks = :cycle, version = version + 1,
                               updated_at = now()
                        where id = :id""")
                .param("name", input.name().strip()).param("cycle", days.size()).param("id", id).update();
        jdbc.sql("delete from unit_group_home_day where group_id = :id").param("id", id).update();
        writeDays(id, days);
        Group after = find(unit, id);
        audit.record(actor, "UNIT_GROUP_CHANGED", "UNIT_GROUP", key(unit, after), before, after);
        return after;
    }

    @Transactional
    public void delete(Actor actor, String code, long id) {
        Unit unit = manageable(actor, code);
        Group before = find(unit, id);
        List<String> members = memberNips(id);
        jdbc.sql("delete from unit_group where id = :id").param("id", id).update();
        audit.record(actor, "UNIT_GROUP_DELETED", "UNIT_GROUP", key(unit, before),
                Map.of("group", before, "members", members), null);
    }

    /**
     * Makes exactly these employees of the unit (by NIP) the group's members: others leave it, and an employee of
     * another group of the unit moves to this one (an employee belongs to at most one group).
     */
    @Transactional
    public Group setMembers(Actor actor, String code, long id, List<String> nips) {
        Unit unit = manageable(actor, code);
        Group group = find(unit, id);
        Set<String> wanted = new LinkedHashSet<>();
        for (String nip : nips == null ? List.<String>of() : nips) {
            if (nip == null || nip.isBlank()) {
                throw new Refused("nips", "groups.error.nipMissing", null);
            }
            wanted.add(nip.strip());
        }
        if (wanted.size() > MAX_MEMBERS) {
            throw new Refused("nips", "groups.error.tooManyMembers", null, MAX_MEMBERS);
        }
        Map<String, Long> employees = new LinkedHashMap<>();
        jdbc.sql("select nip, id from employee_directory where unit_id = :unit and active and nip = any(:nips)")
                .param("unit", unit.id()).param("nips", wanted.toArray(String[]::new))
                .query((rs, n) -> employees.put(rs.getString(1), rs.getLong(2))).list();
        for (String nip : wanted) {
            if (!employees.containsKey(nip)) {
                throw new Refused("nips", "groups.error.notInUnit", null, nip, unit.code());
            }
        }
        List<String> before = memberNips(id);
        jdbc.sql("delete from unit_group_member where group_id = :id and not (employee_id = any(:ids))")
                .param("id", id).param("ids", employees.values().toArray(Long[]::new)).update();
        jdbc.sql("""
                        insert into unit_group_member (employee_id, group_id, added_by)
                        select unnest(cast(:ids as bigint[])), :id, :by
                        on conflict (employee_id) do update set group_id = excluded.group_id,
                            added_by = excluded.added_by, added_at = now()
                        where unit_group_member.group_id <> excluded.group_id""")
                .param("ids", employees.values().toArray(Long[]::new)).param("id", id)
                .param("by", actor.username()).update();
        List<String> after = memberNips(id);
        if (!before.equals(after)) {
            audit.record(actor, "UNIT_GROUP_MEMBERS_CHANGED", "UNIT_GROUP", key(unit, group),
                    Map.of("members", before), Map.of("members", after));
        }
        return find(unit, id);
    }

    /** Puts one employee of the unit in the group, or takes them out of it (the members' page, row by row). */
    @Transactional
    public void setMember(Actor actor, String code, long id, String nip, boolean member) {
        Unit unit = manageable(actor, code);
        find(unit, id);
        List<String> members = new ArrayList<>(memberNips(id));
        members.remove(nip == null ? "" : nip.strip());
        if (member) {
            members.add(nip == null ? "" : nip.strip());
        }
        setMembers(actor, code, id, members);
    }

    /**
     * The employee's group week, when they belong to a group of the unit they are placed in now; empty for an
     * employee in no group.
     */
    public Optional<GroupWeek> weekOf(long employeeId, String isoWeek) {
        YearWeek week = YearWeek.parse(isoWeek);
        return jdbc.sql("""
                        select g.id, g.name, u.code, g.cycle_weeks
                        from unit_group_member m join unit_group g on g.id = m.group_id
                        join employee_directory e on e.id = m.employee_id and e.unit_id = g.unit_id
                        join unit_directory u on u.id = g.unit_id
                        where m.employee_id = :employee""")
                .param("employee", employeeId)
                .query((rs, n) -> {
                    int cycle = rs.getInt(4);
                    int cycleWeek = cycleWeek(week, cycle);
                    return new GroupWeek(rs.getLong(1), rs.getString(2), rs.getString(3), week.toString(), cycleWeek,
                            cycle, homeDays(rs.getLong(1), cycleWeek));
                })
                .optional();
    }

    /** Week 1 to {@code cycle} of an ISO week: odd weeks are week 1 of a 2-week cycle, even weeks week 2. */
    static int cycleWeek(YearWeek week, int cycle) {
        return (week.getWeek() - 1) % cycle + 1;
    }

    private List<DayOfWeek> homeDays(long groupId, int cycleWeek) {
        return jdbc.sql("""
                        select weekday from unit_group_home_day where group_id = :id and cycle_week = :week
                        order by weekday""")
                .param("id", groupId).param("week", cycleWeek)
                .query((rs, n) -> DayOfWeek.of(rs.getInt(1))).list();
    }

    private List<String> memberNips(long groupId) {
        return jdbc.sql("""
                        select e.nip from unit_group_member m join employee_directory e on e.id = m.employee_id
                        where m.group_id = :id order by e.nip""")
                .param("id", groupId).query(String.class).list();
    }

    /**
     * The checks that need the unit and the PPK's determination: not a sif unit (Pasal 19 ayat (4)), a cycle of 1 to
     * 4 weeks, weekdays only, at most the cap of Pasal 13 ayat (1) a week, a name not taken in the unit.
     */
    private List<List<DayOfWeek>> check(Unit unit, GroupInput input, Long id) {
        if (sifUnit(unit)) {
            throw new Refused("name", "groups.error.sifUnit", RuleCode.UNIT_SIF, unit.code());
        }
        List<List<String>> weeks = input.homeDays() == null ? List.of() : input.homeDays();
        if (weeks.isEmpty() || weeks.size() > MAX_CYCLE_WEEKS) {
            throw new Refused("homeDays", "groups.error.cycle", null, MAX_CYCLE_WEEKS);
        }
        int cap = cap();
        List<List<DayOfWeek>> days = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            if (weeks.get(i) == null) {
                throw new Refused("homeDays", "groups.error.weekday", null, i + 1);
            }
            Set<DayOfWeek> week = new TreeSet<>();
            for (String day : weeks.get(i)) {
                DayOfWeek weekday = weekday(day);
                if (weekday == null) {
                    throw new Refused("homeDays", "groups.error.weekday", null, i + 1);
                }
                week.add(weekday);
            }
            if (week.size() > cap) {
                throw new Refused("homeDays", "groups.error.cap", RuleCode.LOKASI_MAKS_HARI, i + 1, week.size(), cap);
            }
            days.add(List.copyOf(week));
        }
        boolean taken = jdbc.sql("""
                        select exists (select 1 from unit_group where unit_id = :unit and lower(name) = lower(:name)
                                       and id <> :id)""")
                .param("unit", unit.id()).param("name", input.name().strip()).param("id", id == null ? -1L : id)
                .query(Boolean.class).single();
        if (taken) {
            throw new Refused("name", "groups.error.nameTaken", null, input.name().strip());
        }
        return days;
    }

    private static DayOfWeek weekday(String text) {
        if (text == null) {
            return null;
        }
        return WEEKDAYS.stream().filter(day -> day.name().equals(text.strip())).findFirst().orElse(null);
    }

    /** Pasal 13 ayat (1): the determination's days a week, at most the regulation's 2. */
    int cap() {
        LocalDate today = InstitutionTime.today(clock);
        int regulation = Regulation.MAX_LOKASI_DAYS_PER_WEEK.valueOn(today);
        return policies.determinationOn(today).map(Determination::maxLokasiDaysPerWeek)
                .map(days -> Math.min(days, regulation)).orElse(regulation);
    }

    private boolean sifUnit(Unit unit) {
        return policies.determinationOn(InstitutionTime.today(clock))
                .map(policy -> policy.sifUnitCodes().contains(unit.code())).orElse(false);
    }

    private void writeDays(long id, List<List<DayOfWeek>> days) {
        for (int week = 0; week < days.size(); week++) {
            for (DayOfWeek day : days.get(week)) {
                jdbc.sql("insert into unit_group_home_day (group_id, cycle_week, weekday) values (:id, :week, :day)")
                        .param("id", id).param("week", week + 1).param("day", day.getValue()).update();
            }
        }
    }

    private List<Group> groups(long unitId, String unitCode) {
        Map<Long, List<List<DayOfWeek>>> days = new LinkedHashMap<>();
        List<Object[]> rows = jdbc.sql("""
                        select g.id, g.name, g.cycle_weeks, g.version,
                               (select count(*) from unit_group_member m
                                join employee_directory e on e.id = m.employee_id
                                where m.group_id = g.id and e.unit_id = g.unit_id and e.active)
                        from unit_group g where g.unit_id = :unit order by lower(g.name), g.id""")
                .param("unit", unitId)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getLong(4),
                        rs.getInt(5)})
                .list();
        rows.forEach(row -> {
            List<List<DayOfWeek>> weeks = new ArrayList<>();
            for (int i = 0; i < (int) row[2]; i++) {
                weeks.add(new ArrayList<>());
            }
            days.put((Long) row[0], weeks);
        });
        jdbc.sql("""
                        select d.group_id, d.cycle_week, d.weekday from unit_group_home_day d
                        join unit_group g on g.id = d.group_id
                        where g.unit_id = :unit order by d.group_id, d.cycle_week, d.weekday""")
                .param("unit", unitId)
                .query((rs, n) -> days.get(rs.getLong(1)).get(rs.getInt(2) - 1).add(DayOfWeek.of(rs.getInt(3))))
                .list();
        return rows.stream().map(row -> new Group((Long) row[0], unitCode, (String) row[1], (int) row[2],
                days.get((Long) row[0]).stream().map(List::copyOf).toList(), (int) row[4], (Long) row[3])).toList();
    }

    private Group find(Unit unit, long id) {
        return groups(unit.id(), unit.code()).stream().filter(group -> group.id() == id).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /**
     * The presence over the cycle: per week and weekday, the active employees of the unit less the active members
     * of the groups at home, counted in SQL.
     */
    Presence presence(Unit unit, List<Group> groups) {
        int cycle = groups.stream().mapToInt(Group::cycleWeeks).reduce(1, UnitGroups::lcm);
        int staff = jdbc.sql("select count(*) from employee_directory where unit_id = :unit and active")
                .param("unit", unit.id()).query(Integer.class).single();
        Map<String, Integer> home = new LinkedHashMap<>();
        jdbc.sql("""
                        select w.week, d.weekday, count(e.id)
                        from generate_series(1, :cycle) w(week)
                        join unit_group g on g.unit_id = :unit
                        join unit_group_home_day d on d.group_id = g.id and d.cycle_week = (w.week - 1) % g.cycle_weeks + 1
                        join unit_group_member m on m.group_id = g.id
                        join employee_directory e on e.id = m.employee_id and e.unit_id = g.unit_id and e.active
                        group by w.week, d.weekday""")
                .param("cycle", cycle).param("unit", unit.id())
                .query((rs, n) -> home.put(rs.getInt(1) + "-" + rs.getInt(2), rs.getInt(3))).list();
        Determination policy = policies.determinationOn(InstitutionTime.today(clock)).orElse(null);
        // the unit's own minimum (Pasal 27): the one the PPK scoped to it or a unit above it, else the institution's
        Determination.Applied<Integer> minimum = minimums.of(policy, unit.id());
        List<PresenceWeek> weeks = new ArrayList<>();
        for (int week = 1; week <= cycle; week++) {
            List<PresenceDay> days = new ArrayList<>();
            for (DayOfWeek day : WEEKDAYS) {
                int away = home.getOrDefault(week + "-" + day.getValue(), 0);
                UnitPresence.DayPresence presence = new UnitPresence.DayPresence(null, staff, away, 0);
                days.add(new PresenceDay(week, day, away, presence.present(), presence.presentPercent(),
                        staff > 0 && minimum != null && UnitPresence.belowMinimum(minimum.value(), presence)));
            }
            weeks.add(new PresenceWeek(week, days));
        }
        return new Presence(staff, cycle, cap(), minimum == null ? null : minimum.value(),
                minimum == null ? null : minimum.scope(), weeks);
    }

    private static int lcm(int a, int b) {
        int x = a;
        int y = b;
        while (y != 0) {
            int t = y;
            y = x % y;
            x = t;
        }
        return a / x * b;
    }

    private Unit unit(String code) {
        String wanted = code == null ? "" : code.strip();
        return jdbc.sql("select id, code, name from unit_directory where code = :code").param("code", wanted)
                .query((rs, n) -> new Unit(rs.getLong(1), rs.getString(2), rs.getString(3))).optional()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Unit readable(Actor actor, String code) {
        Unit unit = unit(code);
        if (!organisation.scopeOf(actor).includesUnit(unit.id())) {
            throw new AccessDeniedException("unit outside the caller's scope");
        }
        return unit;
    }

    /** Only the heads (or acting heads) of the unit or of a unit above it arrange its groups. */
    private Unit manageable(Actor actor, String code) {
        Unit unit = unit(code);
        if (!mayManage(actor, unit)) {
            throw new AccessDeniedException("only the unit's heads arrange its groups");
        }
        return unit;
    }

    private boolean mayManage(Actor actor, Unit unit) {
        return actor.employeeId() != null && organisation.headedScopeOf(actor.employeeId()).includesUnit(unit.id());
    }

    private static String key(Unit unit, Group group) {
        return unit.code() + "/" + group.name();
    }
}
