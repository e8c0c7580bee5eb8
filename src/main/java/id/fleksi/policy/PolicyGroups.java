package id.fleksi.policy;

import id.fleksi.audit.AuditTrail;
import id.fleksi.shared.Actor;
import id.fleksi.shared.LikeText;
import id.fleksi.shared.web.ApiProblem;
import id.fleksi.shared.web.Paged;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.Map;
import java.util.Optional;

/**
 * The PPK's named groups of employees, to which a setting of the determination may be scoped (Pasal 26, Pasal 20
 * ayat (2)): a name, a description and members by NIP, each an employee of the institution's record. A group a
 * version of the determination names cannot be deleted. Every change is audited.
 */
@Service
public class PolicyGroups {

    static final String SUBJECT = "POLICY_GROUP";
    private static final int NAME_LENGTH = 120;
    private static final int DESCRIPTION_LENGTH = 1000;
    /** Not a rule of the regulation: one request names at most this many members. */
    static final int MAX_MEMBERS = 10_000;

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    PolicyGroups(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The groups whose name or description holds {@code query}, by name, with their number of members. */
    @Transactional(readOnly = true)
    public Paged<Group> list(String query, int page, int size) {
        String pattern = pattern(query);
        long total = jdbc.sql("""
                        select count(*) from policy_group
                        where :q::text is null or name ilike :q or description ilike :q""")
                .param("q", pattern).query(Long.class).single();
        List<Group> items = jdbc.sql(GROUP + """
                         where :q::text is null or g.name ilike :q or g.description ilike :q
                        order by lower(g.name), g.id limit :size offset :offset""")
                .param("q", pattern).param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> group(rs)).list();
        return new Paged<>(items, page, size, total);
    }

    @Transactional(readOnly = true)
    public Optional<Group> byId(long id) {
        return jdbc.sql(GROUP + " where g.id = :id").param("id", id).query((rs, n) -> group(rs)).optional();
    }

