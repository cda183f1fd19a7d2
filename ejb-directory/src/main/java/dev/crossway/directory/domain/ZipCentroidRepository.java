package dev.crossway.directory.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The ZIP centroid table. */
public interface ZipCentroidRepository {

    Optional<ZipCentroid> find(String zip5);

    /** The centroids among the given 5-digit ZIPs, in one query. */
    Map<String, ZipCentroid> findAll(Collection<String> zip5s);

    /** Inserts or replaces the given rows (one batched statement). */
    void upsert(List<ZipCentroid> rows);

    long count();
}
