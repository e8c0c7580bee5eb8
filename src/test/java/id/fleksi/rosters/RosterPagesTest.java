package id.fleksi.rosters;

import id.fleksi.IntegrationTest;
import id.fleksi.rosters.RosterFixtures.TestUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
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

class RosterPagesTest extends IntegrationTest {

    @Autowired
    ShiftEntries shiftEntries;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Rosters rosters;

    @Test
    void aHeadAddsChangesAndAfterConfirmingDeletesAShiftTemplate() throws Exception {
        TestUnit unit = RosterFixtures.unit(jdbc, 0);
        String base = "/sif/" + unit.code();

        as(unit.head(), post(base + "/templat").with(csrf()).param("code", "m").param("name", "Malam")
                .param("start", "21:00").param("end", "07:00").param("breakMinutes", "60").param("minStaff", "2"))
                .andExpect(redirectedUrl(base))
                .andExpect(flash().attribute("successKey", "roster.template.created"));
        as(unit.head(), get(base))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Malam"), containsString("21.00–07.00"),
                        containsString("hari berikutnya"), containsString("9 jam 0 menit"))));

        long version = jdbc.sql("select version from shift_template where code = 'M' and unit_id = "
                + "(select id from unit where code = ?)").params(unit.code()).query(Long.class).single();
        as(unit.head(), post(base + "/templat/M").with(csrf()).param("name", "Malam panjang")
                .param("start", "20:00").param("end", "08:00").param("breakMinutes", "90").param("minStaff", "1")
                .param("version", Long.toString(version)))
                .andExpect(redirectedUrl(base))
                .andExpect(flash().attribute("successKey", "roster.template.updated"));
        // the same edit over the version read before is someone else's stale change
        as(unit.head(), post(base + "/templat/M").with(csrf()).param("name", "Malam lagi")
                .param("start", "20:00").param("end", "08:00").param("breakMinutes", "90").param("minStaff", "1")
                .param("version", Long.toString(version)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("baru saja diubah orang lain")));
        as(unit.head(), post(base + "/templat").with(csrf()).param("code", "OFF").param("name", "")
                .param("start", "07:00").param("end", "07:00").param("breakMinutes", "abc").param("minStaff", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("bukan OFF"), containsString("Wajib diisi."),
                        containsString("Jam selesai harus berbeda"), containsString("tidak sesuai formatnya"))));

        as(unit.head(), get(base + "/templat/M/hapus"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hapus templat sif M (Malam panjang)")));
        as(unit.head(), post(base + "/templat/M/hapus").with(csrf()))
                .andExpect(redirectedUrl(base))
                .andExpect(flash().attribute("successKey", "roster.template.deleted"));
        assertThat(jdbc.sql("select count(*) from shift_template t join unit u on u.id = t.unit_id where u.code = ?")
                .params(unit.code()).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select action from audit_event where subject_key = ? order by id")
                .params(unit.code() + "/M").query(String.class).list())
                .containsExactly("SHIFT_TEMPLATE_CREATED", "SHIFT_TEMPLATE_UPDATED", "SHIFT_TEMPLATE_DELETED");
    }

    @Test
    void aTemplateOutsideAUnitDesignatedForSifIsRefusedNamingTheRule() throws Exception {
        as("kepala", post("/sif/DISKOMINFO/templat").with(csrf()).param("code", "P").param("name", "Pagi")
                .param("start", "07:00").param("end", "14:00").param("breakMinutes", "30").param("minStaff", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("UNIT_SIF (Pasal 19 ayat (4))"),
                        containsString("Unit DISKOMINFO tidak ditetapkan PPK"))));
        assertThat(jdbc.sql("""
                        select count(*) from shift_template t join unit u on u.id = t.unit_id
                        where u.code = 'DISKOMINFO'""").query(Integer.class).single()).isZero();
        as("kepala", get("/sif/DISKOMINFO"))
                .andExpect(content().string(allOf(containsString("data-testid=\"not-designated\""),
                        containsString("UNIT_SIF"))))
                .andExpect(content().string(not(containsString("data-testid=\"template-new\""))));
        as("kepala", get("/sif/DISKOMINFO").header("Accept-Language", "en"))
                .andExpect(content().string(containsString("is not designated by the PPK")));
    }

    @Test
    void threeNightsOnTwoOffFillsTheMonthOnTheDatesTheCycleGives() throws Exception {
        TestUnit unit = RosterFixtures.unit(jdbc, 1);
        template(unit, "M", "Malam", "21:00", "07:00", 60, 1);
        // a pattern of days off only is refused next to the pattern, nothing saved
        as(unit.head(), post("/sif/" + unit.code() + "/rotasi/pola").with(csrf()).param("pattern", "L L")
                        .param("weeks", "1").param("startsOn", "2027-02-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rotasi tanpa satu sif pun tidak dapat disimpan.")));
        // 5 weeks hold seven turns of the 5-day pattern; day 0 is Monday 1 February 2027
        pattern(unit, "M M M L L", 5, "2027-02-01");
        members(unit, unit.nips().get(0), 0);

        generate(unit, "2027-03");

        // 1 March is day 28 of the cycle: 28 mod 5 = 3, a day off; the nights start on 3 March
        assertThat(shiftDays(unit.nips().get(0))).containsExactly(
                "2027-03-03", "2027-03-04", "2027-03-05", "2027-03-08", "2027-03-09", "2027-03-10",
                "2027-03-13", "2027-03-14", "2027-03-15", "2027-03-18", "2027-03-19", "2027-03-20",
                "2027-03-23", "2027-03-24", "2027-03-25", "2027-03-28", "2027-03-29", "2027-03-30");
        as(unit.head(), get("/sif/" + unit.code() + "/jadwal").param("bulan", "2027-03"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("data-date=\"2027-03-01\" data-cell=\"OFF\""),
                        containsString("data-date=\"2027-03-03\" data-cell=\"M\""),
                        containsString("data-date=\"2027-03-06\" data-cell=\"OFF\""),
                        containsString("data-date=\"2027-03-30\" data-cell=\"M\""),
                        containsString("data-date=\"2027-03-31\" data-cell=\"OFF\""),
                        containsString("Draf: 18 sif. Terbit: 0 sif."))));
        assertThat(jdbc.sql("select cells from shift_rotation r join unit u on u.id = r.unit_id where u.code = ?")
                .params(unit.code()).query((rs, n) -> List.of((String[]) rs.getArray(1).getArray())).single())
                .hasSize(35).startsWith("M", "M", "M", "OFF", "OFF", "M", "M");
    }

    @Test
    void gapsAreTheDaysAndShiftsWithFewerEmployeesThanTheirMinimum() throws Exception {
        TestUnit unit = RosterFixtures.unit(jdbc, 2);
        template(unit, "P", "Pagi", "07:00", "14:00", 30, 2);
        pattern(unit, "P P P P P L L", 1, "2027-03-01");
        // the second starts on day 2 of the cycle: off on Thursday and Friday instead of the weekend
        as(unit.head(), post("/sif/" + unit.code() + "/rotasi/anggota").with(csrf())
                .param("offsets[" + unit.nips().get(0) + "]", "0")
                .param("offsets[" + unit.nips().get(1) + "]", "2"))
                .andExpect(status().is3xxRedirection());

        generate(unit, "2027-03");

        String page = as(unit.head(), get("/sif/" + unit.code() + "/jadwal").param("bulan", "2027-03"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // Monday to Wednesday both work; Thursday and Friday only the first, the weekend only the second
        assertThat(page)
                .doesNotContain("data-gap=\"2027-03-01/P\"", "data-gap=\"2027-03-03/P\"")
                .contains("data-gap=\"2027-03-04/P\"", "data-gap=\"2027-03-05/P\"", "data-gap=\"2027-03-06/P\"",
                        "data-gap=\"2027-03-07/P\"")
                .contains("Pagi (P), minimal 2 pegawai: kurang pada", "Jum 5 Mar (1 pegawai)");
        assertThat(page).containsPattern("data-date=\"2027-03-06\"\\s+class=\"table-danger\"");
    }

    @Test
    void weeklyHoursCountANightShiftAcrossMidnightAndFlagAWeekBelow37h30() throws Exception {
        TestUnit nights = RosterFixtures.unit(jdbc, 1);
        template(nights, "M", "Malam", "21:00", "07:00", 60, 1);
        pattern(nights, "M M M M M L L", 1, "2027-03-01");
        members(nights, nights.nips().get(0), 0);
        generate(nights, "2027-03");
        // five nights of 21.00-07.00 less 60 minutes: 5 x 9h = 45h, at least 37h30m
        as(nights.head(), get("/sif/" + nights.code() + "/jadwal").param("bulan", "2027-03"))
                .andExpect(content().string(allOf(containsString("45.00 / 37.30"),
                        not(containsString("data-testid=\"short-weeks\"")))));

        TestUnit turns = RosterFixtures.unit(jdbc, 1);
        template(turns, "M", "Malam", "21:00", "07:00", 60, 1);
        pattern(turns, "M M M L L", 5, "2027-02-01");
        members(turns, turns.nips().get(0), 0);
        generate(turns, "2027-03");
        // week 1-7 March: nights on 3, 4, 5 = 27h; week 8-14: five nights = 45h; 29 March runs into April,
        // which has no roster yet, so that week is not judged
        String page = as(turns.head(), get("/sif/" + turns.code() + "/jadwal").param("bulan", "2027-03"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page)
                .contains("27.00 / 37.30", "45.00 / 37.30", "36.00 / 37.30", "minggu belum lengkap")
                .contains("JAM_KERJA_MINGGUAN (Pasal 19 ayat (2)): Jam kerja efektif sif minggu 1 Maret 2027 27 jam, "
                        + "kurang dari 37 jam 30 menit");
    }

    @Test
    void replacingDraftsIsConfirmedAndPublishingIsAuditedAndKeepsPublishedShifts() throws Exception {
        TestUnit unit = RosterFixtures.unit(jdbc, 1);
        template(unit, "S", "Siang", "14:00", "21:00", 30, 1);
        pattern(unit, "S S S S S L L", 1, "2027-03-01");
        members(unit, unit.nips().get(0), 0);
        String base = "/sif/" + unit.code() + "/jadwal";
        generate(unit, "2027-04");

        as(unit.head(), post(base).with(csrf()).param("bulan", "2027-04"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("sudah memiliki 22 sif draf")));
        as(unit.head(), post(base).with(csrf()).param("bulan", "2027-04").param("konfirmasi", "true"))
                .andExpect(redirectedUrl(base + "?bulan=2027-04"))
                .andExpect(flash().attribute("replacedDrafts", 22));

        as(unit.head(), get(base + "/terbitkan").param("bulan", "2027-04"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("22 sif draf akan diterbitkan")));
        as(unit.head(), post(base + "/terbitkan").with(csrf()).param("bulan", "2027-04"))
                .andExpect(redirectedUrl(base + "?bulan=2027-04"))
                .andExpect(flash().attribute("successKey", "roster.schedule.published"));
        assertThat(jdbc.sql("""
                        select count(*) from shift_assignment a join unit u on u.id = a.unit_id
                        where u.code = ? and a.status = 'PUBLISHED' and a.published_by = ?""")
                .params(unit.code(), unit.head()).query(Integer.class).single()).isEqualTo(22);
        assertThat(jdbc.sql("select actor from audit_event where action = 'SHIFTS_PUBLISHED' and subject_key = ?")
                .params(unit.code() + "@2027-04").query(String.class).list()).containsExactly(unit.head());
        // the employee whose shifts were published is told, once, with a link to their shifts
        assertThat(jdbc.sql("""
                        select n.kind || ' ' || n.link || ' ' || (n.args ->> 0) || ' ' || (n.args ->> 2)
                        from notification n join account a on a.id = n.account_id where a.username = ?""")
                .params(unit.nips().get(0)).query(String.class).list())
                .containsExactly("ROSTER_PUBLISHED /saya/sif " + unit.code() + " 2027-04");
        as(unit.nips().get(0), get("/notifikasi"))
                .andExpect(content().string(containsString("Jadwal sif " + unit.code() + " bulan April 2027 diterbitkan")));

        // generating again leaves the published month as it is; publishing again has nothing to publish
        as(unit.head(), post(base).with(csrf()).param("bulan", "2027-04"))
                .andExpect(flash().attribute("generatedDrafts", 0));
        as(unit.head(), post(base + "/terbitkan").with(csrf()).param("bulan", "2027-04"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tidak ada sif draf pada bulan ini untuk diterbitkan")));
    }

    @Test
    void theHeadChangesOneDraftCellAndSwapsTwoButLeavesPublishedShiftsAlone() throws Exception {
        TestUnit unit = RosterFixtures.unit(jdbc, 2);
        template(unit, "P", "Pagi", "07:00", "14:00", 30, 1);
        template(unit, "S", "Siang", "14:00", "21:00", 30, 1);
        pattern(unit, "P P P P P L L", 1, "2027-05-03");
        String rina = unit.nips().get(0);
        String sari = unit.nips().get(1);
        // the rotation's start by the date each works its first day: Sari two days after Rina
        as(unit.head(), post("/sif/" + unit.code() + "/rotasi/anggota").with(csrf())
                .param("offsets[" + rina + "]", "2027-05-03").param("offsets[" + sari + "]", "2027-05-05"))
                .andExpect(status().is3xxRedirection());
        as(unit.head(), get("/sif/" + unit.code() + "/rotasi"))
                .andExpect(content().string(allOf(containsString("value=\"2027-05-03\""),
                        containsString("value=\"2027-05-05\""))));
        generate(unit, "2027-05");
        String base = "/sif/" + unit.code() + "/jadwal";
        // Monday 3 May: Rina Pagi; Sari off (her cycle's day 5)
        as(unit.head(), get(base + "/sel").param("nip", rina).param("tanggal", "2027-05-03"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Saat ini: Pagi (P) 07.00–14.00, draf."),
                        containsString("(libur)"))));
        as(unit.head(), post(base + "/sel").with(csrf()).param("nip", rina).param("tanggal", "2027-05-03")
                        .param("kode", "S"))
                .andExpect(redirectedUrl(base + "?bulan=2027-05"))
                .andExpect(flash().attribute("successKey", "roster.cell.saved"));
        assertThat(code(rina, "2027-05-03")).isEqualTo("S");
        as(unit.head(), post(base + "/tukar").with(csrf()).param("nip", rina).param("tanggal", "2027-05-03")
                        .param("dengan", sari))
                .andExpect(flash().attribute("successKey", "roster.cell.swapped"));
        assertThat(code(rina, "2027-05-03")).isNull();
        assertThat(code(sari, "2027-05-03")).isEqualTo("S");
        as(unit.head(), post(base + "/sel").with(csrf()).param("nip", sari).param("tanggal", "2027-05-05")
                        .param("kode", "OFF"))
                .andExpect(status().is3xxRedirection());
        assertThat(code(sari, "2027-05-05")).isNull();

        as(unit.head(), post(base + "/terbitkan").with(csrf()).param("bulan", "2027-05"))
                .andExpect(status().is3xxRedirection());
        as(unit.head(), post(base + "/sel").with(csrf()).param("nip", sari).param("tanggal", "2027-05-03")
                        .param("kode", "P"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sif yang sudah diterbitkan tidak dapat diubah")));
        assertThat(code(sari, "2027-05-03")).isEqualTo("S");
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where subject_key = ?
                        and action in ('SHIFT_CELL_SET', 'SHIFT_CELLS_SWAPPED')""")
                .params(unit.code() + "@2027-05").query(Long.class).single()).isEqualTo(3);
    }

    private String code(String nip, String day) {
        return jdbc.sql("""
                        select a.template_code from shift_assignment a join employee e on e.id = a.employee_id
                        where e.nip = ? and a.day = ?""")
                .params(nip, java.time.LocalDate.parse(day)).query(String.class).optional().orElse(null);
    }

    @Test
    void theHeadOfAnotherUnitIsRefusedAndThePpkOnlyReads() throws Exception {
        TestUnit unit = RosterFixtures.unit(jdbc, 1);
        TestUnit other = RosterFixtures.unit(jdbc, 0);
        template(unit, "P", "Pagi", "07:00", "14:00", 30, 1);
        String base = "/sif/" + unit.code();

        as(other.head(), get(base)).andExpect(status().isForbidden());
        as(other.head(), get(base + "/jadwal").param("bulan", "2027-03")).andExpect(status().isForbidden());
        as(other.head(), post(base + "/jadwal").with(csrf()).param("bulan", "2027-03"))
                .andExpect(status().isForbidden());
        as(other.head(), post(base + "/templat/P/hapus").with(csrf())).andExpect(status().isForbidden());
        as("kepala", get(base + "/rotasi")).andExpect(status().isForbidden());
        as(other.head(), get("/sif"))
                .andExpect(content().string(allOf(containsString(other.code()), not(containsString(unit.code())))));

        as("ppk", get(base + "/jadwal").param("bulan", "2027-03"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-testid=\"generate-form\""))));
        // the head of the emergency unit above reaches the sub-unit too
        as("kepala.igd", get(base + "/jadwal").param("bulan", "2027-03"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"generate-form\"")));
    }

    @Test
    void anEmployeeSeesOnlyTheirOwnPublishedShifts() throws Exception {
        TestUnit unit = RosterFixtures.unit(jdbc, 2);
        template(unit, "M", "Malam", "21:00", "07:00", 60, 1);
        pattern(unit, "M M M L L", 5, "2027-02-01");
        as(unit.head(), post("/sif/" + unit.code() + "/rotasi/anggota").with(csrf())
                .param("offsets[" + unit.nips().get(0) + "]", "0")
                .param("offsets[" + unit.nips().get(1) + "]", "3"))
                .andExpect(status().is3xxRedirection());
        generate(unit, "2027-03");
        String first = unit.nips().get(0);

        as(first, get("/saya/sif").param("bulan", "2027-03"))
                .andExpect(content().string(containsString("data-testid=\"own-none\"")));
        as(unit.head(), post("/sif/" + unit.code() + "/jadwal/terbitkan").with(csrf()).param("bulan", "2027-03"))
                .andExpect(status().is3xxRedirection());

        // the first works 3 March; the second, three days further into the cycle, works 1 March
        as(first, get("/saya/sif").param("bulan", "2027-03"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-date=\"2027-03-03\""),
                        not(containsString("data-date=\"2027-03-01\"")), containsString("21.00–07.00 WIB"),
                        containsString("162.00"))));
        as(first, get("/sif/" + unit.code())).andExpect(status().isForbidden());

        List<PublishedShift> shifts = rosters.publishedShifts(employeeId(first), LocalDate.of(2027, 3, 3),
                LocalDate.of(2027, 3, 3));
        assertThat(shifts).singleElement().satisfies(shift -> {
            assertThat(shift.templateName()).isEqualTo("Malam");
            assertThat(shift.start()).isEqualTo(LocalTime.of(21, 0));
            assertThat(shift.endsNextDay()).isTrue();
            assertThat(shift.effectiveMinutes()).isEqualTo(9 * 60);
            assertThat(shift.zone()).isEqualTo(ZoneId.of("Asia/Jakarta"));
            assertThat(shift.endsAt().toLocalDate()).isEqualTo(LocalDate.of(2027, 3, 4));
        });
        // the week form of the employee starts from the published shifts of the week
        as(first, get("/saya/rencana").param("minggu", "2027-W09"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("sif Anda yang sudah diterbitkan"),
                        containsString("Sif Malam"))));
        // the same shift in the employee's private calendar feed
        assertThat(shiftEntries.entriesFor(employeeId(first), LocalDate.of(2027, 3, 3), LocalDate.of(2027, 3, 3)))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.summary()).isEqualTo("Sif Malam");
                    assertThat(entry.start()).isEqualTo(LocalTime.of(21, 0));
                    assertThat(entry.end()).isEqualTo(LocalTime.of(7, 0));
                    assertThat(entry.zoneId()).isEqualTo("Asia/Jakarta");
                });
    }

    private void template(TestUnit unit, String code, String name, String start, String end, int breakMinutes,
                          int minStaff) throws Exception {
        as(unit.head(), post("/sif/" + unit.code() + "/templat").with(csrf()).param("code", code).param("name", name)
                .param("start", start).param("end", end).param("breakMinutes", Integer.toString(breakMinutes))
                .param("minStaff", Integer.toString(minStaff)))
                .andExpect(redirectedUrl("/sif/" + unit.code()));
    }

    private void pattern(TestUnit unit, String pattern, int weeks, String startsOn) throws Exception {
        as(unit.head(), post("/sif/" + unit.code() + "/rotasi/pola").with(csrf()).param("pattern", pattern)
                .param("weeks", Integer.toString(weeks)).param("startsOn", startsOn))
                .andExpect(redirectedUrl("/sif/" + unit.code() + "/rotasi"));
    }

    private void members(TestUnit unit, String nip, int offset) throws Exception {
        as(unit.head(), post("/sif/" + unit.code() + "/rotasi/anggota").with(csrf())
                .param("offsets[" + nip + "]", Integer.toString(offset)))
                .andExpect(redirectedUrl("/sif/" + unit.code() + "/rotasi"));
    }

    private void generate(TestUnit unit, String month) throws Exception {
        as(unit.head(), post("/sif/" + unit.code() + "/jadwal").with(csrf()).param("bulan", month))
                .andExpect(redirectedUrl("/sif/" + unit.code() + "/jadwal?bulan=" + month))
                .andExpect(flash().attribute("successKey", "roster.schedule.generated"));
    }

    private List<String> shiftDays(String nip) {
        return jdbc.sql("""
                        select a.day::text from shift_assignment a join employee e on e.id = a.employee_id
                        where e.nip = ? order by a.day""")
                .params(nip).query(String.class).list();
    }

    private long employeeId(String nip) {
        return jdbc.sql("select id from employee where nip = ?").params(nip).query(Long.class).single();
    }

    private ResultActions as(String username, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(users.loadUserByUsername(username))));
    }
}
