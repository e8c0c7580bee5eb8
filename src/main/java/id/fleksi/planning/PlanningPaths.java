package id.fleksi.planning;

import id.fleksi.shared.web.PathRules;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may call the weekly plans' paths: an employee submits and reads their own, heads (or the PPK) decide those of
 * their units (checked per plan).
 */
@Component
@Order(50)
class PlanningPaths implements PathRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry paths) {
        paths
                // validating stores nothing; the service checks whose plan it is
                .requestMatchers(HttpMethod.POST, "/api/plans/validate").authenticated()
                .requestMatchers(HttpMethod.POST, "/api/plans").hasRole(EMPLOYEE)
                // changes of approved plans: the employee asks and withdraws, the heads (or the PPK) decide; the
                // service checks whose plan it is
                .requestMatchers(HttpMethod.POST, "/api/plans/*/amendment-requests",
                        "/api/plan-amendment-requests/*/withdraw").hasRole(EMPLOYEE)
                .requestMatchers(HttpMethod.GET, "/api/plans/*/amendment-requests").authenticated()
                .requestMatchers(HttpMethod.POST, "/api/plan-amendment-requests/*/decision").hasAnyRole(PPK, HEAD)
                .requestMatchers(HttpMethod.GET, "/api/plans", "/api/plans/*").authenticated()
                .requestMatchers(HttpMethod.POST, "/api/plans/*/approve", "/api/plans/*/reject", "/api/plans/*/recall")
                .hasAnyRole(PPK, HEAD)
                .requestMatchers(HttpMethod.GET, "/api/units/*/coverage").hasAnyRole(PPK, HR, HEAD);
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry paths) {
        paths
                // HR reads the approved plans up for review across the institution, without deciding them
                .requestMatchers(HttpMethod.GET, "/persetujuan/terdampak", "/persetujuan/terdampak/*")
                .hasAnyRole(PPK, HEAD, HR)
                .requestMatchers("/persetujuan", "/persetujuan/**").hasAnyRole(PPK, HEAD);
    }
}
