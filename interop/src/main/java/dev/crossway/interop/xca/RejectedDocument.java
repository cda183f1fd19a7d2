package dev.crossway.interop.xca;

import dev.crossway.interop.id.DocumentUniqueId;
import dev.crossway.interop.id.HomeCommunityId;
import java.util.Objects;
import java.util.Optional;

/**
 * A DocumentResponse of an ITI-39 answer that could not be accepted (content that is not base64,
 * an empty Document, no usable MIME type, a missing id). One bad document must not cost the user
 * the others in the same answer, so the reader sets it aside with the ids it could read, for the
 * caller to report against the request, and the reason.
 */
public record RejectedDocument(Optional<HomeCommunityId> homeCommunityId, Optional<RepositoryUniqueId> repositoryUniqueId,
                               Optional<DocumentUniqueId> documentUniqueId, String reason) {

    public RejectedDocument {
        Objects.requireNonNull(homeCommunityId, "homeCommunityId");
        Objects.requireNonNull(repositoryUniqueId, "repositoryUniqueId");
        Objects.requireNonNull(documentUniqueId, "documentUniqueId");
        Objects.requireNonNull(reason, "reason");
    }
}