    /** Every group, id to name, for choosing one. */
    @Transactional(readOnly = true)
    public Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("select id, name from policy_group order by lower(name), id")
                .query(rs -> {
                    names.put(String.valueOf(rs.getLong(1)), rs.getString(2));
                });
        return names;
    }

    /** A group's members whose NIP, name or position holds {@code query}, by name. */
    @Transactional(readOnly = true)
    public Paged<Member> members(long id, String query, int page, int size) {
        String pattern = pattern(query);
        String from = """
                 from policy_group_member m
                join employee_directory e on e.nip = m.nip
                left join unit_directory u on u.id = e.unit_id
                where m.group_id = :id
                  and (:q::text is null or e.nip ilike :q or e.name ilike :q or e.position ilike :q)""";
        long total = jdbc.sql("select count(*)" + from).param("id", id).param("q", pattern)
                .query(Long.class).single();
        List<Member> items = jdbc.sql("select e.nip, e.name, u.code, e.position" + from
                        + " order by e.name, e.nip limit :size offset :offset")
                .param("id", id).param("q", pattern).param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> new Member(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        return new Paged<>(items, page, size, total);
    }

    /** A new group without members; refused with every wrong field. */
    @Transactional
    public Group create(Actor actor, GroupInput input) {
        List<PolicyProblem> problems = check(input);
        if (!problems.isEmpty()) {
            throw new PolicyRefused(problems);
        }
        long id;
        try {
            id = jdbc.sql("""
                            insert into policy_group (name, description, created_by) values (:name, :description, :by)
                            returning id""")
                    .param("name", input.name().strip()).param("description", description(input))
                    .param("by", actor.username()).query(Long.class).single();
        } catch (DuplicateKeyException taken) {
            throw nameTaken();
        }
        Group group = byId(id).orElseThrow();
        audit.record(actor, "POLICY_GROUP_CREATED", SUBJECT, String.valueOf(id), null, group);
        return group;
    }

    /** Renames a group or changes its description. */
    @Transactional
    public Group update(Actor actor, long id, GroupInput input) {
        Group before = byId(id).orElseThrow(PolicyGroups::unknown);
        List<PolicyProblem> problems = check(input);
        if (!problems.isEmpty()) {
            throw new PolicyRefused(problems);
        }
        try {
            jdbc.sql("update policy_group set name = :name, description = :description where id = :id")
                    .param("name", input.name().strip()).param("description", description(input)).param("id", id)
                    .update();
        } catch (DuplicateKeyException taken) {
            throw nameTaken();
        }
        Group after = byId(id).orElseThrow();
        audit.record(actor, "POLICY_GROUP_CHANGED", SUBJECT, String.valueOf(id), before, after);
        return after;
    }

    /** Deletes a group no version of the determination names; 409 when one does. */
    @Transactional
    public void delete(Actor actor, long id) {
        Group before = byId(id).orElseThrow(PolicyGroups::unknown);
        List<String> decrees = jdbc.sql("""
                        select distinct v.decree_number from policy_scope s
                        join policy_version v on v.id = s.policy_version_id
                        where s.scope_kind = 'GROUP' and s.scope_target = :id order by 1""")
                .param("id", String.valueOf(id)).query(String.class).list();
        if (!decrees.isEmpty()) {
            throw ApiProblem.of(HttpStatus.CONFLICT, "policy.group.inUse", String.join(", ", decrees));
        }
        jdbc.sql("delete from policy_group where id = :id").param("id", id).update();
        audit.record(actor, "POLICY_GROUP_DELETED", SUBJECT, String.valueOf(id), before, null);
    }

    /**
     * Makes the group's members exactly these NIPs (blanks and repeats ignored); refused, naming them, when a NIP
     * is not an employee of the institution's record.
     */
    @Transactional
    public Group setMembers(Actor actor, long id, List<String> nips) {
        Group group = byId(id).orElseThrow(PolicyGroups::unknown);
        LinkedHashSet<String> wanted = new LinkedHashSet<>();
        if (nips != null) {
            nips.stream().filter(nip -> nip != null && !nip.isBlank()).map(String::strip).forEach(wanted::add);
        }
        if (wanted.size() > MAX_MEMBERS) {
            throw new PolicyRefused(List.of(PolicyProblem.of("members", null, "policy.group.tooMany", MAX_MEMBERS)));
        }
        Set<String> known = new HashSet<>(jdbc.sql("select nip from employee_directory where nip = any(:nips)")
                .param("nips", wanted.toArray(String[]::new)).query(String.class).list());
        List<String> unknown = wanted.stream().filter(nip -> !known.contains(nip)).toList();
        if (!unknown.isEmpty()) {
            throw new PolicyRefused(List.of(PolicyProblem.of("members", null, "policy.group.unknownNip",
                    String.join(", ", unknown.stream().limit(20).map(PolicyGroups::shown).toList()))));
        }
        List<String> before = memberNips(id);
        jdbc.sql("delete from policy_group_member where group_id = :id and not (nip = any(:nips))")
                .param("id", id).param("nips", wanted.toArray(String[]::new)).update();
        jdbc.sql("""
                        insert into policy_group_member (group_id, nip) select :id, unnest(:nips::varchar[])
                        on conflict do nothing""")
                .param("id", id).param("nips", wanted.toArray(String[]::new)).update();
        List<String> after = memberNips(id);
        if (!before.equals(after)) {
            audit.record(actor, "POLICY_GROUP_MEMBERS_CHANGED", SUBJECT, String.valueOf(id),
                    Map.of("group", group.name(), "members", before), Map.of("group", group.name(), "members", after));
        }
        return byId(id).orElseThrow();
    }

    /** Adds these NIPs to the group's members; refused, naming them, when one is not an employee's. */
    @Transactional
    public Group addMembers(Actor actor, long id, List<String> nips) {
        List<String> all = new ArrayList<>(memberNips(id));
        all.addAll(nips);
        return setMembers(actor, id, all);
    }

    /** Takes one NIP out of the group's members. */
    @Transactional
    public Group removeMember(Actor actor, long id, String nip) {
        List<String> all = new ArrayList<>(memberNips(id));
        all.remove(nip);
        return setMembers(actor, id, all);
    }

    private List<String> memberNips(long id) {
        return jdbc.sql("select nip from policy_group_member where group_id = :id order by nip")
                .param("id", id).query(String.class).list();
    }

    private static List<PolicyProblem> check(GroupInput input) {
        List<PolicyProblem> problems = new ArrayList<>();
        if (input == null || input.name() == null || input.name().isBlank()) {
            problems.add(PolicyProblem.of("name", null, "policy.group.nameRequired"));
        } else if (input.name().strip().length() > NAME_LENGTH) {
            problems.add(PolicyProblem.of("name", null, "policy.error.tooLong", NAME_LENGTH));
        }
        if (input != null && input.description() != null && input.description().strip().length() > DESCRIPTION_LENGTH) {
            problems.add(PolicyProblem.of("description", null, "policy.error.tooLong", DESCRIPTION_LENGTH));
        }
        return problems;
    }

    private static String description(GroupInput input) {
        return input.description() == null ? "" : input.description().strip();
    }

    private static String pattern(String query) {
        return query == null || query.isBlank() ? null : "%" + LikeText.escape(query.strip()) + "%";
    }

    /** A NIP as a message repeats it: printable and short, whatever was sent. */
    private static String shown(String nip) {
        String printable = nip.replaceAll("[^\\p{Print}]", "?");
        return printable.length() > 30 ? printable.substring(0, 30) + "\u2026" : printable;
    }

    private static PolicyRefused nameTaken() {
        return new PolicyRefused(List.of(PolicyProblem.of("name", null, "policy.group.nameTaken")));
    }

    static ApiProblem unknown() {
        return ApiProblem.of(HttpStatus.NOT_FOUND, "policy.group.unknown");
    }

    private static final String GROUP = """
            select g.id, g.name, g.description, g.created_by, g.created_at,
                   (select count(*) from policy_group_member m where m.group_id = g.id) as members
            from policy_group g""";

    private static Group group(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Group(rs.getLong("id"), rs.getString("name"), rs.getString("description"), rs.getLong("members"),
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    /** A named group with its number of members. */
    public record Group(long id, String name, String description, long members, String createdBy,
                       Instant createdAt) {
    }

    /** A member as the employee record names them now. */
    public record Member(String nip, String name, String unitCode, String position) {
    }

    /** A group's name and description as the PPK gives them. */
    public record GroupInput(String name, String description) {
    }

    /** A group's members by NIP. */
    public record MembersInput(List<String> nips) {
    }
}
