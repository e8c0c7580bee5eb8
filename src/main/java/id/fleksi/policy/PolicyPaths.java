package id.fleksi.policy;

import id.fleksi.shared.web.PathRules;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may call the determination's and the holidays' paths: everyone reads the determination, the PPK sets it; the
 * PPK and HR keep the holidays. The PPK decides the changes evaluations propose.
 */
@Component
@Order(40)
class PolicyPaths implements PathRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry paths) {
        paths
                // the named groups settings are scoped to: kept by the PPK, read by HR
                .requestMatchers(HttpMethod.GET, "/api/policy/groups", "/api/policy/groups/**").hasAnyRole(PPK, HR)
                .requestMatchers("/api/policy/groups", "/api/policy/groups/**").hasRole(PPK)
                // the proposals evaluations opened: read by those who read the determination's pages, decided by the PPK
                .requestMatchers(HttpMethod.GET, "/api/policy/proposals").hasAnyRole(PPK, HR, HEAD)
                .requestMatchers(HttpMethod.POST, "/api/policy/proposals/*/dismiss").hasRole(PPK)
                // the record of the determination's sending to the Minister (Pasal 31)
                .requestMatchers(HttpMethod.POST, "/api/policy/versions/*/submission").hasRole(PPK)
                .requestMatchers(HttpMethod.GET, "/api/policy", "/api/policy/**", "/api/holidays/*").authenticated()
                .requestMatchers(HttpMethod.PUT, "/api/policy").hasRole(PPK)
                .requestMatchers(HttpMethod.PUT, "/api/holidays/*").hasAnyRole(PPK, HR);
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry paths) {
        paths
                // the named groups settings are scoped to: kept by the PPK, read by HR
                .requestMatchers(HttpMethod.GET, "/kebijakan/kelompok", "/kebijakan/kelompok/**").hasAnyRole(PPK, HR)
                // HR and unit heads read the determination's pages
                .requestMatchers(HttpMethod.GET, "/kebijakan/ubah", "/kebijakan/usulan/**").hasRole(PPK)
                .requestMatchers(HttpMethod.GET, "/kebijakan", "/kebijakan/**").hasAnyRole(PPK, HR, HEAD)
                .requestMatchers("/kebijakan", "/kebijakan/**").hasRole(PPK)
                .requestMatchers("/hari-libur", "/hari-libur/**").hasAnyRole(PPK, HR);
    }
}
