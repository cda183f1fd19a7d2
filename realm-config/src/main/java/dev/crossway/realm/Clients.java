package dev.crossway.realm;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ClientScopeRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/** Creates or updates the realm's clients, including service-account role grants. */
final class Clients {

    /**
     * The client scope that puts {@code crossway-api} in an access token's audience. The API
     * (bearer-only client {@code crossway-api}) refuses tokens without it, so a token Keycloak
     * issued to another client of the realm, the portal or the manager, is not accepted there.
     */
    static final String API_AUDIENCE_SCOPE = "crossway-api-audience";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final RealmResource realm;
    private final Consumer<String> log;

    Clients(RealmResource realm, Consumer<String> log) {
        this.realm = realm;
        this.log = log;
    }

    void ensure(Map<String, Object> spec, RealmApplier.Options options) {
        ClientRepresentation wanted = toRepresentation(spec, options);
        List<ClientRepresentation> found = realm.clients().findByClientId(wanted.getClientId());
        String id;
        if (found.isEmpty()) {
            created(realm.clients().create(wanted), "client " + wanted.getClientId());
            id = realm.clients().findByClientId(wanted.getClientId()).get(0).getId();
            log.accept("client " + wanted.getClientId() + " created");
        } else {
            id = found.get(0).getId();
            ClientRepresentation existing = found.get(0);
            existing.setRedirectUris(wanted.getRedirectUris());
            existing.setAttributes(wanted.getAttributes());
            if (wanted.getSecret() != null) {
                existing.setSecret(wanted.getSecret());
            }
            realm.clients().get(id).update(existing);
            ensureGrantsMapper(realm.clients().get(id), wanted);
        }
        @SuppressWarnings("unchecked")
        List<String> roles = (List<String>) spec.getOrDefault("serviceAccountRoles", List.of());
        if (!roles.isEmpty()) {
            grantServiceAccountRoles(realm.clients().get(id), roles);
        }
        @SuppressWarnings("unchecked")
        Map<String, List<String>> clientRoles =
                (Map<String, List<String>>) spec.getOrDefault("serviceAccountClientRoles", Map.of());
        clientRoles.forEach((client, names) -> grantServiceAccountClientRoles(realm.clients().get(id), client, names));
    }

    /**
     * Mappers of the realm JSON (grants, the portal's role claim) are created when the client has
     * none of that name; grants changed since are kept.
     */
    private void ensureGrantsMapper(ClientResource client, ClientRepresentation wanted) {
        if (wanted.getProtocolMappers() == null) {
            return;
        }
        List<String> present = client.getProtocolMappers().getMappers().stream().map(ProtocolMapperRepresentation::getName).toList();
        wanted.getProtocolMappers().stream().filter(m -> !present.contains(m.getName())).forEach(m -> {
            created(client.getProtocolMappers().createMapper(m), m.getName() + " of " + wanted.getClientId());
            log.accept("client " + wanted.getClientId() + ": mapper " + m.getName() + " added");
        });
    }

    /** The audience scope's id, created when missing (that needs realm-management's manage-realm). */
    static String ensureApiAudienceScope(RealmResource realm, Consumer<String> log) {
        Optional<String> found = apiAudienceScope(realm);
        if (found.isPresent()) {
            return found.get();
        }
        ProtocolMapperRepresentation audience = new ProtocolMapperRepresentation();
        audience.setName("crossway-api audience");
        audience.setProtocol("openid-connect");
        audience.setProtocolMapper("oidc-audience-mapper");
        audience.setConfig(Map.of("included.client.audience", "crossway-api", "access.token.claim", "true",
                "id.token.claim", "false", "introspection.token.claim", "true"));
        ClientScopeRepresentation scope = new ClientScopeRepresentation();
        scope.setName(API_AUDIENCE_SCOPE);
        scope.setDescription("Puts crossway-api in the access token's audience: the Crossway API refuses tokens without it");
        scope.setProtocol("openid-connect");
        scope.setAttributes(Map.of("include.in.token.scope", "false", "display.on.consent.screen", "false"));
        scope.setProtocolMappers(List.of(audience));
        created(realm.clientScopes().create(scope), "client scope " + API_AUDIENCE_SCOPE);
        log.accept("client scope " + API_AUDIENCE_SCOPE + " created");
        return apiAudienceScope(realm).orElseThrow();
    }

