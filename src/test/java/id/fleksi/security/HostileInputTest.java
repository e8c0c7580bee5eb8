package id.fleksi.security;

import id.fleksi.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import id.fleksi.organisation.UnitAdministration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriUtils;

import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Hostile input on every endpoint of the pages and the API: generated values (control characters, NUL, huge and
 * lone-surrogate strings, extreme numbers and dates, weeks that do not exist, wrong JSON types, malformed JSON,
 * wrong and malformed content types) in each path variable, parameter, form field and JSON field, sent by each
 * role. No answer may be a server error, and a request that is refused (4xx) may not have written anything: a
 * write takes a transaction id, and none taken during the request may have committed.
 * <p>
 * Bounded in {@code ./mvnw verify} ({@value #DEFAULT_CASES} requests per endpoint and method, a fixed seed); a longer
 * run: {@code ./mvnw -Pfuzz test} (100 per endpoint; {@code -Dfleksi.fuzz.cases=N -Dfleksi.fuzz.seed=S}).
 */
class HostileInputTest extends IntegrationTest {

    static final int DEFAULT_CASES = 6;
    static final int WRITE_ATTEMPTS = 3;
    private static final List<String> ROLES = List.of("ppk", "kepegawaian", "kepala", "pegawai");
    /** Not endpoints anyone calls with input: the error pages, and signing out (which ends the test's session). */
    private static final Set<String> SKIPPED = Set.of("/error", "/error/problem", "/logout");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

    /**
     * Hostile text, for any path variable, parameter or form field. (No lone surrogate here: over HTTP a parameter
     * arrives as bytes, and the server decodes invalid UTF-8 to replacement characters; JSON can carry one.)
     */
    static final List<String> TEXT = List.of("", " ", "\u0000", "a\u0000b", "\u0007\u001b[31m\r\n", "\t\t",
            "x".repeat(5_000), "é".repeat(2_000), "%ED%A0%80", "\u00ff\u00fe", "😀🇮🇩", "١٢٣",
            "-1", "0", "-0", "2147483648", "-9223372036854775809", "99999999999999999999999", "1e309", "NaN",
            "Infinity", "0x1F", "1.5", "true", "null", "[]", "{}", "%", "%00", "%zz", "\\", "'", "\"", "' or 1=1 --",
            "<script>alert(1)</script>", "../../../etc/passwd", "${jndi:ldap://x}", "#{7*7}", "__${7*7}__",
            "+999999999-12-31", "-999999999-01-01", "0000-00-00", "2026-02-30", "1899-12-31", "2026-W00", "2026-W54",
            "2026-W99", "+999999999-W01", "9999-W53", "25:61", "-01:00", "198808122010042002", "000000000000000000",
            "DISKOMINFO", "SETUJUI", "RUMAH", "APPROVED");

    /** Hostile JSON values, for a field of a JSON body. */
    static final List<String> JSON = List.of("null", "true", "0", "-1", "1e309", "-1e309", "1.0E-400",
            "9223372036854775808", "123456789012345678901234567890", "[]", "[null]", "{}", "{\"a\":{}}",
            "\"\"", "\"\\u0000\"", "\"\\ud800\"", "\"" + "x".repeat(5_000) + "\"", "\"+999999999-12-31\"",
            "\"0000-01-01\"", "\"2026-W99\"", "\"25:61\"", "\"NaN\"", "[" + "[".repeat(600) + "]".repeat(600) + "]");

    /** Whole bodies that are not what any endpoint reads. */
    static final List<String> BODIES = List.of("", "{", "}", "[]", "null", "\"x\"", "{\"a\":", "\u0000",
            "{\"a\":1,\"a\":2}", "[".repeat(5_000), "nip;name\n\u0000;\u0007\n", "\uFEFF\uFEFF,,,\n\"unclosed");

    static final List<String> CONTENT_TYPES = List.of("application/json", "application/json; charset=klingon",
            "application/xml", "text/plain", "text/csv", "multipart/form-data", "application/x-www-form-urlencoded",
            "application/octet-stream", "*/*", "garbage", "application/json; boundary=");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountUserDetailsService users;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    UnitAdministration units;

    @Test
    void noHostileInputBreaksAnEndpointOrWritesWhenRefused() {
        Map<String, FleksiUser> actors = new LinkedHashMap<>();
        ROLES.forEach(role -> actors.put(role, users.loadUserByUsername(role)));
        // a case whose hostile input is elsewhere may send a valid appointment (plausible values: DISKOMINFO and
        // the demo employee's NIP); the later tests rely on the demo's head of DISKOMINFO
        String head = headOf("DISKOMINFO");
        // HR's password reset of the demo employee's NIP is a valid request, accepted: the demo accounts get their
        // passwords back, which every later test signs in with
        List<Map<String, Object>> credentials = jdbc.sql("""
                        select username, password_hash, must_change_password, enabled from account
                        where username in ('ppk', 'kepegawaian', 'kepala', 'pegawai')""")
                .query().listOfRows();
        try {
            sendEverything(actors);
        } finally {
            if (!head.equals(headOf("DISKOMINFO"))) {
                units.appointHead(actors.get("kepegawaian"), "DISKOMINFO", head);
            }
            credentials.forEach(account -> jdbc.sql("""
                            update account set password_hash = :password_hash,
                              must_change_password = :must_change_password, enabled = :enabled
                            where username = :username""")
                    .params(account).update());
            // the cases that change a password with a wrong current one count as failed sign-ins of the demo
            // accounts; the later tests sign in with them (which role draws those cases changes with the endpoints)
            jdbc.sql("delete from sign_in_bucket").update();
        }
    }

    private String headOf(String unit) {
        return jdbc.sql("""
                        select e.nip from unit_head h join unit u on u.id = h.unit_id join employee e on e.id = h.employee_id
                        where u.code = :unit and h.ended_on is null""")
                .param("unit", unit).query(String.class).single();
    }

    private void sendEverything(Map<String, FleksiUser> actors) {
        int cases = Integer.getInteger("fleksi.fuzz.cases", DEFAULT_CASES);
        Random random = new Random(Long.getLong("fleksi.fuzz.seed", 20261205L));
        List<String> failures = new ArrayList<>();
        int sent = 0;
        // in an order of their own: the order of registration changes between runs, and with it the cases the seed
        // draws
        List<Map.Entry<RequestMappingInfo, HandlerMethod>> handlers = new ArrayList<>(
                mappings.getHandlerMethods().entrySet());
        handlers.sort(Comparator.comparing(handler -> handler.getKey() + " " + handler.getValue()));
        for (Map.Entry<RequestMappingInfo, HandlerMethod> handler : handlers) {
            Inputs inputs = Inputs.of(handler.getValue());
            for (String pattern : handler.getKey().getPatternValues()) {
                if (SKIPPED.contains(pattern)) {
                    continue;
                }
                Set<RequestMethod> methods = handler.getKey().getMethodsCondition().getMethods();
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    for (int i = 0; i < cases; i++) {
                        String role = ROLES.get(random.nextInt(ROLES.size()));
                        Case sample = inputs.sample(pattern, method, random);
                        String outcome = send(sample, actors.get(role));
                        sent++;
                        if (outcome != null) {
                            failures.add(method + " " + sample.describe() + " as " + role + ": " + outcome);
                        }
                    }
                }
            }
        }
        System.out.println("HostileInputTest sent " + sent + " requests, " + failures.size() + " failed");
        assertThat(sent).isGreaterThan(500);
        assertThat(failures).isEmpty();
    }

    /**
     * What went wrong, or null. The database's own background work (an autovacuum's analyze writes its statistics)
     * also commits transactions; a refusal that seems to have written is therefore sent again, and counts as
     * writing only when every one of {@value #WRITE_ATTEMPTS} attempts did: a request that writes when refused
     * writes each time.
     */
    private String send(Case sample, FleksiUser actor) {
        for (int attempt = 1; ; attempt++) {
            long before = nextTransaction();
            int status;
            try {
                status = mvc.perform(sample.request().with(user(actor)).with(csrf())).andReturn().getResponse()
                        .getStatus();
            } catch (Exception | StackOverflowError thrown) {
                return "threw " + thrown.getClass().getSimpleName() + ": " + firstLine(thrown.getMessage());
            }
            if (status >= 500) {
                return "status " + status;
            }
            if (status < 400 || committedSince(before) == 0) {
                return null;
            }
            if (attempt == WRITE_ATTEMPTS) {
                return "status " + status + " but something was written, each of " + attempt + " times";
            }
        }
    }

    /** Transactions that took an id (they wrote) since then and committed; one rolled back wrote nothing. */
    private long committedSince(long before) {
        return jdbc.sql("""
                        select count(*) from generate_series(:before, pg_snapshot_xmax(pg_current_snapshot())::text::bigint - 1) x
                        where pg_xact_status(x::text::xid8) = 'committed'""")
                .param("before", before).query(Long.class).single();
    }

    private long nextTransaction() {
        return jdbc.sql("select pg_snapshot_xmax(pg_current_snapshot())::text::bigint").query(Long.class).single();
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String line = text.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    /** One request: its path, parameters, body, and which input is the hostile one. */
    record Case(HttpMethod method, String path, Map<String, String> parameters, String contentType, String body,
                String hostile) {

        MockHttpServletRequestBuilder request() {
            MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, path);
            parameters.forEach(request::param);
            if (contentType != null) {
                request.contentType(contentType);
            }
            if (body != null) {
                request.content(body.getBytes(StandardCharsets.UTF_8));
            }
            return request;
        }

        String describe() {
            StringBuilder shown = new StringBuilder();
            hostile.codePoints().limit(80).forEach(c -> shown.append(c < 0x20 || (c >= 0xD800 && c <= 0xDFFF)
                    ? "\\u%04x".formatted(c) : Character.toString(c)));
            return path + " " + shown + (hostile.length() > 80 ? "… (" + hostile.length() + " chars)" : "");
        }
    }

    /** What an endpoint reads: path variables, parameters (and form fields), a JSON body's fields. */
    record Inputs(List<String> parameters, boolean body, List<String> bodyFields) {

        static Inputs of(HandlerMethod handler) {
            List<String> parameters = new ArrayList<>();
            List<String> bodyFields = new ArrayList<>();
            // a body read as a stream (an import) is declared for the OpenAPI description instead
            boolean body = handler.hasMethodAnnotation(io.swagger.v3.oas.annotations.parameters.RequestBody.class);
            for (MethodParameter parameter : handler.getMethodParameters()) {
                Class<?> type = parameter.getParameterType();
                RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
                if (param != null) {
                    String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
                    if (name != null) {
                        parameters.add(name);
                    }
                } else if (parameter.hasParameterAnnotation(RequestBody.class)) {
                    body = true;
                    bodyFields.addAll(fields(type));
                } else if (!parameter.hasParameterAnnotation(PathVariable.class) && isForm(type)) {
                    parameters.addAll(fields(type));
                }
            }
            return new Inputs(parameters, body, bodyFields);
        }

        private static boolean isForm(Class<?> type) {
            return type.getName().startsWith("id.fleksi.") && !type.isInterface() && !type.isEnum()
                    && !Principal.class.isAssignableFrom(type) && !type.getSimpleName().equals("Actor");
        }

        private static List<String> fields(Class<?> type) {
            if (type.isRecord()) {
                return java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
            }
            if (!type.getName().startsWith("id.fleksi.")) {
                return List.of();
            }
            List<String> names = new ArrayList<>();
            for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
                if (property.getWriteMethod() != null) {
                    names.add(property.getName());
                }
            }
            return names;
        }

        Case sample(String pattern, RequestMethod requestMethod, Random random) {
            List<String> variables = new ArrayList<>();
            Matcher matcher = VARIABLE.matcher(pattern);
            while (matcher.find()) {
                variables.add(matcher.group(1));
            }
            // the hostile input: a path variable, a parameter, the body, a body field, or the content type
            int targets = variables.size() + parameters.size() + (body ? 2 + bodyFields.size() : 0);
            int target = targets == 0 ? -1 : random.nextInt(targets);
            String hostile = pick(TEXT, random);
            StringBuilder path = new StringBuilder();
            matcher = VARIABLE.matcher(pattern);
            int index = 0;
            int last = 0;
            while (matcher.find()) {
                path.append(pattern, last, matcher.start());
                String value = index == target ? hostile : plausible(matcher.group(1));
                path.append(UriUtils.encodePathSegment(value.isEmpty() ? "x" : value, StandardCharsets.UTF_8));
                last = matcher.end();
                index++;
            }
            path.append(pattern.substring(last));
            Map<String, String> values = new LinkedHashMap<>();
            for (String parameter : parameters) {
                if (index == target) {
                    values.put(parameter, hostile);
                } else if (random.nextBoolean()) {
                    values.put(parameter, plausible(parameter));
                }
                index++;
            }
            String contentType = null;
            String bodyText = null;
            if (body) {
                contentType = "application/json";
                if (index == target) {
                    hostile = pick(BODIES, random);
                    bodyText = hostile;
                } else if (index + 1 == target) {
                    contentType = pick(CONTENT_TYPES, random);
                    hostile = "Content-Type: " + contentType;
                    bodyText = "{}";
                } else {
                    StringBuilder json = new StringBuilder("{");
                    for (int f = 0; f < bodyFields.size(); f++) {
                        boolean hostileField = index + 2 + f == target;
                        if (!hostileField && random.nextBoolean()) {
                            continue;
                        }
                        String value = hostileField ? pick(JSON, random) : quoted(plausible(bodyFields.get(f)));
                        if (hostileField) {
                            hostile = bodyFields.get(f) + "=" + value;
                        }
                        json.append(json.length() > 1 ? "," : "").append(quoted(bodyFields.get(f))).append(':')
                                .append(value);
                    }
                    bodyText = json.append('}').toString();
                }
            }
            if (target == -1) {
                // nothing to aim at: hostile parameters nobody asked for
                values.put(hostile.isEmpty() ? "x" : "q", hostile);
            }
            return new Case(HttpMethod.valueOf(requestMethod.name()), path.toString(), values, contentType, bodyText,
                    hostile);
        }

        private static String plausible(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.contains("nip")) {
                return "198808122010042002";
            }
            if (lower.contains("code") || lower.equals("unit")) {
                return "DISKOMINFO";
            }
            if (lower.contains("week") || lower.equals("minggu")) {
                return "2026-W48";
            }
            if (lower.contains("date") || lower.contains("tanggal") || lower.contains("from")
                    || lower.contains("to") || lower.contains("day")) {
                return "2026-11-23";
            }
            return "1";
        }

        private static String quoted(String text) {
            return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }

        private static String pick(List<String> values, Random random) {
            return values.get(random.nextInt(values.size()));
        }
    }
}
