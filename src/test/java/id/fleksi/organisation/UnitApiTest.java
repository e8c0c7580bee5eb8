package id.fleksi.organisation;

import id.fleksi.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDate;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class UnitApiTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void hrCreatesAUnitWithItsHeadAndTheHeadReadsItAndItsSubUnitsOnly() throws Exception {
        String head = newEmployee("BAPPEDA");
        call(post("/api/units"), "kepegawaian",
                "{\"code\":\"UJI-UNIT-A\",\"name\":\"Unit Uji A\",\"parentCode\":\"BAPPEDA\","
                        + "\"timeZone\":\"Asia/Makassar\",\"headNip\":\"" + head + "\"}")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", endsWith("/api/units/UJI-UNIT-A")))
                .andExpect(jsonPath("$.code").value("UJI-UNIT-A"))
                .andExpect(jsonPath("$.parentCode").value("BAPPEDA"))
                .andExpect(jsonPath("$.zone").value("WITA"))
                .andExpect(jsonPath("$.head.nip").value(head));
        createUnit("UJI-UNIT-A1", "UJI-UNIT-A", null);

        call(get("/api/units/UJI-UNIT-A"), "ppk", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.timeZone").value("Asia/Makassar"))
                .andExpect(jsonPath("$.subUnits[0].code").value("UJI-UNIT-A1"))
                .andExpect(jsonPath("$.headHistory", hasSize(1)))
                .andExpect(jsonPath("$.headHistory[0].endedOn").value(nullValue()));
        call(get("/api/units/UJI-UNIT-A"), "kepala", null).andExpect(status().isForbidden());
        assertAudited("UNIT_CREATED", "UJI-UNIT-A");

        mvc.perform(put("/api/me/password").with(httpBasic(head, "awal-12345"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"awal-12345\",\"newPassword\":\"baru-12345\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/units").with(httpBasic(head, "baru-12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasSize(2)))
                .andExpect(jsonPath("$[*].code", hasItem("UJI-UNIT-A1")));
        mvc.perform(get("/api/units/UJI-UNIT-A1").with(httpBasic(head, "baru-12345")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/units/BAPPEDA").with(httpBasic(head, "baru-12345")))
                .andExpect(status().isForbidden());
    }

    @Test
    void invalidUnitsAreRefusedFieldByField() throws Exception {
        call(post("/api/units"), "kepegawaian",
                "{\"code\":\"bad code!\",\"name\":\"\",\"parentCode\":\"TIDAK-ADA\",\"timeZone\":\"Europe/Paris\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("code")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("parentCode")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("timeZone")))
                .andExpect(jsonPath("$.errors[?(@.field == 'parentCode')].message",
                        hasItem(containsString("TIDAK-ADA"))));
        call(post("/api/units"), "kepegawaian",
                "{\"code\":\"" + "X".repeat(31) + "\",\"name\":\"Terlalu panjang\",\"timeZone\":\"Asia/Jakarta\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
    }

    @Test
    void aUnitCodeIsUsedOnce() throws Exception {
        call(post("/api/units"), "kepegawaian", "{\"code\":\"DISKOMINFO\",\"name\":\"Lagi\",\"timeZone\":\"WIB\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
    }

    @Test
    void aHeadReadsTheirUnitsAndSubUnitsOnly() throws Exception {
        call(get("/api/units"), "kepala", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItem("DISKOMINFO")))
                .andExpect(jsonPath("$[*].code", not(hasItem("BAPPEDA"))))
                .andExpect(jsonPath("$[*].code", not(hasItem("SETDA"))));
        call(get("/api/units/BAPPEDA"), "kepala", null).andExpect(status().isForbidden());
        call(get("/api/units"), "ppk", null)
                .andExpect(jsonPath("$[*].code", hasItem("BAPPEDA")))
                .andExpect(jsonPath("$[?(@.code == 'RSUD-IGD')].depth", hasItem(2)));
        call(get("/api/units/TIDAK-ADA"), "ppk", null)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("TIDAK-ADA")));
    }

    @Test
    void changingTheHeadEndsTheCurrentTermAndKeepsTheHistory() throws Exception {
        String first = newEmployee("SETDA");
        String second = newEmployee("SETDA");
        createUnit("UJI-PIMPIN", "SETDA", first);

        call(put("/api/units/UJI-PIMPIN/head"), "kepegawaian", "{\"nip\":\"" + second + "\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.head.nip").value(second))
                .andExpect(jsonPath("$.headHistory", hasSize(2)))
                .andExpect(jsonPath("$.headHistory[0].nip").value(second))
                .andExpect(jsonPath("$.headHistory[0].endedOn").value(nullValue()))
                .andExpect(jsonPath("$.headHistory[1].nip").value(first))
                .andExpect(jsonPath("$.headHistory[1].endedOn").value(LocalDate.now().toString()));
        // appointing the same head again changes nothing
        call(put("/api/units/UJI-PIMPIN/head"), "kepegawaian", "{\"nip\":\"" + second + "\"}")
                .andExpect(jsonPath("$.headHistory", hasSize(2)));
        assertAudited("UNIT_HEAD_CHANGED", "UJI-PIMPIN");
        // the PPK hears of each appointment, the first head's at the unit's creation included, once each
        String notices = mvc.perform(get("/api/notifications").with(httpBasic("ppk", "demo12345"))
                .header("Accept-Language", "id")).andReturn().getResponse().getContentAsString();
        assertThat(notices).contains("Kepala unit UJI-PIMPIN ditetapkan", "(NIP " + second + ") ditetapkan sebagai kepala",
                "(NIP " + first + ") ditetapkan sebagai kepala", "/unit/UJI-PIMPIN");
        assertThat(notices.split("\\(NIP " + second + "\\) ditetapkan", -1)).hasSize(2);

        call(put("/api/units/UJI-PIMPIN/head"), "kepegawaian", "{\"nip\":\"199001012015031999\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nip"));
        call(put("/api/units/TIDAK-ADA/head"), "kepegawaian", "{\"nip\":\"" + second + "\"}")
                .andExpect(status().isNotFound());
    }

    @Test
    void hrNeverAppointsItselfHeadOfAUnit() throws Exception {
        String hr = "197701182022032006";
        createUnit("UJI-SENDIRI", "SETDA", null);
        call(put("/api/units/UJI-SENDIRI/head"), "kepegawaian", "{\"nip\":\"" + hr + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nip"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("diri sendiri")));
        call(post("/api/units"), "kepegawaian", """
                {"code":"UJI-SENDIRI-2","name":"Unit Uji","parentCode":"SETDA","timeZone":"Asia/Jakarta",
                 "headNip":"%s"}""".formatted(hr))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("headNip"));
        assertThat(jdbc.sql("""
                        select count(*) from unit_head h join employee e on e.id = h.employee_id where e.nip = :nip""")
                .param("nip", hr).query(Long.class).single()).isZero();
    }

    @Test
    void movingAUnitUnderItselfOrItsSubUnitIsRefused() throws Exception {
        createUnit("UJI-INDUK", "SETDA", null);
        createUnit("UJI-ANAK", "UJI-INDUK", null);
        createUnit("UJI-CUCU", "UJI-ANAK", null);

        call(put("/api/units/UJI-INDUK"), "kepegawaian",
                "{\"name\":\"Unit Induk\",\"parentCode\":\"UJI-CUCU\",\"timeZone\":\"Asia/Jakarta\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("parentCode"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("UJI-CUCU")));
        call(put("/api/units/UJI-INDUK"), "kepegawaian",
                "{\"name\":\"Unit Induk\",\"parentCode\":\"UJI-INDUK\",\"timeZone\":\"Asia/Jakarta\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("parentCode"));
        call(get("/api/units/UJI-INDUK"), "ppk", null).andExpect(jsonPath("$.parentCode").value("SETDA"));
    }

    @Test
    void movingAUnitKeepsItsMoveHistoryAndRenamingIsAudited() throws Exception {
        createUnit("UJI-PINDAH", "SETDA", null);

        call(put("/api/units/UJI-PINDAH"), "kepegawaian",
                "{\"name\":\"Unit Pindah Baru\",\"parentCode\":\"BAPPEDA\",\"timeZone\":\"Asia/Jayapura\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Unit Pindah Baru"))
                .andExpect(jsonPath("$.zone").value("WIT"))
                .andExpect(jsonPath("$.parentCode").value("BAPPEDA"))
                .andExpect(jsonPath("$.moves", hasSize(1)))
                .andExpect(jsonPath("$.moves[0].oldParent.code").value("SETDA"))
                .andExpect(jsonPath("$.moves[0].newParent.code").value("BAPPEDA"))
                .andExpect(jsonPath("$.moves[0].movedBy").value("kepegawaian"));
        call(put("/api/units/UJI-PINDAH"), "kepegawaian",
                "{\"name\":\"Unit Pindah Baru\",\"timeZone\":\"Asia/Jayapura\"}")
                .andExpect(jsonPath("$.parentCode").value(nullValue()))
                .andExpect(jsonPath("$.moves", hasSize(2)));
        assertAudited("UNIT_MOVED", "UJI-PINDAH");
        assertAudited("UNIT_UPDATED", "UJI-PINDAH");
    }

    @Test
    void aStaleVersionIsAConflict() throws Exception {
        createUnit("UJI-VERSI", "SETDA", null);
        long version = jdbc.sql("select version from unit where code = 'UJI-VERSI'").query(Long.class).single();
        call(put("/api/units/UJI-VERSI"), "kepegawaian",
                "{\"name\":\"Pertama\",\"timeZone\":\"WIB\",\"parentCode\":\"SETDA\",\"version\":" + version + "}")
                .andExpect(status().isOk());
        call(put("/api/units/UJI-VERSI"), "kepegawaian",
                "{\"name\":\"Kedua\",\"timeZone\":\"WIB\",\"parentCode\":\"SETDA\",\"version\":" + version + "}")
                .andExpect(status().isConflict());
        call(get("/api/units/UJI-VERSI"), "ppk", null).andExpect(jsonPath("$.name").value("Pertama"));
    }

    @Test
    void onlyHrChangesUnits() throws Exception {
        call(post("/api/units"), "ppk", "{\"code\":\"UJI-PPK\",\"name\":\"X\",\"timeZone\":\"WIB\"}")
                .andExpect(status().isForbidden());
        call(put("/api/units/DISKOMINFO/head"), "kepala", "{\"nip\":\"198808122010042002\"}")
                .andExpect(status().isForbidden());
    }

    /** A new employee (born 1971) with the initial password awal-12345; returns the NIP. */
    private String newEmployee(String unitCode) throws Exception {
        String nip = Fixtures.freshNip(1971);
        call(post("/api/employees"), "kepegawaian", "{\"nip\":\"" + nip + "\",\"name\":\"Pegawai Uji " + nip
                + "\",\"type\":\"PNS\",\"unitCode\":\"" + unitCode + "\",\"position\":\"Analis\","
                + "\"positionSince\":\"2020-01-01\",\"password\":\"awal-12345\"}")
                .andExpect(status().isCreated());
        return nip;
    }

    private void createUnit(String code, String parent, String head) throws Exception {
        call(post("/api/units"), "kepegawaian", "{\"code\":\"" + code + "\",\"name\":\"Unit " + code + "\","
                + (parent == null ? "" : "\"parentCode\":\"" + parent + "\",")
                + (head == null ? "" : "\"headNip\":\"" + head + "\",")
                + "\"timeZone\":\"Asia/Jakarta\"}")
                .andExpect(status().isCreated());
    }

    private ResultActions call(MockHttpServletRequestBuilder request, String account, String body) throws Exception {
        request.with(httpBasic(account, "demo12345"));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }

    private void assertAudited(String action, String key) {
        long count = jdbc.sql("select count(*) from audit_event where action = :action and subject_key = :key")
                .param("action", action).param("key", key).query(Long.class).single();
        org.assertj.core.api.Assertions.assertThat(count).as(action + " " + key).isPositive();
    }
}
