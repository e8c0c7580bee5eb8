package id.fleksi.calendar;

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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

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
        assertThat(raw).endsWith("END:VCALENDAR\r\n");
        assertThat(raw.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        List<String> physical = List.of(raw.split("\r\n"));
        assertThat(physical).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(physical).anySatisfy(line -> assertThat(line).startsWith(" "));

        List<Map<String, String>> events = events(raw);
        assertThat(events).hasSize(4);
        Map<String, String> office = events.get(0);
        assertThat(office.get("SUMMARY")).isEqualTo("Kantor");
        // 07.30 and 16.00 WITA are 23.30 the evening before and 08.00 in UTC
        assertThat(office.get("DTSTART")).isEqualTo(utc(monday.minusDays(1), "233000"));
        assertThat(office.get("DTEND")).isEqualTo(utc(monday, "080000"));
        assertThat(office.get("UID")).isEqualTo("rencana-" + plan + "-" + monday + "@fleksi");
        assertThat(office.get("DTSTAMP")).matches("\\d{8}T\\d{6}Z");
        Map<String, String> home = events.get(1);
        assertThat(home.get("SUMMARY")).isEqualTo("Rumah");
        assertThat(home.get("DTSTART")).isEqualTo(utc(monday.plusDays(1), "000000"));
        assertThat(home.get("DTEND")).isEqualTo(utc(monday.plusDays(1), "083000"));
        assertThat(unescape(home.get("DESCRIPTION"))).endsWith(NOTE).contains("disetujui");
        Map<String, String> leave = events.get(2);
        assertThat(leave.get("SUMMARY")).isEqualTo("Cuti");
        assertThat(leave.get("DTSTART;VALUE=DATE")).isEqualTo(monday.plusDays(2).format(DateTimeFormatter.BASIC_ISO_DATE));
        assertThat(leave.get("DTEND;VALUE=DATE")).isEqualTo(monday.plusDays(3).format(DateTimeFormatter.BASIC_ISO_DATE));
        Map<String, String> friday = events.get(3);
        assertThat(friday.get("SUMMARY")).isEqualTo("Kantor lain: Badan Perencanaan Pembangunan Daerah");
        assertThat(friday.get("DTEND")).isEqualTo(utc(monday.plusDays(4), "083000"));

        // the same plan day keeps its identity from one fetch to the next
        String again = mvc.perform(get(url)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(events(again)).extracting(event -> event.get("UID"))
                .containsExactlyElementsOf(events.stream().map(event -> event.get("UID")).toList());
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

        assertThat(events(theirFeed)).extracting(event -> event.get("UID"))
                .containsExactly("rencana-" + theirPlan + "-" + monday.plusDays(1) + "@fleksi");
        assertThat(theirFeed).doesNotContain("hanya milik saya");
        assertThat(events(myFeed)).extracting(event -> event.get("UID"))
                .containsExactly("rencana-" + plan + "-" + monday + "@fleksi");
    }

    @Test
    void foldingNeverSplitsACharacterAndEscapingIsReversible() {
        String folded = ICalendarText.fold("DESCRIPTION:" + "é".repeat(100));
        List<String> lines = List.of(folded.split("\r\n"));
        assertThat(lines).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(String.join("", lines.stream().map(line -> line.startsWith(" ") ? line.substring(1) : line)
                .toList())).isEqualTo("DESCRIPTION:" + "é".repeat(100));
        assertThat(ICalendarText.escape("a,b;c\\d\r\ne")).isEqualTo("a\\,b\\;c\\\\d\\ne");
        assertThat(unescape(ICalendarText.escape(NOTE))).isEqualTo(NOTE);
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

    private static String utc(LocalDate day, String time) {
        return day.format(DateTimeFormatter.BASIC_ISO_DATE) + "T" + time + "Z";
    }

    /** The events of the calendar, each property by name (with its parameters), after unfolding. */
    private static List<Map<String, String>> events(String ics) {
        String unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
        List<Map<String, String>> events = new ArrayList<>();
        Map<String, String> event = null;
        for (String line : unfolded.split("\r\n")) {
            if (line.equals("BEGIN:VEVENT")) {
                event = new LinkedHashMap<>();
            } else if (line.equals("END:VEVENT")) {
                events.add(event);
                event = null;
            } else if (event != null) {
                int colon = line.indexOf(':');
                event.put(line.substring(0, colon), line.substring(colon + 1));
            }
        }
        return events;
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
