package id.fleksi.security;

import id.fleksi.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SignInTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountSetup accounts;

    @Autowired
    AccountUserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEmployeeSignsInWithTheFormAndLandsOnTheirHomePage() throws Exception {
        mvc.perform(formLogin("/login").user("pegawai").password("demo12345"))
                .andExpect(authenticated().withUsername("pegawai"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearReason() throws Exception {
        mvc.perform(formLogin("/login").user("kepala").password("not-the-password"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=credentials"));
        mvc.perform(get("/login?error=credentials"))
                .andExpect(content().string(containsString("kata sandi salah")));
    }

    @Test
    void fiveFailuresMakeTheNextAttemptsWaitForPagesAndApiAlikeWithoutLockingTheOwnerOut() throws Exception {
        accounts.createAll(List.of(new NewAccount("uji-kunci", "Uji Kunci", null, Set.of(Role.PEGAWAI),
                "rahasia-123", false)));
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(signIn("uji-kunci", "salah-" + attempt, "10.1.0.1"))
                    .andExpect(redirectedUrl("/login?error=credentials"));
        }
        mvc.perform(get("/api/me").with(httpBasic("uji-kunci", "salah-5")).with(from("10.1.0.1")))
                .andExpect(status().isUnauthorized());

        // the password is not even looked at now, the right one included
        MvcResult refused = mvc.perform(signIn("uji-kunci", "rahasia-123", "10.1.0.1"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrlPattern("/login?error=throttled&wait=*"))
                .andReturn();
        long wait = Long.parseLong(refused.getResponse().getRedirectedUrl().replaceAll(".*wait=", ""));
        assertThat(wait).isBetween(1L, 60L);
        mvc.perform(get("/api/me").with(httpBasic("uji-kunci", "rahasia-123")).with(from("10.1.0.1")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", matchesPattern("[1-9][0-9]*")))
                .andExpect(jsonPath("$.detail").value(containsString("Terlalu banyak percobaan masuk")));
        mvc.perform(get("/login?error=throttled&wait=150"))
                .andExpect(content().string(containsString("Tunggu 3 menit lalu coba lagi")));
        mvc.perform(get("/login?error=throttled&wait=150").header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Wait 3 minutes and try again")));

        // the owner, elsewhere, signs in as usual
        mvc.perform(signIn("uji-kunci", "rahasia-123", "10.1.0.2")).andExpect(authenticated());
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsAWrongPasswordNotAnError() throws Exception {
        String tooLong = "kata-sandi-".repeat(12);
        mvc.perform(signIn("pegawai", tooLong, "10.1.0.6")).andExpect(redirectedUrl("/login?error=credentials"));
        mvc.perform(get("/api/me").with(httpBasic("pegawai", tooLong)).with(from("10.1.0.6")))
                .andExpect(status().isUnauthorized());
        mvc.perform(signIn("pegawai", "demo12345" + "x".repeat(100), "10.1.0.6"))
                .andExpect(redirectedUrl("/login?error=credentials"));
    }

    @Test
    void aSuccessfulSignInClearsEarlierFailuresAtItsAddress() throws Exception {
        accounts.createAll(List.of(new NewAccount("uji-pulih", "Uji Pulih", null, Set.of(Role.PEGAWAI),
                "rahasia-456", false)));
        for (int round = 1; round <= 2; round++) {
            for (int attempt = 1; attempt <= 4; attempt++) {
                mvc.perform(signIn("uji-pulih", "salah-" + attempt, "10.1.0.3"))
                        .andExpect(redirectedUrl("/login?error=credentials"));
            }
            mvc.perform(signIn("uji-pulih", "rahasia-456", "10.1.0.3")).andExpect(authenticated());
        }
    }

    @Test
    void parallelGuessesAllPayForTheirFailures() throws Exception {
        accounts.createAll(List.of(new NewAccount("uji-paralel", "Uji Paralel", null, Set.of(Role.PEGAWAI),
                "rahasia-789", false)));
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int guess = 0; guess < 24; guess++) {
                String password = "tebakan-" + guess;
                answers.add(clients.submit(() -> mvc.perform(get("/api/me")
                                .with(httpBasic("uji-paralel", password)).with(from("10.1.0.4")))
                        .andReturn().getResponse().getStatus()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            // at most the limit plus the guesses already on their way when it was reached get their answer...
            long failed = statuses.stream().filter(s -> s == 401).count();
            assertThat(failed).isBetween(5L, 5L + 7);
            assertThat(statuses).filteredOn(s -> s == 429).hasSize(24 - (int) failed);
            // ...and every one of them is paid for: the next attempt waits a minute for each beyond the five
            String retryAfter = mvc.perform(get("/api/me").with(httpBasic("uji-paralel", "rahasia-789"))
                            .with(from("10.1.0.4")))
                    .andExpect(status().isTooManyRequests()).andReturn().getResponse().getHeader("Retry-After");
            assertThat(Long.parseLong(retryAfter)).isGreaterThan((failed - 5) * 60);
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void aGuessLearnsNothingOfTheAccountsState() throws Exception {
        accounts.createAll(List.of(new NewAccount("uji-nonaktif", "Uji Nonaktif", null, Set.of(Role.PEGAWAI),
                "rahasia-321", false)));
        jdbc.sql("update account set enabled = false where username = 'uji-nonaktif'").update();

        mvc.perform(signIn("uji-nonaktif", "salah-1", "10.1.0.5"))
                .andExpect(redirectedUrl("/login?error=credentials"));
        mvc.perform(signIn("tidak-ada-akun-ini", "salah-1", "10.1.0.5"))
                .andExpect(redirectedUrl("/login?error=credentials"));
        mvc.perform(get("/api/me").with(httpBasic("uji-nonaktif", "salah-2")).with(from("10.1.0.5")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(not(containsString("tidak aktif"))));
        // whoever gives the password learns why it is refused
        mvc.perform(signIn("uji-nonaktif", "rahasia-321", "10.1.0.5"))
                .andExpect(redirectedUrl("/login?error=disabled"));
        mvc.perform(get("/api/me").with(httpBasic("uji-nonaktif", "rahasia-321")).with(from("10.1.0.5")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(containsString("tidak aktif")));
    }

    private static MockHttpServletRequestBuilder signIn(String username, String password, String address) {
        return post("/login").param("username", username).param("password", password).with(csrf())
                .with(from(address));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void anInitialPasswordMustBeChangedBeforeAnythingElse() throws Exception {
        accounts.createAll(List.of(new NewAccount("uji-awal", "Uji Awal", null, Set.of(Role.PEGAWAI),
                "awal-12345", true)));
        FleksiUser fresh = users.loadUserByUsername("uji-awal");

        mvc.perform(get("/beranda/pegawai").with(user(fresh)))
                .andExpect(redirectedUrl("/akun/kata-sandi"));
        mvc.perform(post("/api/me/code-of-conduct").with(httpBasic("uji-awal", "awal-12345")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("/api/me/password")));
        mvc.perform(get("/api/me").with(httpBasic("uji-awal", "awal-12345")))
                .andExpect(jsonPath("$.mustChangePassword").value(true));

        mvc.perform(put("/api/me/password").with(httpBasic("uji-awal", "awal-12345"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"awal-12345\",\"newPassword\":\"pendek\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("newPassword"));
        mvc.perform(put("/api/me/password").with(httpBasic("uji-awal", "awal-12345"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"awal-12345\",\"newPassword\":\"baru-dan-panjang\"}"))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/me").with(httpBasic("uji-awal", "baru-dan-panjang")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mustChangePassword").value(false));
        mvc.perform(get("/api/me").with(httpBasic("uji-awal", "awal-12345")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void thePasswordPageChangesThePasswordAndLiftsTheGate() throws Exception {
        accounts.createAll(List.of(new NewAccount("uji-form", "Uji Form", null, Set.of(Role.PEGAWAI),
                "awal-12345", true)));
        FleksiUser fresh = users.loadUserByUsername("uji-form");
        mvc.perform(post("/akun/kata-sandi").with(user(fresh)).with(csrf())
                        .param("currentPassword", "awal-12345").param("newPassword", "baru-12345")
                        .param("confirmPassword", "lain-12345"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("tidak sama")));
        mvc.perform(post("/akun/kata-sandi").with(user(fresh)).with(csrf())
                        .param("currentPassword", "awal-12345").param("newPassword", "baru-12345")
                        .param("confirmPassword", "baru-12345"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user("uji-form").password("baru-12345")).andExpect(authenticated());
    }

    @Test
    void pagesRefuseAFormWithoutCsrfToken() throws Exception {
        mvc.perform(post("/akun/kata-sandi").with(user(users.loadUserByUsername("pegawai")))
                        .param("currentPassword", "demo12345"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anonymousPagesLeadToTheLoginPageAndTheApiAnswers401() throws Exception {
        mvc.perform(get("/beranda/pegawai")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Basic")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anEmployeeGetsAFriendly403OnAPpkPage() throws Exception {
        mvc.perform(get("/beranda/ppk").with(user(users.loadUserByUsername("pegawai"))))
                .andExpect(status().isForbidden());
    }

    /** bcrypt reads 72 bytes of a password: a longer one, in bytes of UTF-8, is refused next to the field. */
    @Test
    void aPasswordLongerThanBcryptReadsIsRefusedNextToTheField() throws Exception {
        for (String tooLong : new String[]{"a".repeat(73), "\u00e9".repeat(37), "a".repeat(128)}) {
            mvc.perform(put("/api/me/password").with(httpBasic("pegawai", "demo12345"))
                            .header("Accept-Language", "id").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"currentPassword\":\"demo12345\",\"newPassword\":\"" + tooLong + "\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("newPassword"))
                    .andExpect(jsonPath("$.errors[0].message").value(containsString("72")));
        }
        mvc.perform(get("/api/me").with(httpBasic("pegawai", "demo12345"))).andExpect(status().isOk());
    }

    @Test
    void malformedJsonIsA400ProblemWithoutInternals() throws Exception {
        mvc.perform(put("/api/me/password").with(httpBasic("pegawai", "demo12345"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"currentPassword\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Permintaan tidak valid"))
                .andExpect(content().string(not(containsString("Exception"))))
                .andExpect(content().string(not(containsString("jackson"))))
                .andExpect(content().string(not(containsString("trace"))));
    }

    @Test
    void apiMessagesFollowAcceptLanguage() throws Exception {
        mvc.perform(get("/api/me").header("Accept-Language", "en-US,en;q=0.9"))
                .andExpect(jsonPath("$.title").value("Authentication required"));
        mvc.perform(get("/api/me"))
                .andExpect(jsonPath("$.title").value("Perlu autentikasi"));
    }
}