    static Optional<String> apiAudienceScope(RealmResource realm) {
        return realm.clientScopes().findAll().stream().filter(s -> API_AUDIENCE_SCOPE.equals(s.getName()))
                .map(ClientScopeRepresentation::getId).findFirst();
    }

    /** Makes this client's tokens carry the API's audience (a default client scope); true if it was added. */
    static boolean grantApiAudience(RealmResource realm, String clientUuid, String scopeId) {
        ClientResource client = realm.clients().get(clientUuid);
        if (client.getDefaultClientScopes().stream().anyMatch(s -> scopeId.equals(s.getId()))) {
            return false;
        }
        client.addDefaultClientScope(scopeId);
        return true;
    }

    /** Roles of another client (e.g. realm-management) for this client's service account. */
    void grantServiceAccountClientRoles(ClientResource client, String roleClientId, List<String> roleNames) {
        UserRepresentation serviceAccount = client.getServiceAccountUser();
        String roleClient = realm.clients().findByClientId(roleClientId).get(0).getId();
        List<RoleRepresentation> roles = roleNames.stream()
                .map(name -> realm.clients().get(roleClient).roles().get(name).toRepresentation()).toList();
        realm.users().get(serviceAccount.getId()).roles().clientLevel(roleClient).add(roles);
    }

    void grantServiceAccountRoles(ClientResource client, List<String> roleNames) {
        UserRepresentation serviceAccount = client.getServiceAccountUser();
        List<RoleRepresentation> roles = roleNames.stream()
                .map(name -> realm.roles().get(name).toRepresentation()).toList();
        realm.users().get(serviceAccount.getId()).roles().realmLevel().add(roles);
    }

    static ClientRepresentation toRepresentation(Map<String, Object> spec, RealmApplier.Options options) {
        Map<String, Object> copy = new HashMap<>(spec);
        copy.remove("serviceAccountRoles");
        copy.remove("serviceAccountClientRoles");
        Object grants = copy.remove("grants");
        ClientRepresentation rep = JSON.convertValue(copy, ClientRepresentation.class);
        if (grants != null) {
            // the realm JSON writes grants as the API does; Keycloak keeps them in a protocol mapper
            rep.setProtocolMappers(List.of(JSON.convertValue(grants, PartnerGrants.class).toMapper()));
        }
        // the portal may answer at several addresses (a cluster's nodes): a comma-separated list
        List<String> portals = List.of(options.portalUrl().split("\\s*,\\s*"));
        if (rep.getRedirectUris() != null) {
            rep.setRedirectUris(rep.getRedirectUris().stream()
                    .flatMap(u -> u.contains("${portal}") ? portals.stream().map(p -> u.replace("${portal}", p)) : java.util.stream.Stream.of(u))
                    .toList());
        }
        if (rep.getAttributes() != null) {
            Map<String, String> attributes = new HashMap<>();
            rep.getAttributes().forEach((k, v) -> attributes.put(k, v.contains("${portal}")
                    ? String.join("##", portals.stream().map(p -> v.replace("${portal}", p)).toList()) : v));
            rep.setAttributes(attributes);
        }
        if ("crossway-portal".equals(rep.getClientId())) {
            rep.setSecret(options.portalSecret());
            // the person's network role reaches the portal in its access token
            List<ProtocolMapperRepresentation> mappers = new java.util.ArrayList<>(
                    rep.getProtocolMappers() == null ? List.of() : rep.getProtocolMappers());
            mappers.add(SubjectRoles.mapper());
            rep.setProtocolMappers(mappers);
        }
        if ("crossway-manager".equals(rep.getClientId())) {
            rep.setSecret(options.managerSecret());
        }
        return rep;
    }

    static void created(Response response, String what) {
        try (response) {
            if (response.getStatus() != 201) {
                throw new IllegalStateException(what + " not created: HTTP " + response.getStatus()
                        + " " + response.readEntity(String.class));
            }
        }
    }
}
