package dev.crossway.interop.xca;

import dev.crossway.interop.id.DocumentUniqueId;
import dev.crossway.interop.id.HomeCommunityId;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One DocumentResponse of ITI-39: where the document comes from, its ids (and, for on-demand
 * documents, the ids of the stable copy), MIME type and bytes.
 */
public record RetrievedDocument(Optional<HomeCommunityId> homeCommunityId, RepositoryUniqueId repositoryUniqueId,
                                DocumentUniqueId documentUniqueId, Optional<RepositoryUniqueId> newRepositoryUniqueId,
                                Optional<DocumentUniqueId> newDocumentUniqueId, String mimeType, byte[] content) {

    public RetrievedDocument {
        Objects.requireNonNull(homeCommunityId, "homeCommunityId");
        Objects.requireNonNull(repositoryUniqueId, "repositoryUniqueId");
        Objects.requireNonNull(documentUniqueId, "documentUniqueId");
        Objects.requireNonNull(newRepositoryUniqueId, "newRepositoryUniqueId");
        Objects.requireNonNull(newDocumentUniqueId, "newDocumentUniqueId");
        Objects.requireNonNull(mimeType, "mimeType");
        if (!mimeType.matches("[\\w.+-]+/[\\w.+-]+")) {
            throw new IllegalArgumentException("mimeType '" + mimeType + "' is not a MIME type");
        }
        content = Objects.requireNonNull(content, "content").clone();
        if (content.length == 0) {
            throw new IllegalArgumentException("Document is empty");
        }
    }

    public static RetrievedDocument of(HomeCommunityId home, RepositoryUniqueId repository, DocumentUniqueId document,
                                       String mimeType, byte[] content) {
        return new RetrievedDocument(Optional.of(home), repository, document, Optional.empty(), Optional.empty(),
                mimeType, content);
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** The bytes themselves, not a copy: for this package's writers, which only read them. */
    byte[] bytes() {
        return content;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RetrievedDocument d && homeCommunityId.equals(d.homeCommunityId)
                && repositoryUniqueId.equals(d.repositoryUniqueId) && documentUniqueId.equals(d.documentUniqueId)
                && newRepositoryUniqueId.equals(d.newRepositoryUniqueId) && newDocumentUniqueId.equals(d.newDocumentUniqueId)
                && mimeType.equals(d.mimeType) && Arrays.equals(content, d.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(documentUniqueId, repositoryUniqueId, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "RetrievedDocument[" + documentUniqueId + " from " + repositoryUniqueId + ", " + mimeType + ", "
                + content.length + " bytes]";
    }
}
