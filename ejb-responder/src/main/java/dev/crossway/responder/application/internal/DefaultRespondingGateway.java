package dev.crossway.responder.application.internal;

import dev.crossway.responder.application.GatewayReply;
import dev.crossway.responder.application.GatewayRequest;
import dev.crossway.responder.application.RespondingGateway;
import dev.crossway.responder.domain.community.CommunityRepository;
import dev.crossway.responder.domain.document.DocumentRepository;
import dev.crossway.responder.domain.identity.IdentityStore;
import dev.crossway.responder.domain.patient.PatientRepository;
import dev.crossway.responder.domain.trust.TrustAnchorRepository;
import dev.crossway.responder.infrastructure.downstream.DownstreamClient;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import dev.crossway.responder.domain.audit.AuditRecord;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The gateway's transactions. No container transaction: the pipeline only reads the database,
 * and the audit records commit on their own, grouped with those of concurrent requests
 * ({@link GatewayAuditLog}), so nothing after the answer is built can turn it into an exception. Gateway-mode communities are forwarded to through the
 * node's one {@link DownstreamClient} (one HTTP client, one signing credential per node).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultRespondingGateway implements RespondingGateway {

    @Inject
    CommunityRepository communities;
    @Inject
    PatientRepository patients;
    @Inject
    DocumentRepository documents;
    @Inject
    TrustAnchorRepository anchors;
    @Inject
    TrustAnchorCache anchorCache;
    @Inject
    IdentityStore identities;
    @Inject
    GatewayAuditLog audit;
    @Inject
    GatewayTrust trust;
    @Inject
    RoutingCommunities routing;

    /** The audit records the current request wrote, for its {@link GatewayReply.Served} summary. */
    private static final ThreadLocal<List<AuditRecord>> WRITTEN = new ThreadLocal<>();

    private GatewayPipeline pipeline;

    @PostConstruct
    void init() {
        pipeline = GatewayPipelines.create(ResponderSettings.fromEnvironment(), Clock.systemUTC(), routing.over(communities), patients,
                documents, this::append, identities, () -> anchorCache.current(anchors), trust.trust(), DownstreamClient.node());
    }

    private void append(AuditRecord record) {
        audit.append(record);
        List<AuditRecord> written = WRITTEN.get();
        if (written != null) {
            written.add(record);
        }
    }

    @Override
    public GatewayReply xcpd(GatewayRequest request) {
        return handle(GatewayEndpoint.XCPD, request);
    }

    @Override
    public GatewayReply xcaQuery(GatewayRequest request) {
        return handle(GatewayEndpoint.XCA_QUERY, request);
    }

    @Override
    public GatewayReply xcaRetrieve(GatewayRequest request) {
        return handle(GatewayEndpoint.XCA_RETRIEVE, request);
    }

    /** The pipeline writes a request's audit records on the request's thread, before it answers. */
    private GatewayReply handle(GatewayEndpoint endpoint, GatewayRequest request) {
        List<AuditRecord> written = new ArrayList<>();
        WRITTEN.set(written);
        try {
            GatewayReply reply = pipeline.handle(endpoint, request);
            // none written here: a record written on another thread (none today) leaves the request unsummarised
            return written.isEmpty() ? reply
                    : reply.served(GatewayReply.Served.of(endpoint.transaction(), written.get(0).requestId(), written));
        } finally {
            WRITTEN.remove();
        }
    }
}
