package dev.crossway.web.access;

import dev.crossway.interop.access.Caller;
import dev.crossway.interop.access.Grants;
import dev.crossway.interop.access.SubjectRole;
import dev.crossway.realm.PartnerGrants;
import dev.crossway.realm.SubjectRoles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.OidcSecurityContext;

/**
 * The request's caller, resolved once from the token WildFly's OIDC mechanism has verified: the
 * client it was issued to ({@code azp}), the user, the realm roles, and the grants Keycloak put into
 * it (claim {@value PartnerGrants#CLAIM}, from the client's grants mapper), or rather the client's
 * grants as Keycloak holds them now ({@link LiveGrants}, at most {@code crossway.grants.max-age} old),
 * so that a revoked grant binds tokens already issued (see docs/decisions/grants.md). A token
 * without the claim grants nothing. (Request-scoped holder rather than a produced
 * {@code Caller}: a record is final and cannot be proxied.)
 */
@RequestScoped
public class Callers {

    private static final Logger LOG = Logger.getLogger(Callers.class.getName());
    static final List<String> ROLES = List.of("admin", "partner", "auditor", "clinician");

    @Inject
    HttpServletRequest request;
    @Inject
    LiveGrants live;

    private Caller caller;

    public Caller current() {
        if (caller == null) {
            caller = resolve(request, live);
        }
        return caller;
    }

    static Caller resolve(HttpServletRequest request, LiveGrants live) {
        Principal user = request.getUserPrincipal();
        if (user == null) {
            throw new IllegalStateException("no authenticated caller");
        }
        Set<String> roles = new HashSet<>();
        ROLES.stream().filter(request::isUserInRole).forEach(roles::add);
        AccessToken token = token(request);
        if (token == null) {
            LOG.warning("no OIDC token for " + user.getName() + ": nothing granted");
        }
        String client = token == null ? null : token.getClaimValueAsString("azp");
        // what the client may do now (Keycloak, at most crossway.grants.max-age old), else what its token says
        Grants grants = client == null ? grants(token, null)
                : live.current(client).map(Callers::toGrants).orElseGet(() -> grants(token, client));
        return new Caller(client == null ? user.getName() : client, user.getName(), roles, grants);
    }

    /**
     * The person's network role, as an administrator set it (Keycloak user attribute, claim
     * {@value SubjectRoles#CLAIM} of the portal's tokens); empty when none is set or the value is not
     * one of the allowed roles (Keycloak's user profile refuses those; a token is not trusted to agree).
     */
    public Optional<SubjectRole> subjectRole() {
        AccessToken token = token(request);
        return subjectRole(token == null ? null : token.getClaimValueAsString(SubjectRoles.CLAIM));
    }

    static Optional<SubjectRole> subjectRole(String claim) {
        Optional<SubjectRole> role = SubjectRole.of(claim);
        if (role.isEmpty() && claim != null && !claim.isBlank()) {
            LOG.warning("a token carries the role '" + claim + "', which is not an allowed role: ignored");
        }
        return role;
    }

    /** The verified token the OIDC mechanism left as a request attribute (WildFly's documented way), or the principal's. */
    private static AccessToken token(HttpServletRequest request) {
        OidcSecurityContext oidc = (OidcSecurityContext) request.getAttribute(OidcSecurityContext.class.getName());
        if (oidc == null && request.getUserPrincipal() instanceof OidcPrincipal<?> p) {
            oidc = p.getOidcSecurityContext();
        }
        return oidc == null ? null : oidc.getToken();
    }

    private static Grants grants(AccessToken token, String client) {
        String json = token == null ? null : token.getClaimValueAsString(PartnerGrants.CLAIM);
        try {
            return toGrants(PartnerGrants.fromJson(json));
        } catch (IllegalArgumentException e) {
            LOG.warning("client " + client + ": its grants in Keycloak are malformed (" + e.getMessage() + "); nothing granted");
            return Grants.none();
        }
    }

    public static Grants toGrants(PartnerGrants g) {
        return new Grants(Set.copyOf(g.communities()), Set.copyOf(g.organizations()), Set.copyOf(g.purposesOfUse()),
                g.roles() == null ? null : Set.copyOf(g.roles()), g.initiate());
    }
}
