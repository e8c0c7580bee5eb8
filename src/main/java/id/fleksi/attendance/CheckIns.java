package id.fleksi.attendance;

import id.fleksi.audit.AuditTrail;
import id.fleksi.shared.Actor;
import id.fleksi.shared.InstitutionTime;
import id.fleksi.shared.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Check-in and check-out in Fleksi itself, for institutions without an attendance system: the PPK switches it on,
 * and an employee then checks in (with the place they work at) and out on their phone. Each is an attendance
 * record of the source {@value #SOURCE} for the institution's day, the times in the employee's unit's zone.
 * Checking in again keeps the first time; checking out again moves the time.
 *
 * <p>When the PPK also switches the position on, the device's position is kept rounded to 2 decimals (about 1 km),
 * never more precise, and shown only to the employee's unit head, HR and the PPK.
 */
@Service
public class CheckIns {

    /** The source of the records Fleksi itself makes. */
    public static final String SOURCE = "FLEKSI";
    /** The decimals a position is kept to: 0.01 degree is about 1 km. */
    static final int POSITION_SCALE = 2;
    /** The longest text a coordinate may be written in. */
    private static final int COORDINATE_MAX = 32;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    CheckIns(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The PPK's settings: check-in in Fleksi, the device's position, who changed them last and when. */
    public record Settings(boolean checkIn, boolean recordPosition, Instant changedAt, String changedBy) {
    }

    /** Check-in or check-out. */
    public enum Moment {
        CHECK_IN, CHECK_OUT
    }

    /** A position kept, rounded to 2 decimals. */
    public record Position(Moment moment, BigDecimal latitude, BigDecimal longitude) {
    }

    /**
     * The employee's record of a day in Fleksi.
     *
     * @param timeZone the zone of the employee's unit, in which the times are
     */
    public record Today(LocalDate date, LocalTime checkIn, LocalTime checkOut, String where, String officeUnitCode,
                        String timeZone) {

        public boolean checkedIn() {
            return checkIn != null;
        }
    }

    @Transactional(readOnly = true)
    public Settings settings() {
        return jdbc.sql("select check_in, record_position, changed_at, changed_by from attendance_setting")
                .query((rs, n) -> new Settings(rs.getBoolean(1), rs.getBoolean(2),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(), rs.getString(4)))
                .optional().orElse(new Settings(false, false, null, null));
    }

    /** Whether employees check in in Fleksi (the home page links the check-in only then). */
    public boolean switchedOn() {
        return settings().checkIn();
    }

    /** The PPK switches check-in and the position on or off; a change is audited, the same settings change nothing. */
    @Transactional
    public Settings change(Actor actor, boolean checkIn, boolean recordPosition) {
        Settings before = jdbc.sql("""
                        select check_in, record_position, changed_at, changed_by from attendance_setting for update""")
                .query((rs, n) -> new Settings(rs.getBoolean(1), rs.getBoolean(2),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(), rs.getString(4)))
                .single();
        if (before.checkIn() == checkIn && before.recordPosition() == recordPosition) {
            return before;
        }
        Instant at = clock.instant();
        jdbc.sql("""
                        update attendance_setting set check_in = :checkIn, record_position = :position,
                                                      changed_at = :at, changed_by = :by""")
                .param("checkIn", checkIn).param("position", recordPosition).param("at", Timestamp.from(at))
                .param("by", actor.username()).update();
        audit.record(actor, "ATTENDANCE_SETTINGS_CHANGED", "ATTENDANCE_SETTING", "check-in",
                Map.of("checkIn", before.checkIn(), "recordPosition", before.recordPosition()),
                Map.of("checkIn", checkIn, "recordPosition", recordPosition));
        return new Settings(checkIn, recordPosition, at, actor.username());
    }

    /**
     * The employee's record of today (the institution's day) in Fleksi, if they checked in; after midnight, while
     * they have not checked in today, yesterday's record still open (a night shift), which they check out on.
     */
    @Transactional(readOnly = true)
    public Optional<Today> today(Actor actor) {
        long employee = employee(actor);
        ZoneId zone = zoneOf(employee);
        return open(employee, InstitutionTime.today(clock), zone);
    }

    /**
     * Checks the employee in now, at the place given (KANTOR is their placement's office); a second check-in keeps
     * the first time and place.
     *
     * @throws ApiProblem 409 when check-in in Fleksi is off; 400 for a place or position wrongly written; 403 for an
     *                    account that is no employee
     */
    @Transactional
    public Today checkIn(Actor actor, String where, String latitude, String longitude) {
        long employee = employee(actor);
        Settings settings = switchedOnOrRefuse();
        String place = where == null ? "" : where.strip().toUpperCase(java.util.Locale.ROOT);
        if (Arrays.stream(AttendancePlace.values()).noneMatch(p -> p.name().equals(place))) {
            throw ApiProblem.field("where", "attendance.checkin.error.where");
        }
        BigDecimal[] position = position(latitude, longitude);
        ZoneId zone = zoneOf(employee);
        LocalDate day = InstitutionTime.today(clock);
        LocalTime now = now(zone);
        Instant at = clock.instant();
        Long created = jdbc.sql("""
                        insert into attendance_record (employee_id, day, source, check_in, place, office_unit_id,
                                                       received_at, received_by)
                        select e.id, :day, :source, :time, :place,
                               case when :place = 'KANTOR' then e.unit_id end, :at, :by
                        from employee_directory e where e.id = :employee
                        on conflict (employee_id, day, source) do nothing
                        returning id""")
                .param("employee", employee).param("day", day).param("source", SOURCE).param("time", Time.valueOf(now))
                .param("place", place).param("at", Timestamp.from(at)).param("by", actor.username())
                .query(Long.class).optional().orElse(null);
        Today today = read(employee, day, zone).orElseThrow();
        if (created != null) {
            if (settings.recordPosition() && position != null) {
                keep(created, Moment.CHECK_IN, position, at);
            }
            audit.record(actor, "ATTENDANCE_CHECK_IN", "ATTENDANCE", actor.username() + "/" + day, null,
                    state(today, settings.recordPosition() && position != null));
        }
        return today;
    }

    /**
     * Checks the employee out now; checking out again moves the time (and the position). After midnight, without a
     * check-in today, the night shift checked in yesterday is checked out.
     *
     * @throws ApiProblem 409 when check-in in Fleksi is off or the employee has not checked in today; 400 for a
     *                    position wrongly written; 403 for an account that is no employee
     */
    @Transactional
    public Today checkOut(Actor actor, String latitude, String longitude) {
        long employee = employee(actor);
        Settings settings = switchedOnOrRefuse();
        BigDecimal[] position = position(latitude, longitude);
        ZoneId zone = zoneOf(employee);
        Optional<Today> before = open(employee, InstitutionTime.today(clock), zone);
        if (before.isEmpty() || !before.get().checkedIn()) {
            throw ApiProblem.of(HttpStatus.CONFLICT, "attendance.checkin.problem.notCheckedIn");
        }
        LocalDate day = before.get().date();
        Instant at = clock.instant();
        long id = jdbc.sql("""
                        update attendance_record set check_out = :time, received_at = :at, received_by = :by
                        where employee_id = :employee and day = :day and source = :source
                        returning id""")
                .param("time", Time.valueOf(now(zone))).param("at", Timestamp.from(at)).param("by", actor.username())
                .param("employee", employee).param("day", day).param("source", SOURCE)
                .query(Long.class).single();
        boolean kept = settings.recordPosition() && position != null;
        if (kept) {
            keep(id, Moment.CHECK_OUT, position, at);
        } else {
            // an earlier check-out's position belongs to a time that is no longer the record's
            jdbc.sql("delete from attendance_position where attendance_record_id = :id and moment = 'CHECK_OUT'")
                    .param("id", id).update();
        }
        Today today = read(employee, day, zone).orElseThrow();
        Map<String, Object> was = new LinkedHashMap<>();
        was.put("checkOut", before.get().checkOut() == null ? null : before.get().checkOut().toString());
        audit.record(actor, "ATTENDANCE_CHECK_OUT", "ATTENDANCE", actor.username() + "/" + day, was,
                state(today, kept));
        return today;
    }

    /**
     * The positions kept with the employee's Fleksi records of the days, by day, for the pages of their unit head,
     * HR and the PPK; the caller has decided that the reader may see them.
     */
    @Transactional(readOnly = true)
    public Map<LocalDate, List<Position>> positions(String nip, LocalDate from, LocalDate to) {
        Map<LocalDate, List<Position>> days = new TreeMap<>();
        jdbc.sql("""
                        select a.day, p.moment, p.latitude, p.longitude
                        from attendance_position p join attendance_record a on a.id = p.attendance_record_id
                        join employee_directory e on e.id = a.employee_id
                        where e.nip = :nip and a.day between :from and :to
                        order by a.day, p.moment""")
                .param("nip", nip).param("from", from).param("to", to)
                .query((rs, n) -> Map.entry(rs.getDate(1).toLocalDate(), new Position(Moment.valueOf(rs.getString(2)),
                        rs.getBigDecimal(3), rs.getBigDecimal(4))))
                .list().forEach(entry -> days.computeIfAbsent(entry.getKey(), d -> new java.util.ArrayList<>())
                        .add(entry.getValue()));
        return days;
    }

    /**
     * A position as the device sent it, rounded to {@value #POSITION_SCALE} decimals; {@code null} when none was
     * sent (the person refused, or the browser has none).
     *
     * @throws ApiProblem 400 when only one coordinate is given, or one is no number in its range
     */
    static BigDecimal[] position(String latitude, String longitude) {
        boolean noLatitude = latitude == null || latitude.isBlank();
        boolean noLongitude = longitude == null || longitude.isBlank();
        if (noLatitude && noLongitude) {
            return null;
        }
        BigDecimal lat = noLatitude ? null : coordinate(latitude, 90);
        if (lat == null) {
            throw ApiProblem.field("latitude", "attendance.checkin.error.latitude");
        }
        BigDecimal lon = noLongitude ? null : coordinate(longitude, 180);
        if (lon == null) {
            throw ApiProblem.field("longitude", "attendance.checkin.error.longitude");
        }
        return new BigDecimal[]{lat, lon};
    }

    /** A coordinate rounded to 2 decimals, or {@code null} when the text is no number from -limit to limit. */
    private static BigDecimal coordinate(String text, int limit) {
        String value = text.strip();
        if (value.length() > COORDINATE_MAX || !value.matches("[-+]?\\d{1,3}(\\.\\d+)?")) {
            return null;
        }
        BigDecimal rounded = new BigDecimal(value).setScale(POSITION_SCALE, RoundingMode.HALF_UP);
        return rounded.abs().compareTo(BigDecimal.valueOf(limit)) > 0 ? null : rounded;
    }

    private void keep(long recordId, Moment moment, BigDecimal[] position, Instant at) {
        jdbc.sql("""
                        insert into attendance_position (attendance_record_id, moment, latitude, longitude, recorded_at)
                        values (:record, :moment, :latitude, :longitude, :at)
                        on conflict (attendance_record_id, moment) do update
                            set latitude = excluded.latitude, longitude = excluded.longitude,
                                recorded_at = excluded.recorded_at""")
                .param("record", recordId).param("moment", moment.name())
                .param("latitude", position[0].setScale(POSITION_SCALE, RoundingMode.HALF_UP))
                .param("longitude", position[1].setScale(POSITION_SCALE, RoundingMode.HALF_UP))
                .param("at", Timestamp.from(at)).update();
    }

    private Settings switchedOnOrRefuse() {
        Settings settings = settings();
        if (!settings.checkIn()) {
            throw ApiProblem.of(HttpStatus.CONFLICT, "attendance.checkin.problem.off");
        }
        return settings;
    }

    /**
     * The record checked out on: today's, or, when there is none yet, yesterday's checked in and not out while it is
     * not yet its check-in time again: a check-out before the check-in time is on the next day, as the attendance
     * systems send a night shift.
     */
    private Optional<Today> open(long employee, LocalDate today, ZoneId zone) {
        Optional<Today> record = read(employee, today, zone);
        if (record.isPresent()) {
            return record;
        }
        LocalTime now = now(zone);
        return read(employee, today.minusDays(1), zone)
                .filter(night -> night.checkedIn() && night.checkOut() == null && now.isBefore(night.checkIn()));
    }

    private Optional<Today> read(long employee, LocalDate day, ZoneId zone) {
        return jdbc.sql("""
                        select a.check_in, a.check_out, a.place, u.code
                        from attendance_record a left join unit_directory u on u.id = a.office_unit_id
                        where a.employee_id = :employee and a.day = :day and a.source = :source""")
                .param("employee", employee).param("day", day).param("source", SOURCE)
                .query((rs, n) -> new Today(day, time(rs.getTime(1)), time(rs.getTime(2)), rs.getString(3),
                        rs.getString(4), zone.getId()))
                .optional();
    }

    /** The zone of the employee's unit, in which their working hours are counted (Pasal 3 ayat (2)). */
    private ZoneId zoneOf(long employee) {
        return jdbc.sql("""
                        select u.time_zone from employee_directory e join unit_directory u on u.id = e.unit_id
                        where e.id = :employee""")
                .param("employee", employee).query(String.class).optional().map(ZoneId::of)
                .orElse(InstitutionTime.ZONE);
    }

    private LocalTime now(ZoneId zone) {
        return LocalTime.now(clock.withZone(zone)).truncatedTo(ChronoUnit.MINUTES);
    }

    private static long employee(Actor actor) {
        if (actor.employeeId() == null) {
            throw ApiProblem.of(HttpStatus.FORBIDDEN, "attendance.checkin.problem.noEmployee");
        }
        return actor.employeeId();
    }

    private static Map<String, Object> state(Today today, boolean positionKept) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("day", today.date().toString());
        state.put("source", SOURCE);
        state.put("checkIn", today.checkIn() == null ? null : today.checkIn().toString());
        state.put("checkOut", today.checkOut() == null ? null : today.checkOut().toString());
        state.put("where", today.where());
        state.put("positionKept", positionKept);
        return state;
    }

    private static LocalTime time(Time value) {
        return value == null ? null : value.toLocalTime();
    }
}
