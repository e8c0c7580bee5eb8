package id.fleksi.shared.web;

import id.fleksi.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The application's scripts and styles are served under /assets/, the WebJars under /webjars/, to anyone. */
class AssetsTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theSignInPageLinksStylesThatAreServedWithoutSigningIn() throws Exception {
        String page = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("href=\"/assets/css/fleksi.css\"", "/webjars/bootstrap/");

        mvc.perform(get("/assets/css/fleksi.css")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/css"));
        mvc.perform(get("/assets/js/weekplan.js")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/javascript"));
        mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
    }

    @Test
    void nothingElseIsLookedUpAsAFile() throws Exception {
        // the files are not served from the root, nor is the class path beyond static/
        mvc.perform(get("/css/fleksi.css").with(user("pegawai").roles("PEGAWAI")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/assets/application.yml")).andExpect(status().isNotFound());
        mvc.perform(get("/assets/../application.yml")).andExpect(status().is4xxClientError());
    }
}
