package dev.crossway.web.security;

import dev.crossway.interop.config.Setting;
import java.util.Map;
import org.wildfly.security.http.oidc.OidcClientConfiguration;
import org.wildfly.security.http.oidc.OidcClientConfigurationBuilder;
import org.wildfly.security.http.oidc.OidcClientConfigurationResolver;
import org.wildfly.security.http.oidc.OidcHttpFacade;
import org.wildfly.security.http.oidc.OidcJsonConfiguration;

/**
 * Chooses the Keycloak client for each request: the bearer-only resource server
 * {@code crossway-api} for the JSON API (a request without a valid token, or with a token whose
 * audience does not name {@code crossway-api}, is answered 401, never redirected to a login page), and the confidential portal client {@code crossway-portal} for
 * everything else (the browser is sent to Keycloak to log in).
 *
 * <p>Settings come from system properties that the server configuration resolves from the
 * environment: {@code crossway.oidc.provider-url}, {@code crossway.oidc.portal-secret}.
 */
public class CrosswayOidcResolver implements OidcClientConfigurationResolver {

    private volatile OidcClientConfiguration api;
    private volatile OidcClientConfiguration portal;

    @Override
    public OidcClientConfiguration resolve(OidcHttpFacade.Request request) {
        String path = request.getRelativePath();
        if (path != null && (path.startsWith("/api/") || path.equals("/api") || path.startsWith("/gateway/"))) {
            OidcClientConfiguration c = api;
            if (c == null) {
                c = api = build(true);
            }
            return c;
        }
        OidcClientConfiguration c = portal;
        if (c == null) {
            c = portal = build(false);
        }
        return c;
    }

    private static OidcClientConfiguration build(boolean bearerOnly) {
        OidcJsonConfiguration json = new OidcJsonConfiguration();
        json.setProviderUrl(Setting.value("crossway.oidc.provider-url", "http://localhost:8180/realms/crossway"));
        json.setSslRequired(Setting.value("crossway.oidc.ssl-required", "external"));
        json.setPrincipalAttribute("preferred_username");
        json.setUseRealmRoleMappings(true);
        if (bearerOnly) {
            json.setResource("crossway-api");
            json.setBearerOnly(true);
            // the token must name this API in its audience (the realm tool's crossway-api-audience
            // scope on API clients): a token issued to another client of the realm is refused
            json.setVerifyTokenAudience(true);
        } else {
            json.setResource("crossway-portal");
            json.setCredentials(Map.of("secret", Setting.value("crossway.portal-secret", "")));
        }
        return OidcClientConfigurationBuilder.build(json);
    }
}
