package id.fleksi.rosters;

import id.fleksi.shared.web.PathRules;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Shift rosters (Pasal 19 ayat (3)): unit heads divide their units' shifts, the PPK reads them. */
@Component
@Order(90)
class RosterPaths implements PathRules {

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry paths) {
        paths
                .requestMatchers(HttpMethod.GET, "/sif", "/sif/**").hasAnyRole(PPK, HEAD)
                .requestMatchers("/sif", "/sif/**").hasRole(HEAD);
    }
}
