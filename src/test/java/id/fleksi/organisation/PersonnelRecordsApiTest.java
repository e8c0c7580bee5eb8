package id.fleksi.organisation;

import com.jayway.jsonpath.JsonPath;
import id.fleksi.IntegrationTest;
import id.fleksi.attendance.RealisationTestData;
import id.fleksi.organisation.PersonnelFacts.DisciplineStatus;
import id.fleksi.rules.Predikat;
import id.fleksi.security.AccountSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The personnel records over the JSON API, as HR, the PPK, unit heads and employees use it. */
class PersonnelRecordsApiTest extends IntegrationTest {

    private static final String DEMO = "demo12345";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountSetup accounts;

    @Autowired
    PersonnelRecords records;

    PersonnelTestData data;

    @BeforeEach
    void data() {
        data = new PersonnelTestData(jdbc, accounts);
    }

    @Test
    void hrRecordsADisciplinarySanctionThatTheUnitHeadThenReads() throws Exception {
        String nip = data.employee("DISKOMINFO");

        as("kepegawaian", post("/api/employees/{nip}/discipline", nip),
                "{\"from\":\"2026-11-02\",\"status\":\"IN_PROCESS\",\"note\":\"Pemeriksaan berjalan\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.from").value("2026-11-02"))
                .andExpect(jsonPath("$.to").value(nullValue()))
                .andExpect(jsonPath("$.status").value("IN_PROCESS"))
                .andExpect(jsonPath("$.recordedBy").value("kepegawaian"));

        as("kepala", get("/api/employees/{nip}/records", nip), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.employee.nip").value(nip))
                .andExpect(jsonPath("$.employee.unit.code").value("DISKOMINFO"))
                .andExpect(jsonPath("$.discipline", hasSize(1)))
                .andExpect(jsonPath("$.discipline[0].note").value("Pemeriksaan berjalan"));
        assertThat(records.of(data.idOf(nip)).disciplineOn(LocalDate.of(2026, 11, 2)))
                .containsExactly(new PersonnelFacts.Discipline(LocalDate.of(2026, 11, 2), null,
                        DisciplineStatus.IN_PROCESS));
        assertThat(data.auditActions(nip)).containsExactly("DISCIPLINE_RECORDED");
        assertThat(data.lastAudit(nip, "DISCIPLINE_RECORDED").get(1)).contains("IN_PROCESS", "2026-11-02");
    }

