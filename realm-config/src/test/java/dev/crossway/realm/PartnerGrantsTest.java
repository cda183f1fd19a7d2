package dev.crossway.realm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;

class PartnerGrantsTest {

    @Test
    void grantsTravelAsTheApisJsonInAHardCodedClaimOfTheAccessToken() {
        PartnerGrants g = new PartnerGrants(List.of("urn:oid:2.16.840.1.113883.3.9999.1.1"), List.of("1.2.3"),
                List.of("treatment"), null, true);
        ProtocolMapperRepresentation m = g.toMapper();
        assertThat(m.getProtocolMapper()).isEqualTo("oidc-hardcoded-claim-mapper");
        assertThat(m.getConfig()).containsEntry("claim.name", PartnerGrants.CLAIM).containsEntry("access.token.claim", "true");
        assertThat(m.getConfig().get("claim.value")).isEqualTo(
                "{\"Communities\":[\"2.16.840.1.113883.3.9999.1.1\"],\"Organizations\":[\"1.2.3\"],\"PurposesOfUse\":[\"TREATMENT\"],\"Initiate\":true}");
        assertThat(PartnerGrants.of(List.of(m))).isEqualTo(g);
    }

    @Test
    void aClientWithoutTheMapperHasNoGrants() {
        assertThat(PartnerGrants.of(List.of())).isEqualTo(PartnerGrants.none());
        assertThat(PartnerGrants.none().initiate()).isFalse();
    }

    @Test
    void malformedGrantsAreRefusedNamingTheList() {
        assertThatThrownBy(() -> new PartnerGrants(List.of("north"), List.of(), List.of(), null, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Communities");
        assertThatThrownBy(() -> PartnerGrants.fromJson("{\"PurposesOfUse\":[\"<script>\"]}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PurposesOfUse");
    }

    @Test
    void theSandboxPartnerIsGrantedEverythingThroughTheRealmJson() {
        RealmSpec spec = RealmSpec.load();
        Map<String, Object> partner = spec.sandbox().clients().stream()
                .filter(c -> "sandbox-partner".equals(c.get("clientId"))).findFirst().orElseThrow();
        ClientRepresentation rep = RealmApplier.toRepresentation(partner,
                new RealmApplier.Options("http://localhost:8080", "portal-secret-0123456789", "manager-secret-0123456789", true));
        PartnerGrants g = PartnerGrants.of(rep.getProtocolMappers());
        assertThat(g.communities()).containsExactly("*");
        assertThat(g.purposesOfUse()).containsExactly("*");
        assertThat(g.initiate()).isTrue();
    }
}
