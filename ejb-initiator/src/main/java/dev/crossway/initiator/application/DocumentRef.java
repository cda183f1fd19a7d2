package dev.crossway.initiator.application;

import java.time.Instant;

/**
 * A document entry found by XCA FindDocuments: enough to retrieve it and to list it.
 *
 * @param id       the document unique id
 * @param typeCode {@code code^^scheme}; {@code typeName} its display name
 * @param status   {@code Approved} or {@code Deprecated}
 * @param size     bytes, -1 when the responder did not say
 */
public record DocumentRef(
        String id,
        String repositoryUniqueId,
        String homeCommunityId,
        String title,
        String typeCode,
        String typeName,
        Instant dateTime,
        String mimeType,
        String status,
        long size) {
}
