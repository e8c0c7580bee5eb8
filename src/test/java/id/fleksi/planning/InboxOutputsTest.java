package id.fleksi.planning;

import id.fleksi.IntegrationTest;
import id.fleksi.attendance.RealisationTestData;
import id.fleksi.documents.Documents;
import id.fleksi.shared.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A plan under review shows the head the outputs its employee recorded in the week before. */
class InboxOutputsTest extends IntegrationTest {

    /** The plan's week, 2026-W46; the week before is 2026-W45 (2 to 8 November 2026). */
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 9);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Documents documents;

    @Test
    void theHeadSeesLastWeeksOutputsBesideThePlan() throws Exception {
        RealisationTestData.HeadedUnit unit = RealisationTestData.headedUnit(jdbc);
        String nip = RealisationTestData.employee(jdbc, unit.code());
        long employee = jdbc.sql("select id from employee where nip = :nip").param("nip", nip).query(Long.class).single();
        long plan = submitted(employee, unit.code());
        RealisationTestData.output(jdbc, employee, MONDAY.minusDays(6));
        RealisationTestData.output(jdbc, employee, MONDAY.minusDays(5));
        // one of them with an evidence file
        long document = documents.store((Actor) users.loadUserByUsername("kepegawaian"), "OUTPUT_EVIDENCE",
                "bukti.pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        long withEvidence = jdbc.sql("""
                        update work_output set document_id = :document
                        where employee_id = :employee and day = :day returning id""")
                .param("document", document).param("employee", employee).param("day", MONDAY.minusDays(5))
                .query(Long.class).single();
        // an output of the plan's own week is not the week before's
        RealisationTestData.output(jdbc, employee, MONDAY);

        String html = mvc.perform(get("/persetujuan/" + plan).with(user(users.loadUserByUsername(unit.head()))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Hasil kerja minggu sebelumnya");
        String list = html.substring(html.indexOf("data-testid=\"last-week-outputs\""));
        list = list.substring(0, list.indexOf("</ul>"));
        assertThat(list.split("data-status=\"SUBMITTED\"", -1)).hasSize(3);
        assertThat(list).contains("Hasil kerja uji", "Menunggu tinjauan");
        assertThat(list.split("data-testid=\"evidence-link\"", -1)).hasSize(2);
        assertThat(list).contains("href=\"/hasil-kerja/" + withEvidence + "/bukti\"");
        mvc.perform(get("/hasil-kerja/" + withEvidence + "/bukti").with(user(users.loadUserByUsername(unit.head()))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));

        // an employee without outputs in the week before: the page says so
        String other = RealisationTestData.employee(jdbc, unit.code());
        long otherPlan = submitted(jdbc.sql("select id from employee where nip = :nip").param("nip", other)
                .query(Long.class).single(), unit.code());
        assertThat(mvc.perform(get("/persetujuan/" + otherPlan).with(user(users.loadUserByUsername(unit.head()))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Belum ada hasil kerja yang dicatat pada minggu sebelumnya.");
    }

    /** A plan of week 2026-W46 waiting for the head, five office days. */
    private long submitted(long employee, String unitCode) {
        long id = jdbc.sql("""
                        insert into weekly_plan (employee_id, unit_id, iso_week, week_start, flex_type, status, verdict,
                                                 warnings, submitted_at, submitted_by)
                        values (:employee, (select id from unit where code = :unit), '2026-W46', :monday, 'NONE',
                                'SUBMITTED',
                                cast('{"valid":true,"requiredMinutes":2250,"plannedMinutes":2250,"lokasiDays":0,"violations":[],"exceptionsApplied":[]}' as jsonb),
                                0, now(), 'uji')
                        returning id""")
                .param("employee", employee).param("unit", unitCode).param("monday", MONDAY)
                .query(Long.class).single();
        for (int i = 0; i < 5; i++) {
            jdbc.sql("insert into plan_day (plan_id, day, kind) values (:plan, :day, 'KANTOR')")
                    .param("plan", id).param("day", MONDAY.plusDays(i)).update();
        }
        return id;
    }
}
