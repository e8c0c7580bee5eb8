package id.fleksi.calendar;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;
import biweekly.util.ICalDate;
import biweekly.util.DateTimeComponents;
import id.fleksi.IntegrationTest;
import id.fleksi.security.AccountSetup;
import id.fleksi.security.NewAccount;
import id.fleksi.security.Role;
import id.fleksi.shared.InstitutionTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The private calendar feed: valid iCalendar of the approved plan days, in the unit's zone, behind a secret
 * address that renewing replaces, and never showing anyone else's plans.
 */
class CalendarFeedTest extends IntegrationTest {

    private static final String NOTE = "Rapat daring; bahan: laporan, anggaran \\ server\nlalu kirim ringkasan ke "
            + "sekretariat – jangan lupa lampiran évaluasi triwulan";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountSetup accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    Clock clock;

    private String unit;
    private LocalDate monday;

    @BeforeEach
    void aWitaUnitAndTheCurrentWeek() {
        unit = "UJI-KAL-" + ThreadLocalRandom.current().nextInt(1_000_000);
        jdbc.sql("insert into unit (code, name, time_zone) values (:code, 'Unit Kalender Uji', 'Asia/Makassar')")
                .param("code", unit).update();
        monday = InstitutionTime.today(clock).with(DayOfWeek.MONDAY);
    }

