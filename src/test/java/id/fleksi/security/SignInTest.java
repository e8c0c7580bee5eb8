package id.fleksi.security;

import id.fleksi.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Set;

import static org.hamcrest.Matchers.containsString;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SignInTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountSetup accounts;

    @Autowired
    AccountUserDetailsService users;

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
    void fiveFailuresLockTheAccountForPagesAndApiAlike() throws Exception {
        accounts.createAll(List.of(new NewAccount("uji-kunci", "Uji Kunci", null, Set.of(Role.PEGAWAI),
                "rahasia-123", false)));
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(formLogin("/login").user("uji-kunci").password("salah-" + attempt))
                    .andExpect(redirectedUrl("/login?error=credentials"));
        }
        mvc.perform(get("/api/me").with(httpBasic("uji-kunci", "salah-5"))).andExpect(status().isUnauthorized());

        mvc.perform(formLogin("/login").user("uji-kunci").password("rahasia-123"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=locked"));
        mvc.perform(get("/api/me").with(httpBasic("uji-kunci", "rahasia-123")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(containsString("dikunci")));
    }

    @Test
    void aSuccessfulSignInClearsEarlierFailures() throws Exception {
        accounts.createAll(List.of(new NewAccount("uji-pulih", "Uji Pulih", null, Set.of(Role.PEGAWAI),
                "rahasia-456", false)));
        for (int round = 1; round <= 2; round++) {
            for (int attempt = 1; attempt <= 4; attempt++) {
                mvc.perform(formLogin("/login").user("uji-pulih").password("salah-" + attempt))
                        .andExpect(redirectedUrl("/login?error=credentials"));
            }
            mvc.perform(formLogin("/login").user("uji-pulih").password("rahasia-456"))
                    .andExpect(authenticated());
        }
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
