package id.fleksi.audit;

import id.fleksi.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AuditTrailTest extends IntegrationTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Test
    void aChangeThroughTheTasksApiAppearsWithItsBeforeAndAfter() throws Exception {
        String code = changedTask();

        api("ppk", get("/api/audit").param("subjectType", "TASK").param("subjectKey", code))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].action").value("TASK_UPDATED"))
                .andExpect(jsonPath("$.items[0].actor").value("kepegawaian"))
                .andExpect(jsonPath("$.items[0].before.name").value("Nama lama"))
                .andExpect(jsonPath("$.items[0].after.name").value("Nama baru"))
                .andExpect(jsonPath("$.items[0].changes", hasSize(2)))
                .andExpect(jsonPath("$.items[0].changes[0].field").value("name"))
                .andExpect(jsonPath("$.items[0].changes[0].before").value("Nama lama"))
                .andExpect(jsonPath("$.items[0].changes[0].after").value("Nama baru"))
                .andExpect(jsonPath("$.items[0].changes[1].field").value("doableWithIct"))
                .andExpect(jsonPath("$.items[0].changes[1].before").value("true"))
                .andExpect(jsonPath("$.items[0].changes[1].after").value("false"))
                .andExpect(jsonPath("$.items[1].action").value("TASK_CREATED"))
                .andExpect(jsonPath("$.items[1].before").doesNotExist())
                .andExpect(jsonPath("$.items[1].after.unitCode").value("BAPPEDA"));
    }

    @Test
    void theFiltersNarrowTheTrail() throws Exception {
        String code = changedTask();
        LocalDate today = LocalDate.now(JAKARTA);

        api("kepegawaian", get("/api/audit").param("subjectKey", code).param("action", "TASK_CREATED"))
                .andExpect(jsonPath("$.total").value(1));
        api("kepegawaian", get("/api/audit").param("subjectKey", code).param("actor", "KEPEGAWAIAN"))
                .andExpect(jsonPath("$.total").value(2));
        api("kepegawaian", get("/api/audit").param("subjectKey", code).param("actor", "ppk"))
                .andExpect(jsonPath("$.total").value(0));
        api("kepegawaian", get("/api/audit").param("subjectKey", code)
                .param("from", today.toString()).param("to", today.toString()))
                .andExpect(jsonPath("$.total").value(2));
        api("kepegawaian", get("/api/audit").param("subjectKey", code).param("from", today.plusDays(1).toString()))
                .andExpect(jsonPath("$.total").value(0));
        api("kepegawaian", get("/api/audit").param("subjectKey", code).param("to", today.minusDays(1).toString()))
                .andExpect(jsonPath("$.total").value(0));
        api("kepegawaian", get("/api/audit").param("subjectKey", code).param("size", "1").param("page", "1"))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].action").value("TASK_CREATED"));
        api("kepegawaian", get("/api/audit").param("from", "kemarin")).andExpect(status().isBadRequest());
    }

    @Test
    void thePageShowsWhoWhenAndWhatChangedField() throws Exception {
        String code = changedTask();

        page("ppk", get("/audit").param("subjectKey", code))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Tugas diubah"), containsString("Tugas ditambahkan"),
                        containsString("kepegawaian"), containsString("WIB"), containsString("Nama lama"),
                        containsString("Nama baru"), containsString("Dengan TIK (Pasal 23 huruf c)"),
                        containsString(String.valueOf(LocalDate.now(JAKARTA).getYear())),
                        containsString("1\u20132 dari 2"))));
        page("kepegawaian", get("/audit").param("subjectKey", code).header("Accept-Language", "en"))
                .andExpect(content().string(allOf(containsString("Task changed"), containsString("What changed"))));
        page("ppk", get("/audit").param("subjectKey", code).param("action", "TASK_UNASSIGNED"))
                .andExpect(content().string(allOf(containsString("Tidak ada data yang cocok"),
                        not(containsString("Nama baru")))));
    }

    @Test
    void onlyThePpkAndHrReadTheTrail() throws Exception {
        api("pegawai", get("/api/audit")).andExpect(status().isForbidden());
        api("kepala", get("/api/audit")).andExpect(status().isForbidden());
        page("kepala", get("/audit")).andExpect(status().isForbidden());
        api("ppk", get("/api/audit")).andExpect(status().isOk());
        // nothing changes it: no write method is served
        api("kepegawaian", post("/api/audit").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteARecordedEvent() throws Exception {
        String code = changedTask();
        long id = jdbc.sql("select max(id) from audit_event where subject_key = ?").param(code)
                .query(Long.class).single();

        assertThatThrownBy(() -> jdbc.sql("update audit_event set actor = 'seseorang' where id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        api("ppk", get("/api/audit").param("subjectKey", code)).andExpect(jsonPath("$.total").value(2));
    }

    /** A task created and then edited through the API (name and one criterion changed); its code. */
    private String changedTask() throws Exception {
        String code = "AUD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String body = """
                {"code":"%s","name":"Nama lama","unitCode":"BAPPEDA",
                 "characteristics":{"type":"a","environment":"b","social":"c","mentalEmotional":"d","cognitive":"e"},
                 "criteria":{"canBeDoneOutsideOffice":false,"noSpecialRoomOrEquipment":false,"doableWithIct":true,
                             "minimalFaceToFace":false,"noContinuousSupervision":false,"mustBeOutsideOffice":false,
                             "moreThan8h30PerDay":false,"moreThan5DaysPerWeek":false,
                             "notBoundToInstitutionHours":false}}""".formatted(code);
        api("kepegawaian", post("/api/tasks").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated());
        api("kepegawaian", put("/api/tasks/" + code).contentType(MediaType.APPLICATION_JSON)
                .content(body.replace("Nama lama", "Nama baru").replace("\"doableWithIct\":true",
                        "\"doableWithIct\":false")))
                .andExpect(status().isOk());
        return code;
    }

    private ResultActions api(String account, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(account, "demo12345")));
    }

    private ResultActions page(String account, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(users.loadUserByUsername(account))));
    }
}
