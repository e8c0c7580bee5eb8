package id.fleksi.attendance;

import id.fleksi.audit.AuditTrail;
import id.fleksi.shared.Actor;
import id.fleksi.shared.InstitutionTime;
import id.fleksi.shared.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Receives attendance records. A batch is stored whole or not at all: one wrong record refuses the batch with the
 * message of every wrong record. A record replaces the one of the same employee, day and source; one that says
 * what is stored already changes nothing, so a batch sent again is counted as unchanged.
 */
@Service
public class Attendance {

    /** The most records one batch may hold: a day of a ministry of 250,000 employees is 50 batches. */
    public static final int MAX_RECORDS = 5_000;

    private static final Pattern SOURCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,39}");
    private static final Pattern NIP = Pattern.compile("\\d{18}");
    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    Attendance(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** How a batch was taken: records stored or changed, and records that said what was stored already. */
    public record Received(int accepted, int unchanged) {
    }

    /**
     * Stores the batch's records, or none of them.
     *
     * @throws ApiProblem        400 when the batch itself is wrong (no source, no records, too many)
     * @throws AttendanceRefused when any record is wrong, with every wrong record
     */
    @Transactional
    public Received receive(Actor actor, AttendanceBatch batch) {
        String source = batch == null ? null : batch.source();
        if (!isSource(source)) {
            throw ApiProblem.field("source", "attendance.error.source");
        }
        List<AttendanceBatch.Entry> entries = batch.records();
        if (entries == null || entries.isEmpty()) {
            throw ApiProblem.field("records", "attendance.error.empty");
        }
        if (entries.size() > MAX_RECORDS) {
            throw ApiProblem.field("records", "attendance.error.tooMany");
        }
        Checked checked = check(entries);
        DayKeys seen = new DayKeys(entries.size());
        List<AttendanceRefused.Rejection> wrong = new ArrayList<>();
        for (int index = 0; index < entries.size(); index++) {
            Problem problem = checked.problem(index);
            if (problem == null) {
                int first = seen.putIfAbsent(checked.rows().employees[index], checked.day(index), index);
                if (first >= 0) {
                    problem = new Problem("attendance.error.duplicate", String.valueOf(first));
                }
            }
            if (problem != null) {
                wrong.add(new AttendanceRefused.Rejection(index, problem.key(), problem.args()));
            }
        }
        if (!wrong.isEmpty()) {
            throw new AttendanceRefused(wrong, entries.size());
        }
        Rows rows = checked.rows();
        int written = insert(actor, source, rows, clock.instant());
        Received received = new Received(written, entries.size() - written);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("records", entries.size());
        after.put("accepted", received.accepted());
        after.put("unchanged", received.unchanged());
        after.put("from", Arrays.stream(rows.days).min(String::compareTo).orElseThrow());
        after.put("to", Arrays.stream(rows.days).max(String::compareTo).orElseThrow());
        audit.record(actor, "ATTENDANCE_RECEIVED", "ATTENDANCE", source, null, after);
        return received;
    }

    /**
     * Whether a source's name is one the records of an attendance system may carry (as
     * {@link AttendanceBatch#source()} describes); {@value CheckIns#SOURCE} is kept for the check-ins in Fleksi.
     */
    static boolean isSource(String source) {
        return source != null && SOURCE.matcher(source).matches() && !CheckIns.SOURCE.equalsIgnoreCase(source);
    }

    /**
     * Stores records in one set-based statement: a record replaces the one of the same employee, day and source,
     * and one that says what is stored already is left as it is.
     *
     * @return how many records were stored or changed
     */
    int insert(Actor actor, String source, Rows rows, Instant at) {
        return jdbc.sql("""
                        with written as (
                            insert into attendance_record as r (employee_id, day, source, check_in, check_out, place,
                                                                office_unit_id, received_at, received_by)
                            select i.employee_id, i.day, :source, i.check_in, i.check_out, i.place, i.office_unit_id,
                                   :at, :by
                            from unnest(cast(:employees as bigint[]), cast(:days as date[]), cast(:ins as time[]),
                                        cast(:outs as time[]), cast(:places as text[]), cast(:offices as bigint[]))
                                 as i (employee_id, day, check_in, check_out, place, office_unit_id)
                            on conflict (employee_id, day, source) do update
                                set check_in = excluded.check_in, check_out = excluded.check_out,
                                    place = excluded.place, office_unit_id = excluded.office_unit_id,
                                    received_at = excluded.received_at, received_by = excluded.received_by
                                where (r.check_in, r.check_out, r.place, r.office_unit_id)
                                      is distinct from (excluded.check_in, excluded.check_out, excluded.place,
                                                        excluded.office_unit_id)
                            returning 1)
                        select count(*) from written""")
                .param("source", source).param("at", Timestamp.from(at)).param("by", actor.username())
                .param("employees", rows.employees).param("days", rows.days).param("ins", rows.checkIns)
                .param("outs", rows.checkOuts).param("places", rows.places).param("offices", rows.offices)
                .query(Integer.class).single();
    }

    /**
     * Checks records against the directories, with one query for their employees and one for their offices:
     * the first problem of each record, and the columns of the insert for the records without one. Whether the
     * same employee and day come twice is left to the caller, who knows how far to look.
     */
    Checked check(List<AttendanceBatch.Entry> entries) {
        LocalDate today = InstitutionTime.today(clock);
        Map<String, Long> employees = ids("select nip, id from employee_directory where nip = any(:keys)",
                values(entries, AttendanceBatch.Entry::nip));
        Map<String, Long> units = ids("select code, id from unit_directory where code = any(:keys)",
                values(entries, AttendanceBatch.Entry::officeUnitCode));
        Rows rows = new Rows(entries.size());
        Problem[] problems = new Problem[entries.size()];
        for (int index = 0; index < entries.size(); index++) {
            AttendanceBatch.Entry entry = entries.get(index);
            Problem problem = problem(entry, today, employees, units);
            if (problem != null) {
                problems[index] = problem;
                continue;
            }
            rows.employees[index] = employees.get(entry.nip());
            rows.days[index] = entry.date();
            rows.checkIns[index] = blankToNull(entry.checkIn());
            rows.checkOuts[index] = blankToNull(entry.checkOut());
            rows.places[index] = entry.where();
            String office = blankToNull(entry.officeUnitCode());
            rows.offices[index] = office == null ? null : units.get(office);
        }
        return new Checked(problems, rows);
    }

    /** Records checked: the problem of each (null when it has none), and the columns of those without one. */
    record Checked(Problem[] problems, Rows rows) {

        Problem problem(int index) {
            return problems[index];
        }

        /** The day of a record without a problem. */
        LocalDate day(int index) {
            return LocalDate.parse(rows.days[index]);
        }
    }

    /** What is wrong with a record, the first thing found; null when nothing is. */
    private static Problem problem(AttendanceBatch.Entry entry, LocalDate today, Map<String, Long> employees,
                                   Map<String, Long> units) {
        if (entry == null) {
            return new Problem("attendance.error.missing");
        }
        if (entry.nip() == null || !NIP.matcher(entry.nip()).matches()) {
            return new Problem("attendance.error.nip");
        }
        if (!employees.containsKey(entry.nip())) {
            return new Problem("attendance.error.unknownNip", entry.nip());
        }
        LocalDate day;
        try {
            day = LocalDate.parse(Objects.requireNonNullElse(entry.date(), ""), DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException notADate) {
            return new Problem("attendance.error.date");
        }
        if (day.isAfter(today)) {
            return new Problem("attendance.error.future", entry.date());
        }
        if (!time(entry.checkIn())) {
            return new Problem("attendance.error.checkIn");
        }
        if (!time(entry.checkOut())) {
            return new Problem("attendance.error.checkOut");
        }
        if (Arrays.stream(AttendancePlace.values()).noneMatch(place -> place.name().equals(entry.where()))) {
            return new Problem("attendance.error.where");
        }
        String office = blankToNull(entry.officeUnitCode());
        if (office != null && !AttendancePlace.KANTOR.name().equals(entry.where())) {
            return new Problem("attendance.error.officeNotKantor");
        }
        if (office != null && !units.containsKey(office)) {
            return new Problem("attendance.error.officeUnit", office);
        }
        return null;
    }

    private static boolean time(String value) {
        return blankToNull(value) == null || TIME.matcher(value).matches();
    }

    /** The distinct values of one field of the records. */
    private static String[] values(List<AttendanceBatch.Entry> entries, Function<AttendanceBatch.Entry, String> field) {
        return entries.stream().filter(Objects::nonNull).map(field).filter(Objects::nonNull).distinct()
                .toArray(String[]::new);
    }

    private Map<String, Long> ids(String sql, String[] keys) {
        if (keys.length == 0) {
            return Map.of();
        }
        return jdbc.sql(sql).param("keys", keys).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** What is wrong with a record: a message key of the bundles and its arguments. */
    record Problem(String key, List<String> args) {
        Problem(String key, String... args) {
            this(key, List.of(args));
        }
    }

    /** The records as the columns of one insert. */
    static final class Rows {
        final Long[] employees;
        final String[] days;
        final String[] checkIns;
        final String[] checkOuts;
        final String[] places;
        final Long[] offices;

        Rows(int size) {
            employees = new Long[size];
            days = new String[size];
            checkIns = new String[size];
            checkOuts = new String[size];
            places = new String[size];
            offices = new Long[size];
        }
    }
}
