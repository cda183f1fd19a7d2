package dev.crossway.interop.xca;

import dev.crossway.interop.id.DocumentUniqueId;
import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.id.PatientId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An XDS DocumentEntry as an XCA query returns it (an ExtrinsicObject): its entryUUID, unique
 * id and patient id, the community holding it ({@code home}), availability status, MIME type,
 * stable or on-demand object type, title and comments, slots, codes and authors.
 */
public record DocumentEntry(String entryUuid, DocumentUniqueId uniqueId, PatientId patientId,
                            Optional<HomeCommunityId> home, String status, String mimeType, String objectType,
                            Optional<String> title, Optional<String> description, DocumentSlots slots,
                            DocumentCodes codes, List<Author> authors) {

    public DocumentEntry {
        Objects.requireNonNull(entryUuid, "entryUuid");
        Objects.requireNonNull(uniqueId, "uniqueId");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(slots, "slots");
        Objects.requireNonNull(codes, "codes");
        authors = List.copyOf(authors);
        if (!mimeType.matches("[\\w.+-]+/[\\w.+-]+")) {
            throw new IllegalArgumentException("mimeType '" + mimeType + "' is not a MIME type");
        }
    }

    public boolean isApproved() {
        return EbXml.STATUS_APPROVED.equals(status);
    }

    public boolean isOnDemand() {
        return EbXml.ON_DEMAND_DOCUMENT.equals(objectType);
    }
}
