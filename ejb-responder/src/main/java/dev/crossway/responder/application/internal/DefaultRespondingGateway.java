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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The gateway's transactions. No container transaction: the pipeline only reads the database,
 * and the audit records commit on their own, grouped with those of concurrent requests
 * ({@link GatewayAuditLog}), so nothing after the answer is built can turn it into an exception.
 * A request's thread does not wait for that commit: it returns a stage that the commit completes,
 * on the thread that committed it, with the answer, or with a Receiver fault in place of an answer
 * (HTTP 200) whose records could not be committed. Gateway-mode communities are forwarded to
 * through the node's one {@link DownstreamClient} (one HTTP client, one signing credential per node).
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

    /** The audit records the current request wrote, and their commits. */
    private static final ThreadLocal<Written> WRITTEN = new ThreadLocal<>();

    private record Written(List<AuditRecord> records, List<CompletableFuture<Void>> commits) {
        Written() {
            this(new ArrayList<>(2), new ArrayList<>(2));
        }
    }

    private GatewayPipeline pipeline;

    @PostConstruct
    void init() {
        pipeline = GatewayPipelines.create(ResponderSettings.fromEnvironment(), Clock.systemUTC(), routing.over(communities), patients,
                documents, this::append, identities, () -> anchorCache.current(anchors), trust.trust(), DownstreamClient.node());
    }

    private void append(AuditRecord record) {
        Written written = WRITTEN.get();
        if (written == null) {
            // not on a gateway request's thread (none today): committed before this returns
            audit.append(record);
            return;
        }
        written.records().add(record);
        written.commits().add(audit.submit(record));
    }

    @Override
    public CompletionStage<GatewayReply> xcpd(GatewayRequest request) {
        return handle(GatewayEndpoint.XCPD, request);
    }

    @Override
    public CompletionStage<GatewayReply> xcaQuery(GatewayRequest request) {
        return handle(GatewayEndpoint.XCA_QUERY, request);
    }

    @Override
    public CompletionStage<GatewayReply> xcaRetrieve(GatewayRequest request) {
        return handle(GatewayEndpoint.XCA_RETRIEVE, request);
    }

    /** The pipeline submits a request's audit records on the request's thread; the answer waits for their commit. */
    private CompletionStage<GatewayReply> handle(GatewayEndpoint endpoint, GatewayRequest request) {
        Written written = new Written();
        WRITTEN.set(written);
        GatewayPipeline.Answered answered;
        try {
            answered = pipeline.answer(endpoint, request);
        } finally {
            WRITTEN.remove();
        }
        return RecordedAnswer.once(endpoint, answered, written.records(), written.commits());
    }
}
