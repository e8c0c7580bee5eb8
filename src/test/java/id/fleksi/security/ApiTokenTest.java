package id.fleksi.security;

import id.fleksi.IntegrationTest;
import id.fleksi.planning.PlanTestUnits;
import id.fleksi.planning.PlanTestUnits.TestUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * API tokens: made once with the password, sent as {@code Authorization: Bearer}, judged with the account as it is
 * at each call, listed without the secret, revoked by their owner only, refused once expired or revoked.
 */
class ApiTokenTest extends IntegrationTest {

    static final String PASSWORD = "demo12345";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    AccountUserDetailsService users;

    @Test
    void aTokenMadeWithThePasswordSignsInLaterCallsAndIsNeverShownOrKeptAgain() throws Exception {
        JsonNode created = create("pegawai", "{\"name\":\"Skrip rekap\",\"expiresInDays\":30}")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/tokens/")))
                .andExpect(jsonPath("$.name").value("Skrip rekap"))
                .andReturn().getResponse().getContentAsString().transform(json::readTree);
        String token = created.get("token").asString();
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        Instant expiresAt = Instant.parse(created.get("expiresAt").asString());
        assertThat(Duration.between(Instant.now(), expiresAt)).isBetween(Duration.ofDays(29), Duration.ofDays(30));

        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("pegawai"));
        mvc.perform(get("/api/tokens").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + created.get("id").asLong() + ")].name").value("Skrip rekap"))
                .andExpect(jsonPath("$[0].token").doesNotExist())
                .andExpect(content().string(not(containsString(token))));

        String id = created.get("id").asString();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'API_TOKEN_CREATED' and subject_key = :key")
                .param("key", "pegawai/" + id).query(Long.class).single()).isOne();
        assertThat(jdbc.sql("select count(*) from audit_event where after_state::text like :secret")
                .param("secret", "%" + token + "%").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select last_used_at is not null from api_token where id = :id")
                .param("id", Long.parseLong(id)).query(Boolean.class).single()).isTrue();
    }

    @Test
    void aRevokedTokenIsRefusedAndOnlyItsOwnerRevokesIt() throws Exception {
        JsonNode created = json.readTree(create("pegawai", "{}").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString());
        String bearer = "Bearer " + created.get("token").asString();
        long id = created.get("id").asLong();

        mvc.perform(delete("/api/tokens/" + id).with(httpBasic("kepala", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/me").header("Authorization", bearer)).andExpect(status().isOk());

        mvc.perform(delete("/api/tokens/" + id).header("Authorization", bearer)).andExpect(status().isNoContent());
        mvc.perform(get("/api/me").header("Authorization", bearer).header("Accept-Language", "id"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
                .andExpect(jsonPath("$.detail").value(containsString("dicabut")));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'API_TOKEN_REVOKED' and subject_key = :key")
                .param("key", "pegawai/" + id).query(Long.class).single()).isOne();
    }

    @Test
    void anExpiredOrUnknownTokenIsRefused() throws Exception {
        JsonNode created = json.readTree(create("kepegawaian", "{\"expiresInDays\":1}").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString());
        String bearer = "Bearer " + created.get("token").asString();
        mvc.perform(get("/api/me").header("Authorization", bearer)).andExpect(status().isOk());

        jdbc.sql("""
                        update api_token set created_at = now() - interval '2 days', expires_at = now() - interval '1 second'
                        where id = :id""").param("id", created.get("id").asLong()).update();
        mvc.perform(get("/api/me").header("Authorization", bearer)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + "x".repeat(43)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/me").header("Authorization", "Bearer not a token"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void eachCallIsJudgedWithTheAccountAsItIsNow() throws Exception {
        TestUnit unit = PlanTestUnits.create(jdbc, "TOKEN", 2, false);
        String nip = unit.staff().get(0);
        String bearer = "Bearer " + json.readTree(create(nip, "{}").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString()).get("token").asString();

        mvc.perform(get("/api/units/" + unit.code()).header("Authorization", bearer)).andExpect(status().isForbidden());
        mvc.perform(put("/api/units/" + unit.code() + "/head").with(httpBasic("kepegawaian", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"nip\":\"" + nip + "\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/units/" + unit.code()).header("Authorization", bearer)).andExpect(status().isOk());

        mvc.perform(post("/api/employees/" + nip + "/deactivate").with(httpBasic("kepegawaian", PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/me").header("Authorization", bearer)).andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenCannotMakeAnotherAndBadRequestsNameTheField() throws Exception {
        String bearer = "Bearer " + json.readTree(create("kepala", "{}").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString()).get("token").asString();
        mvc.perform(post("/api/tokens").header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        create("kepala", "{\"expiresInDays\":366}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("expiresInDays"));
        create("kepala", "{\"name\":\"" + "n".repeat(101) + "\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    void thePageMakesATokenShowsItOnceAndRevokesItAfterAConfirmation() throws Exception {
        FleksiUser ppk = users.loadUserByUsername("ppk");
        String page = mvc.perform(post("/akun/token").with(user(ppk)).with(csrf())
                        .param("name", "Dasbor BI").param("expiresInDays", "7"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<String> shown = java.util.regex.Pattern.compile("data-testid=\"token-value\"[^>]*value=\"([A-Za-z0-9_-]{43})\"|value=\"([A-Za-z0-9_-]{43})\"[^>]*data-testid=\"token-value\"")
                .matcher(page).results().map(m -> m.group(1) != null ? m.group(1) : m.group(2)).toList();
        assertThat(shown).hasSize(1);
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + shown.get(0))).andExpect(status().isOk());

        String list = mvc.perform(get("/akun/token").with(user(ppk))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Dasbor BI").doesNotContain(shown.get(0));

        long id = jdbc.sql("select id from api_token where name = 'Dasbor BI'").query(Long.class).single();
        mvc.perform(get("/akun/token/" + id + "/cabut").with(user(ppk))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Dasbor BI")));
        mvc.perform(get("/akun/token/" + id + "/cabut").with(user(users.loadUserByUsername("pegawai"))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/akun/token/" + id + "/cabut").with(user(ppk)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + shown.get(0)))
                .andExpect(status().isUnauthorized());

        mvc.perform(post("/akun/token").with(user(ppk)).with(csrf()).param("expiresInDays", "dua"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("bilangan bulat")));
    }

    private ResultActions create(String account, String body) throws Exception {
        return mvc.perform(post("/api/tokens").with(httpBasic(account, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