    @Test
    void hrEndsASanctionAndAChangeFromAnOutdatedVersionIsRefused() throws Exception {
        String nip = data.employee("BAPPEDA");
        String created = as("kepegawaian", post("/api/employees/{nip}/discipline", nip),
                "{\"from\":\"2026-03-02\",\"status\":\"SERVING\"}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(created, "$.id");

        as("kepegawaian", put("/api/employees/{nip}/discipline/{id}", nip, id),
                "{\"from\":\"2026-03-02\",\"to\":\"2026-08-31\",\"status\":\"SERVING\",\"version\":0}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.to").value("2026-08-31"))
                .andExpect(jsonPath("$.version").value(1));
        as("kepegawaian", put("/api/employees/{nip}/discipline/{id}", nip, id),
                "{\"from\":\"2026-03-02\",\"to\":\"2026-09-30\",\"status\":\"SERVING\",\"version\":0}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("diubah orang lain")));

        assertThat(records.of(data.idOf(nip)).disciplineOn(LocalDate.of(2026, 9, 1))).isEmpty();
        assertThat(data.auditActions(nip)).containsExactly("DISCIPLINE_RECORDED", "DISCIPLINE_UPDATED");
        assertThat(data.lastAudit(nip, "DISCIPLINE_UPDATED")).satisfiesExactly(
                before -> assertThat(before).contains("\"to\": null"),
                after -> assertThat(after).contains("2026-08-31"));
    }

    @Test
    void aRecordOfAnotherEmployeeCannotBeChangedThroughThisEmployee() throws Exception {
        String owner = data.employee("BAPPEDA");
        String other = data.employee("BAPPEDA");
        String created = as("kepegawaian", post("/api/employees/{nip}/discipline", owner),
                "{\"from\":\"2026-03-02\",\"status\":\"SERVING\"}").andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(created, "$.id");

        as("kepegawaian", put("/api/employees/{nip}/discipline/{id}", other, id),
                "{\"from\":\"2026-03-02\",\"to\":\"2026-03-03\",\"status\":\"SERVING\"}")
                .andExpect(status().isNotFound());
    }

    @Test
    void invalidInputIsExplainedPerFieldInIndonesianByDefault() throws Exception {
        String nip = data.employee("DISKOMINFO");

        as("kepegawaian", post("/api/employees/{nip}/discipline", nip),
                "{\"from\":\"2026-13-01\",\"status\":\"SUSPENDED\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("from", "status")))
                .andExpect(jsonPath("$.errors[?(@.field == 'from')].message").value(hasItem(containsString("TTTT-BB-HH"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'status')].message")
                        .value(hasItem(containsString("IN_PROCESS"))));
        as("kepegawaian", post("/api/employees/{nip}/special-circumstances", nip),
                "{\"reason\":\"Perawatan\",\"from\":\"2026-05-01\",\"to\":\"2026-04-30\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].message").value("Tanggal selesai tidak boleh sebelum tanggal mulai."));
        assertThat(data.auditActions(nip)).isEmpty();
    }

    @Test
    void invalidInputIsExplainedInEnglishWhenAskedFor() throws Exception {
        String nip = data.employee("DISKOMINFO");

        mvc.perform(put("/api/employees/{nip}/performance", nip).with(httpBasic("kepegawaian", DEMO))
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\":1999,\"predikat\":\"EXCELLENT\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'year')].message")
                        .value("Give a year between 2000 and 2100."))
                .andExpect(jsonPath("$.errors[?(@.field == 'predikat')].message")
                        .value(hasItem(containsString("Choose one of SANGAT_BAIK"))));
        mvc.perform(put("/api/employees/{nip}/additional-criteria/{code}", nip, "A".repeat(41))
                        .with(httpBasic("kepegawaian", DEMO)).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("code", "met")))
                .andExpect(jsonPath("$.errors[?(@.field == 'met')].message").value("Choose met or not met (true or false)."));
    }

