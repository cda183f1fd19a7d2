package dev.crossway.interop.id;

import java.util.Objects;

/**
 * A community's home community id: an OID, written on the wire as {@code urn:oid:…}. Read
 * leniently: besides the bare OID and the {@code urn:oid:} form, the prefix doubled
 * ({@code urn:oid:urn:oid:…}, which Metriport sends in retrieve responses) is read as the OID it
 * obviously means. Anything else that is not an OID is still refused.
 */
public record HomeCommunityId(Oid oid) {

    private static final String URN_OID = "urn:oid:";

    public HomeCommunityId {
        Objects.requireNonNull(oid, "home community OID");
    }

    public static HomeCommunityId of(String text) {
        Objects.requireNonNull(text, "home community id");
        String v = text.trim();
        if (v.regionMatches(true, 0, URN_OID + URN_OID, 0, 2 * URN_OID.length())) {
            v = v.substring(URN_OID.length());
        }
        return new HomeCommunityId(Oid.of(v));
    }

    public String urn() {
        return oid.urn();
    }

    @Override
    public String toString() {
        return oid.value();
    }
}
