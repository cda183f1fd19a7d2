package dev.crossway.realm;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;

/**
 * Onboards a partner system: a confidential client with only the client-credentials grant and
 * the {@code partner} role, whose secret Keycloak generates. Used by the command-line tool and by
 * the portal's Partners page.
 */
public final class PartnerOnboarding {

    private static final Pattern CLIENT_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{2,62}");

    /** What a partner needs to call the API. */
    public record Credentials(String clientId, String clientSecret) {
    }

    private final Keycloak keycloak;
    private final String realmName;

    public PartnerOnboarding(Keycloak keycloak, String realmName) {
        this.keycloak = Objects.requireNonNull(keycloak);
        this.realmName = Objects.requireNonNull(realmName);
    }

    public Credentials onboard(String clientId, String displayName) {
        if (clientId == null || !CLIENT_ID.matcher(clientId).matches()) {
            throw new IllegalArgumentException(
                    "client id must be 3 to 63 characters of lower-case letters, digits, '.', '_' or '-'");
        }
        if (clientId.startsWith("sandbox-")) {
            throw new IllegalArgumentException("client ids starting with 'sandbox-' are reserved");
        }
        RealmResource realm = keycloak.realm(realmName);
        if (!realm.clients().findByClientId(clientId).isEmpty()) {
            throw new IllegalArgumentException("a client '" + clientId + "' already exists");
        }
        ClientRepresentation rep = new ClientRepresentation();
        rep.setClientId(clientId);
        rep.setName(displayName == null || displayName.isBlank() ? clientId : displayName);
        rep.setProtocol("openid-connect");
        rep.setPublicClient(false);
        rep.setStandardFlowEnabled(false);
        rep.setDirectAccessGrantsEnabled(false);
        rep.setServiceAccountsEnabled(true);
        Clients.created(realm.clients().create(rep), "client " + clientId);
        String id = realm.clients().findByClientId(clientId).get(0).getId();
        new Clients(realm, s -> { }).grantServiceAccountRoles(realm.clients().get(id), List.of("partner"));
        String secret = realm.clients().get(id).getSecret().getValue();
        return new Credentials(clientId, secret);
    }

    /** The partners onboarded so far: every service-account client except Crossway's own {@code crossway-*}. */
    public List<String> list() {
        return keycloak.realm(realmName).clients().findAll().stream()
                .filter(c -> Boolean.TRUE.equals(c.isServiceAccountsEnabled()))
                .filter(c -> !c.getClientId().startsWith("crossway-"))
                .map(ClientRepresentation::getClientId)
                .sorted()
                .toList();
    }
}
