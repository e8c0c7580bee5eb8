package id.fleksi.reports;

import id.fleksi.shared.web.PathRules;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Reports and their downloads, the determination report for the Minister (Pasal 31) and the raw export of plans
 * among them: the PPK and HR.
 */
@Component
@Order(100)
class ReportPaths implements PathRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry paths) {
        paths
                .requestMatchers(HttpMethod.GET, "/api/reports/determination", "/api/reports/plans",
                        "/api/reports/attendance-discrepancies")
                .hasAnyRole(PPK, HR);
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry paths) {
        paths
                .requestMatchers(HttpMethod.GET, "/laporan", "/laporan/**").hasAnyRole(PPK, HR);
    }
}
