package id.fleksi.home;

import id.fleksi.shared.web.PathRules;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Who may open which home page: each role its own. */
@Component
@Order(5)
class HomePaths implements PathRules {

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry paths) {
        paths
                .requestMatchers("/beranda/ppk").hasRole(PPK)
                .requestMatchers("/beranda/kepegawaian").hasRole(HR)
                .requestMatchers("/beranda/pimpinan").hasRole(HEAD)
                .requestMatchers("/beranda/pegawai").hasRole(EMPLOYEE);
    }
}
