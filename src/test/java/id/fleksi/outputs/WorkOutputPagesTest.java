package id.fleksi.outputs;

import id.fleksi.IntegrationTest;
import id.fleksi.shared.InstitutionTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The employee's page of outputs and the head's page of outputs to review, as forms post them. */
class WorkOutputPagesTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Clock clock;

    @Test
    void theEmployeesFormKeepsWhatWasTypedBesideItsErrorsAndRecordsOnceRight() throws Exception {
        LocalDate today = InstitutionTime.today(clock);
        String typed = "Menyusun panduan " + UUID.randomUUID();
        mvc.perform(get("/saya/hasil").with(user(users.loadUserByUsername("pegawai"))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"" + today + "\""),
                        containsString("KOM-APL"), containsString("Hasil kerja 7 hari terakhir"))));

        mvc.perform(post("/saya/hasil").with(user(users.loadUserByUsername("pegawai"))).with(csrf())
                        .param("date", today.plusDays(1).toString()).param("taskCode", "KOM-APL")
                        .param("description", typed).param("link", "ftp://berkas"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Tanggal itu belum tiba"),
                        containsString("diawali http:// atau https://"), containsString(typed),
                        containsString("ftp://berkas"), containsString("id=\"date-error\""))));
        assertThat(count(typed)).isZero();

        mvc.perform(post("/saya/hasil").with(user(users.loadUserByUsername("pegawai")))
                        .param("date", today.toString()).param("description", typed))
                .andExpect(status().isForbidden());
        assertThat(count(typed)).isZero();

        mvc.perform(post("/saya/hasil").with(user(users.loadUserByUsername("pegawai"))).with(csrf())
                        .param("date", today.toString()).param("taskCode", "KOM-APL").param("description", typed)
                        .param("link", ""))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/saya/hasil"))
                .andExpect(flash().attribute("successKey", "outputs.own.recorded"));
        assertThat(count(typed)).isEqualTo(1);
        mvc.perform(get("/saya/hasil").with(user(users.loadUserByUsername("pegawai"))))
                .andExpect(content().string(allOf(containsString(typed), containsString("Menunggu tinjauan"))));
    }

    @Test
    void theHeadSeesTheUnitsWaitingOutputsAndReturnsOneOnlyWithANote() throws Exception {
        LocalDate today = InstitutionTime.today(clock);
        String kartikas = "Uji aplikasi " + UUID.randomUUID();
        String jokos = "Rapat pimpinan " + UUID.randomUUID();
        String bappedas = "Musrenbang " + UUID.randomUUID();
        long kartika = insert("198808122010042002", today, kartikas);
        insert("197608222012071001", today, jokos);
        long bappeda = insert("199312102015102009", today, bappedas);

        mvc.perform(get("/hasil-kerja").with(user(users.loadUserByUsername("kepala")))
                        .param("q", "kartika"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(kartikas), not(containsString(jokos)),
                        not(containsString(bappedas)))));
        mvc.perform(get("/hasil-kerja").with(user(users.loadUserByUsername("kepala")))
                        .param("q", "199312102015102009"))
                .andExpect(content().string(allOf(not(containsString(bappedas)),
                        containsString("Tidak ada hasil kerja yang menunggu tinjauan Anda."))));
        String thisWeek = org.threeten.extra.YearWeek.from(today).toString();
        String longAgo = org.threeten.extra.YearWeek.from(today.minusWeeks(20)).toString();
        mvc.perform(get("/hasil-kerja").with(user(users.loadUserByUsername("kepala")))
                        .param("minggu", thisWeek).param("q", "198808122010042002"))
                .andExpect(content().string(containsString(kartikas)));
        mvc.perform(get("/hasil-kerja").with(user(users.loadUserByUsername("kepala")))
                        .param("minggu", longAgo).param("q", "198808122010042002"))
                .andExpect(content().string(not(containsString(kartikas))));
        mvc.perform(get("/hasil-kerja").with(user(users.loadUserByUsername("kepala")))
                        .param("minggu", "2026-W99"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Minggu itu tidak dikenal")));

        mvc.perform(post("/hasil-kerja/" + kartika + "/tinjau").with(user(users.loadUserByUsername("kepala")))
                        .with(csrf()).param("decision", "RETURNED").param("note", " ").param("q", "kartika"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/hasil-kerja?q=kartika"))
                .andExpect(flash().attribute("noteErrorKey", "outputs.error.note.required"));
        assertThat(statusOf(kartika)).isEqualTo("SUBMITTED");

        mvc.perform(post("/hasil-kerja/" + bappeda + "/tinjau").with(user(users.loadUserByUsername("kepala")))
                        .with(csrf()).param("decision", "ACCEPTED"))
                .andExpect(status().isNotFound());
        assertThat(statusOf(bappeda)).isEqualTo("SUBMITTED");

        mvc.perform(post("/hasil-kerja/" + kartika + "/tinjau").with(user(users.loadUserByUsername("kepala")))
                        .with(csrf()).param("decision", "RETURNED").param("note", "Tambahkan hasil uji."))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("successKey", "outputs.review.returned"));
        assertThat(statusOf(kartika)).isEqualTo("RETURNED");
        // a second decision, from a list that was open meanwhile, is refused with what to do
        mvc.perform(post("/hasil-kerja/" + kartika + "/tinjau").with(user(users.loadUserByUsername("kepala")))
                        .with(csrf()).param("decision", "ACCEPTED"))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("errorFlashKey", "outputs.problem.reviewed"));
        assertThat(statusOf(kartika)).isEqualTo("RETURNED");
        mvc.perform(get("/saya/hasil").with(user(users.loadUserByUsername("pegawai"))))
                .andExpect(content().string(allOf(containsString("Tambahkan hasil uji."),
                        containsString("Catatan Joko Permata:"), containsString("Dikembalikan"))));
    }

    private long insert(String nip, LocalDate day, String description) {
        return jdbc.sql("""
                        insert into work_output (employee_id, day, description, created_at, created_by)
                        select id, :day, :description, now(), 'test' from employee_directory where nip = :nip
                        returning id""")
                .param("nip", nip).param("day", day).param("description", description).query(Long.class).single();
    }

    private long count(String description) {
        return jdbc.sql("select count(*) from work_output where description = :d").param("d", description)
                .query(Long.class).single();
    }

    private String statusOf(long id) {
        return jdbc.sql("select status from work_output where id = :id").param("id", id).query(String.class).single();
    }
}
