package dev.crossway.interop.xca;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The slot-carried attributes of a DocumentEntry: times (HL7 DTM, kept as sent), language, the
 * source patient, hash and size of the document, the repository to retrieve it from, and URI.
 */
public record DocumentSlots(Optional<String> creationTime, Optional<String> languageCode,
                            Optional<String> serviceStartTime, Optional<String> serviceStopTime,
                            Optional<String> sourcePatientId, List<String> sourcePatientInfo,
                            Optional<String> hash, Optional<Long> size,
                            Optional<RepositoryUniqueId> repositoryUniqueId, Optional<String> uri) {

    public DocumentSlots {
        Objects.requireNonNull(creationTime, "creationTime");
        Objects.requireNonNull(languageCode, "languageCode");
        Objects.requireNonNull(serviceStartTime, "serviceStartTime");
        Objects.requireNonNull(serviceStopTime, "serviceStopTime");
        Objects.requireNonNull(sourcePatientId, "sourcePatientId");
        sourcePatientInfo = List.copyOf(sourcePatientInfo);
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(repositoryUniqueId, "repositoryUniqueId");
        Objects.requireNonNull(uri, "uri");
        size.ifPresent(s -> {
            if (s < 0) {
                throw new IllegalArgumentException("size is negative");
            }
        });
    }
}
