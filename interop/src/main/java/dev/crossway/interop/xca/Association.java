package dev.crossway.interop.xca;

import dev.crossway.interop.id.HomeCommunityId;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An ebRIM Association between two registry objects, as GetAssociations answers it: for document
 * versions {@code urn:ihe:iti:2007:AssociationType:RPLC} (the source replaces the target) or
 * {@code ...:APND} (the source is an addendum to the target), source and target being entryUUIDs.
 */
public record Association(String id, String type, String sourceObject, String targetObject, Optional<HomeCommunityId> home) {

    public static final String RPLC = "urn:ihe:iti:2007:AssociationType:RPLC";
    public static final String APND = "urn:ihe:iti:2007:AssociationType:APND";
    public static final String OBJECT_TYPE = "urn:oasis:names:tc:ebxml-regrep:ObjectType:RegistryObject:Association";

    public Association {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(sourceObject, "sourceObject");
        Objects.requireNonNull(targetObject, "targetObject");
        Objects.requireNonNull(home, "home");
    }

    /** An association whose id is derived from its type and ends, the same in every answer. */
    public static Association of(String type, String sourceObject, String targetObject, Optional<HomeCommunityId> home) {
        String id = "urn:uuid:" + UUID.nameUUIDFromBytes((type + " " + sourceObject + " " + targetObject)
                .getBytes(StandardCharsets.UTF_8));
        return new Association(id, type, sourceObject, targetObject, home);
    }
}
