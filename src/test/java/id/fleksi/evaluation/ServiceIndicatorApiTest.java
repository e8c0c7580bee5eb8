package id.fleksi.evaluation;

import id.fleksi.IntegrationTest;
import id.fleksi.evaluation.EvaluationTestData.TestUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The service indicators of Pasal 35 ayat (3) huruf a through the API, within the caller's units, with the direction
 * that decides whether a target is met.
 */
class ServiceIndicatorApiTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aHeadRecordsImportsReadsAndRemovesTheirUnitsIndicatorsAndTheDirectionDecidesTheTarget() throws Exception {
        TestUnit unit = EvaluationTestData.unit(jdbc, "SIA", 1);
        TestUnit other = EvaluationTestData.unit(jdbc, "SIB", 1);
        String waiting = """
                {"unitCode":"%s","periodFrom":"2030-01-01","periodTo":"2030-06-30","name":"Waktu tunggu",
                 "value":"12","measure":"menit","target":"15","better":"LOWER"}""".formatted(unit.code());
        mvc.perform(post("/api/service-indicators").with(httpBasic(unit.head(), "demo12345"))
                        .contentType(MediaType.APPLICATION_JSON).content(waiting))
                .andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(true));
        // a direction that is neither is told at its field, in the caller's language, and nothing is stored
        mvc.perform(post("/api/service-indicators").with(httpBasic(unit.head(), "demo12345"))
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content(waiting.replace("Waktu tunggu", "Antrean").replace("LOWER", "DOWN")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].column").value("better"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Direction DOWN is unknown; write HIGHER (the higher the better) or LOWER (the lower the better)."));
        // another unit's head may not record for this unit
        mvc.perform(post("/api/service-indicators").with(httpBasic(other.head(), "demo12345"))
                        .contentType(MediaType.APPLICATION_JSON).content(waiting))
                .andExpect(status().isForbidden());
        String csv = "unitCode;periodFrom;periodTo;name;value;measure;target;baseline\n"
                + unit.code() + ";2030-01-01;2030-06-30;IKM;78;indeks;80;75\n";
        mvc.perform(post("/api/service-indicators/import").with(httpBasic(unit.head(), "demo12345"))
                        .contentType("text/csv").content(csv))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rows").value(1));

        mvc.perform(get("/api/service-indicators").with(httpBasic(unit.head(), "demo12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.name == 'Waktu tunggu')].lowerIsBetter").value(true))
                .andExpect(jsonPath("$.items[?(@.name == 'IKM')].lowerIsBetter").value(false));
        mvc.perform(get("/api/service-indicators").with(httpBasic(other.head(), "demo12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.unitCode == '" + unit.code() + "')]").isEmpty());

        String opened = mvc.perform(post("/api/evaluations").with(httpBasic(unit.head(), "demo12345"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitCode\":\"" + unit.code() + "\",\"periodFrom\":\"2030-01-07\","
                                + "\"periodTo\":\"2030-01-18\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.figures.serviceIndicators[?(@.name == 'Waktu tunggu')].targetMet").value(true))
                .andExpect(jsonPath("$.figures.serviceIndicators[?(@.name == 'IKM')].targetMet").value(false))
                .andReturn().getResponse().getContentAsString();
        assertThat(opened).contains("\"lowerIsBetter\":true");

        long id = jdbc.sql("""
                        select si.id from service_indicator si join unit u on u.id = si.unit_id
                        where u.code = :code and si.name = 'IKM'""")
                .param("code", unit.code()).query(Long.class).single();
        mvc.perform(delete("/api/service-indicators/" + id).with(httpBasic(other.head(), "demo12345")))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/service-indicators/" + id).with(httpBasic(unit.head(), "demo12345")))
                .andExpect(status().isNoContent());
        mvc.perform(delete("/api/service-indicators/" + id).with(httpBasic(unit.head(), "demo12345")))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'SERVICE_INDICATOR_REMOVED'"
                + " and subject_key like :key").param("key", unit.code() + "/%").query(Long.class).single())
                .isEqualTo(1);
    }
}
