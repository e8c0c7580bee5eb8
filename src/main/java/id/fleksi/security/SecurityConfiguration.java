package id.fleksi.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import id.fleksi.organisation.Organisation;
import id.fleksi.shared.web.PathRules;
import id.fleksi.shared.web.ProblemResponses;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Two filter chains over one account store. {@code /api/**} is stateless, without session or CSRF token (other
 * systems call it), signed in with a token ({@code Authorization: Bearer}) or HTTP Basic; everything else is
 * pages with form login, CSRF protection and a session kept in PostgreSQL. Which role reaches which path is decided here, in one place; which
 * records a person may touch is decided by the services.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfiguration {

    static final String LOGIN_PAGE = "/login";
    static final String PASSWORD_PAGE = "/akun/kata-sandi";
    static final String CSRF_COOKIE = "FLEKSI_CSRF";

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt (strength 10) for new hashes; the {id} prefix lets the algorithm change without a reset
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * No observation of Spring Security's filters, sign-ins and access decisions: wrapping each filter of every
     * request in one cost the request a share of its CPU even with those observations switched off, and no metric
     * or trace endpoint reads them. The request's own observation stays.
     */
    @Bean
    static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Passwords are checked before anything about the account is told: a locked or disabled account is reported
     * only to whoever gave its password, so that a guess never learns which accounts exist.
     */
    @Bean
    DaoAuthenticationProvider passwordSignIn(AccountUserDetailsService users, PasswordEncoder passwords) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwords);
        provider.setPreAuthenticationChecks(user -> {
        });
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return provider;
    }

    /**
     * Two requests of one session at once (a page and its script, two tabs) may both store the same new attribute,
     * such as the CSRF token after signing in: PostgreSQL's upsert keeps both instead of failing one with a
     * duplicate key.
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer concurrentSessionWrites() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /**
     * The OpenAPI description, for API clients with their credentials (Basic or a token) and for people signed in
     * on the pages (Swagger UI reads it with the session); anyone else gets a 401 problem.
     */
    @Bean
    @Order(0)
    SecurityFilterChain apiDescription(HttpSecurity http, ProblemResponses problems, ApiTokens tokens,
                                       SignInThrottle throttle) throws Exception {
        AuthenticationEntryPoint unauthorized = unauthorized(problems);
        http.securityMatcher("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**")
                .authorizeHttpRequests(paths -> paths.anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("Fleksi").authenticationEntryPoint(unauthorized))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized))
                .addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .addFilterBefore(new SignInThrottleFilter(throttle, problems), BasicAuthenticationFilter.class);
        return http.build();
    }

    /** A 401 problem that asks for Basic credentials, saying when the account is locked or disabled. */
    private static AuthenticationEntryPoint unauthorized(ProblemResponses problems) {
        return (request, response, failure) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Fleksi\", charset=\"UTF-8\"");
            String detail = failure instanceof LockedException ? "problem.detail.401.locked"
                    : failure instanceof DisabledException ? "problem.detail.401.disabled" : "problem.detail.401";
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "problem.title.401", detail);
        };
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, ApiTokens tokens, SignInThrottle throttle,
                            @Qualifier("requestMappingHandlerMapping")
                            ObjectProvider<RequestMappingHandlerMapping> mappings, ObjectProvider<PathRules> rules)
            throws Exception {
        AuthenticationEntryPoint unauthorized = unauthorized(problems);
        AccessDeniedHandler forbidden = (request, response, denied) ->
                problems.write(request, response, HttpStatus.FORBIDDEN, "problem.title.403", "problem.detail.403");
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(paths -> {
                    rules.orderedStream().forEach(module -> module.api(paths));
                    paths.requestMatchers(new UnmappedApiPaths(mappings)).permitAll().anyRequest().denyAll();
                })
                .httpBasic(basic -> basic.realmName("Fleksi").authenticationEntryPoint(unauthorized))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .addFilterBefore(new CrossSiteApiWrites(problems), BasicAuthenticationFilter.class)
                .addFilterBefore(new SignInThrottleFilter(throttle, problems), BasicAuthenticationFilter.class)
                .addFilterAfter(new PasswordChangeGate(problems), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, ProblemResponses problems, Organisation organisation,
                              SignInThrottle throttle, ObjectProvider<PathRules> rules) throws Exception {
        http.authorizeHttpRequests(paths -> {
                    rules.orderedStream().forEach(module -> module.pages(paths));
                    paths.anyRequest().authenticated();
                })
                .formLogin(form -> form.loginPage(LOGIN_PAGE).permitAll()
                        .defaultSuccessUrl("/", false)
                        .failureHandler(loginFailure()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl(LOGIN_PAGE + "?logout")
                        .deleteCookies("FLEKSI_SESSION").permitAll())
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                // the forms' token lives in a cookie of its own, so that an anonymous page (the sign-in form
                // above all) stores no session in the database
                .csrf(csrf -> csrf.csrfTokenRepository(csrfCookie()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; "
                                + "img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
                                + "object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .addFilterBefore(new SignInThrottleFilter(throttle, problems), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new HeadshipRefresh(organisation), AuthorizationFilter.class)
                .addFilterAfter(new PasswordChangeGate(problems), AuthorizationFilter.class);
        return http.build();
    }

    /** The CSRF token of the pages' forms, in an HTTP-only, same-site cookie ({@code Secure} over HTTPS). */
    static CookieCsrfTokenRepository csrfCookie() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieName(CSRF_COOKIE);
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return tokens;
    }

    /** The login page says why sign-in failed, without saying whether the username exists. */
    private static AuthenticationFailureHandler loginFailure() {
        return (request, response, failure) -> {
            String reason = failure instanceof LockedException ? "locked"
                    : failure instanceof DisabledException ? "disabled" : "credentials";
            response.sendRedirect(request.getContextPath() + LOGIN_PAGE + "?error=" + reason);
        };
    }
}
