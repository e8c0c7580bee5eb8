package id.fleksi.tasks;

import id.fleksi.shared.web.PathRules;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may call the task inventory's paths (Pasal 9, 22-24): HR keeps it and decides the changes evaluations propose,
 * the PPK and heads read it.
 */
@Component
@Order(30)
class TaskPaths implements PathRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry paths) {
        paths
                .requestMatchers(HttpMethod.GET, "/api/tasks", "/api/tasks/**").hasAnyRole(PPK, HR, HEAD)
                .requestMatchers("/api/tasks", "/api/tasks/**", "/api/assignments/**").hasRole(HR);
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry paths) {
        paths
                .requestMatchers(HttpMethod.GET, "/tugas/baru", "/tugas/impor", "/tugas/impor/*/templat",
                        "/tugas/*/ubah", "/tugas/*/penugasan/*/hapus", "/tugas/*/usulan/**").hasRole(HR)
                .requestMatchers(HttpMethod.GET, "/tugas", "/tugas/**").hasAnyRole(PPK, HR, HEAD)
                .requestMatchers("/tugas", "/tugas/**").hasRole(HR);
    }
}
