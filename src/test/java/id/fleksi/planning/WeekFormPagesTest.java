package id.fleksi.planning;

import id.fleksi.IntegrationTest;
import id.fleksi.planning.PlanTestUnits.TestUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The employee's side of the weekly loop through the pages: the form of a week prefilled, checked, submitted; the
 * code of conduct first; the history and a plan's page, only one's own. Weeks from 2027-W20 (17 May 2027); in
 * 2027-W22 Tuesday 1 June is a holiday (Hari Lahir Pancasila) in the demo calendar.
 */
class WeekFormPagesTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    @Test
    void theFormStartsFromTheLastApprovedPlanMovedToTheWeekWithItsHolidayNotWorked() throws Exception {
        TestUnit unit = PlanTestUnits.create(jdbc, "WFP", 3, true);
        String nip = acknowledged(unit.staff().get(0));
        submit(nip, "2027-W20", week("KANTOR", "RUMAH", "KANTOR", "RUMAH", "KANTOR"))
                .andExpect(status().is3xxRedirection());
        approve(nip, "2027-W20");

        String html = page(nip, "/saya/rencana?minggu=2027-W22");
        assertThat(html).contains("Rencana kerja minggu 2027-W22")
                .contains("terakhir disetujui (minggu 2027-W20)")
                .contains("Hari Lahir Pancasila");
        assertThat(selected(html, "days0.kind")).isEqualTo("KANTOR");
        // Tuesday 1 June 2027 is a holiday: not worked, whatever the approved week did on its Tuesday
        assertThat(selected(html, "days1.kind")).isEmpty();
        assertThat(selected(html, "days3.kind")).isEqualTo("RUMAH");
        assertThat(selected(html, "days5.kind")).isEmpty();
        assertThat(html).contains("href=\"/saya/rencana?minggu=2027-W21\"").contains("href=\"/saya/rencana?minggu=2027-W23\"");

        // the approved week itself opens as it stands, and cannot be submitted again
        String approved = page(nip, "/saya/rencana?minggu=2027-W20");
        assertThat(approved).contains("sudah disetujui dan tidak dapat diganti");
        assertThat(submitButton(approved)).contains("disabled");
        assertThat(mvc.perform(form(nip, "/saya/rencana?minggu=2027-W20",
                        week("KANTOR", "KANTOR", "KANTOR", "KANTOR", "KANTOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("sudah disetujui dan tidak dapat diganti");
    }

    @Test
    void aNewEmployeeStartsWithTheOfficeMondayToFriday() throws Exception {
        TestUnit unit = PlanTestUnits.create(jdbc, "WFN", 2, false);
        String html = page(unit.staff().get(0), "/saya/rencana?minggu=2027-W21");
        for (int day = 0; day < 5; day++) {
            assertThat(selected(html, "days" + day + ".kind")).isEqualTo("KANTOR");
        }
        assertThat(selected(html, "days6.kind")).isEmpty();
        assertThat(html).contains("Diisi Senin sampai Jumat di kantor penempatan");
    }

    @Test
    void checkingAWeekWithThreeHomeDaysShowsTheCapWithItsArticleAndKeepsWhatWasTyped() throws Exception {
        TestUnit unit = PlanTestUnits.create(jdbc, "WFC", 3, false);
        String nip = unit.staff().get(0);
        String[] days = week("RUMAH", "RUMAH", "RUMAH", "KANTOR", "KANTOR");

        String html = mvc.perform(form(nip, "/saya/rencana/periksa?minggu=2027-W21", days)
                        .param("days[0].note", "Menyusun laporan triwulan")
                        .param("days[3].start", "08:00").param("days[3].end", "16:30"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("data-rule=\"LOKASI_MAKS_HARI\"").contains("Pasal 13 ayat (1)")
                .contains("href=\"/aturan/LOKASI_MAKS_HARI?nip=" + nip + "&amp;tanggal=2027-05-24\"").contains("Belum dapat diajukan")
                .contains("3 dari paling banyak 2 hari")
                .contains("value=\"Menyusun laporan triwulan\"").contains("value=\"08:00\"").contains("value=\"16:30\"");
        assertThat(selected(html, "days2.kind")).isEqualTo("RUMAH");
        assertThat(plans(nip)).isZero();

        // the script asks for the panel alone, and gets the same verdict
        String panel = mvc.perform(form(nip, "/saya/rencana/periksa?minggu=2027-W21", days)
                        .header(WeekFormPages.FRAGMENT_HEADER, "verdict"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(panel).startsWith("<div").doesNotContain("<html").contains("id=\"verdict\"")
                .contains("data-rule=\"LOKASI_MAKS_HARI\"");
    }

    @Test
    void aDinamisWeekShowsItsBalanceAndFieldsAreCorrectedNextToThemselves() throws Exception {
        TestUnit unit = PlanTestUnits.create(jdbc, "WFD", 2, false);
        String nip = unit.staff().get(0);

        String html = mvc.perform(form(nip, "/saya/rencana/periksa?minggu=2027-W21",
                        week("KANTOR", "KANTOR", "KANTOR", "KANTOR", "KANTOR"))
                        .param("flexType", "DINAMIS")
                        .param("days[0].start", "08:00").param("days[0].end", "15:00"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("data-testid=\"verdict-balance\"").contains("kurang 1 jam 30 menit")
                .contains(">36 jam<");

        String refused = mvc.perform(form(nip, "/saya/rencana/periksa?minggu=2027-W21",
                        week("KANTOR", "KANTOR_LAIN", "", "KANTOR", "KANTOR"))
                        .param("days[0].start", "8 pagi").param("days[3].end", "15:00"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"days0.start\"").contains("Tulis jam dalam bentuk jam.menit")
                .contains("Pilih kantor tempat Anda bekerja hari itu")
                .contains("Pilih jenis hari untuk hari kerja ini")
                .contains("Isi jam mulai dan jam selesai bersama-sama")
                .contains("value=\"8 pagi\"")
                .doesNotContain("data-rule=");
    }

    @Test
    void submittingStoresThePlanAndLeadsToItsPage() throws Exception {
        TestUnit unit = PlanTestUnits.create(jdbc, "WFS", 3, true);
        String nip = acknowledged(unit.staff().get(0));

        String location = submit(nip, "2027-W23", week("KANTOR", "KANTOR", "RUMAH", "KANTOR", "KANTOR"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("successKey", "weekplan.submitted"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/saya/rencana/\\d+");
        assertThat(jdbc.sql("""
                        select count(*) from weekly_plan p join plan_day d on d.plan_id = p.id
                        join employee e on e.id = p.employee_id
                        where e.nip = :nip and p.iso_week = '2027-W23' and p.status = 'SUBMITTED'""")
                .param("nip", nip).query(Long.class).single()).isEqualTo(5);

        String plan = page(nip, location);
        assertThat(plan).contains("Rencana kerja minggu 7–11 Juni 2027").contains("Menunggu keputusan")
                .contains("Sesuai aturan").contains("Rumah");

        // a plan with an ERROR is not stored and nothing typed is lost; the submitted one stays as it was
        String refused = mvc.perform(form(nip, "/saya/rencana?minggu=2027-W23",
                        week("RUMAH", "RUMAH", "RUMAH", "KANTOR", "KANTOR"))
                        .param("days[4].note", "Rapat koordinasi"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Rencana belum diajukan karena melanggar aturan")
                .contains("data-rule=\"LOKASI_MAKS_HARI\"").contains("value=\"Rapat koordinasi\"");
        assertThat(selected(refused, "days0.kind")).isEqualTo("RUMAH");
        assertThat(jdbc.sql("""
                        select d.kind from weekly_plan p join plan_day d on d.plan_id = p.id
                        join employee e on e.id = p.employee_id
                        where e.nip = :nip and p.iso_week = '2027-W23' and d.day = date '2027-06-07'""")
                .param("nip", nip).query(String.class).single()).isEqualTo("KANTOR");
    }

    @Test
    void theCodeOfConductComesFirstAndTheFormSaysSoBeforeAnythingIsTyped() throws Exception {
        TestUnit unit = PlanTestUnits.create(jdbc, "WFK", 2, false);
        String nip = unit.staff().get(0);

        String html = page(nip, "/saya/rencana?minggu=2027-W24");
        assertThat(html).contains("data-testid=\"code-of-conduct\"").contains("href=\"/saya/kode-perilaku\"");
        assertThat(submitButton(html)).contains("disabled");

        String refused = mvc.perform(form(nip, "/saya/rencana?minggu=2027-W24",
                        week("KANTOR", "RUMAH", "KANTOR", "KANTOR", "KANTOR"))
                        .param("days[1].note", "Menulis modul"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("data-testid=\"refusal\"").contains("belum menyetujui kode perilaku")
                .contains("href=\"/saya/kode-perilaku\"").contains("value=\"Menulis modul\"");
        assertThat(plans(nip)).isZero();

        acknowledged(nip);
        assertThat(submitButton(page(nip, "/saya/rencana?minggu=2027-W24"))).doesNotContain("disabled");
        submit(nip, "2027-W24", week("KANTOR", "RUMAH", "KANTOR", "KANTOR", "KANTOR"))
                .andExpect(status().is3xxRedirection());
        assertThat(plans(nip)).isEqualTo(1);
    }

    @Test
    void aPlanPageShowsOnlyTheEmployeesOwnPlan() throws Exception {
        TestUnit unit = PlanTestUnits.create(jdbc, "WFO", 3, true);
        String owner = acknowledged(unit.staff().get(0));
        String location = submit(owner, "2027-W25", week("KANTOR", "KANTOR", "KANTOR", "KANTOR", "KANTOR"))
                .andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get(location).with(as(owner))).andExpect(status().isOk());
        // another employee does not even find it, as an unknown plan
        mvc.perform(get(location).with(as(unit.staff().get(1)))).andExpect(status().isNotFound());
        // the head may read it among the unit's plans, but not as their own
        mvc.perform(get(location).with(as(unit.head()))).andExpect(status().isForbidden());
        mvc.perform(get("/saya/rencana/999999999").with(as(owner))).andExpect(status().isNotFound());
    }

    @Test
    void theHistoryListsTheEmployeesOwnPlansNewestFirst() throws Exception {
        TestUnit unit = PlanTestUnits.create(jdbc, "WFH", 3, true);
        String nip = acknowledged(unit.staff().get(0));
        String colleague = acknowledged(unit.staff().get(1));
        String first = submit(nip, "2027-W26", week("KANTOR", "KANTOR", "KANTOR", "KANTOR", "KANTOR"))
                .andReturn().getResponse().getRedirectedUrl();
        String second = submit(nip, "2027-W27", week("KANTOR", "RUMAH", "KANTOR", "KANTOR", "KANTOR"))
                .andReturn().getResponse().getRedirectedUrl();
        String theirs = submit(colleague, "2027-W26", week("KANTOR", "KANTOR", "KANTOR", "KANTOR", "KANTOR"))
                .andReturn().getResponse().getRedirectedUrl();
        jdbc.sql("""
                        update weekly_plan set status = 'REJECTED', decided_by = :head, decided_at = now(),
                               decision_note = 'Senin ada apel pagi', version = version + 1
                        where id = :id""")
                .param("head", unit.head()).param("id", Long.parseLong(first.substring(first.lastIndexOf('/') + 1)))
                .update();

        String html = page(nip, "/saya/rencana/riwayat");
        assertThat(html).contains("href=\"" + first + "\"").contains("href=\"" + second + "\"")
                .doesNotContain("href=\"" + theirs + "\"")
                .contains("Ditolak").contains("Alasan penolakan: Senin ada apel pagi").contains("Oleh " + unit.head());
        assertThat(html.indexOf("2027-W27")).isLessThan(html.indexOf("2027-W26"));
    }

    // --- helpers

    private String acknowledged(String nip) throws Exception {
        mvc.perform(post("/saya/kode-perilaku").with(as(nip)).with(csrf())).andExpect(status().is3xxRedirection());
        return nip;
    }

    private void approve(String nip, String isoWeek) {
        jdbc.sql("""
                        update weekly_plan set status = 'APPROVED', decided_by = 'kepala', decided_at = now(),
                               version = version + 1
                        where iso_week = :week and employee_id = (select id from employee where nip = :nip)""")
                .param("week", isoWeek).param("nip", nip).update();
    }

    private long plans(String nip) {
        return jdbc.sql("select count(*) from weekly_plan p join employee e on e.id = p.employee_id where e.nip = :nip")
                .param("nip", nip).query(Long.class).single();
    }

    private org.springframework.test.web.servlet.ResultActions submit(String nip, String isoWeek, String[] days)
            throws Exception {
        return mvc.perform(form(nip, "/saya/rencana?minggu=" + isoWeek, days));
    }

    /** A form post with the kinds of Monday to Friday ("" for a day not worked); the weekend not worked. */
    private MockHttpServletRequestBuilder form(String nip, String path, String[] kinds) {
        MockHttpServletRequestBuilder request = post(path).with(as(nip)).with(csrf());
        for (int i = 0; i < 7; i++) {
            request.param("days[" + i + "].kind", i < kinds.length ? kinds[i] : "");
        }
        return request;
    }

    private String page(String nip, String path) throws Exception {
        return mvc.perform(get(path).with(as(nip))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private static String[] week(String... kinds) {
        return kinds;
    }

    /** The value of the option the select with this id shows as chosen ("" for none). */
    private static String selected(String html, String id) {
        Matcher select = Pattern.compile("<select[^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</select>",
                Pattern.DOTALL).matcher(html);
        assertThat(select.find()).as("a select " + id).isTrue();
        Matcher option = Pattern.compile("<option value=\"([^\"]*)\" selected=\"selected\"").matcher(select.group(1));
        return option.find() ? option.group(1) : "";
    }

    private static String submitButton(String html) {
        Matcher button = Pattern.compile("<button[^>]*data-testid=\"submit\"[^>]*>").matcher(html);
        assertThat(button.find()).isTrue();
        return button.group();
    }
}
