package id.fleksi.attendance;

import id.fleksi.shared.web.PathRules;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Attendance is reported by HR, whose accounts the institution's attendance systems use (with an API token), and
 * imported by HR from a CSV file.
 */
@Component
@Order(75)
class AttendancePaths implements PathRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry paths) {
        paths
                .requestMatchers(HttpMethod.POST, "/api/attendance").hasRole(HR);
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry paths) {
        paths
                .requestMatchers("/kehadiran/impor", "/kehadiran/impor/templat.csv").hasRole(HR);
    }
}
