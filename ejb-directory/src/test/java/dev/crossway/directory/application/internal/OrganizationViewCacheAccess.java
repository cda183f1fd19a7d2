package dev.crossway.directory.application.internal;

import dev.crossway.directory.domain.OrganizationRepository;
import dev.crossway.directory.domain.ZipCentroidRepository;

/** For tests of other packages: the directory's queries wired as the container wires them, and a small view cache. */
public final class OrganizationViewCacheAccess {

    private OrganizationViewCacheAccess() {
    }

    public static OrganizationViewCache create(int max) {
        return new OrganizationViewCache(max);
    }

    public static int size(OrganizationViewCache cache) {
        return cache.size();
    }

    /** {@code views} null: no search from memory (SQL answers every search). */
    public static DefaultOrganizationQueries queries(OrganizationRepository organizations, ZipCentroidRepository zips,
            OrganizationViewCache views) {
        DefaultOrganizationQueries q = new DefaultOrganizationQueries();
        q.organizations = organizations;
        q.zips = zips;
        q.views = views;
        q.reads = new OrganizationReads(organizations);
        return q;
    }
}
