package dev.crossway.directory.domain;

import java.util.List;

/** One page of a directory search, in result order, and how many matched in all. */
public record OrganizationHits(List<Hit> hits, long total) {

    /** An organization found, with its distance from the search centre when the search had one. */
    public record Hit(Organization organization, Double distanceMiles) {
    }
}
