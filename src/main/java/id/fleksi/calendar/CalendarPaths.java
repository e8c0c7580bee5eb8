package id.fleksi.calendar;

import id.fleksi.shared.web.PathRules;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * A private calendar feed: the secret token in the path is the credential (calendar apps cannot sign in); an
 * unknown or renewed token is a 404.
 */
@Component
@Order(70)
class CalendarPaths implements PathRules {

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry paths) {
        paths
                .requestMatchers(HttpMethod.GET, "/kalender/*").permitAll();
    }
}
