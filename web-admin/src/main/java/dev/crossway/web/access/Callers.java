package dev.crossway.web.access;

import dev.crossway.interop.access.Caller;
import dev.crossway.interop.access.Grants;
import dev.crossway.realm.PartnerGrants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.OidcSecurityContext;

/**
 * The request's caller, resolved once from the token WildFly's OIDC mechanism has verified: the
 * client it was issued to ({@code azp}), the user, the realm roles, and the grants Keycloak put into
 * it (claim {@value PartnerGrants#CLAIM}, from the client's grants mapper). No lookup per call:
 * the token is signed, and a grant change reaches the next token (see docs/decisions/grants.md).
 * A token without the claim grants nothing. (Request-scoped holder rather than a produced
 * {@code Caller}: a record is final and cannot be proxied.)
 */
@RequestScoped
public class Callers {

    private static final Logger LOG = Logger.getLogger(Callers.class.getName());
    static final List<String> ROLES = List.of("admin", "partner", "auditor", "clinician");

    @Inject
    HttpServletRequest request;

    private Caller caller;

    public Caller current() {
        if (caller == null) {
            caller = resolve(request);
        }
        return caller;
    }

    static Caller resolve(HttpServletRequest request) {
        Principal user = request.getUserPrincipal();
        if (user == null) {
            throw new IllegalStateException("no authenticated caller");
        }
        Set<String> roles = new HashSet<>();
        ROLES.stream().filter(request::isUserInRole).forEach(roles::add);
        // the OIDC mechanism leaves the verified token as a request attribute (WildFly's documented way);
        // the principal may carry it too
        OidcSecurityContext oidc = (OidcSecurityContext) request.getAttribute(OidcSecurityContext.class.getName());
        if (oidc == null && user instanceof OidcPrincipal<?> p) {
            oidc = p.getOidcSecurityContext();
        }
        if (oidc == null) {
            LOG.warning("no OIDC token for " + user.getName() + ": nothing granted");
        }
        AccessToken token = oidc == null ? null : oidc.getToken();
        String client = token == null ? null : token.getClaimValueAsString("azp");
        return new Caller(client == null ? user.getName() : client, user.getName(), roles, grants(token, client));
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
