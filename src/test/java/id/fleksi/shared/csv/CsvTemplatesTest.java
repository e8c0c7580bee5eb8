package id.fleksi.shared.csv;

import id.fleksi.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every CSV import offers its template: the header row the import reads, in Indonesian Excel's convention, as a
 * download; and the import's page links to it.
 */
class CsvTemplatesTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/pegawai/impor | /pegawai/impor/templat | kepegawaian | templat-impor-pegawai | nip;name;type;unitCode;position;positionSince;domicile",
            "/tugas/impor | /tugas/impor/penugasan/templat | kepegawaian | templat-impor-penugasan | taskCode;nip",
            "/tugas/impor | /tugas/impor/tugas/templat | kepegawaian | templat-impor-tugas | code;name;unitCode;",
            "/hari-libur | /hari-libur/impor/templat | ppk | templat-impor-hari-libur | date;name;kind;basis",
            "/evaluasi/indikator | /evaluasi/indikator/impor/templat | kepala | templat-impor-indikator-layanan | unitCode;periodFrom;periodTo;name;value;measure;target;baseline;better"})
    void eachImportOffersItsHeaderRowAsATemplate(String page, String template, String account, String fileName,
                                                 String header) throws Exception {
        mvc.perform(get(page).with(user(users.loadUserByUsername(account))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"" + template + "\"")));
        byte[] file = mvc.perform(get(template).with(user(users.loadUserByUsername(account))))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"" + fileName + ".csv\""))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF" + header).endsWith("\r\n").doesNotContainIgnoringCase("password");
        assertThat(text.lines().count()).as("the header row only").isEqualTo(1);
    }
}
