package dev.crossway.responder.application.internal;

import dev.crossway.interop.saml.Revocation;
import dev.crossway.interop.saml.TrustAnchors;
import dev.crossway.responder.domain.trust.TrustAnchor;
import dev.crossway.responder.domain.trust.TrustAnchorChanges;
import dev.crossway.responder.domain.trust.TrustAnchorRepository;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The verifier's trust anchors, built from the table once and kept while they are current. A
 * request reads only the cluster's change token ({@link TrustAnchorChanges}, a local read of a
 * replicated cache entry), which an administrator's change replaces on every node before the
 * change is acknowledged, so a revoked anchor stops being trusted everywhere at once. As a second
 * line, should a node miss a token (a partitioned cluster), the table's revision is re-read at
 * least every {@link #RECHECK}.
 */
@ApplicationScoped
public class TrustAnchorCache {

    static final Duration RECHECK = Duration.ofSeconds(5);

    private record Snapshot(String generation, long revision, long checkedAt, TrustAnchors anchors) {
    }

    @Inject
    TrustAnchorChanges changes;

    /** One per node for the life of the application: it holds the revocation caches. */
    private Revocation revocation;
    private LongSupplier nanoTime = System::nanoTime;
    private volatile Snapshot snapshot;

    public TrustAnchorCache() {
    }

    @PostConstruct
    void init() {
        revocation = Revocation.of(ResponderSettings.fromEnvironment().revocation());
    }

    /** Outside the container: the change token and the clock given, revocation not checked. */
    TrustAnchorCache(TrustAnchorChanges changes, LongSupplier nanoTime) {
        this.changes = changes;
        this.nanoTime = nanoTime;
        this.revocation = Revocation.off();
    }

    public TrustAnchors current(TrustAnchorRepository repository) {
        // the token is read before the table: a change committed after this read replaces the token,
        // so the snapshot built here is replaced at the next request
        String generation = changes.generation();
        long now = nanoTime.getAsLong();
        Snapshot s = snapshot;
        if (s != null && s.generation().equals(generation) && now - s.checkedAt() < RECHECK.toNanos()) {
            return s.anchors();
        }
        long revision = repository.revision();
        TrustAnchors anchors = s != null && s.revision() == revision ? s.anchors()
                : TrustAnchors.of(repository.all().stream().map(TrustAnchor::anchor).toList()).withRevocation(revocation);
        snapshot = new Snapshot(generation, revision, now, anchors);
        return anchors;
    }

    /** After a committed change: forces a reload here, and announces it to the other nodes. */
    public void changed() {
        snapshot = null;
        changes.changed();
    }
}
