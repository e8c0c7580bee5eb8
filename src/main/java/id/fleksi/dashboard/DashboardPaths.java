package id.fleksi.dashboard;

import id.fleksi.shared.web.PathRules;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Who may open the presence dashboard: the institution for the PPK and HR, their units for heads. */
@Component
@Order(65)
class DashboardPaths implements PathRules {

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry paths) {
        paths
                .requestMatchers(HttpMethod.GET, "/dasbor").hasAnyRole(PPK, HR, HEAD);
    }
}
