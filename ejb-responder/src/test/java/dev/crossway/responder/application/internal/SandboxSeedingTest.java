package dev.crossway.responder.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.testsupport.Shared;
import org.junit.jupiter.api.Test;

class SandboxSeedingTest {

    @Test
    void seedsThreeCommunitiesWithAliceAndTheirDocumentsOnce() {
        GatewayFixture f = new GatewayFixture();
        var seeding = new DefaultSandboxSeeder.SandboxSeeding(new CommunityService(f.communities, f.gatewayAudit, f.clock),
                f.patientService, f.documentService, f.communities, f.patients, f.documents);
        seeding.seed(Shared.root().resolve("samples"), "sandbox");
        int audit = f.audit.size();
        seeding.seed(Shared.root().resolve("samples"), "sandbox");

        assertThat(f.audit).hasSize(audit).as("a second run changes nothing");
        assertThat(f.communities.all()).extracting(c -> c.name())
                .containsExactly("Crossway Sandbox North", "Crossway Sandbox South", "Crossway Sandbox West");
        for (int n = 1; n <= 3; n++) {
            var alice = f.patients.byIdentifier(HomeCommunityId.of(SandboxData.hcid(n)), SandboxData.alice(n).identifiers().get(0));
            assertThat(alice).isPresent();
            assertThat(f.documents.ofPatient(alice.get().id())).hasSize(SandboxData.DOCUMENTS.get(n).size());
        }
    }
}
