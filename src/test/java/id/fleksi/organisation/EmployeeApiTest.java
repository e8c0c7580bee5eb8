package id.fleksi.organisation;

import id.fleksi.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class EmployeeApiTest extends IntegrationTest {

    private static final String PEGAWAI_NIP = "198808122010042002";
    private static final String BAPPEDA_NIP = "199312102015102009";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void hrAddsAnEmployeeWhoSignsInWithTheNipAndMustChangeThePassword() throws Exception {
        String nip = Fixtures.freshNip(1972);
        create(nip, "Rina Uji", "PPPK_PARUH_WAKTU", "BAPPEDA", "Jl. Uji No. 1")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", endsWith("/api/employees/" + nip)))
                .andExpect(jsonPath("$.nip").value(nip))
                .andExpect(jsonPath("$.type").value("PPPK_PARUH_WAKTU"))
                .andExpect(jsonPath("$.unitCode").value("BAPPEDA"))
                .andExpect(jsonPath("$.active").value(true))
                .andExpect(jsonPath("$.account.username").value(nip))
                .andExpect(jsonPath("$.account.mustChangePassword").value(true))
                .andExpect(content().string(not(containsString("bcrypt"))))
                .andExpect(content().string(not(containsString("awal-12345"))));

        mvc.perform(get("/api/me").with(httpBasic(nip, "awal-12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mustChangePassword").value(true))
                .andExpect(jsonPath("$.roles", hasItem("PEGAWAI")));
        mvc.perform(get("/api/employees/" + nip).with(httpBasic(nip, "awal-12345")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("/api/me/password")));
        String hash = jdbc.sql("select password_hash from account where username = :nip").param("nip", nip)
                .query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}$2a$04$");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'EMPLOYEE_CREATED' and subject_key = :nip"
                        + " and after_state::text not like '%awal-12345%'")
                .param("nip", nip).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void invalidEmployeesAreRefusedWithAMessagePerField() throws Exception {
        mvc.perform(post("/api/employees").with(httpBasic("kepegawaian", "demo12345"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nip\":\"199001012021131001\",\"name\":\"\",\"type\":\"HONORER\","
                                + "\"unitCode\":\"TIDAK-ADA\",\"position\":\"X\",\"positionSince\":\"31-12-2020\","
                                + "\"password\":\"pendek\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'nip')].message",
                        hasItem("Digit 9–14 (bulan pengangkatan 2021-13) bukan bulan yang valid.")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")))
                .andExpect(jsonPath("$.errors[?(@.field == 'type')].message", hasItem(containsString("HONORER"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'unitCode')].message", hasItem(containsString("TIDAK-ADA"))))
                .andExpect(jsonPath("$.errors[*].field", hasItem("positionSince")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("password")));
        mvc.perform(post("/api/employees").with(httpBasic("kepegawaian", "demo12345"))
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nip\":\"199001012015013001\",\"name\":\"A\",\"type\":\"PNS\","
                                + "\"unitCode\":\"BAPPEDA\",\"position\":\"X\",\"positionSince\":\"2020-12-31\","
                                + "\"password\":\"panjang-sekali\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Digit 15 (gender 3) must be 1 (male) or 2 (female)."));
        // bcrypt reads 72 bytes: 37 letters é are 74 bytes of UTF-8
        mvc.perform(post("/api/employees").with(httpBasic("kepegawaian", "demo12345"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nip\":\"199001012015011001\",\"name\":\"A\",\"type\":\"PNS\","
                                + "\"unitCode\":\"BAPPEDA\",\"position\":\"X\",\"positionSince\":\"2020-12-31\","
                                + "\"password\":\"" + "\u00e9".repeat(37) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'password')].message", hasItem(containsString("72"))));
    }

    @Test
    void anExistingNipIsAConflict() throws Exception {
        create(PEGAWAI_NIP, "Lagi", "PNS", "BAPPEDA", null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("nip"));
    }

    @Test
    void anEmployeeReadsOnlyTheirOwnRecordAndAHeadOnlyTheirScope() throws Exception {
        mvc.perform(get("/api/employees/" + PEGAWAI_NIP).with(httpBasic("pegawai", "demo12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Kartika Nugroho"))
                .andExpect(jsonPath("$.positionSince").value("2018-12-01"))
                .andExpect(content().string(not(containsString("password_hash"))))
                .andExpect(content().string(not(containsString("$2a$"))));
        mvc.perform(get("/api/employees/" + BAPPEDA_NIP).with(httpBasic("pegawai", "demo12345")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/employees/" + PEGAWAI_NIP).with(httpBasic("kepala", "demo12345")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/employees/" + BAPPEDA_NIP).with(httpBasic("kepala", "demo12345")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/employees/" + BAPPEDA_NIP).with(httpBasic("ppk", "demo12345")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/employees/199001012015031999").with(httpBasic("ppk", "demo12345")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("199001012015031999")));
    }

    @Test
    void theListSearchesByNameOrNipPrefixFiltersAndPages() throws Exception {
        mvc.perform(get("/api/employees?q=kartika").with(httpBasic("ppk", "demo12345")))
                .andExpect(jsonPath("$.items[0].nip").value(PEGAWAI_NIP))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/employees?q=1988081").with(httpBasic("ppk", "demo12345")))
                .andExpect(jsonPath("$.items[*].nip", hasItem(PEGAWAI_NIP)))
                .andExpect(jsonPath("$.items[*].nip", everyItem(startsWith("1988081"))));
        mvc.perform(get("/api/employees?unitCode=RSUD-IGD&type=PPPK_PARUH_WAKTU&active=true")
                        .with(httpBasic("kepegawaian", "demo12345")))
                .andExpect(jsonPath("$.items[*].name", hasItem("Ratna Gunawan")))
                .andExpect(jsonPath("$.items[*].type", everyItem(org.hamcrest.Matchers.is("PPPK_PARUH_WAKTU"))));
        mvc.perform(get("/api/employees?unitCode=SETDA&size=2&page=1").with(httpBasic("ppk", "demo12345")))
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(2));
        mvc.perform(get("/api/employees?type=HONORER").with(httpBasic("ppk", "demo12345")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aHeadSearchesOnlyTheirScope() throws Exception {
        mvc.perform(get("/api/employees?size=200").with(httpBasic("kepala", "demo12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].nip", hasItem(PEGAWAI_NIP)))
                .andExpect(jsonPath("$.items[*].nip", not(hasItem(BAPPEDA_NIP))));
        mvc.perform(get("/api/employees?unitCode=BAPPEDA").with(httpBasic("kepala", "demo12345")))
                .andExpect(status().isForbidden());
    }

    @Test
    void hrEditsAnEmployeeAndAStaleVersionIsAConflict() throws Exception {
        String nip = Fixtures.freshNip(1972);
        create(nip, "Sari Uji", "PNS", "BAPPEDA", null).andExpect(status().isCreated());
        long version = jdbc.sql("select version from employee where nip = :nip").param("nip", nip)
                .query(Long.class).single();

        update(nip, "Sari Uji Pindah", "RSUD", version)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unitCode").value("RSUD"))
                .andExpect(jsonPath("$.domicile").value("Jl. Baru 2"))
                .andExpect(jsonPath("$.positionSince").value("2025-07-01"));
        update(nip, "Sari Ditimpa", "BAPPEDA", version).andExpect(status().isConflict());
        update(nip, "", "TIDAK-ADA", null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("unitCode")));
        mvc.perform(get("/api/employees/" + nip).with(httpBasic("ppk", "demo12345")))
                .andExpect(jsonPath("$.name").value("Sari Uji Pindah"));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'EMPLOYEE_UPDATED' and subject_key = :nip")
                .param("nip", nip).query(Long.class).single()).isEqualTo(1);
        update("199001012015031999", "X", "RSUD", null).andExpect(status().isNotFound());
    }

    @Test
    void deactivatingEndsTheSessionsAndTheApiAnswers401() throws Exception {
        String nip = Fixtures.freshNip(1972);
        create(nip, "Tono Uji", "PNS", "BAPPEDA", null).andExpect(status().isCreated());
        mvc.perform(formLogin("/login").user(nip).password("awal-12345")).andExpect(authenticated());
        assertThat(sessionsOf(nip)).isPositive();
        mvc.perform(get("/api/me").with(httpBasic(nip, "awal-12345"))).andExpect(status().isOk());

        mvc.perform(post("/api/employees/" + nip + "/deactivate").with(httpBasic("kepegawaian", "demo12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false))
                .andExpect(jsonPath("$.account.enabled").value(false));

        assertThat(sessionsOf(nip)).isZero();
        mvc.perform(get("/api/me").with(httpBasic(nip, "awal-12345")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(containsString("tidak aktif")));

        mvc.perform(post("/api/employees/" + nip + "/activate").with(httpBasic("kepegawaian", "demo12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(true));
        mvc.perform(get("/api/me").with(httpBasic(nip, "awal-12345"))).andExpect(status().isOk());
        assertThat(jdbc.sql("select array_agg(action order by id)::text from audit_event where subject_key = :nip")
                .param("nip", nip).query(String.class).single())
                .isEqualTo("{EMPLOYEE_CREATED,EMPLOYEE_DEACTIVATED,EMPLOYEE_ACTIVATED}");
    }

    @Test
    void deactivatingAHeadEndsTheirTerm() throws Exception {
        String nip = Fixtures.freshNip(1972);
        create(nip, "Kepala Uji", "PNS", "SETDA", null).andExpect(status().isCreated());
        mvc.perform(post("/api/units").with(httpBasic("kepegawaian", "demo12345"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"UJI-NONAKTIF\",\"name\":\"Unit Uji\",\"parentCode\":\"SETDA\","
                                + "\"timeZone\":\"Asia/Jakarta\",\"headNip\":\"" + nip + "\"}"))
                .andExpect(status().isCreated());

        mvc.perform(post("/api/employees/" + nip + "/deactivate").with(httpBasic("kepegawaian", "demo12345")))
                .andExpect(status().isOk());

        mvc.perform(get("/api/units/UJI-NONAKTIF").with(httpBasic("ppk", "demo12345")))
                .andExpect(jsonPath("$.head").doesNotExist())
                .andExpect(jsonPath("$.headHistory[0].endedOn").isNotEmpty());
    }

    @Test
    void hrCannotDeactivateThemselves() throws Exception {
        mvc.perform(post("/api/employees/197701182022032006/deactivate").with(httpBasic("kepegawaian", "demo12345")))
                .andExpect(status().isBadRequest());
    }

    private long sessionsOf(String username) {
        return jdbc.sql("select count(*) from spring_session where principal_name = :name").param("name", username)
                .query(Long.class).single();
    }

    private ResultActions create(String nip, String name, String type, String unit, String domicile) throws Exception {
        return mvc.perform(post("/api/employees").with(httpBasic("kepegawaian", "demo12345"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"nip\":\"" + nip + "\",\"name\":\"" + name + "\",\"type\":\"" + type + "\","
                        + "\"unitCode\":\"" + unit + "\",\"position\":\"Analis\",\"positionSince\":\"2024-02-01\","
                        + (domicile == null ? "" : "\"domicile\":\"" + domicile + "\",")
                        + "\"password\":\"awal-12345\"}"));
    }

    private ResultActions update(String nip, String name, String unit, Long version) throws Exception {
        MockHttpServletRequestBuilder request = put("/api/employees/" + nip)
                .with(httpBasic("kepegawaian", "demo12345"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"" + name + "\",\"type\":\"PPPK\",\"unitCode\":\"" + unit + "\","
                        + "\"position\":\"Perencana Ahli Muda\",\"positionSince\":\"2025-07-01\","
                        + "\"domicile\":\"Jl. Baru 2\"" + (version == null ? "" : ",\"version\":" + version) + "}");
        return mvc.perform(request);
    }
}
