package dev.crossway.interop.xca;

import dev.crossway.interop.id.DocumentUniqueId;
import dev.crossway.interop.id.HomeCommunityId;
import java.util.Objects;
import java.util.Optional;

/**
 * One document asked for in ITI-39. XCA requires the home community id, but the schema does
 * not: a missing one is kept absent so that the responder can answer XDSMissingHomeCommunityId.
 */
public record DocumentRequest(Optional<HomeCommunityId> homeCommunityId, RepositoryUniqueId repositoryUniqueId,
                              DocumentUniqueId documentUniqueId) {

    public DocumentRequest {
        Objects.requireNonNull(homeCommunityId, "homeCommunityId");
        Objects.requireNonNull(repositoryUniqueId, "repositoryUniqueId");
        Objects.requireNonNull(documentUniqueId, "documentUniqueId");
    }

    public static DocumentRequest of(HomeCommunityId home, RepositoryUniqueId repository, DocumentUniqueId document) {
        return new DocumentRequest(Optional.of(home), repository, document);
    }
}
