package dev.crossway.initiator.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * A document entry found by XCA FindDocuments: enough to retrieve it and to list it.
 *
 * @param id       the document unique id
 * @param typeCode {@code code^^scheme}; {@code typeName} its display name
 * @param status   {@code Approved} or {@code Deprecated}
 * @param size     bytes, -1 when the responder did not say
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentRef(
        @JsonProperty("ID") String id,
        @JsonProperty("RepositoryUniqueID") String repositoryUniqueId,
        @JsonProperty("HomeCommunityID") String homeCommunityId,
        @JsonProperty("Title") String title,
        @JsonProperty("TypeCode") String typeCode,
        @JsonProperty("Type") String typeName,
        @JsonProperty("DateTime") Instant dateTime,
        @JsonProperty("MimeType") String mimeType,
        @JsonProperty("Status") String status,
        @JsonProperty("Size") long size) {
}