    @Test
    void theFeedHoldsTheApprovedDaysAsValidICalendarInTheUnitsZone() throws Exception {
        String nip = employeeWithAccount();
        long plan = plan(nip, monday, "APPROVED");
        day(plan, monday, "KANTOR", null, null, null);
        day(plan, monday.plusDays(1), "RUMAH", "08:00", "16:30", NOTE);
        day(plan, monday.plusDays(2), "CUTI", null, null, null);
        day(plan, monday.plusDays(4), "KANTOR_LAIN", null, null, null);
        long submitted = plan(nip, monday.plusWeeks(1), "SUBMITTED");
        day(submitted, monday.plusWeeks(1), "RUMAH", null, null, null);

        String url = subscribe(nip);
        MockHttpServletResponse response = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse();

        assertThat(MediaType.parseMediaType(response.getContentType()))
                .satisfies(type -> assertThat(type.isCompatibleWith(MediaType.parseMediaType("text/calendar"))).isTrue())
                .satisfies(type -> assertThat(type.getCharset()).isEqualTo(StandardCharsets.UTF_8));
        String raw = response.getContentAsString(StandardCharsets.UTF_8);
        assertPhysicalLines(raw);
        assertThat(List.of(raw.split("\r\n"))).anySatisfy(line -> assertThat(line).startsWith(" "));

        ICalendar calendar = parse(raw);
        assertThat(calendar.getProductId().getValue()).isEqualTo(CalendarFeeds.PRODUCT_ID);
        String name = "Fleksi \u2013 rencana kerja Kalender " + nip.substring(12);
        assertThat(calendar.getProperty(CalendarName.class).getValue()).isEqualTo(name);
        assertThat(calendar.getNames()).extracting(property -> property.getValue()).containsExactly(name);
        assertThat(calendar.getTimezoneInfo().getComponents()).isEmpty();
        List<VEvent> events = calendar.getEvents();
        assertThat(events).hasSize(4);
        assertThat(events).allSatisfy(event -> assertThat(event.getDateTimeStamp().getValue()).isNotNull());
        VEvent office = events.get(0);
        assertThat(office.getSummary().getValue()).isEqualTo("Kantor");
        // 07.30 and 16.00 WITA are 23.30 the evening before and 08.00 in UTC
        assertTimes(calendar, office, utc(monday.minusDays(1), "23:30"), utc(monday, "08:00"));
        assertThat(office.getUid().getValue()).isEqualTo("rencana-" + plan + "-" + monday + "@fleksi");
        assertThat(office.getDescription().getValue()).contains("disetujui");
        VEvent home = events.get(1);
        assertThat(home.getSummary().getValue()).isEqualTo("Rumah");
        assertTimes(calendar, home, utc(monday.plusDays(1), "00:00"), utc(monday.plusDays(1), "08:30"));
        assertThat(home.getDescription().getValue()).endsWith(NOTE).contains("disetujui");
        VEvent leave = events.get(2);
        assertThat(leave.getSummary().getValue()).isEqualTo("Cuti");
        assertThat(day(leave.getDateStart().getValue())).isEqualTo(monday.plusDays(2));
        assertThat(day(leave.getDateEnd().getValue())).isEqualTo(monday.plusDays(3));
        assertThat(leave.getTransparency().isTransparent()).isTrue();
        VEvent friday = events.get(3);
        assertThat(friday.getSummary().getValue()).isEqualTo("Kantor lain: Badan Perencanaan Pembangunan Daerah");
        assertThat(friday.getDateEnd().getValue().toInstant()).isEqualTo(utc(monday.plusDays(4), "08:30"));

        // the same plan day keeps its identity from one fetch to the next
        String again = mvc.perform(get(url)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(uids(again)).containsExactlyElementsOf(uids(raw));
    }

    @Test
    void renewingTheAddressMakesTheOldOneAnswerNotFound() throws Exception {
        String nip = employeeWithAccount();
        String first = subscribe(nip);
        mvc.perform(get(first)).andExpect(status().isOk());

        mvc.perform(post("/saya/kalender").with(as(nip)).with(csrf()))
                .andExpect(redirectedUrl("/saya/kalender/perbarui"));
        mvc.perform(get("/saya/kalender/perbarui").with(as(nip)))
                .andExpect(content().string(containsString("alamat lama langsung berhenti berfungsi")));
        String second = mvc.perform(post("/saya/kalender").param("konfirmasi", "ya").with(as(nip)).with(csrf()))
                .andExpect(flash().attribute("successKey", "calendar.renewed"))
                .andReturn().getFlashMap().get("feedUrl").toString();

        mvc.perform(get(first)).andExpect(status().isNotFound());
        mvc.perform(get(second)).andExpect(status().isOk());
        mvc.perform(get(first.replace(".ics", "x.ics"))).andExpect(status().isNotFound());
        // the address is shown once only, and the audit trail says it changed without holding it
        mvc.perform(get("/saya/kalender").with(as(nip)))
                .andExpect(content().string(not(containsString(token(second)))))
                .andExpect(content().string(containsString("data-testid=\"feed-active\"")));
        List<String> audited = jdbc.sql("""
                        select action || ' ' || coalesce(after_state::text, '') from audit_event
                        where subject_type = 'CALENDAR_FEED' and subject_key = :nip order by id""")
                .param("nip", nip).query(String.class).list();
        assertThat(audited).hasSize(2);
        assertThat(audited.get(0)).startsWith("CALENDAR_FEED_CREATED");
        assertThat(audited.get(1)).startsWith("CALENDAR_FEED_RENEWED");
        assertThat(String.join(" ", audited)).doesNotContain(token(first)).doesNotContain(token(second));
    }

    @Test
    void anotherEmployeesAddressNeverShowsYourPlans() throws Exception {
        String mine = employeeWithAccount();
        long plan = plan(mine, monday, "APPROVED");
        day(plan, monday, "KANTOR", null, null, "hanya milik saya");
        String theirs = employeeWithAccount();
        long theirPlan = plan(theirs, monday, "APPROVED");
        day(theirPlan, monday.plusDays(1), "RUMAH", null, null, null);

        String theirFeed = mvc.perform(get(subscribe(theirs))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String myFeed = mvc.perform(get(subscribe(mine))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(uids(theirFeed)).containsExactly("rencana-" + theirPlan + "-" + monday.plusDays(1) + "@fleksi");
        assertThat(theirFeed).doesNotContain("hanya milik saya");
        assertThat(uids(myFeed)).containsExactly("rencana-" + plan + "-" + monday + "@fleksi");
    }

    @Test
    void longIndonesianTextIsFoldedByOctetsAndReadsBackUnchanged() {
        String name = "Fleksi \u2013 rencana kerja Budi Santoso, S.Kom.; Sekretariat";
        String note = "é".repeat(100) + " " + NOTE + "\r\nbaris ketiga";
        LocalDate day = LocalDate.of(2026, 12, 7);
        Instant now = Instant.parse("2026-12-06T10:15:30Z");
        List<CalendarEntry> entries = List.of(
                new CalendarEntry("a@fleksi", day, null, null, null, "Cuti, tahunan; hari 1", null),
                new CalendarEntry("b@fleksi", day.plusDays(1), LocalTime.of(22, 0), LocalTime.of(6, 0),
                        "Asia/Jayapura", "Sif malam", note));

        String raw = CalendarFeeds.write(name, entries, now);

        assertPhysicalLines(raw);
        ICalendar calendar = parse(raw);
        assertThat(calendar.getProperty(CalendarName.class).getValue()).isEqualTo(name);
        assertThat(calendar.getRefreshInterval().getValue().toString()).isEqualTo("PT6H");
        VEvent leave = calendar.getEvents().get(0);
        assertThat(leave.getSummary().getValue()).isEqualTo("Cuti, tahunan; hari 1");
        assertThat(day(leave.getDateStart().getValue())).isEqualTo(day);
        VEvent night = calendar.getEvents().get(1);
        assertThat(night.getDescription().getValue()).isEqualTo(note.replace("\r\n", "\n"));
        assertThat(night.getDateTimeStamp().getValue().toInstant()).isEqualTo(now);
        // 22.00 WIT is 13.00 UTC; the end before the start is 06.00 WIT the next morning, 21.00 UTC
        assertTimes(calendar, night, Instant.parse("2026-12-08T13:00:00Z"), Instant.parse("2026-12-08T21:00:00Z"));
        assertThat(raw).contains("\r\nSUMMARY:Cuti\\, tahunan\\; hari 1\r\n")
                .contains("\r\nREFRESH-INTERVAL;VALUE=DURATION:PT6H\r\n");
    }

    /** Makes the employee's feed address on their page and returns its path. */
    private String subscribe(String nip) throws Exception {
        String url = mvc.perform(post("/saya/kalender").with(as(nip)).with(csrf()))
                .andExpect(redirectedUrl("/saya/kalender"))
                .andReturn().getFlashMap().get("feedUrl").toString();
        assertThat(url).matches("https?://[^/]+/kalender/[A-Za-z0-9_-]{43}\\.ics");
        return url.replaceFirst("^https?://[^/]+", "");
    }

    private static String token(String url) {
        return url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
    }

    private String employeeWithAccount() {
        String nip = "19" + String.format("%016d", ThreadLocalRandom.current().nextLong(10_000_000_000_000_000L));
        jdbc.sql("""
                        insert into employee (nip, name, employee_type, unit_id, position, position_since)
                        values (:nip, :name, 'PNS', (select id from unit where code = :unit), 'Analis', date '2020-01-01')""")
                .param("nip", nip).param("name", "Kalender " + nip.substring(12)).param("unit", unit).update();
        accounts.createAll(List.of(new NewAccount(nip, "Kalender " + nip.substring(12), nip, Set.of(Role.PEGAWAI),
                "rahasia-uji-123", false)));
        return nip;
    }

    private long plan(String nip, LocalDate weekStart, String status) {
        String week = "%d-W%02d".formatted(weekStart.get(IsoFields.WEEK_BASED_YEAR),
                weekStart.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        boolean decided = !"SUBMITTED".equals(status);
        return jdbc.sql("""
                        insert into weekly_plan (employee_id, unit_id, iso_week, week_start, flex_type, status, verdict,
                                                 submitted_at, submitted_by, decided_at, decided_by)
                        values ((select id from employee where nip = :nip), (select id from unit where code = :unit),
                                :week, :start, 'NONE', :status, '{}'::jsonb, now(), :nip,
                                case when :decided then now() end, case when :decided then 'kepala' end)
                        returning id""")
                .param("nip", nip).param("unit", unit).param("week", week).param("start", weekStart)
                .param("status", status).param("decided", decided)
                .query(Long.class).single();
    }

    private void day(long plan, LocalDate day, String kind, String start, String end, String note) {
        jdbc.sql("""
                        insert into plan_day (plan_id, day, kind, start_time, end_time, office_unit_code, note)
                        values (:plan, :day, :kind, cast(:start as time), cast(:end as time), :office, :note)""")
                .param("plan", plan).param("day", day).param("kind", kind).param("start", start).param("end", end)
                .param("office", "KANTOR_LAIN".equals(kind) ? "BAPPEDA" : null).param("note", note)
                .update();
    }

    private static Instant utc(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).toInstant(ZoneOffset.UTC);
    }

    /** Every physical line ends with CRLF and holds at most 75 octets (RFC 5545, 3.1). */
    private static void assertPhysicalLines(String raw) {
        assertThat(raw).endsWith("END:VCALENDAR\r\n");
        assertThat(raw.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(List.of(raw.split("\r\n"))).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(CalendarFeeds.MAX_LINE_OCTETS));
    }

    /** The one calendar of the feed, read by the parser without a warning. */
    private static ICalendar parse(String raw) {
        List<List<ParseWarning>> warnings = new ArrayList<>();
        List<ICalendar> calendars = Biweekly.parse(raw).register(new CalendarName.Scribe()).warnings(warnings).all();
        assertThat(calendars).hasSize(1);
        assertThat(warnings).allSatisfy(list -> assertThat(list).isEmpty());
        return calendars.get(0);
    }

    private static List<String> uids(String raw) {
        return parse(raw).getEvents().stream().map(event -> event.getUid().getValue()).toList();
    }

    /** A timed event in UTC: not floating, no zone of its own, at the given instants. */
    private static void assertTimes(ICalendar calendar, VEvent event, Instant start, Instant end) {
        assertThat(event.getDateStart().getValue().hasTime()).isTrue();
        assertThat(event.getDateStart().getParameters().getTimezoneId()).isNull();
        assertThat(calendar.getTimezoneInfo().isFloating(event.getDateStart())).isFalse();
        assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(start);
        assertThat(event.getDateEnd().getValue().toInstant()).isEqualTo(end);
    }

    /** The day of a DATE value, as written (the parser keeps its components). */
    private static LocalDate day(ICalDate value) {
        assertThat(value.hasTime()).isFalse();
        DateTimeComponents components = value.getRawComponents();
        return LocalDate.of(components.getYear(), components.getMonth(), components.getDate());
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
