package dev.crossway.responder.application;

import java.time.Instant;
import java.util.List;

/** A hosted community as the portal and the API show it; {@code downstream} null in stored mode. */
public record CommunityView(String homeCommunityId, String name, String assigningAuthority, String mode,
                            List<String> purposesOfUse, DownstreamEndpoints downstream, String repositoryUniqueId,
                            Instant createdAt) {

    public CommunityView {
        purposesOfUse = List.copyOf(purposesOfUse);
    }
}
