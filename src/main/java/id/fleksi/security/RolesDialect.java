package id.fleksi.security;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
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
        private final Set<Role> roles;

        private SignedInRoles(boolean signedIn, Set<Role> roles) {
            this.signedIn = signedIn;
            this.roles = roles;
        }

        static SignedInRoles of(Authentication authentication) {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            if (authentication == null || !authentication.isAuthenticated()
                    || authentication instanceof AnonymousAuthenticationToken) {
                return new SignedInRoles(false, roles);
            }
            Set<String> granted = AuthorityUtils.authorityListToSet(authentication.getAuthorities());
            for (Role role : Role.values()) {
                if (granted.contains(role.authority().getAuthority())) {
                    roles.add(role);
                }
            }
            return new SignedInRoles(true, roles);
        }

        public boolean signedIn() {
            return signedIn;
        }

        /**
         * Whether the person holds one of the roles, named as in {@link Role}; a name that is no role fails the page
         * rather than hiding what it guards.
         */
        public boolean any(String... names) {
            for (String name : names) {
                if (roles.contains(Role.valueOf(name))) {
                    return true;
                }
            }
            return false;
        }
    }
}
