package id.fleksi.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may call which path, for the API and the pages. The authorization-matrix test checks every endpoint
 * against its expected status per role; records are checked again by the services.
 */
final class Access {

    private static final String PPK = Role.PPK.name();
    private static final String HR = Role.KEPEGAWAIAN.name();
    private static final String HEAD = Role.PIMPINAN_UNIT.name();
    private static final String EMPLOYEE = Role.PEGAWAI.name();

    private Access() {
    }

    static AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry api(
            AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry paths) {
        return paths
                .requestMatchers(HttpMethod.GET, "/api/me").authenticated()
                .requestMatchers(HttpMethod.PUT, "/api/me/password").authenticated()
                .requestMatchers(HttpMethod.POST, "/api/me/code-of-conduct").authenticated();
    }

    static AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry pages(
            AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry paths) {
        return paths
                .requestMatchers("/login", "/error", "/error/**", "/webjars/**", "/css/**", "/js/**", "/img/**",
                        "/favicon.ico").permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                .requestMatchers("/beranda/ppk").hasRole(PPK)
                .requestMatchers("/beranda/kepegawaian").hasRole(HR)
                .requestMatchers("/beranda/pimpinan").hasRole(HEAD)
                .requestMatchers("/beranda/pegawai").hasRole(EMPLOYEE);
    }

}
