package dev.crossway.responder.application;

import java.time.Instant;
import java.util.List;

/** A hosted community as the portal and the API show it; {@code downstream} null in stored mode. */
public record CommunityView(String homeCommunityId, String name, String assigningAuthority, String mode,
                            List<String> purposesOfUse, DownstreamEndpoints downstream, String repositoryUniqueId,
                            Instant createdAt, List<String> restrictedPurposesOfUse, List<String> veryRestrictedPurposesOfUse) {

    public CommunityView {
        purposesOfUse = List.copyOf(purposesOfUse);
        restrictedPurposesOfUse = restrictedPurposesOfUse == null ? List.of() : List.copyOf(restrictedPurposesOfUse);
        veryRestrictedPurposesOfUse = veryRestrictedPurposesOfUse == null ? List.of() : List.copyOf(veryRestrictedPurposesOfUse);
    }
}
