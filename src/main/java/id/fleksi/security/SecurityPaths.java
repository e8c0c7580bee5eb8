package id.fleksi.security;

import id.fleksi.shared.web.PathRules;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Who may call the paths of one's own account and the sign-in. */
@Component
@Order(0)
class SecurityPaths implements PathRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry paths) {
        paths
                .requestMatchers(HttpMethod.GET, "/api/me").authenticated()
                .requestMatchers(HttpMethod.PUT, "/api/me/password").authenticated()
                .requestMatchers(HttpMethod.POST, "/api/me/code-of-conduct").authenticated()
                // API tokens: everyone makes, lists and revokes their own (another's id is a 404)
                .requestMatchers(HttpMethod.POST, "/api/tokens").authenticated()
                .requestMatchers(HttpMethod.GET, "/api/tokens").authenticated()
                .requestMatchers(HttpMethod.DELETE, "/api/tokens/*").authenticated();
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry paths) {
        paths
                .requestMatchers("/login", "/lupa-kata-sandi", "/error", "/error/**", "/webjars/**", "/assets/**",
                        "/favicon.ico").permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                // An employee's own pages, whichever module keeps them
                .requestMatchers("/saya/**").hasRole(EMPLOYEE)
                // API tokens: everyone, their own only
                .requestMatchers("/akun/token", "/akun/token/**").authenticated();
    }
}
