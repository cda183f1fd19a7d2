package dev.crossway.responder.domain.document;

import dev.crossway.interop.id.DocumentUniqueId;
import dev.crossway.interop.id.HomeCommunityId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The document store: metadata for queries, bytes for retrieves. */
public interface DocumentRepository {

    /** The entries matching {@code criteria}, withdrawn ones never, newest (creation time) first, at most {@code maxResults} of them. */
    List<StoredDocument> find(HomeCommunityId community, DocumentCriteria criteria, int maxResults);

    List<StoredDocument> byUniqueIds(HomeCommunityId community, Collection<String> uniqueIds);

    List<StoredDocument> byEntryUuids(HomeCommunityId community, Collection<String> entryUuids);

    List<StoredDocument> ofPatient(long patientKey);

    Optional<StoredDocument> byUniqueId(HomeCommunityId community, DocumentUniqueId uniqueId);

    boolean uniqueIdTaken(DocumentUniqueId uniqueId);

    Optional<byte[]> content(long documentId);

    Optional<StoredDocument> byKey(long documentId);

    /** The documents that follow {@code documentId} (replace or append to it). */
    List<StoredDocument> successors(long documentId);

    /** Stores the entry and its bytes (the entry gets its id first). */
    void add(StoredDocument document, byte[] content);
}
