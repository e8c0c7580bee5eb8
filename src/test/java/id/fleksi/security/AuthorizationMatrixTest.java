package id.fleksi.security;

import id.fleksi.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every endpoint of the pages and the API, called for real by each role, against the expected status in
 * the tables under {@code authorization-matrix/} (one per module; {@code core.txt} explains the columns). An endpoint the application serves but the table does not list fails
 * the build, so no new endpoint goes without a decision on who may call it.
 */
class AuthorizationMatrixTest extends IntegrationTest {

    /** The demo accounts that stand for the roles, in the order of the table's columns. */
    private static final List<String> ACCOUNTS = List.of("", "pegawai", "kepala", "kepegawaian", "ppk");
    private static final String PASSWORD = "demo12345";
    /** Where Spring Boot forwards errors; not an endpoint anyone calls. */
    private static final Set<String> NOT_ENDPOINTS = Set.of("* /error", "* /error/problem");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountUserDetailsService users;

    @Test
    void everyEndpointIsInTheMatrix() throws IOException {
        Set<String> listed = new TreeSet<>();
        matrix().forEach(row -> listed.add(row.method() + " " + row.pattern()));
        Set<String> served = new TreeSet<>();
        context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values().forEach(mapping ->
                mapping.getHandlerMethods().keySet().forEach(info -> served.addAll(keys(info))));
        served.removeAll(NOT_ENDPOINTS);
        served.removeAll(listed);
        assertThat(served).as("endpoints missing from authorization-matrix/*.txt").isEmpty();
    }

    @Test
    void everyRoleGetsTheExpectedStatusOnEveryEndpoint() throws Exception {
        List<String> mismatches = new ArrayList<>();
        for (Row row : matrix()) {
            for (int role = 0; role < ACCOUNTS.size(); role++) {
                int actual = mvc.perform(requestAs(ACCOUNTS.get(role), row)).andReturn().getResponse().getStatus();
                int expected = row.expected().get(role);
                if (actual != expected) {
                    mismatches.add("%s %s as %s: expected %d, got %d".formatted(row.method(), row.path(),
                            ACCOUNTS.get(role).isEmpty() ? "anonymous" : ACCOUNTS.get(role), expected, actual));
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    private MockHttpServletRequestBuilder requestAs(String account, Row row) {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(row.method()), row.path());
        if (row.body() != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(row.body());
        }
        boolean api = row.path().startsWith("/api/");
        if (!api) {
            request.with(csrf());
        }
        if (!account.isEmpty()) {
            request.with(api ? httpBasic(account, PASSWORD) : user(users.loadUserByUsername(account)));
        }
        return request;
    }

    private static Set<String> keys(RequestMappingInfo info) {
        Set<String> keys = new TreeSet<>();
        Set<String> methods = new TreeSet<>();
        info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
        if (methods.isEmpty()) {
            methods.add("*");
        }
        for (String pattern : info.getPatternValues()) {
            methods.forEach(method -> keys.add(method + " " + pattern));
        }
        return keys;
    }

    static List<Row> matrix() throws IOException {
        StringBuilder text = new StringBuilder();
        for (Resource table : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:authorization-matrix/*.txt")) {
            text.append(table.getContentAsString(StandardCharsets.UTF_8)).append('\n');
        }
        List<Row> rows = new ArrayList<>();
        for (String line : text.toString().split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] cells = trimmed.split("\\s+", 9);
            List<Integer> expected = List.of(Integer.valueOf(cells[3]), Integer.valueOf(cells[4]),
                    Integer.valueOf(cells[5]), Integer.valueOf(cells[6]), Integer.valueOf(cells[7]));
            rows.add(new Row(cells[0], cells[1], cells[2], expected, cells.length > 8 ? cells[8] : null));
        }
        return rows;
    }

    record Row(String method, String pattern, String path, List<Integer> expected, String body) {
    }
}
