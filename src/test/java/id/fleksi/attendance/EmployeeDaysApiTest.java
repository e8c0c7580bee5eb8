package id.fleksi.attendance;

import id.fleksi.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.List;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An employee's days through the API: plan, attendance and findings side by side, within the caller's scope. */
class EmployeeDaysApiTest extends IntegrationTest {

    /** Week 2026-W45: Monday 2 to Friday 6 November 2026, without holidays. */
    private static final LocalDate MONDAY = RealisationTestData.MONDAY;
    private static final String BAPPEDA_NIP = "199312102015102009";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theWeekShowsPlanAndAttendanceSideBySideWithTheFindingsAndTheirArticles() throws Exception {
        RealisationTestData.HeadedUnit unit = RealisationTestData.headedUnit(jdbc);
        String nip = employee(unit.code());
        plan(nip, unit.code(), List.of("KANTOR", "RUMAH", "KANTOR", "KANTOR", "KANTOR"));
        attendance(nip, day(0, "07:30", "16:00", "KANTOR", unit.code()), day(1, "07:30", "16:00", "RUMAH", null),
                day(2, "07:30", "16:00", "RUMAH", null), day(3, "07:45", "16:00", "KANTOR", null));

        mvc.perform(get("/api/employees/" + nip + "/days?from=2026-11-02&to=2026-11-08")
                        .with(httpBasic(unit.head(), "demo12345")).header("Accept-Language", "id"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nip").value(nip))
                .andExpect(jsonPath("$.days", hasSize(7)))
                // Monday as planned: at the office, the standard day
                .andExpect(jsonPath("$.days[0].plan.kind").value("KANTOR"))
                .andExpect(jsonPath("$.days[0].attendance[0].where").value("KANTOR"))
                .andExpect(jsonPath("$.days[0].attendance[0].officeUnitCode").value(unit.code()))
                .andExpect(jsonPath("$.days[0].workedMinutes").value(450))
                .andExpect(jsonPath("$.days[0].findings", empty()))
                // Tuesday at home as approved, but no output recorded (Pasal 7)
                .andExpect(jsonPath("$.days[1].plan.kind").value("RUMAH"))
                .andExpect(jsonPath("$.days[1].findings[*].rule", contains("REALISASI_HASIL")))
                .andExpect(jsonPath("$.days[1].findings[0].severity").value("WARNING"))
                .andExpect(jsonPath("$.days[1].findings[0].article").value("Pasal 7"))
                // Wednesday at home where the plan said office
                .andExpect(jsonPath("$.days[2].findings[*].rule", contains("REALISASI_LOKASI")))
                .andExpect(jsonPath("$.days[2].findings[0].article").value("Pasal 12 ayat (4); 13 ayat (1)"))
                .andExpect(jsonPath("$.days[2].findings[0].message", containsString("4 November 2026")))
                // Thursday 15 minutes late, within the demo's allowance, but not made up the same day
                .andExpect(jsonPath("$.days[3].findings[*].rule", contains("REALISASI_JAM_HARIAN")))
                .andExpect(jsonPath("$.days[3].findings[0].article").value("Pasal 3 ayat (6)"))
                .andExpect(jsonPath("$.days[3].findings[0].message", containsString("15 menit tidak diganti")))
                .andExpect(jsonPath("$.days[3].workedMinutes").value(435))
                // Friday: no attendance, and the week falls short
                .andExpect(jsonPath("$.days[4].attendance", empty()))
                .andExpect(jsonPath("$.days[4].findings[*].rule",
                        contains("REALISASI_HADIR", "REALISASI_JAM_MINGGUAN")))
                .andExpect(jsonPath("$.days[4].findings[1].message", containsString("29 jam 45 menit dari 37 jam 30 menit")))
                // the weekend expected nothing
                .andExpect(jsonPath("$.days[5].expected").doesNotExist())
                .andExpect(jsonPath("$.days[5].findings", empty()))
                .andExpect(jsonPath("$.weeks[0].week").value("2026-W45"))
                .andExpect(jsonPath("$.weeks[0].requiredMinutes").value(2250))
                .andExpect(jsonPath("$.weeks[0].workedMinutes").value(1785))
                .andExpect(jsonPath("$.weeks[0].complete").value(true));

        // in English for an English reader; the employee reads their own days
        mvc.perform(get("/api/employees/" + nip + "/days?from=2026-11-06&to=2026-11-06")
                        .with(httpBasic(nip, "demo12345")).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.days", hasSize(1)))
                .andExpect(jsonPath("$.days[0].findings[0].message", containsString("There is no attendance on 6 November 2026")));
    }

    @Test
    void aWeekWithoutAnApprovedPlanIsAStandardOfficeWeek() throws Exception {
        String nip = employee(RealisationTestData.unit(jdbc));
        attendance(nip, day(0, "07:30", "16:00", "RUMAH", null), day(1, "07:30", "16:00", "KANTOR", null));

        mvc.perform(get("/api/employees/" + nip + "/days?from=2026-11-02&to=2026-11-03")
                        .with(httpBasic("kepegawaian", "demo12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.days[0].plan").doesNotExist())
                .andExpect(jsonPath("$.days[0].expected").value("KANTOR"))
                .andExpect(jsonPath("$.days[0].findings[*].rule", contains("REALISASI_LOKASI")))
                .andExpect(jsonPath("$.days[1].findings", empty()));
    }

    @Test
    void nobodyReadsTheDaysOfSomeoneOutsideTheirScope() throws Exception {
        String nip = employee(RealisationTestData.unit(jdbc));
        // another employee, and the head of another unit, see nothing (not even that the employee exists)
        mvc.perform(get("/api/employees/" + nip + "/days").with(httpBasic("pegawai", "demo12345")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/employees/" + nip + "/days").with(httpBasic("kepala", "demo12345")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/employees/" + BAPPEDA_NIP + "/days").with(httpBasic("kepala", "demo12345")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/employees/" + nip + "/days").with(httpBasic("ppk", "demo12345")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/employees/" + nip + "/days")).andExpect(status().isUnauthorized());
    }

    @Test
    void aWrongRangeIsToldWhatToDo() throws Exception {
        String nip = employee(RealisationTestData.unit(jdbc));
        mvc.perform(get("/api/employees/" + nip + "/days?from=2026-11-06&to=2026-11-02")
                        .with(httpBasic("kepegawaian", "demo12345")).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from")).andExpect(jsonPath("$.errors[0].message", containsString("on or before")));
        mvc.perform(get("/api/employees/" + nip + "/days?from=2026-01-01&to=2026-06-30")
                        .with(httpBasic("kepegawaian", "demo12345")).header("Accept-Language", "id"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to")).andExpect(jsonPath("$.errors[0].message", containsString("93 hari")));
        mvc.perform(get("/api/employees/" + nip + "/days?from=kemarin").with(httpBasic("kepegawaian", "demo12345")))
                .andExpect(status().isBadRequest());
    }

    private String employee(String unitCode) {
        return RealisationTestData.employee(jdbc, unitCode);
    }

    private void plan(String nip, String unitCode, List<String> kinds) {
        RealisationTestData.approvedPlan(jdbc, nip, unitCode, kinds);
    }

    private static String day(int offset, String in, String out, String where, String office) {
        return """
                {"date":"%s","checkIn":"%s","checkOut":"%s","where":"%s"%s""".formatted(MONDAY.plusDays(offset), in,
                out, where, office == null ? "}" : ",\"officeUnitCode\":\"" + office + "\"}");
    }

    private void attendance(String nip, String... days) throws Exception {
        StringBuilder records = new StringBuilder();
        for (String day : days) {
            records.append(records.isEmpty() ? "" : ",").append(day.replace("{", "{\"nip\":\"" + nip + "\","));
        }
        mvc.perform(post("/api/attendance").with(httpBasic("kepegawaian", "demo12345"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"source\":\"uji-realisasi\",\"records\":[" + records + "]}"))
                .andExpect(status().isOk());
    }
}
