package id.fleksi.policy;

import id.fleksi.IntegrationTest;
import id.fleksi.shared.InstitutionTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pasal 31: the PPK records that the determination in force was sent to the Minister, with the letter's number and
 * its copy; until then the determination's page and the PPK's home remind them. Nothing is stored from a wrong
 * record.
 */
public class PolicySubmissionTest extends IntegrationTest {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    @Test
    void thePpkIsRemindedRecordsTheSendingWithItsLetterAndEveryoneReadsIt() throws Exception {
        LocalDate today = InstitutionTime.today(Clock.systemUTC());
        long version = unsentVersionInForce(jdbc);

        mvc.perform(get("/kebijakan").with(as("ppk"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"submission-reminder\"")));
        mvc.perform(get("/beranda/ppk").with(as("ppk"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"submission-reminder\"")));
        // HR reads the version's page without the form, and may not record
        mvc.perform(get("/kebijakan/versi/" + version).with(as("kepegawaian"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"submission-none\"")))
                .andExpect(content().string(not(containsString("data-testid=\"submission-form\""))));
        mvc.perform(multipart("/api/policy/versions/" + version + "/submission").param("submittedOn", today.toString())
                        .param("letterNumber", "800/123/ORG").with(httpBasic("kepegawaian", "demo12345")))
                .andExpect(status().isForbidden());

        // a day to come, no number and a text file named .pdf: every problem told, nothing stored
        mvc.perform(multipart("/api/policy/versions/" + version + "/submission")
                        .file(new MockMultipartFile("letter", "surat.pdf", "application/pdf",
                                "bukan pdf".getBytes(StandardCharsets.UTF_8)))
                        .param("submittedOn", today.plusDays(1).toString()).param("letterNumber", " ")
                        .header("Accept-Language", "en").with(httpBasic("ppk", "demo12345")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(3)))
                .andExpect(jsonPath("$.errors[0].field").value("submittedOn"))
                .andExpect(jsonPath("$.errors[0].message").value("The day it was sent cannot be after today."));
        // on the page, what was typed stays beside the problem
        mvc.perform(multipart("/kebijakan/versi/" + version + "/penyampaian").param("submittedOn", "7-12-2026")
                        .param("letterNumber", "800/123/ORG/2026").with(as("ppk")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"800/123/ORG/2026\"")))
                .andExpect(content().string(containsString("submittedOn-error")));
        assertThat(count("select count(*) from policy_submission where policy_version_id = " + version)).isZero();
        assertThat(count("select count(*) from document where purpose = 'POLICY_SUBMISSION_LETTER'")).isZero();

        mvc.perform(multipart("/kebijakan/versi/" + version + "/penyampaian")
                        .file(new MockMultipartFile("letter", "surat penyampaian.pdf", "application/pdf", PDF))
                        .param("submittedOn", today.toString()).param("letterNumber", "800/123/ORG/2026")
                        .with(as("ppk")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/kebijakan/versi/" + version));

        mvc.perform(get("/api/policy/versions/" + version + "/submission").with(httpBasic("kepala", "demo12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.letterNumber").value("800/123/ORG/2026"))
                .andExpect(jsonPath("$.submittedOn").value(today.toString()))
                .andExpect(jsonPath("$.recordedBy").value("ppk"));
        mvc.perform(get("/kebijakan/versi/" + version + "/penyampaian/surat").with(as("kepegawaian")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(content().bytes(PDF));
        mvc.perform(get("/kebijakan").with(as("ppk")))
                .andExpect(content().string(not(containsString("data-testid=\"submission-reminder\""))));
        assertThat(count("""
                select count(*) from audit_event where action = 'POLICY_SUBMISSION_RECORDED'
                and after_state ->> 'letterNumber' = '800/123/ORG/2026'""")).isEqualTo(1);

        // recorded again without a letter: the number changes, the letter kept stays
        mvc.perform(multipart("/api/policy/versions/" + version + "/submission").param("submittedOn", today.toString())
                        .param("letterNumber", "800/124/ORG/2026").with(httpBasic("ppk", "demo12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.letterNumber").value("800/124/ORG/2026"))
                .andExpect(jsonPath("$.letterDocumentId").isNumber());
        assertThat(count("select count(*) from document where purpose = 'POLICY_SUBMISSION_LETTER'")).isEqualTo(1);
    }

    /** The version of the determination in force today, its sending not recorded (again) for the test. */
    public static long unsentVersionInForce(JdbcClient jdbc) {
        long version = jdbc.sql("""
                        select id from policy_version where effective_from <= :today
                        order by effective_from desc limit 1""")
                .param("today", InstitutionTime.today(Clock.systemUTC())).query(Long.class).single();
        jdbc.sql("delete from policy_submission where policy_version_id = :id").param("id", version).update();
        return version;
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
