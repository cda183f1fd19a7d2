package dev.crossway.responder.application.internal;

import dev.crossway.responder.application.TrustAnchorAdmin;
import dev.crossway.responder.application.TrustAnchorView;
import dev.crossway.responder.domain.audit.AuditTrail;
import dev.crossway.responder.domain.trust.TrustAnchorRepository;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/** Trust anchors: each change one transaction with its audit record and the revision bump. */
@Stateless
public class DefaultTrustAnchorAdmin implements TrustAnchorAdmin {

    @Inject
    TrustAnchorRepository anchors;
    @Inject
    TrustAnchorCache cache;
    @Inject
    AuditTrail trail;

    private TrustAnchorService service;

    @PostConstruct
    void init() {
        Clock clock = Clock.systemUTC();
        service = new TrustAnchorService(anchors, new GatewayAudit(trail::append, clock), clock);
    }

    @Override
    public List<TrustAnchorView> list() {
        return anchors.all().stream().map(Views::of).toList();
    }

    @Override
    public TrustAnchorView add(String pem, String label, String actor) {
        TrustAnchorView view = Views.of(service.add(pem, label, actor));
        cache.invalidate();
        return view;
    }

    @Override
    public void remove(String sha256Fingerprint, String actor) {
        service.remove(sha256Fingerprint, actor);
        cache.invalidate();
    }
}
