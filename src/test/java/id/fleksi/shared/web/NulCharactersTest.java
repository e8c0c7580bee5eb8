package id.fleksi.shared.web;

import id.fleksi.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A NUL character in a parameter or a JSON string is a bad request, and nothing is written. */
class NulCharactersTest extends IntegrationTest {

    private static final String NUL = "\u0000";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    @Test
    void aJsonStringWithANulIsRefusedAndNothingIsWrittenUntilItIsGone() throws Exception {
        int tasks = jdbc.sql("select count(*) from task").query(Integer.class).single();
        String task = """
                {"code":"NUL-1","name":"Tugas\\u0000uji","unitCode":"DISKOMINFO",
                 "characteristics":{"type":"Analitis","environment":"Ruang kerja","social":"Koordinasi daring",
                                    "mentalEmotional":"Stabil","cognitive":"Analitis"},
                 "criteria":{"canBeDoneOutsideOffice":true,"noSpecialRoomOrEquipment":true,"doableWithIct":true,
                             "minimalFaceToFace":true,"noContinuousSupervision":true,"mustBeOutsideOffice":true,
                             "moreThan8h30PerDay":false,"moreThan5DaysPerWeek":false,
                             "notBoundToInstitutionHours":true}}""";
        mvc.perform(post("/api/tasks").with(httpBasic("kepegawaian", "demo12345"))
                        .contentType(MediaType.APPLICATION_JSON).content(task))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/tasks").with(httpBasic("kepegawaian", "demo12345"))
                        .contentType(MediaType.APPLICATION_JSON).content(task.replace("\\u0000", " ")))
                .andExpect(status().isCreated());
        assertThat(jdbc.sql("select count(*) from task").query(Integer.class).single()).isEqualTo(tasks + 1);
    }

    @Test
    void aParameterWithANulIsRefusedOnPagesAndTheApi() throws Exception {
        mvc.perform(get("/pegawai").param("q", "Agus" + NUL).with(user(users.loadUserByUsername("kepegawaian"))))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/plans").param("status", NUL).with(httpBasic("ppk", "demo12345")))
                .andExpect(status().isBadRequest());
        int events = jdbc.sql("select count(*) from audit_event").query(Integer.class).single();
        mvc.perform(post("/saya/infrastruktur").param("note", "x" + NUL).with(csrf())
                        .with(user(users.loadUserByUsername("pegawai"))))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from audit_event").query(Integer.class).single()).isEqualTo(events);
        mvc.perform(get("/pegawai").param("q", "Agus").with(user(users.loadUserByUsername("kepegawaian"))))
                .andExpect(status().isOk());
    }
}
