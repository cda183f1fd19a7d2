package dev.crossway.realm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;

class RealmSpecTest {

    private final RealmSpec spec = RealmSpec.load();
    private final RealmApplier.Options options =
            new RealmApplier.Options("https://crossway.example.org", "portal-secret-0123456789",
                    "manager-secret-0123456789", false);

    @Test
    void theRealmHasTheThreeRolesTheSandboxMarkerAndThePortalAndApiClients() {
        assertThat(spec.realm()).isEqualTo("crossway");
        assertThat(spec.roles().realm()).extracting(RealmSpec.Role::name)
                .containsExactlyInAnyOrder("admin", "partner", "auditor", "clinician", "sandbox");
        assertThat(spec.clients()).extracting(c -> c.get("clientId")).containsExactly("crossway-portal", "crossway-manager", "crossway-api");
    }

    @Test
    void publishedSandboxCredentialsLiveOnlyInTheSandboxPart() {
        assertThat(spec.clients()).noneMatch(c -> String.valueOf(c.get("clientId")).startsWith("sandbox-"));
        assertThat(spec.clients()).noneMatch(c -> c.containsKey("secret"));
        assertThat(spec.sandbox().clients()).extracting(c -> c.get("clientId"))
                .containsExactlyInAnyOrder("sandbox-partner", "sandbox-admin");
        Map<String, Object> partner = spec.sandbox().clients().stream()
                .filter(c -> "sandbox-partner".equals(c.get("clientId"))).findFirst().orElseThrow();
        assertThat(partner.get("secret")).isEqualTo("sandbox-secret");
        assertThat(partner.get("serviceAccountRoles")).isEqualTo(List.of("partner"));
        // the portal refuses these users outside a sandbox by this role (web-admin's SandboxAccounts)
        assertThat(spec.sandbox().users()).isNotEmpty().allSatisfy(u -> assertThat(u.roles()).contains("sandbox"));
    }

    @Test
    void thePortalClientGetsThisInstallationsUrlAndSecret() {
        ClientRepresentation portal = RealmApplier.toRepresentation(spec.clients().get(0), options);
        assertThat(portal.getRedirectUris()).containsExactly("https://crossway.example.org/admin/*", "https://crossway.example.org/*");
        assertThat(portal.getSecret()).isEqualTo("portal-secret-0123456789");
        assertThat(portal.isStandardFlowEnabled()).isTrue();
        assertThat(portal.isPublicClient()).isFalse();
    }

    @Test
    void aClusteredPortalGetsARedirectUriPerNode() {
        RealmApplier.Options cluster = new RealmApplier.Options("http://localhost:8280, http://localhost:8380",
                "portal-secret-0123456789", "manager-secret-0123456789", true);
        ClientRepresentation portal = RealmApplier.toRepresentation(spec.clients().get(0), cluster);
        assertThat(portal.getRedirectUris()).contains("http://localhost:8280/admin/*", "http://localhost:8380/admin/*");
        assertThat(portal.getAttributes().get("post.logout.redirect.uris")).isEqualTo("http://localhost:8280/*##http://localhost:8380/*");
    }

    @Test
    void theManagerClientGetsItsSecretAndNoBrowserFlow() {
        ClientRepresentation manager = RealmApplier.toRepresentation(spec.clients().get(1), options);
        assertThat(manager.getSecret()).isEqualTo("manager-secret-0123456789");
        assertThat(manager.isStandardFlowEnabled()).isFalse();
        assertThat(manager.isServiceAccountsEnabled()).isTrue();
    }

    @Test
    void theApiIsABearerOnlyResourceServer() {
        ClientRepresentation api = RealmApplier.toRepresentation(spec.clients().get(2), options);
        assertThat(api.isBearerOnly()).isTrue();
        assertThat(api.getSecret()).isNull();
    }
}
