package dev.crossway.web.access;

import dev.crossway.interop.config.Setting;
import dev.crossway.realm.PartnerOnboarding;
import java.util.function.Function;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;

/**
 * Keycloak's administration as the {@code crossway-manager} service account (secret
 * {@code crossway.keycloak.manager-secret}), for the Partners page and the partner API: both use
 * the realm tool's {@link PartnerOnboarding}.
 */
public final class KeycloakManager {

    private KeycloakManager() {
    }

    public static <T> T withPartners(Function<PartnerOnboarding, T> work) {
        try (Keycloak keycloak = keycloak()) {
            return work.apply(new PartnerOnboarding(keycloak, realm()));
        }
    }

    private static Keycloak keycloak() {
        String provider = providerUrl();
        String server = provider.substring(0, provider.indexOf("/realms/"));
        return KeycloakBuilder.builder().serverUrl(server).realm(realm())
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS).clientId("crossway-manager")
                .clientSecret(Setting.value("crossway.manager-secret", "")).build();
    }

    private static String realm() {
        String provider = providerUrl();
        return provider.substring(provider.indexOf("/realms/") + "/realms/".length()).replaceAll("/.*", "");
    }

    /** The realm's URL ({@code crossway.oidc.provider-url}), as the OIDC adapter uses it. */
    public static String providerUrl() {
        return Setting.value("crossway.oidc.provider-url", "http://localhost:8180/realms/crossway");
    }
}
