package dev.crossway.directory.application.internal;

import dev.crossway.directory.domain.DirectoryEntry;
import dev.crossway.directory.domain.Organization;
import dev.crossway.directory.domain.OrganizationRepository;
import dev.crossway.directory.domain.ZipCentroid;
import dev.crossway.directory.domain.ZipCentroidRepository;
import dev.crossway.interop.id.Oid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stores one page of directory entries with a constant number of queries: the page's existing
 * organizations are loaded by one {@code IN} query, entries without coordinates are placed at
 * their ZIP centroid (one more {@code IN} query), and the rest is batched inserts and updates.
 * Own facilities are never overwritten by the directory.
 */
final class PageUpsert {

    private final OrganizationRepository organizations;
    private final ZipCentroidRepository zips;

    PageUpsert(OrganizationRepository organizations, ZipCentroidRepository zips) {
        this.organizations = organizations;
        this.zips = zips;
    }

    /** Returns the number stored; problems are added to {@code errors}. */
    int apply(List<DirectoryEntry> entries, String runId, List<String> errors) {
        Map<Oid, DirectoryEntry> byOid = new LinkedHashMap<>();
        for (DirectoryEntry e : entries) {
            if (byOid.put(e.homeCommunityId(), e) != null) {
                errors.add("home community id " + e.homeCommunityId() + " appears more than once; the last entry is kept");
            }
        }
        Map<String, Organization> existing = organizations.findAll(byOid.keySet());
        Map<String, ZipCentroid> centroids = zips.findAll(byOid.values().stream()
                .filter(e -> e.position() == null && e.address().zip() != null)
                .flatMap(e -> ZipCentroid.normalize(e.address().zip()).stream()).distinct().toList());
        int stored = 0;
        for (DirectoryEntry e : byOid.values()) {
            DirectoryEntry entry = placed(e, centroids);
            Organization o = existing.get(entry.homeCommunityId().value());
            if (o == null) {
                o = Organization.fromDirectory(entry);
                o.markSeen(runId);
                organizations.add(o);
            } else if (o.isOwn()) {
                errors.add(entry.homeCommunityId() + " is an own facility; the directory entry was not applied");
                continue;
            } else {
                o.applyDirectoryEntry(entry);
                o.markSeen(runId);
            }
            stored++;
        }
        return stored;
    }

    private static DirectoryEntry placed(DirectoryEntry e, Map<String, ZipCentroid> centroids) {
        if (e.position() != null || e.address().zip() == null) {
            return e;
        }
        ZipCentroid z = ZipCentroid.normalize(e.address().zip()).map(centroids::get).orElse(null);
        return z == null ? e : new DirectoryEntry(e.homeCommunityId(), e.name(), e.aliases(), e.type(), e.active(),
                e.address(), z.point(), e.partOf(), e.managingOrganization(), e.contacts(), e.endpoints(), e.lastUpdated());
    }

    static List<List<DirectoryEntry>> chunks(List<DirectoryEntry> entries, int size) {
        List<List<DirectoryEntry>> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i += size) {
            out.add(entries.subList(i, Math.min(entries.size(), i + size)));
        }
        return out;
    }
}
