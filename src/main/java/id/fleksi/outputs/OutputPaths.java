package id.fleksi.outputs;

import id.fleksi.shared.web.PathRules;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may call the work outputs' paths: every employee records and reads their own, unit heads review those of their
 * units (checked per output), HR and the PPK read all. HR imports outputs from another system's daily performance
 * records.
 */
@Component
@Order(85)
class OutputPaths implements PathRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry paths) {
        paths
                .requestMatchers(HttpMethod.POST, "/api/outputs").hasRole(EMPLOYEE)
                .requestMatchers(HttpMethod.GET, "/api/outputs").hasAnyRole(EMPLOYEE, HEAD, HR, PPK)
                .requestMatchers(HttpMethod.POST, "/api/outputs/*/review").hasRole(HEAD)
                .requestMatchers(HttpMethod.PUT, "/api/outputs/*/evidence").hasRole(EMPLOYEE)
                .requestMatchers(HttpMethod.GET, "/api/outputs/*/evidence").hasAnyRole(EMPLOYEE, HEAD, HR, PPK);
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry paths) {
        paths
                // /saya/hasil is an employee's own page (security's rule for /saya/**)
                // an output's evidence file: whoever may read the output (checked per output)
                .requestMatchers(HttpMethod.GET, "/hasil-kerja/*/bukti").hasAnyRole(EMPLOYEE, HEAD, HR, PPK)
                .requestMatchers("/hasil-kerja/impor", "/hasil-kerja/impor/templat.csv").hasRole(HR)
                .requestMatchers("/hasil-kerja", "/hasil-kerja/**").hasRole(HEAD);
    }
}
