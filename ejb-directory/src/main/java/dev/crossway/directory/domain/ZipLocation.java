package dev.crossway.directory.domain;

import java.util.Objects;

/**
 * Where a ZIP is, and how that was known. The Census table holds ZIP Code Tabulation Areas, not
 * every USPS ZIP: PO-box and single-organization ZIPs (53201, downtown Milwaukee's PO boxes) have
 * no ZCTA. Those are placed at the centroid of their three-digit prefix area (the sectional center
 * facility that serves them), the mean of the prefix's ZCTA centroids from the same table: within a
 * few miles for a city's PO boxes, coarser in rural prefixes.
 */
public record ZipLocation(GeoPoint point, Basis basis) {

    public enum Basis {
        /** The ZIP's own ZCTA centroid. */
        ZCTA,
        /** The centroid of the ZCTAs sharing the ZIP's first three digits. */
        ZIP3
    }

    public ZipLocation {
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(basis, "basis");
    }
}
