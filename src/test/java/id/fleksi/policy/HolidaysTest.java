package id.fleksi.policy;

import id.fleksi.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The holiday calendar: a year's list replaced whole, one day added or removed, a CSV file all or nothing. */
class HolidaysTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Holidays holidays;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoCalendarHoldsOnlyTheFixedNationalHolidays() throws Exception {
        mvc.perform(get("/api/holidays/2027").with(httpBasic("pegawai", "demo12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(5)))
                .andExpect(jsonPath("$[*].date").value(hasItem("2027-08-17")))
                .andExpect(jsonPath("$[0].kind").value("LIBUR_NASIONAL"));
    }

    @Test
    void theNationalHolidaysAndCutiBersamaOf2025And2026AreThereWithTheirDecree() throws Exception {
        assertThat(holidays.ofYear(2025)).hasSize(27)
                .allSatisfy(day -> assertThat(day.basis()).contains("Nomor 1017 Tahun 2024")
                        .contains("Hari Libur Nasional dan Cuti Bersama Tahun 2025"))
                .filteredOn(day -> day.kind() == HolidayKind.CUTI_BERSAMA).hasSize(10);
        assertThat(holidays.ofYear(2026)).hasSize(25)
                .allSatisfy(day -> assertThat(day.basis()).contains("Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, "
                        + "dan Nomor 5 Tahun 2025"))
                .filteredOn(day -> day.kind() == HolidayKind.CUTI_BERSAMA).extracting(Holiday::date)
                .containsExactly(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 3, 18), LocalDate.of(2026, 3, 20),
                        LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 24), LocalDate.of(2026, 5, 15),
                        LocalDate.of(2026, 5, 28), LocalDate.of(2026, 12, 24));
        // the moving feasts are there, not only the days fixed by date
        assertThat(holidays.on(LocalDate.of(2026, 3, 19)).orElseThrow().name()).contains("Nyepi");
        assertThat(holidays.on(LocalDate.of(2025, 3, 31)).orElseThrow().name()).contains("Idulfitri 1446");

        mvc.perform(get("/hari-libur?tahun=2026").with(as("kepegawaian")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Dasar: SKB Menteri Agama"),
                        containsString("Cuti bersama Idulfitri 1447 Hijriah"),
                        not(containsString("data-testid=\"holiday-undecreed\"")))));
        mvc.perform(get("/api/holidays/2026").with(httpBasic("pegawai", "demo12345")))
                .andExpect(jsonPath("$[0].basis").value(containsString("Nomor 1497 Tahun 2025")));
        // a year without a decree says so and points to the import
        mvc.perform(get("/hari-libur?tahun=2027").with(as("kepegawaian")))
                .andExpect(content().string(allOf(containsString("data-testid=\"holiday-undecreed\""),
                        containsString("belum menyebut keputusan pemerintah"))));
    }

    @Test
    void theBasisTravelsWithTheFormTheFileAndTheApi() throws Exception {
        mvc.perform(post("/hari-libur").with(as("ppk")).with(csrf())
                        .param("date", "2096-02-02").param("name", "Hari uji dasar").param("kind", "LIBUR_NASIONAL")
                        .param("basis", "  Keputusan uji Nomor 1 Tahun 2095  "))
                .andExpect(redirectedUrl("/hari-libur?tahun=2096"));
        assertThat(holidays.on(LocalDate.of(2096, 2, 2)).orElseThrow().basis())
                .isEqualTo("Keputusan uji Nomor 1 Tahun 2095");
        mvc.perform(post("/hari-libur").with(as("ppk")).with(csrf())
                        .param("date", "2096-02-03").param("name", "Dasar terlalu panjang").param("kind", "CUTI_BERSAMA")
                        .param("basis", "x".repeat(301)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dasar penetapan paling banyak 300 karakter")));
        assertThat(holidays.on(LocalDate.of(2096, 2, 3))).isEmpty();

        String file = """
                date;name;kind;basis
                2097-01-01;Tahun Baru;LIBUR_NASIONAL;SKB uji Nomor 9 Tahun 2096
                2097-01-02;Cuti bersama uji;CUTI_BERSAMA;
                """;
        mvc.perform(multipart("/hari-libur/impor").file(csv(file)).param("tahun", "2097")
                        .with(as("kepegawaian")).with(csrf()))
                .andExpect(redirectedUrl("/hari-libur?tahun=2097"));
        assertThat(holidays.ofYear(2097)).extracting(Holiday::basis).containsExactly("SKB uji Nomor 9 Tahun 2096", null);

        mvc.perform(put("/api/holidays/2098").with(httpBasic("ppk", "demo12345"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                [{"date":"2098-08-17","name":"Kemerdekaan","kind":"LIBUR_NASIONAL","basis":"SKB uji"}]"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].basis").value("SKB uji"));
    }

    @Test
    void replacingAYearKeepsExactlyTheNewList() throws Exception {
        mvc.perform(put("/api/holidays/2091").with(httpBasic("kepegawaian", "demo12345"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                [{"date":"2091-08-17","name":"Hari Kemerdekaan","kind":"LIBUR_NASIONAL"},
                                 {"date":"2091-01-01","name":"Tahun Baru","kind":"LIBUR_NASIONAL"}]"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].date").value("2091-01-01"));
        mvc.perform(put("/api/holidays/2091").with(httpBasic("ppk", "demo12345"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                [{"date":"2091-12-24","name":"Cuti bersama Natal","kind":"CUTI_BERSAMA"}]"""))
                .andExpect(status().isOk());

        mvc.perform(get("/api/holidays/2091").with(httpBasic("pegawai", "demo12345")))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].name").value("Cuti bersama Natal"))
                .andExpect(jsonPath("$[0].kind").value("CUTI_BERSAMA"));
        assertThat(holidays.between(LocalDate.of(2091, 12, 1), LocalDate.of(2091, 12, 31)))
                .containsExactly(new Holiday(LocalDate.of(2091, 12, 24), "Cuti bersama Natal", HolidayKind.CUTI_BERSAMA));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'HOLIDAYS_REPLACED' and subject_key = '2091'")
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aListWithAWrongEntryIsRefusedEntryByEntryAndNothingChanges() throws Exception {
        mvc.perform(put("/api/holidays/2092").with(httpBasic("ppk", "demo12345"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                [{"date":"2092-05-01","name":"Hari Buruh","kind":"LIBUR_NASIONAL"}]"""))
                .andExpect(status().isOk());
        mvc.perform(put("/api/holidays/2092").with(httpBasic("ppk", "demo12345"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                [{"date":"2093-01-01","name":"Tahun lain","kind":"LIBUR_NASIONAL"},
                                 {"date":"2092-06-01","name":" ","kind":"LIBUR_NASIONAL"},
                                 {"date":"2092-06-01","name":"Dua kali","kind":null}]"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("tidak ada yang berubah")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("[0].date")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("[1].name")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("[2].date")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("[2].kind")))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem("Tanggal harus dalam tahun 2092.")));
        assertThat(holidays.ofYear(2092)).extracting(Holiday::name).containsExactly("Hari Buruh");
    }

    @Test
    void aCsvImportTakesAllRowsOrNoneWithAReportPerLine() throws Exception {
        String broken = """
                date;name;kind
                2094-01-01;Tahun Baru Masehi;LIBUR_NASIONAL
                2094-13-01;Tanggal salah;LIBUR_NASIONAL
                2094-01-01;;LIBURAN
                """;
        mvc.perform(multipart("/hari-libur/impor").file(csv(broken)).param("tahun", "2094")
                        .with(as("kepegawaian")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Berkas tidak diimpor"),
                        containsString("bukan tanggal"), containsString("Sama dengan baris 2"),
                        containsString("bukan jenis yang dikenal"), not(containsString("??")))));
        assertThat(holidays.ofYear(2094)).isEmpty();

        String good = """
                date,name,kind
                2094-01-01,Tahun Baru Masehi,LIBUR_NASIONAL
                2094-12-26,"Cuti bersama, Natal",cuti_bersama
                """;
        mvc.perform(multipart("/hari-libur/impor").file(csv(good)).param("tahun", "2094")
                        .with(as("kepegawaian")).with(csrf()))
                .andExpect(redirectedUrl("/hari-libur?tahun=2094"))
                .andExpect(flash().attribute("successKey", "holiday.imported"));
        assertThat(holidays.ofYear(2094)).containsExactly(
                new Holiday(LocalDate.of(2094, 1, 1), "Tahun Baru Masehi", HolidayKind.LIBUR_NASIONAL),
                new Holiday(LocalDate.of(2094, 12, 26), "Cuti bersama, Natal", HolidayKind.CUTI_BERSAMA));
    }

    @Test
    void oneHolidayIsAddedAndRemovedAfterAConfirmation() throws Exception {
        mvc.perform(post("/hari-libur").with(as("ppk")).with(csrf())
                        .param("date", "2095-03-10").param("name", "Hari uji tambah").param("kind", "CUTI_BERSAMA"))
                .andExpect(redirectedUrl("/hari-libur?tahun=2095"))
                .andExpect(flash().attribute("successKey", "holiday.added"));
        mvc.perform(get("/hari-libur?tahun=2095").with(as("ppk")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Hari uji tambah"),
                        containsString("/hari-libur/2095-03-10/hapus"), not(containsString("??")))));

        mvc.perform(get("/hari-libur/2095-03-10/hapus").with(as("ppk")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Hapus hari libur ini?"),
                        containsString("Hari uji tambah"))));
        assertThat(holidays.on(LocalDate.of(2095, 3, 10))).isPresent();
        mvc.perform(post("/hari-libur/2095-03-10/hapus").with(as("ppk")).with(csrf()))
                .andExpect(redirectedUrl("/hari-libur?tahun=2095"))
                .andExpect(flash().attribute("successKey", "holiday.removed"));
        assertThat(holidays.on(LocalDate.of(2095, 3, 10))).isEmpty();
        assertThat(jdbc.sql("""
                        select count(*) from audit_event
                        where action in ('HOLIDAY_ADDED', 'HOLIDAY_REMOVED') and subject_key = '2095-03-10'""")
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void addingADayThatIsAlreadyAHolidayIsToldNextToTheDate() throws Exception {
        mvc.perform(post("/hari-libur").with(as("kepegawaian")).with(csrf())
                        .param("date", "2026-01-01").param("name", "Tahun Baru lagi").param("kind", "LIBUR_NASIONAL"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("sudah tercatat sebagai hari libur"),
                        containsString("value=\"Tahun Baru lagi\""))));
        assertThat(holidays.on(LocalDate.of(2026, 1, 1)).orElseThrow().name()).isEqualTo("Tahun Baru 2026 Masehi");
    }

    private static MockMultipartFile csv(String text) {
        return new MockMultipartFile("berkas", "libur.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
