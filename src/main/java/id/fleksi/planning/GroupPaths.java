package id.fleksi.planning;

import id.fleksi.shared.web.PathRules;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may call the paths of a unit's alternating groups: the PPK, HR and the unit's heads read them, heads change
 * them (the service checks the unit against the head's units), an employee reads their own group week. These rules
 * come before the organisation's, which leave the other changes of {@code /unit/**} to HR.
 */
@Component
@Order(18)
class GroupPaths implements PathRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry paths) {
        paths
                .requestMatchers(HttpMethod.GET, "/api/me/group-week").hasRole(EMPLOYEE)
                .requestMatchers(HttpMethod.GET, "/api/units/*/groups", "/api/units/*/groups/*")
                .hasAnyRole(PPK, HR, HEAD)
                .requestMatchers("/api/units/*/groups", "/api/units/*/groups/**").hasRole(HEAD);
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry paths) {
        paths
                .requestMatchers(HttpMethod.GET, "/unit/*/kelompok", "/unit/*/kelompok/*", "/unit/*/kelompok/*/anggota")
                .hasAnyRole(PPK, HR, HEAD)
                .requestMatchers("/unit/*/kelompok", "/unit/*/kelompok/**").hasRole(HEAD);
    }
}
