package dev.crossway.directory.domain;

import dev.crossway.interop.id.Oid;

/**
 * What a directory search asks for, already validated and resolved: a radius search carries its
 * centre as a point (a ZIP has been looked up before it gets here). Null parts do not filter.
 *
 * @param activity which organizations by their active flag
 * @param center   with {@code radiusMiles}, restricts to organizations within that distance and
 *                 orders by it; otherwise results are ordered by name
 */
public record OrganizationFilter(
        String nameContains,
        Oid identifier,
        String city,
        String state,
        String zip,
        EndpointTransaction transaction,
        String purposeOfUse,
        Activity activity,
        GeoPoint center,
        Double radiusMiles,
        int offset,
        int count) {

    /** Which organizations to return by their active flag. */
    public enum Activity { ACTIVE, INACTIVE, ANY }

    public boolean isRadius() {
        return center != null && radiusMiles != null;
    }
}
