package dev.crossway.responder.application.internal;

import dev.crossway.interop.saml.Anchor;
import dev.crossway.responder.application.TrustAnchorAdmin;
import dev.crossway.responder.application.TrustAnchorView;
import dev.crossway.responder.domain.audit.AuditTrail;
import dev.crossway.responder.domain.trust.TrustAnchorRepository;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.List;

/** Trust anchors: each change one transaction with its audit record and the revision bump, announced to every node. */
@Stateless
public class DefaultTrustAnchorAdmin implements TrustAnchorAdmin {

    @Inject
    TrustAnchorRepository anchors;
    @Inject
    TrustAnchorCache cache;
    @Inject
    AuditTrail trail;
    @Resource
    TransactionSynchronizationRegistry transactions;

    private Clock clock;
    private TrustAnchorService service;

    @PostConstruct
    void init() {
        clock = Clock.systemUTC();
        service = new TrustAnchorService(anchors, new GatewayAudit(trail::append, clock), clock);
    }

    @Override
    public List<TrustAnchorView> list() {
        return anchors.all().stream().map(a -> Views.of(a, clock.instant())).toList();
    }

    @Override
    public TrustAnchorView add(String pem, String label, Anchor.Kind kind, boolean allowSha1, String actor) {
        TrustAnchorView view = Views.of(service.add(pem, label, kind, allowSha1, actor), clock.instant());
        announceAfterCommit();
        return view;
    }

    @Override
    public void remove(String sha256Fingerprint, String actor) {
        service.remove(sha256Fingerprint, actor);
        announceAfterCommit();
    }

    /**
     * Once the change is committed (not before: a node reloading earlier would read the old rows
     * under the new token), every node's cache is told; the caller is answered after that.
     */
    private void announceAfterCommit() {
        AfterCommit.of(transactions).run(() -> cache.changed());
    }
}
