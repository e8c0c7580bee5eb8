package id.fleksi.tasks;

import id.fleksi.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class TaskPagesTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @BeforeEach
    void unit() {
        TaskFixtures.ensureUnit(jdbc);
    }

    @Test
    void hrAddsATaskWithTheFormAndSeesWhyItQualifies() throws Exception {
        String code = TaskFixtures.code();

        as("kepegawaian", post("/tugas").with(csrf())
                .param("code", code).param("name", "Pemantauan media sosial").param("unitCode", "UJI-TUGAS")
                .param("type", "Pemantauan").param("environment", "Daring").param("social", "Rendah")
                .param("mentalEmotional", "Tenang").param("cognitive", "Analitis")
                .param("canBeDoneOutsideOffice", "true").param("noSpecialRoomOrEquipment", "true")
                .param("doableWithIct", "true").param("minimalFaceToFace", "true")
                .param("noContinuousSupervision", "true").param("mustBeOutsideOffice", "true")
                .param("moreThan5DaysPerWeek", "true")
                .param("_moreThan8h30PerDay", "on").param("_notBoundToInstitutionHours", "on"))
                .andExpect(redirectedUrl("/tugas/" + code))
                .andExpect(flash().attribute("successKey", "task.created"));

        as("kepegawaian", get("/tugas/" + code))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Pemantauan media sosial"),
                        containsString("a. Jenis tugas yang harus dilakukan"),
                        containsString("Pasal 23 huruf d"),
                        containsString("Pasal 24 ayat (1) huruf b"),
                        containsString("Tugas ini memenuhi kriteria Fleksibel lokasi karena:"),
                        containsString("Tugas ini memenuhi kriteria Sif karena:"),
                        containsString("Tugas ini tidak memenuhi kriteria Dinamis karena yang berikut tidak terpenuhi:"),
                        containsString("Tidak terikat jam kerja instansi"),
                        containsString("Pasal 13 ayat (2) huruf a"),
                        containsString("Tugaskan pegawai"))));
        as("kepegawaian", get("/tugas/" + code).header("Accept-Language", "en"))
                .andExpect(content().string(containsString(
                        "This task does not meet the criteria for Dynamic hours because these are not met:")));
    }

    @Test
    void theListFiltersBySearchAndUnitAndShowsBadges() throws Exception {
        String code = createTask();

        as("ppk", get("/tugas").param("q", code).param("unitCode", "UJI-TUGAS"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(code), containsString("Fleksibel lokasi"),
                        containsString("Dinamis"), containsString("Wajib di luar kantor"),
                        containsString("1\u20131 dari 1"), not(containsString("KOM-APL")),
                        not(containsString("Tambah tugas")))));
        as("kepegawaian", get("/tugas").param("q", "KOM-"))
                .andExpect(content().string(allOf(containsString("KOM-APL"), containsString("KOM-HUMAS"),
                        not(containsString(code)), containsString("Tambah tugas"))));
    }

    @Test
    void theListPagesThroughManyTasks() throws Exception {
        String prefix = TaskFixtures.code() + "-";
        StringBuilder csv = new StringBuilder(String.join(",", TaskImports.TASK_COLUMNS)).append('\n');
        for (int i = 10; i < 37; i++) {
            csv.append(prefix).append(i).append(",Tugas ").append(i)
                    .append(",UJI-TUGAS,a,b,c,d,e,ya,ya,ya,ya,ya,tidak,tidak,tidak,tidak\n");
        }
        as("kepegawaian", multipart("/tugas/impor/tugas").file(csv(csv.toString())).with(csrf()))
                .andExpect(redirectedUrl("/tugas/impor"));

        as("kepegawaian", get("/tugas").param("q", prefix))
                .andExpect(content().string(allOf(containsString("1\u201325 dari 27"), containsString(prefix + "34"),
                        not(containsString(prefix + "35")), containsString("page=1"))));
        as("kepegawaian", get("/tugas").param("q", prefix).param("page", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("26\u201327 dari 27"), containsString(prefix + "36"),
                        not(containsString(prefix + "34")))));
    }

    @Test
    void invalidEntriesAreShownNextToTheirFieldsInBothLanguages() throws Exception {
        as("kepegawaian", post("/tugas").with(csrf()).param("code", "bukan kode!").param("unitCode", "TIDAK-ADA"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("is-invalid"), containsString("Wajib diisi."),
                        containsString("Kode tugas hanya boleh berisi"),
                        containsString("Unit dengan kode ini tidak ada"))));
        as("kepegawaian", post("/tugas").with(csrf()).header("Accept-Language", "en").param("code", "X"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Required."),
                        containsString("Add a task to the inventory"))));
    }

    @Test
    void hrEditsATaskAndAnEditOverAnOlderVersionAsksToReload() throws Exception {
        String code = createTask();
        as("kepegawaian", get("/tugas/" + code + "/ubah"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Ubah tugas " + code),
                        containsString("name=\"version\""))));

        as("kepegawaian", edit(code, "Nama pertama", "0"))
                .andExpect(redirectedUrl("/tugas/" + code))
                .andExpect(flash().attribute("successKey", "task.updated"));
        as("kepegawaian", edit(code, "Nama kedua", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("baru saja diubah oleh orang lain")));
        assertThat(jdbc.sql("select name from task where code = ?").param(code).query(String.class).single())
                .isEqualTo("Nama pertama");
    }

    @Test
    void hrAssignsAnEmployeeAndRemovesThemAfterConfirming() throws Exception {
        String code = createTask();
        String nip = TaskFixtures.employee(jdbc, true);

        as("kepegawaian", post("/tugas/" + code + "/penugasan").with(csrf()).param("nip", nip))
                .andExpect(redirectedUrl("/tugas/" + code))
                .andExpect(flash().attribute("successKey", "task.assigned"));
        as("kepegawaian", get("/tugas/" + code))
                .andExpect(content().string(allOf(containsString(nip), containsString("Pegawai Uji"),
                        containsString("/tugas/" + code + "/penugasan/" + nip + "/hapus"))));

        as("kepegawaian", get("/tugas/" + code + "/penugasan/" + nip + "/hapus"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Lepaskan pemegang tugas?"),
                        containsString(nip), containsString("Ya, lepaskan"))));
        as("kepegawaian", post("/tugas/" + code + "/penugasan/" + nip + "/hapus").with(csrf()))
                .andExpect(redirectedUrl("/tugas/" + code))
                .andExpect(flash().attribute("successKey", "task.unassigned"));
        as("kepegawaian", get("/tugas/" + code))
                .andExpect(content().string(containsString("Belum ada pegawai yang memegang tugas ini.")));
        as("kepegawaian", get("/tugas/" + code + "/penugasan/" + nip + "/hapus")).andExpect(status().isNotFound());
    }

    @Test
    void anUnknownNipIsShownOnTheAssignForm() throws Exception {
        String code = createTask();

        as("kepegawaian", post("/tugas/" + code + "/penugasan").with(csrf()).param("nip", "000000000000000000"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tidak ada pegawai dengan NIP ini")));
    }

    @Test
    void aUnitHeadReadsTheirUnitsTasksWithoutChangingThem() throws Exception {
        as("kepala", get("/tugas/KOM-APL"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Pengembangan dan pemeliharaan aplikasi layanan"),
                        not(containsString("Tugaskan pegawai")), not(containsString("Ubah tugas")))));
        as("kepala", get("/tugas/REN-DOK")).andExpect(status().isForbidden());
        as("kepala", get("/tugas"))
                .andExpect(content().string(allOf(containsString("KOM-APL"), not(containsString("REN-DOK")))));
        as("kepala", get("/tugas/KOM-APL/penugasan/198808122010042002/hapus")).andExpect(status().isForbidden());
    }

    @Test
    void theImportPageReportsEachBadRowAndImportsNothing() throws Exception {
        String code = TaskFixtures.code();
        String header = String.join(",", TaskImports.TASK_COLUMNS) + "\n";
        String bad = header + code + ",Nama,UJI-TUGAS,a,b,c,d,e,ya,ya,ya,ya,ya,tidak,tidak,tidak,barangkali\n";

        as("kepegawaian", multipart("/tugas/impor/tugas").file(csv(bad)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Berkas tugas tidak diimpor (1 baris)"),
                        containsString("notBoundToInstitutionHours"), containsString("Isi dengan ya atau tidak"))));
        assertThat(jdbc.sql("select count(*) from task where code = ?").param(code).query(Long.class).single())
                .isZero();

        as("kepegawaian", multipart("/tugas/impor/tugas").file(csv(bad.replace("barangkali", "ya"))).with(csrf()))
                .andExpect(redirectedUrl("/tugas/impor"))
                .andExpect(flash().attribute("importedRows", 1));
        String nip = TaskFixtures.employee(jdbc, true);
        as("kepegawaian", multipart("/tugas/impor/penugasan").file(csv("taskCode,nip\n" + code + "," + nip + "\n"))
                .with(csrf()))
                .andExpect(redirectedUrl("/tugas/impor"))
                .andExpect(flash().attribute("successKey", "task.import.assignments.done"));
        as("kepegawaian", get("/tugas/impor"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Berkas penugasan"),
                        containsString("taskCode,nip"))));
    }

    private String createTask() throws Exception {
        String code = TaskFixtures.code();
        mvc.perform(post("/api/tasks").with(httpBasic("kepegawaian", "demo12345"))
                        .contentType(MediaType.APPLICATION_JSON).content(TaskFixtures.taskJson(code)))
                .andExpect(status().isCreated());
        return code;
    }

    private MockHttpServletRequestBuilder edit(String code, String name, String version) {
        return post("/tugas/" + code).with(csrf())
                .param("name", name).param("unitCode", "UJI-TUGAS").param("version", version)
                .param("type", "a").param("environment", "b").param("social", "c")
                .param("mentalEmotional", "d").param("cognitive", "e").param("doableWithIct", "true");
    }

    private static MockMultipartFile csv(String content) {
        return new MockMultipartFile("file", "data.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }

    private ResultActions as(String account, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(user(users.loadUserByUsername(account))));
    }
}
