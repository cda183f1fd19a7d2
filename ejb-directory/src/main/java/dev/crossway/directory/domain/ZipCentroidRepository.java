package dev.crossway.directory.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The ZIP centroid table. */
public interface ZipCentroidRepository {

    Optional<ZipCentroid> find(String zip5);

    /** The mean of the centroids of every ZIP starting with {@code prefix3}; empty when none does. */
    Optional<GeoPoint> prefixCentroid(String prefix3);

    /** The ZIP's own centroid, else its three-digit prefix area's (see {@link ZipLocation}). */
    default Optional<ZipLocation> locate(String zip5) {
        Optional<ZipLocation> own = find(zip5).map(z -> new ZipLocation(z.point(), ZipLocation.Basis.ZCTA));
        return own.isPresent() || zip5.length() < 3 ? own
                : prefixCentroid(zip5.substring(0, 3)).map(p -> new ZipLocation(p, ZipLocation.Basis.ZIP3));
    }

    /** The centroids among the given 5-digit ZIPs, in one query. */
    Map<String, ZipCentroid> findAll(Collection<String> zip5s);

    /** Inserts or replaces the given rows (one batched statement). */
    void upsert(List<ZipCentroid> rows);

    long count();
}
