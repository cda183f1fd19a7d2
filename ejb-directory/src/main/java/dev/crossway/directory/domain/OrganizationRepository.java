package dev.crossway.directory.domain;

import dev.crossway.interop.id.Oid;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The stored organizations. */
public interface OrganizationRepository {

    Optional<Organization> find(Oid oid);

    /** The organizations among {@code oids} that exist, by OID value, loaded with one query. */
    Map<String, Organization> findAll(Collection<Oid> oids);

    void add(Organization organization);

    OrganizationHits search(OrganizationFilter filter);

    /**
     * The same search by reference when this node can answer it from memory (the plain radius
     * search: active organizations within a radius, nothing else); else empty, and {@link #search}
     * must answer.
     */
    Optional<OrganizationRefs> searchFromMemory(OrganizationFilter filter);

    /**
     * Deactivates every active organization that came from the directory and was not seen by sync
     * run {@code runId}; returns how many.
     */
    int deactivateUnseen(String runId, Instant now);

    /**
     * Organizations were added or changed in the current transaction: readers that keep a copy of
     * the directory (the in-memory radius search, on every node) learn it once the transaction
     * commits. Every use case that writes organizations calls it.
     */
    void announceChanges();
}
