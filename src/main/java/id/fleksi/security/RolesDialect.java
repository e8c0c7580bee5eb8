package id.fleksi.security;

import java.util.HashSet;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * {@code #roles} in the templates: the signed-in person's roles, read once per page. A page's navigation asks
 * about roles some twenty times, and a unit's calendar once per plan shown; {@code sec:authorize} parses and
 * evaluates a Spring Security expression each time, which made up a third of the calendar's rendering. The
 * application has no role hierarchy, so a role is held exactly when its authority is granted.
 */
@Component
class RolesDialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final String NAME = "roles";

    RolesDialect() {
        super("fleksi-roles");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return NAME.equals(expressionObjectName)
                        ? SignedInRoles.of(SecurityContextHolder.getContext().getAuthentication()) : null;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }

    /** The roles of the person the page is rendered for; none for a visitor who has not signed in. */
    public static final class SignedInRoles {

        private final boolean signedIn;
        private final Set<String> roles;

        private SignedInRoles(boolean signedIn, Set<String> roles) {
            this.signedIn = signedIn;
            this.roles = roles;
        }

        static SignedInRoles of(Authentication authentication) {
            if (authentication == null || !authentication.isAuthenticated()
                    || authentication instanceof AnonymousAuthenticationToken) {
                return new SignedInRoles(false, Set.of());
            }
            Set<String> roles = new HashSet<>();
            for (GrantedAuthority authority : authentication.getAuthorities()) {
                String name = authority.getAuthority();
                if (name != null && name.startsWith("ROLE_")) {
                    roles.add(name.substring("ROLE_".length()));
                }
            }
            return new SignedInRoles(true, Set.copyOf(roles));
        }

        public boolean signedIn() {
            return signedIn;
        }

        /** Whether the person holds one of the roles, named as in {@link Role}. */
        public boolean any(String... names) {
            for (String name : names) {
                if (roles.contains(name)) {
                    return true;
                }
            }
            return false;
        }
    }
}
