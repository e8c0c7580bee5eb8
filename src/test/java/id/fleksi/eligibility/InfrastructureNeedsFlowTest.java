package id.fleksi.eligibility;

import id.fleksi.IntegrationTest;
import id.fleksi.attendance.RealisationTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pasal 15 ayat (2): HR names what a task needs (tasks module), the employee declares what they have ready
 * (organisation module), and the verdict on location flexibility reads one against the other through the facts
 * the eligibility module assembles. The employee works in a unit of their own.
 */
class InfrastructureNeedsFlowTest extends IntegrationTest {

    private static final String PASSWORD = "demo12345";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theVerdictNamesWhatTheTaskNeedsAndTheEmployeeHasNotDeclaredReady() throws Exception {
        String unit = RealisationTestData.unit(jdbc);
        String nip = RealisationTestData.employee(jdbc, unit);
        String code = taskHeldBy(nip, unit, "[\"INTERNET\",\"PERANGKAT\"]");
        read(code).andExpect(jsonPath("$.infrastructureNeeds[0]").value("PERANGKAT"))
                .andExpect(jsonPath("$.infrastructureNeeds[1]").value("INTERNET"));

        declare(nip, "{\"ready\":true,\"items\":[\"PERANGKAT\"]}").andExpect(status().is2xxSuccessful());
        infrastructureFindings(nip, "id")
                .andExpect(jsonPath("$.lokasi.violations[?(@.rule == 'INFRASTRUKTUR')].message",
                        hasItem(containsString("jaringan internet (tugas " + code + ")"))))
                .andExpect(jsonPath("$.lokasi.violations[?(@.rule == 'INFRASTRUKTUR')].severity",
                        hasItem("WARNING")));
        infrastructureFindings(nip, "en")
                .andExpect(jsonPath("$.lokasi.violations[?(@.rule == 'INFRASTRUKTUR')].message",
                        hasItem(containsString("an internet connection (task " + code + ")"))));

        declare(nip, "{\"ready\":true,\"items\":[\"PERANGKAT\",\"INTERNET\"]}").andExpect(status().is2xxSuccessful());
        infrastructureFindings(nip, "id")
                .andExpect(jsonPath("$.lokasi.violations[?(@.rule == 'INFRASTRUKTUR')]", empty()));

        // a declaration that leaves the items out keeps those declared before
        declare(nip, "{\"ready\":true,\"note\":\"Laptop dinas\"}").andExpect(status().is2xxSuccessful());
        infrastructureFindings(nip, "id")
                .andExpect(jsonPath("$.lokasi.violations[?(@.rule == 'INFRASTRUKTUR')]", empty()));
        mvc.perform(get("/api/employees/" + nip + "/records").with(httpBasic(nip, PASSWORD)))
                .andExpect(jsonPath("$.infrastructure.items[1]").value("INTERNET"));
    }

    @Test
    void aTaskWithoutNeedsKeepsTheDeclarationAsTheOnlyCheck() throws Exception {
        String unit = RealisationTestData.unit(jdbc);
        String nip = RealisationTestData.employee(jdbc, unit);
        read(taskHeldBy(nip, unit, null)).andExpect(jsonPath("$.infrastructureNeeds", empty()));

        declare(nip, "{\"ready\":true}").andExpect(status().is2xxSuccessful());
        infrastructureFindings(nip, "id")
                .andExpect(jsonPath("$.lokasi.violations[?(@.rule == 'INFRASTRUKTUR')]", empty()));
        declare(nip, "{\"ready\":false}").andExpect(status().is2xxSuccessful());
        infrastructureFindings(nip, "id")
                .andExpect(jsonPath("$.lokasi.violations[?(@.rule == 'INFRASTRUKTUR')].message",
                        hasItem("Pegawai menyatakan infrastruktur kerjanya belum siap.")));
    }

    @Test
    void anItemOutsideTheListIsRefusedSayingWhatToChoose() throws Exception {
        String unit = RealisationTestData.unit(jdbc);
        String nip = RealisationTestData.employee(jdbc, unit);
        mvc.perform(post("/api/tasks").with(httpBasic("kepegawaian", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(task("INFRA-X" + nip.substring(nip.length() - 5), unit, "[\"SATELIT\"]")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", not(empty())));
        declare(nip, "{\"ready\":true,\"items\":[\"SATELIT\"]}").andExpect(status().isBadRequest());
    }

    /** A new task of the unit needing {@code needs} (a JSON array, or none), assigned to the employee; its code. */
    private String taskHeldBy(String nip, String unit, String needs) throws Exception {
        String code = "INFRA-" + nip.substring(nip.length() - 6);
        mvc.perform(post("/api/tasks").with(httpBasic("kepegawaian", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(task(code, unit, needs)))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/tasks/" + code + "/assignees").with(httpBasic("kepegawaian", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"nip\":\"" + nip + "\"}"))
                .andExpect(status().isCreated());
        return code;
    }

    private ResultActions read(String task) throws Exception {
        return mvc.perform(get("/api/tasks/" + task).with(httpBasic("kepegawaian", PASSWORD)))
                .andExpect(status().isOk());
    }

    private ResultActions declare(String nip, String body) throws Exception {
        return mvc.perform(put("/api/employees/" + nip + "/infrastructure").with(httpBasic(nip, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions infrastructureFindings(String nip, String language) throws Exception {
        return mvc.perform(get("/api/employees/" + nip + "/eligibility").with(httpBasic(nip, PASSWORD))
                        .header("Accept-Language", language))
                .andExpect(status().isOk());
    }

    private static String task(String code, String unit, String needs) {
        return """
                {"code":"%s","name":"Layanan daring %s","unitCode":"%s",
                 "characteristics":{"type":"Analitis","environment":"Ruang kerja","social":"Koordinasi daring",
                                    "mentalEmotional":"Stabil","cognitive":"Analitis"},
                 "criteria":{"canBeDoneOutsideOffice":true,"noSpecialRoomOrEquipment":true,"doableWithIct":true,
                             "minimalFaceToFace":true,"noContinuousSupervision":true,"mustBeOutsideOffice":false,
                             "moreThan8h30PerDay":false,"moreThan5DaysPerWeek":false,
                             "notBoundToInstitutionHours":true}%s}"""
                .formatted(code, code, unit, needs == null ? "" : ",\"infrastructureNeeds\":" + needs);
    }
}
