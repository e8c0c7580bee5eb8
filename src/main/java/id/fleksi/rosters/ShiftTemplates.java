package id.fleksi.rosters;

import id.fleksi.audit.AuditTrail;
import id.fleksi.rosters.RosterUnits.RosterUnit;
import id.fleksi.rules.ShiftWeek;
import id.fleksi.shared.Actor;
import id.fleksi.shared.InstitutionTime;
import java.time.Clock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The shift templates of a unit: added, changed and removed by its head, only where sif is designated. */
@Service
@Transactional
class ShiftTemplates {

    static final String SUBJECT = "SHIFT_TEMPLATE";
    private static final String CODE = "[A-Z0-9]{1,10}";
    private static final int NAME_LENGTH = 60;
    private static final int MAX_BREAK = 240;
    private static final int MAX_STAFF = 99;

    private final JdbcClient jdbc;
    private final RosterUnits units;
    private final AuditTrail audit;
    private final Clock clock;

    ShiftTemplates(JdbcClient jdbc, RosterUnits units, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<ShiftTemplate> of(long unitId) {
        return jdbc.sql("""
                        select id, code, name, start_time, end_time, break_minutes, min_staff, version
                        from shift_template where unit_id = :unit order by start_time, code""")
                .param("unit", unitId)
                .query((rs, n) -> new ShiftTemplate(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalTime.class), rs.getObject(5, LocalTime.class), rs.getInt(6),
                        rs.getInt(7), rs.getLong(8)))
                .list();
    }

    @Transactional(readOnly = true)
    Optional<ShiftTemplate> find(long unitId, String code) {
        return of(unitId).stream().filter(t -> t.code().equals(code)).findFirst();
    }

    ShiftTemplate create(Actor actor, RosterUnit unit, Input input) {
        designated(unit);
        String code = code(input.code());
        check(input, code, true);
        try {
            jdbc.sql("""
                            insert into shift_template (unit_id, code, name, start_time, end_time, break_minutes, min_staff)
                            values (:unit, :code, :name, :start, :end, :break, :staff)""")
                    .param("unit", unit.id()).param("code", code).param("name", input.name().strip())
                    .param("start", input.start()).param("end", input.end())
                    .param("break", input.breakMinutes()).param("staff", input.minStaff())
                    .update();
        } catch (DuplicateKeyException taken) {
            throw RosterRefused.of("code", "roster.template.error.codeTaken", code);
        }
        ShiftTemplate created = find(unit.id(), code).orElseThrow();
        audit.record(actor, "SHIFT_TEMPLATE_CREATED", SUBJECT, key(unit, code), null, auditView(created));
        return created;
    }

    ShiftTemplate update(Actor actor, RosterUnit unit, String code, Input input) {
        designated(unit);
        ShiftTemplate before = find(unit.id(), code).orElseThrow(RosterNotFound::template);
        check(input, code, false);
        if (input.version() == null) {
            throw new RosterConflict();
        }
        int changed = jdbc.sql("""
                        update shift_template set name = :name, start_time = :start, end_time = :end,
                               break_minutes = :break, min_staff = :staff, version = version + 1
                        where id = :id and version = :version""")
                .param("name", input.name().strip()).param("start", input.start()).param("end", input.end())
                .param("break", input.breakMinutes()).param("staff", input.minStaff())
                .param("id", before.id()).param("version", input.version())
                .update();
        if (changed == 0) {
            throw new RosterConflict();
        }
        ShiftTemplate after = find(unit.id(), code).orElseThrow();
        audit.record(actor, "SHIFT_TEMPLATE_UPDATED", SUBJECT, key(unit, code), auditView(before), auditView(after));
        return after;
    }

