package id.fleksi.calendar;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.CalendarScale;
import biweekly.property.Method;
import biweekly.property.Transparency;
import biweekly.util.Duration;
import id.fleksi.audit.AuditTrail;
import id.fleksi.shared.Actor;
import id.fleksi.shared.InstitutionTime;
import id.fleksi.shared.SecretTokens;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

/**
 * Private calendar feeds. Each account has at most one token; only its SHA-256 hash is kept, so the address
 * is shown once, when it is made. Renewing replaces the token: the old address answers 404 from then on, like
 * an address that never existed. The feed holds the entries of every {@link CalendarSource} from 8 weeks
 * back to 26 weeks ahead of the institution's day.
 */
@Service
@Transactional
public class CalendarFeeds {

    static final int WEEKS_BACK = 8;
    static final int WEEKS_AHEAD = 26;
    static final Locale FEED_LANGUAGE = CalendarSource.LANGUAGE;

    static final String PRODUCT_ID = "-//Fleksi//Rencana Kerja//ID";
    static final int MAX_LINE_OCTETS = 75;

    private static final String CRLF = "\r\n";
    private static final Duration REFRESH = Duration.parse("PT6H");
    private static final Comparator<CalendarEntry> ORDER = Comparator.comparing(CalendarEntry::date)
            .thenComparing(CalendarEntry::start, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(CalendarEntry::uid);

    private final JdbcClient jdbc;
    private final List<CalendarSource> sources;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;

    CalendarFeeds(JdbcClient jdbc, List<CalendarSource> sources, AuditTrail audit, MessageSource messages,
                  Clock clock) {
        this.jdbc = jdbc;
        this.sources = List.copyOf(sources);
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** Since when the person's current feed address exists, if they have one. */
    @Transactional(readOnly = true)
    public Optional<Instant> activeSince(Actor actor) {
        return jdbc.sql("select created_at from calendar_feed where account_id = :account")
                .param("account", actor.accountId())
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
    }

    /**
     * Makes a new secret token for the employee's feed, replacing any earlier one, and audits it.
     *
     * @return the token, to be shown once; it is not kept
     */
    public String renew(Actor actor) {
        if (actor.employeeId() == null) {
            throw new AccessDeniedException("only employees have a calendar of plans");
        }
        String token = SecretTokens.generate();
        Optional<Instant> before = activeSince(actor);
        jdbc.sql("""
                        insert into calendar_feed (account_id, employee_id, token_sha256, created_at)
                        values (:account, :employee, :hash, :now)
                        on conflict (account_id) do update
                        set employee_id = excluded.employee_id, token_sha256 = excluded.token_sha256,
                            created_at = excluded.created_at""")
                .param("account", actor.accountId()).param("employee", actor.employeeId())
                .param("hash", SecretTokens.sha256(token)).param("now", java.sql.Timestamp.from(clock.instant()))
                .update();
        // the token and its hash stay out of the trail: it says only that the address changed
        audit.record(actor, before.isPresent() ? "CALENDAR_FEED_RENEWED" : "CALENDAR_FEED_CREATED",
                "CALENDAR_FEED", actor.username(), before.map(at -> Map.of("since", at.toString())).orElse(null),
                Map.of("since", clock.instant().toString()));
        return token;
    }

    /** The feed of the token as iCalendar text; empty for a token no enabled account holds now. */
    @Transactional(readOnly = true)
    public Optional<String> feed(String token) {
        if (token == null || !SecretTokens.FORM.matcher(token).matches()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select f.employee_id, e.name from calendar_feed f
                        join account_directory a on a.id = f.account_id and a.enabled
                        join employee_directory e on e.id = f.employee_id
                        where f.token_sha256 = :hash""")
                .param("hash", SecretTokens.sha256(token))
                .query((rs, n) -> render(rs.getLong(1), rs.getString(2)))
                .optional();
    }

    private String render(long employeeId, String employeeName) {
        LocalDate today = InstitutionTime.today(clock);
        LocalDate from = today.minusWeeks(WEEKS_BACK);
        LocalDate to = today.plusWeeks(WEEKS_AHEAD);
        List<CalendarEntry> entries = new ArrayList<>();
        sources.forEach(source -> entries.addAll(source.entriesFor(employeeId, from, to)));
        entries.sort(ORDER);
        String name = messages.getMessage("calendar.feed.name", new Object[] {employeeName}, FEED_LANGUAGE);
        return write(name, entries, clock.instant());
    }

    /**
     * The calendar of the entries, stamped with {@code now}; times in UTC, so no VTIMEZONE is needed. Lines end
     * with CRLF and are folded at 75 octets (RFC 5545, 3.1).
     */
    static String write(String calendarName, List<CalendarEntry> entries, Instant now) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId(PRODUCT_ID);
        calendar.setCalendarScale(CalendarScale.gregorian());
        calendar.setMethod(Method.publish());
        calendar.addProperty(new CalendarName(calendarName));
        calendar.setName(calendarName);
        // RFC 7986 asks for the VALUE parameter although DURATION is the only type the property has
        calendar.setRefreshInterval(REFRESH).setParameter("VALUE", "DURATION");
        calendar.setExperimentalProperty("X-PUBLISHED-TTL", REFRESH.toString());
        Date stamp = Date.from(now);
        entries.forEach(entry -> calendar.addEvent(event(entry, stamp)));
        // folded here rather than by the writer, which counts characters, not octets
        return fold(Biweekly.write(calendar).register(new CalendarName.Scribe()).foldLines(false).go());
    }

    private static VEvent event(CalendarEntry entry, Date stamp) {
        VEvent event = new VEvent();
        event.setUid(entry.uid());
        event.setDateTimeStamp(stamp);
        if (entry.allDay()) {
            event.setDateStart(day(entry.date()), false);
            event.setDateEnd(day(entry.date().plusDays(1)), false);
            event.setTransparency(Transparency.transparent());
        } else {
            ZoneId zone = ZoneId.of(entry.zoneId());
            LocalDateTime start = entry.date().atTime(entry.start());
            // an end at or before the start is the next morning (a night shift)
            LocalDateTime end = entry.end().isAfter(entry.start()) ? entry.date().atTime(entry.end())
                    : entry.date().plusDays(1).atTime(entry.end());
            event.setDateStart(Date.from(start.atZone(zone).toInstant()), true);
            event.setDateEnd(Date.from(end.atZone(zone).toInstant()), true);
        }
        event.setSummary(entry.summary());
        if (entry.description() != null && !entry.description().isBlank()) {
            event.setDescription(entry.description());
        }
        return event;
    }

    /** A DATE value: the writer prints a date without time in the JVM's zone, so the day starts there. */
    private static Date day(LocalDate date) {
        return Date.from(date.atStartOfDay(TimeZone.getDefault().toZoneId()).toInstant());
    }

    /**
     * Splits every content line longer than 75 octets into physical lines, each continuation starting with a
     * space, without splitting a UTF-8 character.
     */
    private static String fold(String unfolded) {
        StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 64 * 3);
        int octets = 0;
        for (int i = 0; i < unfolded.length(); ) {
            int codePoint = unfolded.codePointAt(i);
            int width = utf8Octets(codePoint);
            if (codePoint == '\r' || codePoint == '\n') {
                octets = 0;
            } else if (octets + width > MAX_LINE_OCTETS) {
                folded.append(CRLF).append(' ');
                octets = 1 + width;
            } else {
                octets += width;
            }
            folded.appendCodePoint(codePoint);
            i += Character.charCount(codePoint);
        }
        return folded.toString();
    }

    private static int utf8Octets(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }
}
