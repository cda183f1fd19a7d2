package dev.crossway.responder.application;

import java.time.Instant;
import java.util.List;

/** A hosted community as the portal and the API show it. */
public record CommunityView(String homeCommunityId, String name, String assigningAuthority, String mode,
                            List<String> purposesOfUse, String downstreamXcpdUrl, String downstreamXcaQueryUrl,
                            String downstreamXcaRetrieveUrl, String repositoryUniqueId, Instant createdAt) {

    public CommunityView {
        purposesOfUse = List.copyOf(purposesOfUse);
    }
}
