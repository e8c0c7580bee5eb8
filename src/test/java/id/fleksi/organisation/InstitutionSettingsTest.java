package id.fleksi.organisation;

import id.fleksi.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The letterhead and signatory of the printed reports: HR or the PPK saves them on their page, the determination
 * report for the Minister carries them, bad input is refused field by field and a stale form does not overwrite
 * a newer one. The demo institution's settings (and their version) are put back after each test.
 */
class InstitutionSettingsTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Organisation organisation;

    private InstitutionProfile demo;

    @BeforeEach
    void keepTheDemoSettings() {
        demo = organisation.institution();
    }

    @AfterEach
    void restoreTheDemoSettings() {
        jdbc.sql("""
                        update institution set name = :name, short_name = :shortName, address = :address,
                               contact = :contact, signing_place = :place, signatory_name = :signatoryName,
                               signatory_title = :signatoryTitle, signatory_nip = :signatoryNip,
                               version = :version""")
                .param("name", demo.name()).param("shortName", demo.shortName()).param("address", demo.address())
                .param("contact", demo.contact()).param("place", demo.place())
                .param("signatoryName", demo.signatoryName()).param("signatoryTitle", demo.signatoryTitle())
                .param("signatoryNip", demo.signatoryNip()).param("version", demo.version())
                .update();
    }

    @Test
    void hrSavesTheSignatoryAndTheReportForTheMinisterCarriesIt() throws Exception {
        long audited = audited();
        mvc.perform(save("kepegawaian", Map.of("signatoryTitle", "Sekretaris Daerah",
                        "signatoryName", "Agus Saputra, S.Sos.", "signatoryNip", " 19800313 201501 1 001 ",
                        "place", "Kota Sukamaju", "address", "Jalan Merdeka No. 9, Sukamaju 45112")))
                .andExpect(redirectedUrl("/pengaturan/instansi"))
                .andExpect(flash().attribute("successKey", "org.institution.saved"));

        InstitutionProfile saved = organisation.institution();
        assertThat(saved.signatoryNip()).isEqualTo("198003132015011001");
        assertThat(saved.version()).isEqualTo(demo.version() + 1);
        assertThat(audited()).isEqualTo(audited + 1);
        assertThat(jdbc.sql("""
                        select after_state ->> 'signatoryName' from audit_event
                        where action = 'INSTITUTION_UPDATED' order by id desc limit 1""")
                .query(String.class).single()).isEqualTo("Agus Saputra, S.Sos.");

        byte[] pdf = mvc.perform(get("/laporan/penetapan").param("format", "pdf").with(as("ppk")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(pdfText(pdf)).contains("PEMERINTAH KABUPATEN SUKAMAJU", "Jalan Merdeka No. 9, Sukamaju 45112",
                "Kota Sukamaju, ", "Sekretaris Daerah Agus Saputra, S.Sos. NIP 198003132015011001");

        mvc.perform(get("/laporan").with(as("ppk")))
                .andExpect(content().string(containsString("Ditandatangani oleh Sekretaris Daerah, Agus Saputra")));
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingChanges() throws Exception {
        mvc.perform(save("ppk", Map.of("name", " ", "signatoryName", "Tanpa Jabatan", "signatoryTitle", "",
                        "signatoryNip", "1980031320150110", "contact", "x".repeat(201))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Wajib diisi."),
                        containsString("Isi nama dan jabatan penanda tangan bersama-sama"),
                        containsString("NIP harus 18 digit; yang diisi 16 digit."),
                        containsString("Paling banyak 200 karakter."),
                        containsString("value=\"Tanpa Jabatan\""))));
        assertThat(organisation.institution()).isEqualTo(demo);
    }

    @Test
    void aFormReadBeforeSomeoneElseSavedDoesNotOverwriteTheirs() throws Exception {
        mvc.perform(save("ppk", Map.of("contact", "Telepon (0231) 555 0199")))
                .andExpect(redirectedUrl("/pengaturan/instansi"));
        mvc.perform(save("kepegawaian", Map.of("contact", "Telepon lama")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Orang lain menyimpan pengaturan ini lebih dahulu.")));
        assertThat(organisation.institution().contact()).isEqualTo("Telepon (0231) 555 0199");
    }

    @Test
    void aFormWithoutItsVersionIsABadRequest() throws Exception {
        mvc.perform(post("/pengaturan/instansi").with(as("ppk")).with(csrf()).param("name", "Tanpa Versi")
                        .param("shortName", "TV"))
                .andExpect(status().isBadRequest());
        assertThat(organisation.institution()).isEqualTo(demo);
    }

    @Test
    void employeesAndUnitHeadsCannotOpenIt() throws Exception {
        mvc.perform(get("/pengaturan/instansi").with(as("pegawai"))).andExpect(status().isForbidden());
        mvc.perform(save("kepala", Map.of())).andExpect(status().isForbidden());
        assertThat(organisation.institution()).isEqualTo(demo);
    }

    /** The page's form as the demo settings fill it (with the version read at the start), changed by {@code changes}. */
    private MockHttpServletRequestBuilder save(String username, Map<String, String> changes) {
        MockHttpServletRequestBuilder form = post("/pengaturan/instansi").with(as(username)).with(csrf())
                .param("version", String.valueOf(demo.version()));
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("name", demo.name());
        fields.put("shortName", demo.shortName());
        fields.put("address", demo.address());
        fields.put("contact", demo.contact());
        fields.put("place", demo.place());
        fields.put("signatoryName", demo.signatoryName());
        fields.put("signatoryTitle", demo.signatoryTitle());
        fields.put("signatoryNip", demo.signatoryNip());
        fields.putAll(changes);
        fields.forEach(form::param);
        return form;
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private long audited() {
        return jdbc.sql("select count(*) from audit_event where action = 'INSTITUTION_UPDATED'")
                .query(Long.class).single();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
