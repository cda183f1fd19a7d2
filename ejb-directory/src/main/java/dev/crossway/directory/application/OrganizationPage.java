package dev.crossway.directory.application;

import java.util.List;

/**
 * One page of search results; {@code total} counts every match.
 *
 * @param radiusZipBasis how the radius ZIP was placed: {@code ZCTA} (its own centroid) or
 *                       {@code ZIP3} (the centroid of its three-digit prefix area); null without one
 */
public record OrganizationPage(List<OrganizationView> organizations, long total, int offset, int count, String radiusZipBasis) {

    public OrganizationPage(List<OrganizationView> organizations, long total, int offset, int count) {
        this(organizations, total, offset, count, null);
    }
}