    /**
     * Removes a template the rotation no longer uses; shifts already generated keep their copied times.
     *
     * @throws RosterRefused when a cell of the rotation still names it
     */
    void delete(Actor actor, RosterUnit unit, String code) {
        ShiftTemplate template = find(unit.id(), code).orElseThrow(RosterNotFound::template);
        boolean used = jdbc.sql("select exists(select 1 from shift_rotation where unit_id = :unit and :code = any(cells))")
                .param("unit", unit.id()).param("code", code).query(Boolean.class).single();
        if (used) {
            throw RosterRefused.of(null, "roster.template.error.inRotation", code);
        }
        jdbc.sql("delete from shift_template where id = :id").param("id", template.id()).update();
        audit.record(actor, "SHIFT_TEMPLATE_DELETED", SUBJECT, key(unit, code), auditView(template), null);
    }

    private void designated(RosterUnit unit) {
        LocalDate today = InstitutionTime.today(clock);
        var violations = units.designation(unit, today);
        if (!violations.isEmpty()) {
            throw RosterRefused.byRules(violations);
        }
    }

    private static void check(Input input, String code, boolean isNew) {
        List<RosterRefused.Problem> problems = problems(input, code, isNew);
        if (!problems.isEmpty()) {
            throw new RosterRefused(problems);
        }
    }

    /** What is wrong with the fields of a template, each at its field; the code only counts for a new one. */
    static List<RosterRefused.Problem> problems(Input input, String code, boolean isNew) {
        List<RosterRefused.Problem> problems = new ArrayList<>();
        if (isNew) {
            if (code.isEmpty()) {
                problems.add(RosterRefused.Problem.of("code", "roster.error.required"));
            } else if (!code.matches(CODE) || code.equals(RotationCycle.OFF)) {
                problems.add(RosterRefused.Problem.of("code", "roster.template.error.code"));
            }
        }
        if (input.name() == null || input.name().isBlank()) {
            problems.add(RosterRefused.Problem.of("name", "roster.error.required"));
        } else if (input.name().strip().length() > NAME_LENGTH) {
            problems.add(RosterRefused.Problem.of("name", "roster.error.tooLong", NAME_LENGTH));
        }
        if (input.start() == null) {
            problems.add(RosterRefused.Problem.of("start", "roster.error.required"));
        }
        if (input.end() == null) {
            problems.add(RosterRefused.Problem.of("end", "roster.error.required"));
        } else if (input.start() != null && input.end().equals(input.start())) {
            problems.add(RosterRefused.Problem.of("end", "roster.template.error.sameTimes"));
        }
        if (input.breakMinutes() == null) {
            problems.add(RosterRefused.Problem.of("breakMinutes", "roster.error.required"));
        } else if (input.breakMinutes() < 0 || input.breakMinutes() > MAX_BREAK) {
            problems.add(RosterRefused.Problem.of("breakMinutes", "roster.template.error.break", MAX_BREAK));
        } else if (input.start() != null && input.end() != null && !input.end().equals(input.start())
                && new ShiftWeek.Shift(LocalDate.EPOCH, input.start(), input.end(), 0).effectiveMinutes()
                <= input.breakMinutes()) {
            problems.add(RosterRefused.Problem.of("breakMinutes", "roster.template.error.breakTooLong"));
        }
        if (input.minStaff() == null) {
            problems.add(RosterRefused.Problem.of("minStaff", "roster.error.required"));
        } else if (input.minStaff() < 0 || input.minStaff() > MAX_STAFF) {
            problems.add(RosterRefused.Problem.of("minStaff", "roster.template.error.minStaff", MAX_STAFF));
        }
        return problems;
    }

    static String code(String raw) {
        return raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
    }

    private static String key(RosterUnit unit, String code) {
        return unit.code() + "/" + code;
    }

    private static Map<String, Object> auditView(ShiftTemplate t) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("code", t.code());
        view.put("name", t.name());
        view.put("start", t.start().toString());
        view.put("end", t.end().toString());
        view.put("breakMinutes", t.breakMinutes());
        view.put("minStaff", t.minStaff());
        return view;
    }

    /** What a head enters for a template; the code is fixed once created. */
    record Input(String code, String name, LocalTime start, LocalTime end, Integer breakMinutes, Integer minStaff,
                 Long version) {
    }
}
