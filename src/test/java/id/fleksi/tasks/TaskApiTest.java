package id.fleksi.tasks;

import id.fleksi.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class TaskApiTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void unit() {
        TaskFixtures.ensureUnit(jdbc);
    }

    @Test
    void hrCreatesATaskAndReadsWhichTypesItQualifiesForAndWhy() throws Exception {
        String code = TaskFixtures.code();
        as("kepegawaian", post("/api/tasks").contentType(MediaType.APPLICATION_JSON)
                .content(TaskFixtures.taskJson(code.toLowerCase(java.util.Locale.ROOT))))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/tasks/" + code))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.unitCode").value(TaskFixtures.UNIT))
                .andExpect(jsonPath("$.characteristics.mentalEmotional").value("Stabil"))
                .andExpect(jsonPath("$.criteria.doableWithIct").value(true))
                .andExpect(jsonPath("$.qualifies.lokasi").value(true))
                .andExpect(jsonPath("$.qualifies.sif").value(false))
                .andExpect(jsonPath("$.qualifies.dinamis").value(true));

        as("ppk", get("/api/tasks/" + code).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.qualifications[0].type").value("LOKASI"))
                .andExpect(jsonPath("$.qualifications[0].rule").value("KRITERIA_TUGAS_LOKASI"))
                .andExpect(jsonPath("$.qualifications[0].article").value("Pasal 23"))
                .andExpect(jsonPath("$.qualifications[0].criteria[2].article").value("Pasal 23 huruf c"))
                .andExpect(jsonPath("$.qualifications[0].criteria[2].met").value(true))
                .andExpect(jsonPath("$.qualifications[0].criteria[2].label")
                        .value(containsString("information and communication technology")))
                .andExpect(jsonPath("$.qualifications[1].type").value("SIF"))
                .andExpect(jsonPath("$.qualifications[1].qualifies").value(false))
                .andExpect(jsonPath("$.qualifications[1].criteria[0].article").value("Pasal 24 ayat (1) huruf a"))
                .andExpect(jsonPath("$.exceptions[0].article").value("Pasal 13 ayat (2) huruf a"));

        as("kepegawaian", get("/api/tasks").param("q", code).param("unitCode", TaskFixtures.UNIT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].code").value(code))
                .andExpect(jsonPath("$.items[0].qualifies.lokasi").value(true))
                .andExpect(jsonPath("$.items[0].mustBeOutsideOffice").value(true));
    }

    @Test
    void aSecondTaskWithTheSameCodeIsAConflict() throws Exception {
        String code = TaskFixtures.code();
        as("kepegawaian", post("/api/tasks").contentType(MediaType.APPLICATION_JSON).content(TaskFixtures.taskJson(code)))
                .andExpect(status().isCreated());

        as("kepegawaian", post("/api/tasks").contentType(MediaType.APPLICATION_JSON).content(TaskFixtures.taskJson(code)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString(code)))
                .andExpect(jsonPath("$.errors[0].field").value("code"));
    }

    @Test
    void anInvalidTaskIsRefusedFieldByFieldInTheCallersLanguage() throws Exception {
        String body = TaskFixtures.taskJson(TaskFixtures.code(), "", "TIDAK-ADA")
                .replace("\"doableWithIct\":true,", "");

        as("kepegawaian", post("/api/tasks").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value(hasItem("Wajib diisi.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'criteria.doableWithIct')].message")
                        .value(hasItem("Wajib diisi.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'unitCode')].message")
                        .value(hasItem(containsString("Unit dengan kode ini tidak ada"))));

        as("kepegawaian", post("/api/tasks").header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value(hasItem("Required.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'unitCode')].message")
                        .value(hasItem(containsString("There is no unit with this code"))));
    }

    @Test
    void anEditReplacesTheTaskAndAnEditOverAnOlderVersionIsAConflict() throws Exception {
        String code = TaskFixtures.code();
        as("kepegawaian", post("/api/tasks").contentType(MediaType.APPLICATION_JSON).content(TaskFixtures.taskJson(code)))
                .andExpect(jsonPath("$.version").value(0));
        String edited = TaskFixtures.taskJson(code, "Nama baru", TaskFixtures.UNIT)
                .replace("\"noContinuousSupervision\":true", "\"noContinuousSupervision\":false")
                .replace("}}", "},\"version\":0}");

        as("kepegawaian", put("/api/tasks/" + code).contentType(MediaType.APPLICATION_JSON).content(edited))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Nama baru"))
                .andExpect(jsonPath("$.qualifies.lokasi").value(false))
                .andExpect(jsonPath("$.qualifies.dinamis").value(false))
                .andExpect(jsonPath("$.version").value(1));

        as("kepegawaian", put("/api/tasks/" + code).contentType(MediaType.APPLICATION_JSON)
                .content(edited.replace("Nama baru", "Nama lain")))
                .andExpect(status().isConflict());
        as("kepegawaian", get("/api/tasks/" + code)).andExpect(jsonPath("$.name").value("Nama baru"));
    }

    @Test
    void theCodeOfATaskCannotBeChanged() throws Exception {
        String code = TaskFixtures.code();
        as("kepegawaian", post("/api/tasks").contentType(MediaType.APPLICATION_JSON).content(TaskFixtures.taskJson(code)));

        as("kepegawaian", put("/api/tasks/" + code).contentType(MediaType.APPLICATION_JSON)
                .content(TaskFixtures.taskJson(TaskFixtures.code())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
        as("kepegawaian", put("/api/tasks/UJI-TIDAK-ADA").contentType(MediaType.APPLICATION_JSON)
                .content(TaskFixtures.taskJson("UJI-TIDAK-ADA")))
                .andExpect(status().isNotFound());
    }

    @Test
    void anActiveEmployeeMayHoldSeveralTasksAndAssigningTwiceChangesNothing() throws Exception {
        String first = TaskFixtures.code();
        String second = TaskFixtures.code();
        as("kepegawaian", post("/api/tasks").contentType(MediaType.APPLICATION_JSON).content(TaskFixtures.taskJson(first)));
        as("kepegawaian", post("/api/tasks").contentType(MediaType.APPLICATION_JSON).content(TaskFixtures.taskJson(second)));
        String nip = TaskFixtures.employee(jdbc, true);

        assign(first, nip).andExpect(status().isCreated())
                .andExpect(jsonPath("$.nip").value(nip))
                .andExpect(jsonPath("$.name").value(containsString("Pegawai Uji")));
        assign(first, nip).andExpect(status().isOk());
        assign(second, nip).andExpect(status().isCreated());

        as("kepegawaian", get("/api/tasks/" + first + "/assignees"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].nip").value(nip))
                .andExpect(jsonPath("$[0].assignedOn").isNotEmpty());
        as("kepegawaian", get("/api/tasks/" + second + "/assignees")).andExpect(jsonPath("$[*].nip", contains(nip)));

        as("kepegawaian", delete("/api/tasks/" + first + "/assignees/" + nip)).andExpect(status().isNoContent());
        as("kepegawaian", get("/api/tasks/" + first + "/assignees")).andExpect(jsonPath("$", hasSize(0)));
        as("kepegawaian", get("/api/tasks/" + second + "/assignees")).andExpect(jsonPath("$", hasSize(1)));
        as("kepegawaian", delete("/api/tasks/" + first + "/assignees/" + nip)).andExpect(status().isNotFound());
    }

    @Test
    void anInactiveOrUnknownEmployeeCannotBeAssigned() throws Exception {
        String code = TaskFixtures.code();
        as("kepegawaian", post("/api/tasks").contentType(MediaType.APPLICATION_JSON).content(TaskFixtures.taskJson(code)));

        assign(code, TaskFixtures.employee(jdbc, false))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nip"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("tidak aktif")));
        as("kepegawaian", post("/api/tasks/" + code + "/assignees").header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content("{\"nip\":\"000000000000000000\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("no employee with this NIP")));
        as("kepegawaian", get("/api/tasks/" + code + "/assignees")).andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void aUnitHeadReadsTheTasksOfTheirUnitsOnly() throws Exception {
        as("kepala", get("/api/tasks").param("size", "200"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].unitCode", everyItem(is("DISKOMINFO"))))
                .andExpect(jsonPath("$.items[*].code", hasItem("KOM-APL")))
                .andExpect(jsonPath("$.items[*].code", not(hasItem("REN-DOK"))));
        as("kepala", get("/api/tasks/KOM-APL")).andExpect(status().isOk());
        as("kepala", get("/api/tasks/REN-DOK"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("cakupan unit")));
        as("kepala", get("/api/tasks/REN-DOK/assignees")).andExpect(status().isForbidden());
        as("kepala", get("/api/tasks").param("unitCode", "BAPPEDA")).andExpect(status().isForbidden());
        as("kepala", post("/api/tasks").contentType(MediaType.APPLICATION_JSON)
                .content(TaskFixtures.taskJson(TaskFixtures.code(), "x", "DISKOMINFO")))
                .andExpect(status().isForbidden());
    }

    @Test
    void thePpkReadsEveryTaskButChangesNone() throws Exception {
        as("ppk", get("/api/tasks/REN-DOK")).andExpect(status().isOk())
                .andExpect(jsonPath("$.unitCode").value("BAPPEDA"));
        as("ppk", get("/api/tasks").param("unitCode", "BAPPEDA"))
                .andExpect(jsonPath("$.items[*].code", hasItem("REN-DOK")));
        as("ppk", post("/api/tasks").contentType(MediaType.APPLICATION_JSON)
                .content(TaskFixtures.taskJson(TaskFixtures.code())))
                .andExpect(status().isForbidden());
        as("pegawai", get("/api/tasks")).andExpect(status().isForbidden());
    }

    @Test
    void anUnknownTaskIsNotFound() throws Exception {
        as("kepegawaian", get("/api/tasks/UJI-TIDAK-ADA"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Tidak ditemukan"));
    }

    private ResultActions assign(String code, String nip) throws Exception {
        return as("kepegawaian", post("/api/tasks/" + code + "/assignees").contentType(MediaType.APPLICATION_JSON)
                .content("{\"nip\":\"" + nip + "\"}"));
    }

    private ResultActions as(String account, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(account, "demo12345")));
    }
}
