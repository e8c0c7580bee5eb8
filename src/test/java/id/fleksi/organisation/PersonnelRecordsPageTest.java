package id.fleksi.organisation;

import com.jayway.jsonpath.JsonPath;
import id.fleksi.IntegrationTest;
import id.fleksi.attendance.RealisationTestData;
import id.fleksi.security.AccountSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The personnel records pages: reading them by scope, HR's forms, and the employee's own declaration. */
class PersonnelRecordsPageTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountSetup accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    PersonnelRecords records;

    PersonnelTestData data;

    @BeforeEach
    void data() {
        data = new PersonnelTestData(jdbc, accounts);
    }

    @Test
    void thePpkReadsTheRecordsWithTheirArticlesAndWhatIsInForceToday() throws Exception {
        // Putu Saputra: a sanction in process since 2026-11-02 without an end
        mvc.perform(get("/pegawai/198012122014081007/riwayat").with(user(users.loadUserByUsername("ppk"))))
                .andExpect(status().isOk())
                .andExpect(view().name(PersonnelRecordsPage.VIEW))
                .andExpect(content().string(allOf(
                        containsString("Putu Saputra"), containsString("198012122014081007"),
                        containsString("Dinas Komunikasi dan Informatika"),
                        containsString("Pasal 25 ayat (1) huruf a"), containsString("Pasal 10; 13 ayat (2) huruf b"),
                        containsString("Pasal 8 ayat (2)–(3)"), containsString("Pasal 15–16"),
                        containsString("Pasal 26"), containsString("tidak sedang menjalani atau dalam proses hukuman"),
                        containsString("Dalam proses"), containsString("Berlaku hari ini"),
                        containsString("Belum ditetapkan"))))
                .andExpect(content().string(not(containsString("data-testid=\"discipline-form\""))));
    }

    @Test
    void aSpecialCircumstanceCoveringTodayIsMarked() throws Exception {
        String nip = data.employee("DISKOMINFO");
        LocalDate today = LocalDate.now();
        mvc.perform(post("/pegawai/{nip}/riwayat/keadaan-khusus", nip).with(csrf()).with(hr())
                        .param("reason", "Pemulihan pascaoperasi").param("from", today.minusDays(3).toString())
                        .param("to", today.plusDays(30).toString()).param("approvedBy", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/pegawai/" + nip + "/riwayat"))
                .andExpect(flash().attribute("successKey", "personnel.circumstance.recorded"));

        mvc.perform(get("/pegawai/{nip}/riwayat", nip).with(user(users.loadUserByUsername("kepala"))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Pemulihan pascaoperasi"),
                        containsString("data-testid=\"in-force\""))));
        assertThat(records.of(data.idOf(nip)).specialCircumstanceOn(today)).get()
                .extracting(PersonnelFacts.SpecialCircumstance::approvedBy).isEqualTo("kepegawaian");
        assertThat(data.auditActions(nip)).containsExactly("SPECIAL_CIRCUMSTANCE_RECORDED");
    }

    @Test
    void aSpecialCircumstanceApprovedFromARequestLinksToTheRequest() throws Exception {
        RealisationTestData.HeadedUnit unit = RealisationTestData.headedUnit(jdbc);
        String nip = RealisationTestData.employee(jdbc, unit.code());
        mvc.perform(post("/pegawai/{nip}/riwayat/keadaan-khusus", nip).with(csrf()).with(hr())
                        .param("reason", "Tugas belajar").param("from", "2026-03-02").param("to", "2026-03-31")
                        .param("approvedBy", ""))
                .andExpect(status().is3xxRedirection());
        CircumstanceTestData.Request request = CircumstanceTestData.approved(mvc, nip, unit.head(),
                "2026-11-23", "2026-12-31", "Pemulihan pascaoperasi lutut");

        String page = mvc.perform(get("/pegawai/{nip}/riwayat", nip).with(hr()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<th scope=\"col\">Permohonan</th>")
                .containsOnlyOnce("href=\"/keadaan-khusus/" + request.id() + "\"")
                .containsOnlyOnce(">" + request.number() + "</a>")
                .containsOnlyOnce("Dicatat langsung oleh kepegawaian");
        assertThat(page.indexOf(request.number())).isLessThan(page.indexOf("Dicatat langsung oleh kepegawaian"));
        mvc.perform(get("/pegawai/{nip}/riwayat", nip).param("lang", "en").with(hr()))
                .andExpect(content().string(allOf(containsString("<th scope=\"col\">Request</th>"),
                        containsString("Recorded directly by HR"))));
    }

    @Test
    void hrRecordsASanctionThroughTheFormAndSeesItAfterTheRedirect() throws Exception {
        String nip = data.employee("BAPPEDA");

        mvc.perform(get("/pegawai/{nip}/riwayat", nip).with(hr()))
                .andExpect(content().string(allOf(containsString("data-testid=\"discipline-form\""),
                        containsString("data-testid=\"circumstance-form\""),
                        containsString("data-testid=\"performance-form\""),
                        containsString("data-testid=\"criterion-form\""))));
        mvc.perform(post("/pegawai/{nip}/riwayat/disiplin", nip).with(csrf()).with(hr())
                        .param("from", "2026-06-01").param("to", "").param("status", "SERVING")
                        .param("note", "Teguran tertulis"))
                .andExpect(redirectedUrl("/pegawai/" + nip + "/riwayat"))
                .andExpect(flash().attribute("successKey", "personnel.discipline.recorded"));

        mvc.perform(get("/pegawai/{nip}/riwayat", nip).with(hr()))
                .andExpect(content().string(allOf(containsString("Teguran tertulis"),
                        containsString("Sedang menjalani"))));
        assertThat(data.auditActions(nip)).containsExactly("DISCIPLINE_RECORDED");
    }

    @Test
    void aWrongFormIsShownAgainWithTheErrorsNextToTheFieldsAndTheInputKept() throws Exception {
        String nip = data.employee("BAPPEDA");

        mvc.perform(post("/pegawai/{nip}/riwayat/disiplin", nip).with(csrf()).with(hr())
                        .param("from", "2026-05-01").param("to", "2026-04-01").param("status", "SERVING")
                        .param("note", "Catatan yang harus tetap ada"))
                .andExpect(status().isOk())
                .andExpect(view().name(PersonnelRecordsPage.VIEW))
                .andExpect(model().attributeHasFieldErrorCode("disciplineForm", "to", "personnel.error.toBeforeFrom"))
                .andExpect(content().string(allOf(
                        containsString("id=\"discipline-to-error\""),
                        containsString("id=\"discipline-to\""),
                        containsString("aria-describedby=\"discipline-to-error\""),
                        containsString("Tanggal selesai tidak boleh sebelum tanggal mulai."),
                        containsString("value=\"2026-05-01\""), containsString("Catatan yang harus tetap ada"),
                        containsString("data-testid=\"form-errors\""))));
        mvc.perform(post("/pegawai/{nip}/riwayat/predikat", nip).with(csrf()).with(hr())
                        .param("year", "1999").param("predikat", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("performanceForm", "year", "personnel.error.year"))
                .andExpect(model().attributeHasFieldErrorCode("performanceForm", "predikat", "personnel.error.required"))
                .andExpect(content().string(containsString("value=\"1999\"")));
        assertThat(data.auditActions(nip)).isEmpty();
    }

    @Test
    void hrEndsASanctionOnThePageAndAnOutdatedFormAsksToReload() throws Exception {
        String nip = data.employee("DISKOMINFO");
        String created = mvc.perform(post("/api/employees/{nip}/discipline", nip)
                        .with(httpBasic("kepegawaian", "demo12345")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"from\":\"2026-11-02\",\"status\":\"IN_PROCESS\"}"))
                .andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(created, "$.id");

        mvc.perform(post("/pegawai/{nip}/riwayat/disiplin/{id}", nip, id).with(csrf()).with(hr())
                        .param("from", "2026-11-02").param("to", "2026-10-01").param("status", "IN_PROCESS")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("editingId", (long) id))
                .andExpect(content().string(allOf(containsString("Tanggal selesai tidak boleh sebelum tanggal mulai."),
                        containsString("value=\"2026-10-01\""))));
        mvc.perform(post("/pegawai/{nip}/riwayat/disiplin/{id}", nip, id).with(csrf()).with(hr())
                        .param("from", "2026-11-02").param("to", "2026-11-20").param("status", "SERVING")
                        .param("version", "0"))
                .andExpect(redirectedUrl("/pegawai/" + nip + "/riwayat"))
                .andExpect(flash().attribute("successKey", "personnel.discipline.updated"));
        mvc.perform(post("/pegawai/{nip}/riwayat/disiplin/{id}", nip, id).with(csrf()).with(hr())
                        .param("from", "2026-11-02").param("to", "2026-11-21").param("status", "SERVING")
                        .param("version", "0"))
                .andExpect(redirectedUrl("/pegawai/" + nip + "/riwayat"))
                .andExpect(flash().attribute("errorFlashKey", "personnel.discipline.conflict"));

        assertThat(records.of(data.idOf(nip)).discipline()).singleElement()
                .extracting(PersonnelFacts.Discipline::to).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(data.auditActions(nip)).containsExactly("DISCIPLINE_RECORDED", "DISCIPLINE_UPDATED");
    }

    @Test
    void hrRecordsAPredicateAndAnAdditionalCriterionOnThePage() throws Exception {
        String nip = data.employee("DISKOMINFO");

        mvc.perform(post("/pegawai/{nip}/riwayat/predikat", nip).with(csrf()).with(hr())
                        .param("year", "2025").param("predikat", "SANGAT_BAIK"))
                .andExpect(flash().attribute("successKey", "personnel.performance.recorded"));
        mvc.perform(post("/pegawai/{nip}/riwayat/kriteria-tambahan", nip).with(csrf()).with(hr())
                        .param("code", "SERTIFIKASI-TIK").param("met", "true").param("note", "Sertifikat 2025"))
                .andExpect(flash().attribute("successKey", "personnel.criterion.recorded"));

        mvc.perform(get("/pegawai/{nip}/riwayat", nip).with(hr()))
                .andExpect(content().string(allOf(containsString("Sangat Baik"), containsString("SERTIFIKASI-TIK"),
                        containsString("Terpenuhi"))));
        assertThat(data.auditActions(nip)).containsExactly("PERFORMANCE_RECORDED", "ADDITIONAL_CRITERION_RECORDED");
    }

    @Test
    void anEmployeeOutsideAUnitHeadsUnitsIsNotFoundAsAnUnknownNip() throws Exception {
        String elsewhere = data.employee("BAPPEDA");

        mvc.perform(get("/pegawai/{nip}/riwayat", elsewhere).with(user(users.loadUserByUsername("kepala"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/pegawai/{nip}/riwayat", "000000000000000000").with(hr()))
                .andExpect(status().isNotFound());
    }

    @Test
    void anEmployeeDeclaresTheirInfrastructureOnTheirOwnPage() throws Exception {
        String nip = data.employeeWithAccount("BAPPEDA");
        var employee = user(users.loadUserByUsername(nip));

        mvc.perform(get("/saya/infrastruktur").with(employee))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Pasal 16"),
                        containsString("Anda belum pernah menyatakan"))));
        mvc.perform(post("/saya/infrastruktur").with(csrf()).with(employee).param("note", "Masih menunggu laptop"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "ready", "personnel.error.ready"))
                .andExpect(content().string(allOf(containsString("Pilih siap atau belum siap"),
                        containsString("Masih menunggu laptop"))));
        mvc.perform(post("/saya/infrastruktur").with(csrf()).with(employee).param("ready", "true")
                        .param("note", "Laptop kantor dan internet rumah"))
                .andExpect(redirectedUrl("/saya/infrastruktur"))
                .andExpect(flash().attribute("successKey", "personnel.infrastructure.declared"));

        mvc.perform(get("/saya/infrastruktur").with(employee))
                .andExpect(content().string(allOf(containsString("Siap"), containsString("Laptop kantor"))));
        assertThat(records.of(data.idOf(nip)).infrastructureReady()).isTrue();
        assertThat(data.auditActions(nip)).containsExactly("INFRASTRUCTURE_DECLARED");
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor hr() {
        return user(users.loadUserByUsername("kepegawaian"));
    }
}
