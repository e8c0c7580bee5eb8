package id.fleksi.notifications;

import id.fleksi.shared.web.PathRules;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Notifications and the address they are mailed to: everyone, their own only (the service answers 404 for
 * another's).
 */
@Component
@Order(80)
class NotificationPaths implements PathRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry paths) {
        paths
                .requestMatchers(HttpMethod.GET, "/api/notifications").authenticated()
                .requestMatchers(HttpMethod.POST, "/api/notifications/*/read").authenticated();
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry paths) {
        paths
                .requestMatchers("/notifikasi", "/notifikasi/**", "/akun/surel").authenticated();
    }
}
