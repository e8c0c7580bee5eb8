package id.fleksi.security;

import id.fleksi.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OpenAPI description is read by API clients with their credentials (Basic or a token) and by people signed in
 * on the pages; anyone else gets a 401 problem that asks for credentials, not the sign-in page.
 */
class ApiDescriptionTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    UserDetailsService users;

    @Test
    void apiClientsAndSignedInPeopleReadItAndNoOneElse() throws Exception {
        mvc.perform(get("/v3/api-docs").with(httpBasic("pegawai", "demo12345")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/plans']").exists());

        String created = mvc.perform(post("/api/tokens").with(httpBasic("pegawai", "demo12345"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Dokumentasi\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        JsonNode token = json.readTree(created).get("token");
        mvc.perform(get("/v3/api-docs").header("Authorization", "Bearer " + token.asString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/me']").exists());

        mvc.perform(get("/v3/api-docs").with(user(users.loadUserByUsername("kepala")))).andExpect(status().isOk());

        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Basic")))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/v3/api-docs").with(httpBasic("pegawai", "salah-sandi"))).andExpect(status().isUnauthorized());
    }
}