    @Test
    void aSpecialCircumstanceRecordsWhoApprovedItOrElseWhoRecordedIt() throws Exception {
        String nip = data.employee("DISKOMINFO");

        as("kepegawaian", post("/api/employees/{nip}/special-circumstances", nip),
                "{\"reason\":\"Mendampingi orang tua dirawat\",\"from\":\"2026-10-01\",\"to\":\"2027-03-31\","
                        + "\"approvedBy\":\"Joko Permata, Kepala Dinas\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.approvedBy").value("Joko Permata, Kepala Dinas"));
        as("kepegawaian", post("/api/employees/{nip}/special-circumstances", nip),
                "{\"reason\":\"Pemulihan pascaoperasi\",\"from\":\"2027-04-01\",\"to\":\"2027-04-30\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.approvedBy").value("kepegawaian"));

        PersonnelFacts facts = records.of(data.idOf(nip));
        assertThat(facts.specialCircumstances()).extracting(PersonnelFacts.SpecialCircumstance::approvedBy)
                .containsExactly("Joko Permata, Kepala Dinas", "kepegawaian");
        assertThat(facts.specialCircumstanceOn(LocalDate.of(2027, 3, 31))).get()
                .extracting(PersonnelFacts.SpecialCircumstance::reason).isEqualTo("Mendampingi orang tua dirawat");
        assertThat(facts.specialCircumstanceOn(LocalDate.of(2027, 5, 1))).isEmpty();
        assertThat(data.auditActions(nip))
                .containsExactly("SPECIAL_CIRCUMSTANCE_RECORDED", "SPECIAL_CIRCUMSTANCE_RECORDED");
    }

    @Test
    void thePerformancePredicateIsOnePerYearAndTheLatestWins() throws Exception {
        String nip = data.employee("BAPPEDA");

        as("kepegawaian", put("/api/employees/{nip}/performance", nip), "{\"year\":2025,\"predikat\":\"BAIK\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2025))
                .andExpect(jsonPath("$.predikat").value("BAIK"));
        as("kepegawaian", put("/api/employees/{nip}/performance", nip),
                "{\"year\":2025,\"predikat\":\"SANGAT_BAIK\"}").andExpect(status().isOk());
        as("kepegawaian", put("/api/employees/{nip}/performance", nip),
                "{\"year\":2025,\"predikat\":\"SANGAT_BAIK\"}").andExpect(status().isOk());

        as("ppk", get("/api/employees/{nip}/records", nip), null)
                .andExpect(jsonPath("$.performance", hasSize(1)))
                .andExpect(jsonPath("$.performance[0].predikat").value("SANGAT_BAIK"));
        assertThat(records.of(data.idOf(nip)).predikatOf(2025)).contains(Predikat.SANGAT_BAIK);
        assertThat(data.auditActions(nip)).containsExactly("PERFORMANCE_RECORDED", "PERFORMANCE_RECORDED");
        assertThat(data.lastAudit(nip, "PERFORMANCE_RECORDED")).satisfiesExactly(
                before -> assertThat(before).contains("\"BAIK\""),
                after -> assertThat(after).contains("SANGAT_BAIK"));
    }

    @Test
    void hrRecordsWhetherAnAdditionalCriterionIsMet() throws Exception {
        String nip = data.employee("DISKOMINFO");

        as("kepegawaian", put("/api/employees/{nip}/additional-criteria/{code}", nip, "wfh-daerah"),
                "{\"met\":false,\"note\":\"Domisili di kota\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("WFH-DAERAH"))
                .andExpect(jsonPath("$.met").value(false));
        as("kepegawaian", put("/api/employees/{nip}/additional-criteria/{code}", nip, "WFH-DAERAH"),
                "{\"met\":true}").andExpect(status().isOk());

        assertThat(records.of(data.idOf(nip)).additionalCriterion("WFH-DAERAH")).contains(true);
        assertThat(data.auditActions(nip))
                .containsExactly("ADDITIONAL_CRITERION_RECORDED", "ADDITIONAL_CRITERION_RECORDED");
    }

    @Test
    void anEmployeeDeclaresTheirOwnInfrastructureAndNoOneElses() throws Exception {
        String nip = data.employeeWithAccount("DISKOMINFO");
        String colleague = data.employee("DISKOMINFO");

        mvc.perform(put("/api/employees/{nip}/infrastructure", nip).with(httpBasic(nip, PersonnelTestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"ready\":true,\"note\":\"Laptop dan fiber\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(put("/api/employees/{nip}/infrastructure", colleague)
                        .with(httpBasic(nip, PersonnelTestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"ready\":true}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("pegawai itu sendiri")));
        as("kepegawaian", put("/api/employees/{nip}/infrastructure", nip), "{\"ready\":false}")
                .andExpect(status().isForbidden());

        PersonnelFacts facts = records.of(data.idOf(nip));
        assertThat(facts.infrastructureReady()).isTrue();
        assertThat(facts.infrastructure().note()).isEqualTo("Laptop dan fiber");
        assertThat(facts.infrastructure().declaredAt()).isNotNull();
        assertThat(records.of(data.idOf(colleague)).infrastructure()).isNull();
        assertThat(data.auditActions(nip)).containsExactly("INFRASTRUCTURE_DECLARED");
        mvc.perform(get("/api/employees/{nip}/records", nip).with(httpBasic(nip, PersonnelTestData.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.infrastructure.ready").value(true));
    }

    @Test
    void aUnitHeadReadsTheirUnitAndNotAnother() throws Exception {
        String own = data.employee("DISKOMINFO");
        String elsewhere = data.employee("BAPPEDA");

        as("kepala", get("/api/employees/{nip}/records", own), null).andExpect(status().isOk());
        as("kepala", get("/api/employees/{nip}/records", elsewhere), null)
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        as("pegawai", get("/api/employees/{nip}/records", own), null).andExpect(status().isNotFound());
    }

    @Test
    void anUnknownNipIsNotFound() throws Exception {
        as("ppk", get("/api/employees/{nip}/records", "000000000000000000"), null)
                .andExpect(status().isNotFound());
        as("kepegawaian", post("/api/employees/{nip}/discipline", "000000000000000000"),
                "{\"from\":\"2026-01-05\",\"status\":\"SERVING\"}")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("Tidak ada pegawai")));
    }

    @Test
    void anInactiveEmployeeStillGetsRecords() throws Exception {
        String nip = data.employee("BAPPEDA", false);

        as("kepegawaian", put("/api/employees/{nip}/performance", nip), "{\"year\":2024,\"predikat\":\"KURANG\"}")
                .andExpect(status().isOk());
        as("kepegawaian", get("/api/employees/{nip}/records", nip), null)
                .andExpect(jsonPath("$.employee.active").value(false))
                .andExpect(jsonPath("$.performance[0].predikat").value("KURANG"));
    }

    @Test
    void aSpecialCircumstanceApprovedFromARequestNamesItsNumberAndOneHrRecordedDirectlyNone() throws Exception {
        RealisationTestData.HeadedUnit unit = RealisationTestData.headedUnit(jdbc);
        String nip = RealisationTestData.employee(jdbc, unit.code());
        as("kepegawaian", post("/api/employees/{nip}/special-circumstances", nip),
                "{\"reason\":\"Tugas belajar\",\"from\":\"2026-03-02\",\"to\":\"2026-03-31\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.requestId").value(nullValue()))
                .andExpect(jsonPath("$.requestNumber").value(nullValue()));
        CircumstanceTestData.Request request = CircumstanceTestData.approved(mvc, nip, unit.head(),
                "2026-11-23", "2026-12-31", "Pemulihan pascaoperasi lutut");

        for (String reader : List.of("kepegawaian", "ppk", unit.head(), nip)) {
            as(reader, get("/api/employees/{nip}/records", nip), null)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.specialCircumstances", hasSize(2)))
                    .andExpect(jsonPath("$.specialCircumstances[0].reason").value("Pemulihan pascaoperasi lutut"))
                    .andExpect(jsonPath("$.specialCircumstances[0].requestId").value(request.id()))
                    .andExpect(jsonPath("$.specialCircumstances[0].requestNumber").value(request.number()))
                    .andExpect(jsonPath("$.specialCircumstances[1].reason").value("Tugas belajar"))
                    .andExpect(jsonPath("$.specialCircumstances[1].requestId").value(nullValue()))
                    .andExpect(jsonPath("$.specialCircumstances[1].requestNumber").value(nullValue()));
        }
    }

    @Test
    void theDemoInstitutionCarriesTheRecordsTheRulesNeed() {
        PersonnelFacts putu = records.of(data.idOf("198012122014081007"));
        assertThat(putu.disciplineOn(LocalDate.of(2026, 11, 2))).extracting(PersonnelFacts.Discipline::status)
                .containsExactly(DisciplineStatus.IN_PROCESS);
        PersonnelFacts taufik = records.of(data.idOf("199207222014011001"));
        assertThat(taufik.disciplineOn(LocalDate.of(2026, 8, 31))).hasSize(1);
        assertThat(taufik.disciplineOn(LocalDate.of(2026, 9, 1))).isEmpty();
        assertThat(records.of(data.idOf("198607062019062005")).specialCircumstanceOn(LocalDate.of(2026, 10, 1)))
                .get().extracting(PersonnelFacts.SpecialCircumstance::approvedBy)
                .isEqualTo("Joko Permata, Kepala Dinas Komunikasi dan Informatika");
        assertThat(records.of(data.idOf("198012152004101004")).predikatOf(2025)).contains(Predikat.BUTUH_PERBAIKAN);
        assertThat(records.of(data.idOf("198808122010042002")).infrastructureReady()).isTrue();
        assertThat(records.of(data.idOf("198301222005092006")).infrastructureReady()).isFalse();
        assertThat(records.of(-1).discipline()).isEmpty();
    }

    private ResultActions as(String account, MockHttpServletRequestBuilder request, String body) throws Exception {
        request.with(httpBasic(account, DEMO));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }
}
