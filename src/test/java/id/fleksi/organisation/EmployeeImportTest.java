package id.fleksi.organisation;

import id.fleksi.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class EmployeeImportTest extends IntegrationTest {

    private static final String HEADER = "nip,name,type,unitCode,position,positionSince,domicile,password";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    @Test
    void tenThousandRowsAreImportedWithTheirAccounts() throws Exception {
        jdbc.sql("insert into unit (code, name, time_zone) values ('UJI-IMPOR-BESAR', 'Unit Impor Besar', 'Asia/Jayapura')")
                .update();
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 10_000; i++) {
            String nip = Fixtures.nip(LocalDate.of(1960, 1, 1).plusDays(i % 3650), YearMonth.of(1990, 1), 1 + i % 2,
                    1 + i / 3650);
            // a distinct initial password for every ten rows: a thousand hashes (identical ones are hashed once)
            csv.append(nip).append(",Pegawai Impor ").append(i).append(",PNS,UJI-IMPOR-BESAR,Analis,2020-01-0")
                    .append(1 + i % 9).append(",\"Jl. Impor ").append(i).append(", Sukamaju\",sandi-awal-").append(i / 10)
                    .append('\n');
        }

        long started = System.nanoTime();
        importCsv(csv.toString(), "kepegawaian", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(true))
                .andExpect(jsonPath("$.rows").value(10_000))
                .andExpect(jsonPath("$.errors", hasSize(0)));
        System.out.printf("Imported 10,000 employees (1,000 distinct initial passwords) in %d ms%n",
                Duration.ofNanos(System.nanoTime() - started).toMillis());

        assertThat(count("select count(*) from employee e join unit u on u.id = e.unit_id"
                + " where u.code = 'UJI-IMPOR-BESAR' and e.active")).isEqualTo(10_000);
        assertThat(count("select count(*) from account a join employee e on e.id = a.employee_id"
                + " join unit u on u.id = e.unit_id join account_role r on r.account_id = a.id"
                + " where u.code = 'UJI-IMPOR-BESAR' and a.must_change_password and a.enabled"
                + " and a.username = e.nip and r.role = 'PEGAWAI'")).isEqualTo(10_000);
        assertThat(count("select count(*) from audit_event where action = 'EMPLOYEES_IMPORTED'"
                + " and after_state->>'count' = '10000'")).isEqualTo(1);
        String last = Fixtures.nip(LocalDate.of(1960, 1, 1).plusDays(9_999 % 3650), YearMonth.of(1990, 1), 2,
                1 + 9_999 / 3650);
        mvc.perform(get("/api/me").with(httpBasic(last, "sandi-awal-999")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mustChangePassword").value(true));
    }

    @Test
    void oneBadRowImportsNothingAndNamesItsLineAndColumn() throws Exception {
        String good = Fixtures.freshNip(1973);
        String alsoGood = Fixtures.freshNip(1973);
        String csv = HEADER + "\n"
                + good + ",Ani Baik,PNS,BAPPEDA,Perencana,2024-01-02,,sandi-awal-1\n"
                + alsoGood + ",Budi Buruk,PNS,TIDAK-ADA,Perencana,2024-01-02,,sandi-awal-1\n";

        importCsv(csv, "kepegawaian", null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.imported").value(false))
                .andExpect(jsonPath("$.rows").value(2))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("unitCode"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("TIDAK-ADA")));

        assertThat(count("select count(*) from employee where nip in ('" + good + "', '" + alsoGood + "')")).isZero();
        assertThat(count("select count(*) from account where username = '" + good + "'")).isZero();
    }

    @Test
    void duplicatesExistingNipsAndWrongValuesAreAllReportedInTheCallersLanguage() throws Exception {
        String fresh = Fixtures.freshNip(1973);
        // a spreadsheet in an Indonesian locale: BOM, semicolons, upper-case header, day-first dates
        String csv = "\uFEFF" + HEADER.toUpperCase().replace(',', ';') + "\r\n"
                + fresh + ";Citra;PPPK;BAPPEDA;Statistisi;31/12/2023;;sandi-awal-2\r\n"
                + fresh + ";Citra Lagi;PPPK;BAPPEDA;Statistisi;2023-12-31;;sandi-awal-2\r\n"
                + "198808122010042002;Kartika;PNS;DISKOMINFO;Pranata;2023-12-31;;sandi-awal-2\r\n"
                + "199001012021131001;Dedi;HONORER;BAPPEDA;Staf;kemarin;;pendek\r\n";

        importCsv(csv, "kepegawaian", "en")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.line == 3 && @.column == 'nip')].message")
                        .value(org.hamcrest.Matchers.hasItem("Same as line 2 of this file.")))
                .andExpect(jsonPath("$.errors[?(@.line == 4 && @.column == 'nip')].message")
                        .value(org.hamcrest.Matchers.hasItem(containsString("already exists"))))
                .andExpect(jsonPath("$.errors[?(@.line == 5 && @.column == 'nip')].message")
                        .value(org.hamcrest.Matchers.hasItem(
                                "Digits 9–14 (month of appointment 2021-13) are not a valid month.")))
                .andExpect(jsonPath("$.errors[?(@.line == 5)].column").value(
                        org.hamcrest.Matchers.containsInAnyOrder("nip", "type", "positionSince", "password")));
        assertThat(count("select count(*) from employee where nip = '" + fresh + "'")).isZero();

        // the same file, corrected, goes in whole
        String corrected = "\uFEFF" + HEADER.toUpperCase().replace(',', ';') + "\r\n"
                + fresh + ";Citra;PPPK;BAPPEDA;Statistisi;31/12/2023;;sandi-awal-2\r\n";
        importCsv(corrected, "kepegawaian", null).andExpect(status().isOk());
        assertThat(jdbc.sql("select position_since::text from employee where nip = :nip").param("nip", fresh)
                .query(String.class).single()).isEqualTo("2023-12-31");
    }

    @Test
    void aFileWithoutTheColumnsOrRowsIsRefusedAsAWhole() throws Exception {
        importCsv("nama,jabatan\nAni,Staf\n", "kepegawaian", null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].line").value(1))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("nip")));
        importCsv(HEADER + "\n", "kepegawaian", null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("baris judul")));
        importCsv(HEADER + "\n\"tidak ditutup,", "kepegawaian", null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].line").value(2));
    }

    @Test
    void aFileWithoutPasswordsGetsInitialPasswordsMadeAndShownOnceInTheAnswer() throws Exception {
        String made = Fixtures.freshNip(1975);
        String given = Fixtures.freshNip(1975);
        // as the template writes it in Indonesian: semicolons, no password column
        String csv = "\uFEFFnip;name;type;unitCode;position;positionSince;domicile\r\n"
                + made + ";Rani Tanpa Sandi;PNS;BAPPEDA;Perencana;2024-01-02;\r\n";
        String body = importCsv(csv, "kepegawaian", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(true))
                .andExpect(jsonPath("$.initialPasswords", hasSize(1)))
                .andExpect(jsonPath("$.initialPasswords[0].nip").value(made))
                .andExpect(jsonPath("$.initialPasswords[0].name").value("Rani Tanpa Sandi"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsString();
        String password = com.jayway.jsonpath.JsonPath.read(body, "$.initialPasswords[0].password");
        assertThat(password).hasSize(12).doesNotContain(made);
        mvc.perform(get("/api/me").with(httpBasic(made, password)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mustChangePassword").value(true));
        String audited = jdbc.sql("""
                        select after_state::text from audit_event where action = 'EMPLOYEES_IMPORTED'
                        order by id desc limit 1""").query(String.class).single();
        assertThat(audited).contains("\"initialPasswordsMade\": 1").doesNotContain(password);

        // a row that gives its own password keeps it; only the empty one is made
        String alsoMade = Fixtures.freshNip(1975);
        importCsv(HEADER + "\n" + given + ",Sari Bersandi,PNS,BAPPEDA,Perencana,2024-01-02,,sandi-sendiri-1\n"
                        + alsoMade + ",Tono Tanpa,PNS,BAPPEDA,Perencana,2024-01-02,,\n", "kepegawaian", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.initialPasswords", hasSize(1)))
                .andExpect(jsonPath("$.initialPasswords[0].nip").value(alsoMade));
        mvc.perform(get("/api/me").with(httpBasic(given, "sandi-sendiri-1"))).andExpect(status().isOk());
    }

    @Test
    void theTemplateIsTheHeaderRowWithoutPasswordsInTheReadersExcelConvention() throws Exception {
        byte[] indonesian = mvc.perform(get("/pegawai/impor/templat").with(user(users.loadUserByUsername("kepegawaian"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"templat-impor-pegawai.csv\""))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(indonesian, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFnip;name;type;unitCode;position;positionSince;domicile\r\n");
        byte[] english = mvc.perform(get("/pegawai/impor/templat").header("Accept-Language", "en")
                        .with(user(users.loadUserByUsername("kepegawaian"))))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(english, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFnip,name,type,unitCode,position,positionSince,domicile\r\n");
        // the template read back by the import: the columns are all there, only the rows are missing
        importCsv(new String(indonesian, StandardCharsets.UTF_8), "kepegawaian", null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("baris judul")));
    }

    @Test
    void onlyHrImports() throws Exception {
        importCsv(HEADER + "\n", "ppk", null).andExpect(status().isForbidden());
    }

    private ResultActions importCsv(String csv, String account, String language) throws Exception {
        var request = post("/api/employees/import").with(httpBasic(account, "demo12345"))
                .contentType("text/csv").content(csv.getBytes(StandardCharsets.UTF_8));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return mvc.perform(request);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
