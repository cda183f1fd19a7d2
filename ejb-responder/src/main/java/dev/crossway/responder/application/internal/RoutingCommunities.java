package dev.crossway.responder.application.internal;

import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.responder.domain.community.CommunityChanges;
import dev.crossway.responder.domain.community.CommunityRepository;
import dev.crossway.responder.domain.community.HostedCommunity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The hosted communities as the gateway routes by them: each read once and kept while the cluster's
 * change token ({@link CommunityChanges}, a local read of a replicated entry) is unchanged, and at
 * most {@link #RECHECK}. Every gateway request routes by its community; through the second-level
 * cache that was still an entity manager, a cache lookup and a new entity per request (3% of the
 * server's CPU on a cache hit, 2026-12-05). A change committed on any node replaces the token on
 * every node before the administrator is answered, so the next request reads the new settings. Only
 * communities that exist are kept: asking for unknown ones fills nothing. The instances kept are
 * read-only here (the gateway never changes a community).
 */
@ApplicationScoped
public class RoutingCommunities {

    static final Duration RECHECK = Duration.ofSeconds(5);
    /** Communities kept at most (a gateway hosts a handful; past this, reads go to the repository). */
    static final int KEPT = 1_000;

    private record Snapshot(String generation, long takenAt, Map<String, HostedCommunity> found) {
    }

    @Inject
    CommunityChanges changes;

    private LongSupplier nanoTime = System::nanoTime;
    private volatile Snapshot snapshot;

    public RoutingCommunities() {
    }

    /** Outside the container: the change token and the clock given. */
    RoutingCommunities(CommunityChanges changes, LongSupplier nanoTime) {
        this.changes = changes;
        this.nanoTime = nanoTime;
    }

    /** {@code repository}'s communities through this node's snapshot, for the gateway's responders. */
    public CommunityRepository over(CommunityRepository repository) {
        return new CommunityRepository() {
            @Override
            public Optional<HostedCommunity> find(HomeCommunityId hcid) {
                return RoutingCommunities.this.find(repository, hcid);
            }

            @Override
            public List<HostedCommunity> all() {
                return repository.all();
            }

            @Override
            public void add(HostedCommunity community) {
                throw new UnsupportedOperationException("the gateway does not create communities");
            }
        };
    }

    Optional<HostedCommunity> find(CommunityRepository repository, HomeCommunityId hcid) {
        // the token is read before the community: a change committed after this read replaces the
        // token, so what is read here is dropped at the next request
        String generation = changes.generation();
        long now = nanoTime.getAsLong();
        Snapshot s = snapshot;
        if (s == null || !s.generation().equals(generation) || now - s.takenAt() >= RECHECK.toNanos()) {
            s = new Snapshot(generation, now, new ConcurrentHashMap<>());
            snapshot = s;
        }
        String key = hcid.oid().value();
        HostedCommunity kept = s.found().get(key);
        if (kept != null) {
            return Optional.of(kept);
        }
        Optional<HostedCommunity> read = repository.find(hcid);
        if (read.isPresent() && s.found().size() < KEPT) {
            s.found().putIfAbsent(key, read.get());
        }
        return read;
    }

    /** After a committed change: forgets the snapshot here, and announces the change to the other nodes. */
    public void changed() {
        snapshot = null;
        changes.changed();
    }
}
