package dev.crossway.responder.support;

import dev.crossway.interop.id.DocumentUniqueId;
import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.responder.domain.document.DocumentCriteria;
import dev.crossway.responder.domain.document.DocumentRepository;
import dev.crossway.responder.domain.document.StoredDocument;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Documents in memory; {@link #find} honours patient, status and the result limit, newest pushed first (the SQL
 * filters and order are tested against MariaDB).
 */
public final class InMemoryDocuments implements DocumentRepository {

    private final List<StoredDocument> documents = new ArrayList<>();
    private final Map<Long, byte[]> contents = new HashMap<>();
    /** Told the id of every document whose bytes are read. */
    public java.util.function.LongConsumer onContentRead = id -> { };

    @Override
    public List<StoredDocument> find(HomeCommunityId community, DocumentCriteria c, int maxResults) {
        List<StoredDocument> newestFirst = new ArrayList<>(documents);
        java.util.Collections.reverse(newestFirst);
        return newestFirst.stream().filter(d -> d.community().equals(community) && d.patientKey() == c.patientKey()
                && !d.isWithdrawn()
                && (c.statuses().isEmpty() || c.statuses().contains(d.status()))).limit(maxResults).toList();
    }

    @Override
    public List<StoredDocument> byUniqueIds(HomeCommunityId community, Collection<String> uniqueIds) {
        return documents.stream().filter(d -> d.community().equals(community) && uniqueIds.contains(d.uniqueId().value())).toList();
    }

    @Override
    public List<StoredDocument> byEntryUuids(HomeCommunityId community, Collection<String> entryUuids) {
        return documents.stream().filter(d -> d.community().equals(community) && entryUuids.contains(d.entryUuid())).toList();
    }

    @Override
    public List<StoredDocument> ofPatient(long patientKey) {
        return documents.stream().filter(d -> d.patientKey() == patientKey).toList();
    }

    @Override
    public Optional<StoredDocument> byUniqueId(HomeCommunityId community, DocumentUniqueId uniqueId) {
        return byUniqueIds(community, List.of(uniqueId.value())).stream().findFirst();
    }

    @Override
    public boolean uniqueIdTaken(DocumentUniqueId uniqueId) {
        return documents.stream().anyMatch(d -> d.uniqueId().equals(uniqueId));
    }

    @Override
    public Optional<byte[]> content(long documentId) {
        onContentRead.accept(documentId);
        return Optional.ofNullable(contents.get(documentId)).map(byte[]::clone);
    }

    @Override
    public Optional<StoredDocument> byKey(long documentId) {
        return documents.stream().filter(d -> d.id() == documentId).findFirst();
    }

    @Override
    public List<StoredDocument> successors(long documentId) {
        return documents.stream().filter(d -> d.parentId().map(p -> p == documentId).orElse(false)).toList();
    }

    @Override
    public void add(StoredDocument document, byte[] content) {
        Ids.assign(document);
        documents.add(document);
        contents.put(document.id(), content.clone());
    }
}
