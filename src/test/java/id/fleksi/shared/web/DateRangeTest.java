package id.fleksi.shared.web;

import id.fleksi.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A date outside 1900-2199, the extreme years an attacker sends, is a bad request wherever a date is read: a JSON
 * body (nothing stored), a query parameter of the API or of a page.
 */
class DateRangeTest extends IntegrationTest {

    private static final String POLICY = """
            {"effectiveFrom":"%s","decreeNumber":"Uji tanggal","lokasiEnabled":true,"allowedLocations":["RUMAH"],
             "maxLokasiDaysPerWeek":2,"lokasiPercentCap":40,"sifEnabled":false,"dinamisEnabled":false,
             "lateStartMaxMinutes":0,"newEmployeeMonths":6,"minOfficePresencePercent":50,"additionalCriteria":[],
             "codeOfConduct":"Kode perilaku uji."}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-01-05", "-999999999-01-05", "0000-01-03", "1899-12-31", "2200-01-06"})
    void aDeterminationIsNotSetForAnExtremeYear(String date) throws Exception {
        long versions = jdbc.sql("select count(*) from policy_version").query(Long.class).single();
        mvc.perform(put("/api/policy").contentType(MediaType.APPLICATION_JSON).content(POLICY.formatted(date))
                        .with(httpBasic("ppk", "demo12345")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/policy").param("date", date).with(httpBasic("ppk", "demo12345")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/audit").param("from", date).with(httpBasic("ppk", "demo12345")))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from policy_version").query(Long.class).single()).isEqualTo(versions);
    }

    @Test
    void aPageRefusesAnExtremeYearToo() throws Exception {
        mvc.perform(get("/kelayakan").param("tanggal", "+999999999-12-31").with(user("ppk").roles("PPK")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void datesWithinTheRangeAreReadAsBefore() throws Exception {
        mvc.perform(get("/api/policy").param("date", "2026-11-23").with(httpBasic("ppk", "demo12345")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/audit").param("from", "1900-01-01").with(httpBasic("ppk", "demo12345")))
                .andExpect(status().isOk());
    }
}
