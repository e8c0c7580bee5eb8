package id.fleksi.evaluation;

import id.fleksi.shared.web.PathRules;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may call the evaluations' paths (Pasal 35): the PPK and unit heads open and finalize them (scope checked by
 * the service), HR reads and exports them; service indicators are recorded by the PPK, HR and unit heads.
 */
@Component
@Order(60)
class EvaluationPaths implements PathRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry paths) {
        paths
                .requestMatchers(HttpMethod.POST, "/api/evaluations", "/api/evaluations/*/finalize",
                        "/api/evaluations/*/recompute")
                .hasAnyRole(PPK, HEAD)
                .requestMatchers(HttpMethod.GET, "/api/evaluations", "/api/evaluations/*",
                        "/api/evaluations/*/export").hasAnyRole(PPK, HR, HEAD)
                .requestMatchers("/api/service-indicators", "/api/service-indicators/**").hasAnyRole(PPK, HR, HEAD);
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry paths) {
        paths
                .requestMatchers(HttpMethod.GET, "/evaluasi/baru", "/evaluasi/*/finalkan").hasAnyRole(PPK, HEAD)
                .requestMatchers("/evaluasi/indikator", "/evaluasi/indikator/**").hasAnyRole(PPK, HR, HEAD)
                .requestMatchers(HttpMethod.GET, "/evaluasi", "/evaluasi/**").hasAnyRole(PPK, HR, HEAD)
                .requestMatchers("/evaluasi", "/evaluasi/**").hasAnyRole(PPK, HEAD);
    }
}
