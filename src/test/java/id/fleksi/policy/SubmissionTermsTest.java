package id.fleksi.policy;

import id.fleksi.IntegrationTest;
import id.fleksi.security.AccountSetup;
import id.fleksi.security.NewAccount;
import id.fleksi.security.Role;
import id.fleksi.shared.InstitutionTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * What a submission reads of the determination in one statement answers as the two questions asked apart: the
 * version in force on the plan's Monday, and whether the code of conduct in force today waits for the account.
 */
class SubmissionTermsTest extends IntegrationTest {

    private static final String USERNAME = "uji-syarat-pengajuan";

    @Autowired
    Policies policies;
    @Autowired
    AccountSetup accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void theTermsOfASubmissionAreTheDeterminationOfItsMondayAndTheCodeOfConductOfToday() throws Exception {
        accounts.createAll(List.of(new NewAccount(USERNAME, "Uji Syarat Pengajuan", null, Set.of(Role.PEGAWAI),
                "rahasia-789", false)));
        long account = jdbc.sql("select id from account where username = :u").param("u", USERNAME)
                .query(Long.class).single();
        LocalDate today = InstitutionTime.today(clock);
        LocalDate nextMonday = today.with(DayOfWeek.MONDAY).plusWeeks(1);
        LocalDate beforeAnyVersion = jdbc.sql("select min(effective_from) from policy_version")
                .query(LocalDate.class).single().with(DayOfWeek.MONDAY).minusWeeks(1);

        Policies.SubmissionTerms next = policies.submissionTerms(account, today, nextMonday);
        assertThat(next.determination()).isNotNull().isEqualTo(policies.determinationOn(nextMonday).orElseThrow());
        assertThat(next.codeOfConductOutstanding()).isTrue()
                .isEqualTo(policies.codeOfConductOutstanding(account, today));
        // a Monday before the first version: no determination, and today's code of conduct still waits
        Policies.SubmissionTerms early = policies.submissionTerms(account, today, beforeAnyVersion);
        assertThat(early.determination()).isNull();
        assertThat(policies.determinationOn(beforeAnyVersion)).isEmpty();
        assertThat(early.codeOfConductOutstanding()).isTrue();

        mvc.perform(post("/saya/kode-perilaku").with(user(users.loadUserByUsername(USERNAME))).with(csrf()))
                .andExpect(redirectedUrl("/saya/kode-perilaku"));
        assertThat(policies.submissionTerms(account, today, nextMonday).codeOfConductOutstanding()).isFalse();
        assertThat(policies.submissionTerms(account, today, beforeAnyVersion).codeOfConductOutstanding()).isFalse();
        assertThat(policies.codeOfConductOutstanding(account, today)).isFalse();
    }
}
