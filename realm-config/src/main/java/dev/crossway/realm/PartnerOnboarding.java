package dev.crossway.realm;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;

/**
 * Onboards a partner system: a confidential client with only the client-credentials grant,
 * the {@code partner} role and its {@link PartnerGrants}, whose secret Keycloak generates; reads and
 * replaces the grants later. Used by the command-line tool, the API's partner administration and
 * the portal's Partners page.
 */
public final class PartnerOnboarding {

    /** The portal's client: its grants are what the hospital's own people may assert from the portal. */
    static final String PORTAL = "crossway-portal";
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
        return onboard(clientId, displayName, PartnerGrants.none());
    }

    public Credentials onboard(String clientId, String displayName, PartnerGrants grants) {
        Objects.requireNonNull(grants, "grants");
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
        String audience = Clients.apiAudienceScope(realm).orElseThrow(() -> new IllegalStateException("the realm has no client"
                + " scope " + Clients.API_AUDIENCE_SCOPE + ": apply the realm first (realm tool 'apply', or ./crossway run)"));
        ClientRepresentation rep = new ClientRepresentation();
        rep.setClientId(clientId);
        rep.setName(displayName == null || displayName.isBlank() ? clientId : displayName);
        rep.setProtocol("openid-connect");
        rep.setPublicClient(false);
        rep.setStandardFlowEnabled(false);
        rep.setDirectAccessGrantsEnabled(false);
        rep.setServiceAccountsEnabled(true);
        // in the representation that creates the client: its first token already carries the grants
        rep.setProtocolMappers(List.of(grants.toMapper()));
        Clients.created(realm.clients().create(rep), "client " + clientId);
        String id = realm.clients().findByClientId(clientId).get(0).getId();
        new Clients(realm, s -> { }).grantServiceAccountRoles(realm.clients().get(id), List.of("partner"));
        Clients.grantApiAudience(realm, id, audience);
        String secret = realm.clients().get(id).getSecret().getValue();
        return new Credentials(clientId, secret);
    }

    /** The grants of the partner {@code clientId}; empty when there is no such partner client. */
    public Optional<PartnerGrants> grants(String clientId) {
        return partner(clientId).map(c -> PartnerGrants.of(
                keycloak.realm(realmName).clients().get(c.getId()).getProtocolMappers().getMappers()));
    }

    /**
     * What the client {@code clientId} may do now: its grants, or none when the client is not there
     * any more or is disabled (what the API checks every call against, see the web layer's LiveGrants).
     */
    public PartnerGrants effectiveGrants(String clientId) {
        if (clientId == null || clientId.isBlank()) {
            return PartnerGrants.none();
        }
        // any client of the realm (also one created by hand with another spelling of ids)
        return keycloak.realm(realmName).clients().findByClientId(clientId).stream().findFirst()
                .filter(c -> !Boolean.FALSE.equals(c.isEnabled()))
                .map(c -> PartnerGrants.of(keycloak.realm(realmName).clients().get(c.getId()).getProtocolMappers().getMappers()))
                .orElse(PartnerGrants.none());
    }

    /**
     * Replaces the partner's grants; tokens issued from now on carry them, and the API checks tokens
     * already issued against them within {@code crossway.grants.max-age} (the web layer's LiveGrants).
     *
     * @return false when there is no such partner client
     */
    public boolean replaceGrants(String clientId, PartnerGrants grants) {
        Objects.requireNonNull(grants, "grants");
        Optional<ClientRepresentation> client = partner(clientId);
        if (client.isEmpty()) {
            return false;
        }
        var mappers = keycloak.realm(realmName).clients().get(client.get().getId()).getProtocolMappers();
        var existing = mappers.getMappers().stream().filter(m -> PartnerGrants.MAPPER.equals(m.getName())).findFirst();
        ProtocolMapperRepresentation wanted = grants.toMapper();
        if (existing.isPresent()) {
            wanted.setId(existing.get().getId());
            mappers.update(existing.get().getId(), wanted);
        } else {
            Clients.created(mappers.createMapper(wanted), "grants of " + clientId);
        }
        return true;
    }

    private Optional<ClientRepresentation> partner(String clientId) {
        if (clientId == null || !CLIENT_ID.matcher(clientId).matches()) {
            return Optional.empty();
        }
        return keycloak.realm(realmName).clients().findByClientId(clientId).stream()
                .filter(c -> isApiClient(c) || PORTAL.equals(c.getClientId())).findFirst();
    }

    /** A client that calls the API: a service account that is not one of Crossway's own {@code crossway-*}. */
    static boolean isApiClient(ClientRepresentation c) {
        return Boolean.TRUE.equals(c.isServiceAccountsEnabled()) && !c.getClientId().startsWith("crossway-");
    }

    /** The partners onboarded so far: every service-account client except Crossway's own {@code crossway-*}. */
    public List<String> list() {
        return keycloak.realm(realmName).clients().findAll().stream()
                .filter(PartnerOnboarding::isApiClient)
                .map(ClientRepresentation::getClientId)
                .sorted()
                .toList();
    }
}
