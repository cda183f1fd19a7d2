package dev.crossway.responder.application;

import java.util.List;

/**
 * A hosted community as an administrator enters it. {@code mode} is "Stored" or "Gateway"; the
 * downstream endpoints only in gateway mode; {@code repositoryUniqueId} may be null (then the home
 * community id is used).
 */
public record CommunityForm(String homeCommunityId, String name, String assigningAuthority, String mode,
                            List<String> purposesOfUse, DownstreamEndpoints downstream, String repositoryUniqueId) {

    public CommunityForm {
        purposesOfUse = purposesOfUse == null ? List.of() : List.copyOf(purposesOfUse);
    }
}
