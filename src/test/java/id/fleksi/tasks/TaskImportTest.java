package id.fleksi.tasks;

import id.fleksi.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class TaskImportTest extends IntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(TaskImportTest.class);
    private static final String HEADER = "code,name,unitCode,type,environment,social,mentalEmotional,cognitive,"
            + "canBeDoneOutsideOffice,noSpecialRoomOrEquipment,doableWithIct,minimalFaceToFace,"
            + "noContinuousSupervision,mustBeOutsideOffice,moreThan8h30PerDay,moreThan5DaysPerWeek,"
            + "notBoundToInstitutionHours\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void unit() {
        TaskFixtures.ensureUnit(jdbc);
    }

    @Test
    void aValidFileImportsEveryRowWithItsCriteria() throws Exception {
        String first = TaskFixtures.code();
        String second = TaskFixtures.code();
        String csv = "\uFEFF" + HEADER.replace(',', ';')
                + first + ";\"Analisis data; pelaporan\";UJI-TUGAS;Analitis;Ruang kerja;Rendah;Stabil;Analitis;"
                + "ya;ya;ya;ya;ya;tidak;tidak;tidak;ya\n"
                + second + ";Jaga malam;UJI-TUGAS;Operasional;Pos jaga;Tim;Siaga;Cepat;0;0;1;0;0;0;1;TRUE;false\n";

        importTasks(csv, "id")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(true))
                .andExpect(jsonPath("$.rows").value(2))
                .andExpect(jsonPath("$.errors", hasSize(0)));

        assertThat(jdbc.sql("select name from task where code = ?").param(first).query(String.class).single())
                .isEqualTo("Analisis data; pelaporan");
        assertThat(jdbc.sql("select more_than_8h30_per_day and more_than_5_days_per_week from task where code = ?")
                .param(second).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'TASKS_IMPORTED' and after_state::text like ?")
                .param("%" + first + "%").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void oneBadRowImportsNothingAndTheReportNamesItsLineAndColumn() throws Exception {
        String good = TaskFixtures.code();
        String bad = TaskFixtures.code();
        String csv = HEADER
                + row(good, "UJI-TUGAS", "true") + "\n"
                + row(bad, "TIDAK-ADA", "mungkin") + "\n";

        importTasks(csv, "id")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.imported").value(false))
                .andExpect(jsonPath("$.rows").value(2))
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[?(@.column == 'canBeDoneOutsideOffice')].line").value(3))
                .andExpect(jsonPath("$.errors[?(@.column == 'unitCode')].line").value(3))
                .andExpect(jsonPath("$.errors[?(@.column == 'unitCode')].message")
                        .value(org.hamcrest.Matchers.hasItem(containsString("Unit dengan kode ini tidak ada"))));
        importTasks(csv, "en")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.column == 'canBeDoneOutsideOffice')].message")
                        .value(org.hamcrest.Matchers.hasItem(containsString("Enter ya or tidak"))));

        assertThat(jdbc.sql("select count(*) from task where code in (?, ?)").params(good, bad)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aCodeTwiceInTheFileOrAlreadyInTheInventoryIsRefused() throws Exception {
        String twice = TaskFixtures.code();
        String csv = HEADER + row(twice, "UJI-TUGAS", "1") + "\n" + row(twice, "UJI-TUGAS", "1") + "\n"
                + row("KOM-APL", "DISKOMINFO", "1") + "\n";

        importTasks(csv, "en")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("code"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("line 2")))
                .andExpect(jsonPath("$.errors[1].line").value(4))
                .andExpect(jsonPath("$.errors[1].message").value(containsString("taken")));
        assertThat(jdbc.sql("select count(*) from task where code = ?").param(twice).query(Long.class).single())
                .isZero();
    }

    @Test
    void aFileWithoutTheColumnsOrUnreadableIsRefusedAsAWhole() throws Exception {
        importTasks("code,name\nX,Y\n", "en")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].line").value(1))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("unitCode")));
        mvc.perform(post("/api/tasks/import").with(httpBasic("kepegawaian", "demo12345"))
                        .contentType("text/csv").content(new byte[] {(byte) 0xC3, (byte) 0x28}))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("UTF-8")));
    }

    @Test
    void assignmentsImportAllOrNothing() throws Exception {
        String code = TaskFixtures.code();
        String another = TaskFixtures.code();
        importTasks(HEADER + row(code, "UJI-TUGAS", "ya") + "\n" + row(another, "UJI-TUGAS", "ya") + "\n", "id")
                .andExpect(status().isOk());
        String active = TaskFixtures.employee(jdbc, true);
        String other = TaskFixtures.employee(jdbc, true);
        String inactive = TaskFixtures.employee(jdbc, false);

        importAssignments("taskCode,nip\n" + code + "," + active + "\n" + code + "," + inactive + "\n"
                + "UJI-TIDAK-ADA," + other + "\n", "id")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("nip"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("tidak aktif")))
                .andExpect(jsonPath("$.errors[1].line").value(4))
                .andExpect(jsonPath("$.errors[1].column").value("taskCode"));
        assertThat(holders(code)).isEmpty();

        importAssignments("taskCode,nip\n" + code.toLowerCase(java.util.Locale.ROOT) + "," + active + "\n"
                + code + "," + other + "\n" + another + "," + other + "\n", "id")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(3));
        assertThat(holders(code)).containsExactlyInAnyOrder(active, other);
        // assigning again what is assigned already changes nothing
        importAssignments("taskCode,nip\n" + code + "," + active + "\n", "id").andExpect(status().isOk());
        assertThat(holders(code)).hasSize(2);
        assertThat(holders(another)).containsExactly(other);
    }

    @Test
    void tenThousandTasksImportInOneRequest() throws Exception {
        String prefix = TaskFixtures.code() + "-";
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 10_000; i++) {
            csv.append(row(prefix + i, "UJI-TUGAS", i % 2 == 0 ? "ya" : "tidak")).append('\n');
        }
        long started = System.nanoTime();

        importTasks(csv.toString(), "id")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(10_000));

        log.info("Imported 10,000 tasks in {} ms", (System.nanoTime() - started) / 1_000_000);
        assertThat(jdbc.sql("select count(*) from task where code like ?").param(prefix + "%")
                .query(Long.class).single()).isEqualTo(10_000);
    }

    private List<String> holders(String code) {
        return jdbc.sql("""
                        select e.nip from task_assignment a join task t on t.id = a.task_id
                        join employee e on e.id = a.employee_id where t.code = ?""")
                .param(code).query(String.class).list();
    }

    private static String row(String code, String unit, String outside) {
        return code + ",Tugas impor " + code + "," + unit + ",Analitis,Ruang kerja,Rendah,Stabil,Analitis,"
                + outside + ",ya,ya,ya,ya,tidak,tidak,tidak,ya";
    }

    private ResultActions importTasks(String csv, String language) throws Exception {
        return mvc.perform(post("/api/tasks/import").with(httpBasic("kepegawaian", "demo12345"))
                .header("Accept-Language", language)
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .content(csv.getBytes(StandardCharsets.UTF_8)));
    }

    private ResultActions importAssignments(String csv, String language) throws Exception {
        return mvc.perform(post("/api/assignments/import").with(httpBasic("kepegawaian", "demo12345"))
                .header("Accept-Language", language)
                .contentType("text/csv")
                .content(csv.getBytes(StandardCharsets.UTF_8)));
    }
}
