package id.fleksi.attendance;

import id.fleksi.shared.web.PathRules;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Attendance is reported by HR, whose accounts the institution's attendance systems use (with an API token). An
 * employee's days are read by anyone signed in and then decided record by record (their own, their units', all for
 * HR and the PPK); these rules come before the organisation's, which close the rest of {@code /api/employees/**}.
 * HR also imports attendance from a CSV file. Every employee checks in and out in Fleksi (when the PPK has
 * switched it on, which only the PPK does). HR and the PPK recompute the stored weeks of discrepancies.
 */
@Component
@Order(15)
class AttendancePaths implements PathRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry paths) {
        paths
                .requestMatchers(HttpMethod.POST, "/api/attendance").hasRole(HR)
                .requestMatchers(HttpMethod.POST, "/api/attendance/discrepancy-weeks/recompute").hasAnyRole(HR, PPK)
                .requestMatchers(HttpMethod.GET, "/api/employees/*/days").authenticated()
                .requestMatchers("/api/attendance/me").hasRole(EMPLOYEE);
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry paths) {
        paths
                .requestMatchers(HttpMethod.GET, "/realisasi").hasRole(EMPLOYEE)
                .requestMatchers(HttpMethod.GET, "/realisasi/*").authenticated()
                .requestMatchers("/kehadiran/impor", "/kehadiran/impor/templat.csv").hasRole(HR)
                .requestMatchers("/saya/presensi", "/saya/presensi/*").hasRole(EMPLOYEE)
                .requestMatchers("/kehadiran/pengaturan").hasRole(PPK)
                .requestMatchers(HttpMethod.POST, DiscrepancyWeekPages.RECOMPUTE).hasAnyRole(HR, PPK);
    }
}
