package dev.crossway.interop.xca;

import dev.crossway.interop.id.HomeCommunityId;
import java.util.Objects;
import java.util.Optional;

/** A reference to a registry object (returnType ObjectRef): its UUID and the community holding it. */
public record ObjectRef(String id, Optional<HomeCommunityId> home) {

    public ObjectRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(home, "home");
        if (id.isBlank()) {
            throw new IllegalArgumentException("ObjectRef without id");
        }
    }
}
