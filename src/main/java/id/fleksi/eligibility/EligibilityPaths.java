package id.fleksi.eligibility;

import id.fleksi.shared.web.PathRules;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may read eligibility: an employee their own (checked by the service), the PPK, HR and heads the lists. Before
 * the organisation's rules, which close the rest of {@code /api/employees/**} to all but HR.
 */
@Component
@Order(10)
class EligibilityPaths implements PathRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry paths) {
        paths
                // The list of who may use which kind of flexible work (scope checked by the service)
                .requestMatchers(HttpMethod.GET, "/api/eligibility").hasAnyRole(PPK, HR, HEAD)
                // an employee reads their own eligibility; the service checks whose it is
                .requestMatchers(HttpMethod.GET, "/api/employees/*/eligibility").authenticated();
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry paths) {
        paths
                .requestMatchers(HttpMethod.GET, "/kelayakan").hasAnyRole(PPK, HR, HEAD)
                // today's stored standings computed again for the whole institution
                .requestMatchers(HttpMethod.POST, EligibilityListPages.RECOMPUTE).hasAnyRole(PPK, HR);
    }
}
