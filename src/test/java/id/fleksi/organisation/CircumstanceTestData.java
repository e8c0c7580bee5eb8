package id.fleksi.organisation;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A special-circumstance request taken through its whole course over the API: asked, recommended, approved. */
final class CircumstanceTestData {

    private CircumstanceTestData() {
    }

    /** The employee asks with a small PDF, the head of their unit recommends, HR approves. */
    static Request approved(MockMvc mvc, String employee, String head, String from, String to, String reason)
            throws Exception {
        String answer = mvc.perform(multipart("/api/special-circumstance-requests")
                        .file(new MockMultipartFile("files", "surat-dokter.pdf", "application/pdf",
                                CircumstanceRequestsTest.PDF))
                        .param("kind", "HEALTH").param("from", from).param("to", to).param("reason", reason)
                        .with(httpBasic(employee, "demo12345")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        Request request = new Request(((Number) JsonPath.read(answer, "$.id")).longValue(),
                JsonPath.read(answer, "$.number"));
        for (String decider : new String[] {head, "kepegawaian"}) {
            mvc.perform(post("/api/special-circumstance-requests/" + request.id() + "/decision")
                            .with(httpBasic(decider, "demo12345")).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"decision\":\"APPROVED\"}"))
                    .andExpect(status().isOk());
        }
        return request;
    }

    record Request(long id, String number) {
    }
}
