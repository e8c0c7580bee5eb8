package id.fleksi.organisation;

import id.fleksi.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class OrganisationPagesTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder passwords;

    @Test
    void theEmployeeListSearchesFiltersAndPages() throws Exception {
        jdbc.sql("insert into unit (code, name, time_zone) values ('UJI-HALAMAN', 'Unit Halaman', 'Asia/Jakarta')")
                .update();
        StringBuilder csv = new StringBuilder("nip,name,type,unitCode,position,positionSince,password\n");
        for (int i = 0; i < 30; i++) {
            csv.append(Fixtures.freshNip(1974)).append(",Halaman ").append("%02d".formatted(i))
                    .append(",PPPK,UJI-HALAMAN,Staf,2024-01-02,sandi-awal-1\n");
        }
        mvc.perform(multipart("/pegawai/impor").file(csvFile(csv.toString())).with(as("kepegawaian")).with(csrf()))
                .andExpect(redirectedUrl("/pegawai/impor"));

        mvc.perform(get("/pegawai").param("unitCode", "UJI-HALAMAN").with(as("ppk")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Halaman 00"), containsString("Halaman 24"),
                        not(containsString("Halaman 25")), containsString("1–25 dari 30"))))
                .andExpect(content().string(containsString("page=1")));
        mvc.perform(get("/pegawai").param("unitCode", "UJI-HALAMAN").param("page", "1").with(as("ppk")))
                .andExpect(content().string(allOf(containsString("Halaman 29"), not(containsString("Halaman 24")),
                        containsString("26–30 dari 30"))));
        mvc.perform(get("/pegawai").param("q", "kartika").with(as("kepegawaian")))
                .andExpect(content().string(allOf(containsString("Kartika Nugroho"),
                        not(containsString("Siti Pratama")))));
        mvc.perform(get("/pegawai").param("type", "PPPK_PARUH_WAKTU").param("active", "true").with(as("ppk")))
                .andExpect(content().string(allOf(containsString("Ratna Gunawan"), not(containsString("Kartika")))));
    }

    @Test
    void aHeadSeesTheirScopeOnlyAndGetsTheForbiddenPageElsewhere() throws Exception {
        mvc.perform(get("/pegawai").with(as("kepala")))
                .andExpect(content().string(allOf(containsString("Kartika Nugroho"),
                        not(containsString("Siti Pratama")))));
        // an employee outside the head's units is not found, as an unknown NIP
        mvc.perform(get("/pegawai/199312102015102009").with(as("kepala"))).andExpect(status().isNotFound());
        mvc.perform(get("/unit/BAPPEDA").with(as("kepala"))).andExpect(status().isForbidden());
        mvc.perform(get("/unit").with(as("kepala")))
                .andExpect(content().string(allOf(containsString("DISKOMINFO"), not(containsString("BAPPEDA")))));
    }

    @Test
    void aNewEmployeeWithErrorsShowsEachMessageNextToItsField() throws Exception {
        mvc.perform(post("/pegawai").with(as("kepegawaian")).with(csrf())
                        .param("nip", "199001012015013001").param("name", "")
                        .param("type", "PNS").param("unitCode", "BAPPEDA").param("position", "Staf")
                        .param("positionSince", "2024-01-02").param("password", "rahasia-sekali"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"nip-error\""),
                        containsString("aria-describedby=\"nip-error nip-help\""),
                        containsString("aria-describedby=\"name-error\""),
                        containsString("aria-describedby=\"positionSince-help\""),
                        containsString("Digit 15 (jenis kelamin 3) harus 1 (laki-laki) atau 2 (perempuan)."),
                        containsString("id=\"name-error\""),
                        containsString("value=\"199001012015013001\""),
                        not(containsString("rahasia-sekali")))));
    }

    @Test
    void aNewEmployeeIsSavedAndTheNextPageSaysSo() throws Exception {
        String nip = Fixtures.freshNip(1974);
        MvcResult created = mvc.perform(post("/pegawai").with(as("kepegawaian")).with(csrf())
                        .param("nip", nip).param("name", "Dewi Halaman").param("type", "PPPK")
                        .param("unitCode", "BAPPEDA").param("position", "Perencana")
                        .param("positionSince", "2024-01-02").param("domicile", "Jl. Kenanga 5")
                        .param("password", "rahasia-sekali"))
                .andExpect(redirectedUrl("/pegawai/" + nip))
                .andExpect(flash().attribute("successKey", "org.employee.created"))
                .andReturn();

        // the flash message travels in the session (Spring Session JDBC), so the next request sends its cookie
        mvc.perform(get("/pegawai/" + nip).with(as("kepegawaian"))
                        .cookie(created.getResponse().getCookie("FLEKSI_SESSION")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Pegawai telah ditambahkan"),
                        containsString("Dewi Halaman"), containsString("Jl. Kenanga 5"),
                        containsString("Pasal 25 ayat (1) huruf b, (2), (3)"), containsString("Pasal 12 ayat (3)"),
                        containsString("/pegawai/" + nip + "/riwayat"), containsString("/pegawai/" + nip + "/kelayakan"),
                        containsString("wajib diganti"))));
        mvc.perform(get("/pegawai/" + nip).param("lang", "en").with(as("kepegawaian")))
                .andExpect(content().string(containsString("Still the initial password")));
    }

    @Test
    void editingAnEmployeeWithAStaleFormAsksToReload() throws Exception {
        String nip = Fixtures.freshNip(1974);
        mvc.perform(post("/pegawai").with(as("kepegawaian")).with(csrf())
                .param("nip", nip).param("name", "Eka Versi").param("type", "PNS").param("unitCode", "BAPPEDA")
                .param("position", "Perencana").param("positionSince", "2024-01-02").param("password", "rahasia-1"));
        mvc.perform(get("/pegawai/" + nip + "/ubah").with(as("kepegawaian")))
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));

        mvc.perform(post("/pegawai/" + nip).with(as("kepegawaian")).with(csrf()).param("version", "0")
                        .param("name", "Eka Baru").param("type", "PNS").param("unitCode", "RSUD")
                        .param("position", "Perencana").param("positionSince", "2024-01-02"))
                .andExpect(redirectedUrl("/pegawai/" + nip))
                .andExpect(flash().attribute("successKey", "org.employee.updated"));
        mvc.perform(post("/pegawai/" + nip).with(as("kepegawaian")).with(csrf()).param("version", "0")
                        .param("name", "Eka Lama").param("type", "PNS").param("unitCode", "RSUD")
                        .param("position", "Perencana").param("positionSince", "2024-01-02"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Muat ulang halaman")));
        assertThat(jdbc.sql("select name from employee where nip = :nip").param("nip", nip).query(String.class)
                .single()).isEqualTo("Eka Baru");
    }

    @Test
    void deactivationIsConfirmedOnASecondStep() throws Exception {
        String nip = Fixtures.freshNip(1974);
        mvc.perform(post("/pegawai").with(as("kepegawaian")).with(csrf())
                .param("nip", nip).param("name", "Fajar Konfirmasi").param("type", "PNS").param("unitCode", "BAPPEDA")
                .param("position", "Perencana").param("positionSince", "2024-01-02").param("password", "rahasia-1"));

        mvc.perform(get("/pegawai/" + nip + "/nonaktifkan").with(as("kepegawaian")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Ya, nonaktifkan"),
                        containsString("tidak dapat lagi masuk"))));
        assertThat(active(nip)).isTrue();

        mvc.perform(post("/pegawai/" + nip + "/nonaktifkan").with(as("kepegawaian")).with(csrf()))
                .andExpect(redirectedUrl("/pegawai/" + nip))
                .andExpect(flash().attribute("successKey", "org.employee.deactivated"));
        assertThat(active(nip)).isFalse();

        mvc.perform(post("/pegawai/" + nip + "/aktifkan").with(as("kepegawaian")).with(csrf()))
                .andExpect(flash().attribute("successKey", "org.employee.activated"));
        assertThat(active(nip)).isTrue();
    }

    @Test
    void unitsAreCreatedAndTheirPageShowsBothHistories() throws Exception {
        mvc.perform(post("/unit").with(as("kepegawaian")).with(csrf())
                        .param("code", "uji halaman").param("name", "").param("timeZone", "Asia/Jakarta"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"code-error\""),
                        containsString("id=\"name-error\""))));
        mvc.perform(post("/unit").with(as("kepegawaian")).with(csrf())
                        .param("code", "UJI-HAL-UNIT").param("name", "Unit Halaman Uji").param("parentCode", "SETDA")
                        .param("timeZone", "Asia/Makassar"))
                .andExpect(redirectedUrl("/unit/UJI-HAL-UNIT"))
                .andExpect(flash().attribute("successKey", "org.unit.created"));
        mvc.perform(post("/unit/UJI-HAL-UNIT").with(as("kepegawaian")).with(csrf())
                        .param("name", "Unit Halaman Uji").param("parentCode", "UJI-HAL-UNIT")
                        .param("timeZone", "Asia/Makassar"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("tidak dapat dipindahkan ke bawah UJI-HAL-UNIT")));
        mvc.perform(post("/unit/UJI-HAL-UNIT").with(as("kepegawaian")).with(csrf())
                        .param("name", "Unit Halaman Uji").param("parentCode", "RSUD")
                        .param("timeZone", "Asia/Makassar"))
                .andExpect(flash().attribute("successKey", "org.unit.updated"));
        mvc.perform(post("/unit/UJI-HAL-UNIT/pimpinan").with(as("kepegawaian")).with(csrf())
                        .param("nip", "199001012015031999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tidak ada pegawai dengan NIP 199001012015031999")));

        mvc.perform(get("/unit/UJI-HAL-UNIT").with(as("ppk")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("WITA (Asia/Makassar)"),
                        containsString("data-testid=\"move-history\""), containsString("SETDA"),
                        containsString("Belum pernah ada pimpinan"),
                        not(containsString("data-testid=\"unit-edit\"")))));
        mvc.perform(get("/unit").param("q", "uji-hal").with(as("ppk")))
                .andExpect(content().string(allOf(containsString("UJI-HAL-UNIT"), containsString("WITA"))));
    }

    @Test
    void theUnitListIsPagedAndSearchedByCodeOrNameWithinTheReadersScope() throws Exception {
        mvc.perform(get("/unit").param("q", "informatika").with(as("ppk")))
                .andExpect(content().string(allOf(containsString("DISKOMINFO"), not(containsString(">BAPPEDA<")))));
        mvc.perform(get("/unit").param("q", "bappeda").with(as("kepala")))
                .andExpect(content().string(allOf(containsString("data-testid=\"units-none-found\""),
                        not(containsString(">BAPPEDA<")))));
        // a wildcard typed by the reader is a character to find, not a pattern
        mvc.perform(get("/unit").param("q", "%").with(as("ppk")))
                .andExpect(content().string(containsString("data-testid=\"units-none-found\"")));
        // more units than a page holds
        jdbc.sql("""
                insert into unit (code, name, parent_id, time_zone)
                select 'HAL-' || lpad(g::text, 3, '0'), 'Unit halaman ' || g, (select id from unit where code = 'SETDA'),
                       'Asia/Jakarta'
                from generate_series(1, 55) g""").update();
        long units = jdbc.sql("select count(*) from unit").query(Long.class).single();
        String first = mvc.perform(get("/unit").with(as("ppk"))).andReturn().getResponse().getContentAsString();
        assertThat(first).contains("1\u201350 dari " + units);
        assertThat(first.split("<tr>", -1).length - 2).isEqualTo(50);
        assertThat(mvc.perform(get("/unit").param("page", "1").with(as("ppk"))).andReturn().getResponse()
                .getContentAsString()).contains("51\u2013");
        assertThat(mvc.perform(get("/unit").param("q", "hal-0").param("page", "1").with(as("ppk"))).andReturn()
                .getResponse().getContentAsString()).contains("51\u201355 dari 55", "HAL-055");
    }

    @Test
    void theImportPageShowsTheSampleAndAReportToActOn() throws Exception {
        mvc.perform(get("/pegawai/impor").with(as("kepegawaian")))
                .andExpect(content().string(allOf(
                        containsString("nip;name;type;unitCode;position;positionSince;domicile</code>"),
                        containsString("href=\"/pegawai/impor/templat\""), not(containsString("password")),
                        not(containsString("KataSandi")))));
        String csv = "nip,name,type,unitCode,position,positionSince,domicile,password\n"
                + "199001012015011000,Gina,PNS,BAPPEDA,Staf,2024-01-02,,sandi-awal-1\n";
        mvc.perform(multipart("/pegawai/impor").file(csvFile(csv)).with(as("kepegawaian")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Tidak ada pegawai yang diimpor"),
                        containsString("Digit 16–18 (nomor urut 000) tidak boleh 000."))));
        mvc.perform(multipart("/pegawai/impor").with(as("kepegawaian")).with(csrf()))
                .andExpect(content().string(containsString("Pilih berkas CSV")));
    }

    @Test
    void anImportWithoutPasswordsShowsTheInitialPasswordsOnceToPrint() throws Exception {
        String nip = Fixtures.freshNip(1976);
        String csv = "nip;name;type;unitCode;position;positionSince;domicile\n"
                + nip + ";Wulan Cetak;PPPK;BAPPEDA;Staf;2024-01-02;\n";
        String page = mvc.perform(multipart("/pegawai/impor").file(csvFile(csv)).with(as("kepegawaian")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(content().string(allOf(containsString("Kata sandi awal 1 pegawai"),
                        containsString("Hanya ditampilkan sekali"), containsString("Wulan Cetak"),
                        containsString("data-print"))))
                .andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher shown = java.util.regex.Pattern
                .compile("data-testid=\"initial-password\">([^<]+)<").matcher(page);
        assertThat(shown.find()).isTrue();
        String hash = jdbc.sql("select password_hash from account where username = :nip").param("nip", nip)
                .query(String.class).single();
        assertThat(passwords.matches(shown.group(1), hash)).isTrue();
        // the page shows it once: opened again, nothing of it is left
        mvc.perform(get("/pegawai/impor").with(as("kepegawaian")))
                .andExpect(content().string(not(containsString(shown.group(1)))));
    }

    private boolean active(String nip) {
        return jdbc.sql("select active from employee where nip = :nip").param("nip", nip).query(Boolean.class)
                .single();
    }

    private static MockMultipartFile csvFile(String csv) {
        return new MockMultipartFile("file", "pegawai.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        UserDetails account = users.loadUserByUsername(username);
        return user(account);
    }
}
