package dev.crossway.realm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Makes a Keycloak hold the Crossway realm. Idempotent: what exists is kept (onboarded partners
 * survive a re-apply), what is missing is created, and the portal client's redirect URIs and
 * secret follow the options given. The realm's login rules (brute-force detection, password
 * policy, the browser flow asking administrators for a one-time password: {@link RealmSecurity})
 * and the people's network role attribute ({@link SubjectRoles}) are set on every apply.
 */
public final class RealmApplier {

    /** How this installation is set up: where the portal lives, its client secret, sandbox or not. */
    public record Options(String portalUrl, String portalSecret, String managerSecret, boolean sandbox) {
        public Options {
            Objects.requireNonNull(portalUrl, "portal URL");
            Objects.requireNonNull(portalSecret, "portal client secret");
            Objects.requireNonNull(managerSecret, "manager client secret");
        }
    }

    private final Keycloak keycloak;
    private final Consumer<String> log;

    public RealmApplier(Keycloak keycloak, Consumer<String> log) {
        this.keycloak = Objects.requireNonNull(keycloak);
        this.log = Objects.requireNonNull(log);
    }

    public void apply(RealmSpec spec, Options options) {
        ensureRealm(spec);
        RealmResource realm = keycloak.realm(spec.realm());
        for (RealmSpec.Role role : spec.roles().realm()) {
            ensureRole(realm, role);
        }
        // before any user: the role attribute must be declared for Keycloak to keep it
        SubjectRoles.ensureProfile(realm, log);
        List<Map<String, Object>> clients = new ArrayList<>(spec.clients());
        if (options.sandbox() && spec.sandbox() != null) {
            clients.addAll(spec.sandbox().clients());
        }
        Clients clientOps = new Clients(realm, log);
        for (Map<String, Object> client : clients) {
            clientOps.ensure(client, options);
        }
        RealmSecurity security = new RealmSecurity(realm, log);
        if (options.sandbox() && spec.sandbox() != null) {
            // the sandbox's published passwords are short: its users are created while no policy
            // applies (it binds passwords set from then on), then the policy is set
            security.applyRealmSettings(spec.security(), null);
            spec.sandbox().users().forEach(user -> ensureUser(realm, user));
        }
        security.applyRealmSettings(spec.security(), spec.security().passwordPolicy());
        security.applyBrowserFlow(spec.security(), options.sandbox());
        // every API client (the sandbox's, partners onboarded before this existed) gets the API's audience
        String audience = Clients.ensureApiAudienceScope(realm, log);
        for (ClientRepresentation c : realm.clients().findAll()) {
            if (PartnerOnboarding.isApiClient(c) && Clients.grantApiAudience(realm, c.getId(), audience)) {
                log.accept("client " + c.getClientId() + ": tokens now carry the crossway-api audience");
            }
        }
    }

    private void ensureRealm(RealmSpec spec) {
        boolean exists = keycloak.realms().findAll().stream().anyMatch(r -> r.getRealm().equals(spec.realm()));
        if (exists) {
            log.accept("realm " + spec.realm() + " exists");
            return;
        }
        RealmRepresentation rep = new RealmRepresentation();
        rep.setRealm(spec.realm());
        rep.setEnabled(spec.enabled() == null || spec.enabled());
        rep.setSslRequired(spec.sslRequired());
        rep.setAccessTokenLifespan(spec.accessTokenLifespan());
        keycloak.realms().create(rep);
        log.accept("realm " + spec.realm() + " created");
    }

    private void ensureRole(RealmResource realm, RealmSpec.Role role) {
        boolean exists = realm.roles().list().stream().anyMatch(r -> r.getName().equals(role.name()));
        if (!exists) {
            realm.roles().create(new RoleRepresentation(role.name(), role.description(), false));
            log.accept("role " + role.name() + " created");
        }
    }

    private void ensureUser(RealmResource realm, RealmSpec.User user) {
        List<UserRepresentation> found = realm.users().searchByUsername(user.username(), true);
        String id;
        if (found.isEmpty()) {
            UserRepresentation rep = new UserRepresentation();
            rep.setUsername(user.username());
            rep.setFirstName(user.firstName());
            rep.setLastName(user.lastName());
            rep.setEmail(user.email());
            rep.setEmailVerified(true);
            rep.setEnabled(true);
            if (user.subjectRole() != null) {
                rep.singleAttribute(SubjectRoles.ATTRIBUTE, user.subjectRole());
            }
            CredentialRepresentation password = new CredentialRepresentation();
            password.setType(CredentialRepresentation.PASSWORD);
            password.setValue(user.password());
            password.setTemporary(false);
            rep.setCredentials(List.of(password));
            Clients.created(realm.users().create(rep), "user " + user.username());
            id = realm.users().searchByUsername(user.username(), true).get(0).getId();
            log.accept("user " + user.username() + " created");
        } else {
            id = found.get(0).getId();
            UserRepresentation existing = realm.users().get(id).toRepresentation();
            if (user.subjectRole() != null && existing.firstAttribute(SubjectRoles.ATTRIBUTE) == null) {
                SubjectRoles.assign(realm, user.username(), user.subjectRole());
                log.accept("user " + user.username() + ": role " + user.subjectRole());
            }
        }
        List<RoleRepresentation> roles = user.roles().stream()
                .map(name -> realm.roles().get(name).toRepresentation()).toList();
        realm.users().get(id).roles().realmLevel().add(roles);
    }

    static ClientRepresentation toRepresentation(Map<String, Object> spec, Options options) {
        return Clients.toRepresentation(spec, options);
    }
}
