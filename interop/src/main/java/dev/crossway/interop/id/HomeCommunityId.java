package dev.crossway.interop.id;

import java.util.Objects;

/** A community's home community id: an OID, written on the wire as {@code urn:oid:…}. */
public record HomeCommunityId(Oid oid) {

    public HomeCommunityId {
        Objects.requireNonNull(oid, "home community OID");
    }

    public static HomeCommunityId of(String text) {
        return new HomeCommunityId(Oid.of(text));
    }

    public String urn() {
        return oid.urn();
    }

    @Override
    public String toString() {
        return oid.value();
    }
}
